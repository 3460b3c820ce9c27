package dev.kujira.engine.dockercli.image;

import dev.kujira.engine.api.HistoryItem;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Display;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.dockercli.Output;
import dev.kujira.engine.format.Units;
import dev.kujira.engine.gotemplate.GoObject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code docker history}: show the history of an image, newest first (docker/cli formatter/history.go). */
public final class HistoryCommand implements DockerCommand {
  static final String DEFAULT_TABLE_FORMAT =
      "table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}";
  static final Map<String, String> HEADERS = Map.of("ID", "IMAGE", "CreatedSince", "CREATED", "CreatedAt", "CREATED AT",
      "CreatedBy", "CREATED BY", "Size", "SIZE", "Comment", "COMMENT");

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
    List<GoObject> rows = new ArrayList<>();
    for (HistoryItem h : cli.api().imageHistory(in.args().get(0))) {
      rows.add(new Row(h, trunc, human, now));
    }
    String format = in.string("format");
    if (in.bool("quiet") && (format.isEmpty() || format.equals("table"))) {
      format = "{{.ID}}";
    }
    Output.rows(cli, format, DEFAULT_TABLE_FORMAT, HEADERS, rows);
  }

  private static final class Row implements GoObject {
    private final HistoryItem h;
    private final boolean trunc;
    private final boolean human;
    private final long now;

    Row(HistoryItem h, boolean trunc, boolean human, long now) {
      this.h = h;
      this.trunc = trunc;
      this.human = human;
      this.now = now;
    }

    @Override
    public String goTypeName() {
      return "*formatter.historyContext";
    }

    @Override
    public boolean hasMethod(String name) {
      return HEADERS.containsKey(name);
    }

    @Override
    public Object call(String name, List<Object> args) {
      switch (name) {
        case "ID":
          return h.id().startsWith("sha256:") && trunc ? h.id().substring(7, 19) : h.id();
        case "CreatedSince":
          return human ? Units.humanDuration(now - h.created()) + " ago" : createdAt();
        case "CreatedAt":
          return createdAt();
        case "CreatedBy":
          String by = h.createdBy().replace("\t", " ");
          return trunc ? Display.ellipsis(by, 45) : by;
        case "Size":
          return human ? Units.humanSizeWithPrecision(h.size(), 3) : String.valueOf(h.size());
        case "Comment":
          return h.comment();
        default:
          throw new IllegalArgumentException(name);
      }
    }

    private String createdAt() {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.ofEpochMilli(h.created()).atOffset(java.time.ZoneOffset.UTC));
    }
  }
}
