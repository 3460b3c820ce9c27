package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.api.LogLine;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code docker logs}: print a container's logs, stdout lines to stdout and stderr lines to
 * stderr (conformance 13-logs-tail-stderr). {@code -f} ends when the container stops.
 */
public final class LogsCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public LogsCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    String ref = in.args().get(0);
    if (in.bool("follow")) {
      cli.api().containerWait(ref);
    }
    List<LogLine> lines = cli.api().containerLogs(ref);
    String tail = in.string("tail");
    // The daemon reads a --tail it cannot parse as "all" (seen on the real engine: --tail :2 prints everything).
    if (tail.trim().matches("\\d+")) {
      int n = Integer.parseInt(tail.trim());
      if (n >= 0 && n < lines.size()) {
        lines = lines.subList(lines.size() - n, lines.size());
      }
    }
    boolean timestamps = in.bool("timestamps");
    for (LogLine l : lines) {
      String text = timestamps ? DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(l.time())) + " " + l.text()
          : l.text();
      (l.stderr() ? cli.err() : cli.out()).print(text);
    }
    cli.out().flush();
    cli.err().flush();
  }
}
