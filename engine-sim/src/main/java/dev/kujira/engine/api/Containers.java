package dev.kujira.engine.api;

import java.util.List;
import java.util.Optional;

/**
 * Is the containers of one {@link EngineState}: immutable, read without side effects.
 */
@FunctionalInterface
public interface Containers {

  /** Returns every one, oldest first. */
  List<ContainerInfo> all();

  /** Returns a view of {@code list} (copied). */
  static Containers of(List<ContainerInfo> list) {
    List<ContainerInfo> copy = List.copyOf(list);
    return () -> copy;
  }

  /** Returns the container named {@code name} (with or without "/"), if any. */
  default Optional<ContainerInfo> byName(String name) {
    String n = name.startsWith("/") ? name.substring(1) : name;
    return all().stream().filter(c -> c.name().equals(n)).findFirst();
  }

  /** Returns the container whose id is or starts with {@code idOrPrefix} (unique), if any. */
  default Optional<ContainerInfo> byId(String idOrPrefix) {
    List<ContainerInfo> found = all().stream().filter(c -> c.id().startsWith(idOrPrefix)).toList();
    return found.size() == 1 && !idOrPrefix.isEmpty() ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** Returns the containers in {@code status}. */
  default List<ContainerInfo> withStatus(ContainerStatus status) {
    return all().stream().filter(c -> c.status() == status).toList();
  }
}
