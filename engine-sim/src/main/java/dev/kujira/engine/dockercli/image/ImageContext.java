package dev.kujira.engine.dockercli.image;

import dev.kujira.engine.api.ImageSummary;
import dev.kujira.engine.dockercli.Columns;
import dev.kujira.engine.format.Units;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Is {@code docker images}'s columns: docker/cli's {@code formatter.imageContext} as a table. */
final class ImageContext {
  static final String DEFAULT_TABLE_FORMAT = "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}";
  private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z 'UTC'")
      .withZone(ZoneOffset.UTC);

  /**
   * Is one row: an image under one of its references.
   *
   * @param image the image
   * @param repository the row's repository, or "&lt;none&gt;"
   * @param tag the row's tag, or "&lt;none&gt;"
   * @param now the time of the listing, epoch millis
   */
  record Row(ImageSummary image, String repository, String tag, long now) {
  }

  /** The columns; {@code {{json .}}} encodes them all, sorted. */
  static final Columns<Row> COLUMNS = Columns.<Row>of("*formatter.imageContext", DEFAULT_TABLE_FORMAT)
      .column("ID", "IMAGE ID", r -> r.image().id(), r -> r.image().id().substring(7, 19))
      .column("Repository", "REPOSITORY", Row::repository)
      .column("Tag", "TAG", Row::tag)
      .column("Digest", "DIGEST", ImageContext::digest)
      .column("CreatedSince", "CREATED", r -> r.image().created() == 0 ? "N/A"
          : Units.humanDuration(r.now() - r.image().created()) + " ago")
      .column("CreatedAt", "CREATED AT", r -> CREATED_AT.format(Instant.ofEpochMilli(r.image().created())))
      .column("Size", "SIZE", r -> Units.humanSizeWithPrecision(r.image().size(), 3))
      .column("Containers", "CONTAINERS", r -> r.image().containers() < 0 ? "N/A"
          : String.valueOf(r.image().containers()))
      .column("VirtualSize", "VIRTUAL SIZE", r -> Units.humanSize(r.image().size()))
      .column("SharedSize", "SHARED SIZE", r -> r.image().sharedSize() < 0 ? "N/A"
          : Units.humanSize(r.image().sharedSize()))
      .column("UniqueSize", "UNIQUE SIZE", r -> r.image().sharedSize() < 0 ? "N/A"
          : Units.humanSize(r.image().size() - r.image().sharedSize()))
      .jsonAll();

  private ImageContext() {
  }

  /** docker/cli shows the digest reference of the row's repository (formatter/image.go). */
  private static String digest(Row r) {
    for (String d : r.image().repoDigests()) {
      if (d.startsWith(r.repository() + "@")) {
        return d.substring(r.repository().length() + 1);
      }
    }
    return "<none>";
  }
}
