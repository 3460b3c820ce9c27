package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.compose.ComposeProject;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import java.util.List;

/** Dispatches compose's subcommands. */
final class ComposeCommands {
  private ComposeCommands() {
  }

  static void dispatch(CliContext cli, ComposeProject p, String command, List<String> args) {
    switch (command) {
      case "up":
        p.up();
        if (!args.contains("-d") && !args.contains("--detach")) {
          ComposeCli.logs(cli, p, List.of());
        }
        break;
      case "down":
        p.down(args.contains("-v") || args.contains("--volumes"));
        break;
      case "stop":
        p.stop();
        break;
      case "start":
        p.start();
        break;
      case "restart":
        p.stop();
        p.start();
        break;
      case "ps":
        ComposeCli.ps(cli, p, args);
        break;
      case "logs":
        ComposeCli.logs(cli, p, args);
        break;
      case "exec":
        ComposeCli.exec(cli, p, args);
        break;
      case "config":
        cli.out().println("name: " + p.name());
        cli.out().println("services:");
        p.file().services().keySet().forEach(s -> cli.out().println("  " + s + ":"));
        break;
      default:
        throw new CliException("unknown docker command: \"compose " + command + "\"", 1);
    }
  }
}
