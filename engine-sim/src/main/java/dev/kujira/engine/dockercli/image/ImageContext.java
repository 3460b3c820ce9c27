package dev.kujira.engine.dockercli.image;

import dev.kujira.engine.api.ImageSummary;
import dev.kujira.engine.format.Units;
import dev.kujira.engine.gotemplate.GoObject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Is one row of {@code docker images}: docker/cli's {@code formatter.imageContext}. */
final class ImageContext implements GoObject {
  static final String DEFAULT_TABLE_FORMAT = "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}";
  static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("ID", "IMAGE ID"),
      Map.entry("Repository", "REPOSITORY"), Map.entry("Tag", "TAG"), Map.entry("Digest", "DIGEST"),
      Map.entry("CreatedSince", "CREATED"), Map.entry("CreatedAt", "CREATED AT"), Map.entry("Size", "SIZE"),
      Map.entry("Containers", "CONTAINERS"), Map.entry("VirtualSize", "VIRTUAL SIZE"),
      Map.entry("SharedSize", "SHARED SIZE"), Map.entry("UniqueSize", "UNIQUE SIZE"));
  private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z 'UTC'")
      .withZone(ZoneOffset.UTC);

  private final ImageSummary image;
  private final String repository;
  private final String tag;
  private final boolean trunc;
  private final long now;

  ImageContext(ImageSummary image, String repository, String tag, boolean trunc, long now) {
    this.image = image;
    this.repository = repository;
    this.tag = tag;
    this.trunc = trunc;
    this.now = now;
  }

  @Override
  public String goTypeName() {
    return "*formatter.imageContext";
  }

  @Override
  public List<String> jsonFields() {
    return List.copyOf(new java.util.TreeSet<>(HEADERS.keySet()));
  }

  @Override
  public boolean hasMethod(String name) {
    return HEADERS.containsKey(name);
  }

  @Override
  public Object call(String name, List<Object> args) {
    switch (name) {
      case "ID":
        return trunc ? image.id().substring(7, 19) : image.id();
      case "Repository":
        return repository;
      case "Tag":
        return tag;
      case "Digest":
        // docker/cli shows the digest reference of the row's repository (formatter/image.go).
        for (String d : image.repoDigests()) {
          if (d.startsWith(repository + "@")) {
            return d.substring(repository.length() + 1);
          }
        }
        return "<none>";
      case "CreatedSince":
        return image.created() == 0 ? "N/A" : Units.humanDuration(now - image.created()) + " ago";
      case "CreatedAt":
        return CREATED_AT.format(Instant.ofEpochMilli(image.created()));
      case "Size":
      case "VirtualSize":
        return Units.humanSizeWithPrecision(image.size(), 3);
      case "SharedSize":
        return image.sharedSize() < 0 ? "N/A" : Units.humanSizeWithPrecision(image.sharedSize(), 3);
      case "UniqueSize":
        return image.sharedSize() < 0 ? "N/A" : Units.humanSizeWithPrecision(image.size() - image.sharedSize(), 3);
      case "Containers":
        return image.containers() < 0 ? "N/A" : String.valueOf(image.containers());
      default:
        throw new IllegalArgumentException(name);
    }
  }
}
