package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.ClientTerminal;
import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.dockercli.Batch;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.format.Formatter;
import dev.kujira.engine.format.Units;
import dev.kujira.engine.gotemplate.GoObject;
import dev.kujira.engine.gotemplate.TemplateException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code docker stats}: one row of resource use per container, in docker/cli's columns and units
 * (recorded on the real engine). The simulator keeps no CPU or I/O accounting, so CPU is 0.00%
 * (an idle container's figure) and the I/O columns 0B; memory is a model (512KiB for the first
 * process and 256KiB per further one, against the machine's memory as the limit) and PIDS the
 * container's real process count. {@code --no-stream} prints once; on the learner's terminal the
 * table is redrawn every second (ESC[2J ESC[H, as docker does) until Ctrl-C; without a terminal
 * it prints once (the real client would go on for ever).
 */
public final class StatsCommand implements DockerCommand {
  static final String DEFAULT_FORMAT =
      "table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}";
  private static final Map<String, String> HEADERS = headers();
  private static final long FIRST_PROCESS = 512L << 10;
  private static final long MORE_PROCESS = 256L << 10;
  private static final long REFRESH_MILLIS = 1000;
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public StatsCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  private static Map<String, String> headers() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("BlockIO", "BLOCK I/O");
    h.put("CPUPerc", "CPU %");
    h.put("Container", "CONTAINER");
    h.put("ID", "CONTAINER ID");
    h.put("MemPerc", "MEM %");
    h.put("MemUsage", "MEM USAGE / LIMIT");
    h.put("Name", "NAME");
    h.put("NetIO", "NET I/O");
    h.put("PIDs", "PIDS");
    return h;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    Optional<ClientTerminal> terminal = TerminalClient.of(cli);
    if (in.bool("no-stream") || terminal.isEmpty()) {
      cli.out().print(table(cli, in));
      cli.out().flush();
      return;
    }
    long[] waited = {REFRESH_MILLIS};
    TerminalClient.follow(cli, terminal.get(), () -> {
      if (waited[0] >= REFRESH_MILLIS) {
        waited[0] = 0;
        cli.out().print("\u001b[2J\u001b[H" + table(cli, in));
        cli.out().flush();
      }
      waited[0] += 50;
    }, () -> true);
  }

  private String table(CliContext cli, Invocation in) {
    List<Row> rows = new ArrayList<>();
    long limit = ((Number) cli.api().systemInfo().getOrDefault("MemTotal", 4L << 30)).longValue();
    if (in.args().isEmpty()) {
      for (ContainerSummary c : cli.api().containerList(in.bool("all"), Map.of())) {
        rows.add(row(cli, c.id(), c.names().get(0).replaceFirst("^/", ""), c.id(), limit, in.bool("no-trunc")));
      }
    } else {
      for (String ref : in.args()) {
        try {
          ApiObject doc = cli.api().containerInspect(ref);
          rows.add(row(cli, String.valueOf(doc.get("Id")), String.valueOf(doc.get("Name")).replaceFirst("^/", ""), ref,
              limit, in.bool("no-trunc")));
        } catch (EngineException e) {
          throw new CliException(Batch.daemonError(e), 1);
        }
      }
    }
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
    try {
      Formatter.write(p, in.string("format"), DEFAULT_FORMAT, HEADERS, rows);
    } catch (TemplateException e) {
      throw new CliException(e.getMessage(), 1);
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  private static Row row(CliContext cli, String id, String name, String asGiven, long limit, boolean noTrunc) {
    ApiObject state = (ApiObject) cli.api().containerInspect(id).get("State");
    boolean running = Boolean.TRUE.equals(state.get("Running"));
    int pids = 0;
    if (running && !Boolean.TRUE.equals(state.get("Paused"))) {
      pids = Math.max(1, cli.api().containerTop(id, List.of()).size() - 1);
    } else if (running) {
      pids = 1;
    }
    long mem = pids == 0 ? 0 : FIRST_PROCESS + (pids - 1) * MORE_PROCESS;
    return new Row(noTrunc ? id : id.substring(0, 12), name, asGiven, mem, running ? limit : 0, pids);
  }

  /** Is one row: docker/cli's formatter.StatsEntry as the template sees it. */
  private record Row(String id, String name, String container, long mem, long limit, int pids) implements GoObject {
    @Override
    public String goTypeName() {
      // docker/cli 26.1 keeps statsContext in cli/command/container (its Go type name shows in template errors).
      return "*container.statsContext";
    }

    @Override
    public boolean hasMethod(String method) {
      return HEADERS.containsKey(method);
    }

    @Override
    public Object call(String method, List<Object> args) {
      return switch (method) {
        case "ID" -> id;
        case "Name" -> name;
        case "Container" -> container;
        case "CPUPerc" -> "0.00%";
        case "MemUsage" -> Units.bytesSize(mem) + " / " + Units.bytesSize(limit);
        case "MemPerc" -> String.format(java.util.Locale.ROOT, "%.2f%%", limit == 0 ? 0.0 : 100.0 * mem / limit);
        case "NetIO", "BlockIO" -> "0B / 0B";
        case "PIDs" -> String.valueOf(pids);
        default -> throw new IllegalArgumentException(method);
      };
    }
  }
}
