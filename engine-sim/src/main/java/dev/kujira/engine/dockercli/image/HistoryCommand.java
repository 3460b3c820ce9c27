package dev.kujira.engine.dockercli.image;

import dev.kujira.engine.api.HistoryItem;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.Columns;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Display;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.format.Units;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** {@code docker history}: show the history of an image, newest first (docker/cli formatter/history.go). */
public final class HistoryCommand implements DockerCommand {
  static final String DEFAULT_TABLE_FORMAT =
      "table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}";
  private static final Columns<Row> COLUMNS = Columns.<Row>of("*image.historyContext", DEFAULT_TABLE_FORMAT)
      .column("ID", "IMAGE", r -> r.h().id(), r -> r.h().id().startsWith("sha256:") ? r.h().id().substring(7, 19)
          : r.h().id())
      .column("CreatedSince", "CREATED", r -> r.human() ? Units.humanDuration(r.now() - r.h().created()) + " ago"
          : createdAt(r.h()))
      .column("CreatedAt", "CREATED AT", r -> createdAt(r.h()))
      .column("CreatedBy", "CREATED BY", r -> r.h().createdBy().replace("\t", " "),
          r -> Display.ellipsis(r.h().createdBy().replace("\t", " "), 45))
      .column("Size", "SIZE", r -> r.human() ? Units.humanSizeWithPrecision(r.h().size(), 3)
          : String.valueOf(r.h().size()))
      .column("Comment", "COMMENT", r -> r.h().comment())
      .jsonAll();

  private final CommandSpec spec;

  /** Creates the command for {@code spec}. */
  public HistoryCommand(CommandSpec spec) {
    this.spec = spec;
  }


  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    boolean trunc = !in.bool("no-trunc");
    boolean human = in.bool("human");
    long now = cli.api().now();
    List<Row> rows = new ArrayList<>();
    for (HistoryItem h : cli.api().imageHistory(in.args().get(0))) {
      rows.add(new Row(h, human, now));
    }
    String format = in.string("format");
    if (in.bool("quiet") && (format.isEmpty() || format.equals("table"))) {
      format = "{{.ID}}";
    }
    COLUMNS.print(cli, format, rows, trunc);
  }

  /**
   * Is one layer of the history.
   *
   * @param h the history entry
   * @param human whether sizes and dates read for humans (-H, the default)
   * @param now the time of the listing, epoch millis
   */
  private record Row(HistoryItem h, boolean human, long now) {
  }

  private static String createdAt(HistoryItem h) {
    // The API gives history times in whole seconds, and docker/cli formats them as Go's
    // time.RFC3339 (formatter/history.go): no fraction (recorded: "2026-11-22T21:56:32Z").
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.ofEpochMilli(h.created())
        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atOffset(java.time.ZoneOffset.UTC));
  }
}
