package dev.kujira.engine.daemon.images;

import dev.kujira.engine.image.Reference;
import dev.kujira.engine.image.registry.Catalog;
import java.util.Optional;

/** Serves the simulated Docker Hub's official images to pulls. */
public final class CatalogRegistry implements Registry {
  /** The shared instance (the catalog is immutable). */
  public static final CatalogRegistry INSTANCE = new CatalogRegistry();

  private CatalogRegistry() {
  }

  @Override
  public Optional<Pulled> fetch(Reference ref) {
    return Catalog.find(ref).map(e -> new Pulled(e.image(), e.digest()));
  }

  @Override
  public boolean hasRepository(Reference ref) {
    return Catalog.hasRepository(ref);
  }
}
