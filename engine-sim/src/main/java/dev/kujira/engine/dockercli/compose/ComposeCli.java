package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.api.ExecRequest;
import dev.kujira.engine.api.LogLine;
import dev.kujira.engine.compose.ComposeFile;
import dev.kujira.engine.compose.ComposeProject;
import dev.kujira.engine.dockercli.Batch;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.Output;
import dev.kujira.engine.fs.FsException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Is the compose plugin's command line: {@code docker compose [-f FILE] [-p NAME] COMMAND}. The
 * project is named after its folder (lower case, as compose normalises it) unless -p, the
 * COMPOSE_PROJECT_NAME variable or the file's {@code name:} says otherwise.
 */
public final class ComposeCli {
  private static final List<String> FILES = List.of("compose.yaml", "compose.yml", "docker-compose.yaml",
      "docker-compose.yml");

  private ComposeCli() {
  }

  /** Runs {@code docker compose ARGS}. */
  public static void run(CliContext cli, List<String> args) {
    List<String> a = new ArrayList<>(args);
    String file = null;
    String project = cli.env().getOrDefault("COMPOSE_PROJECT_NAME", "");
    while (!a.isEmpty() && a.get(0).startsWith("-")) {
      String flag = a.remove(0);
      if ((flag.equals("-f") || flag.equals("--file")) && !a.isEmpty()) {
        file = a.remove(0);
      } else if ((flag.equals("-p") || flag.equals("--project-name")) && !a.isEmpty()) {
        project = a.remove(0);
      } else if (flag.equals("--project-directory") && !a.isEmpty()) {
        a.remove(0);
      } else if (flag.equals("version") || flag.equals("-v") || flag.equals("--version")) {
        cli.out().println("Docker Compose version " + "2.26.1");
        return;
      }
    }
    if (a.isEmpty()) {
      throw new CliException("Usage:  docker compose [OPTIONS] COMMAND", 1);
    }
    String command = a.remove(0);
    if (command.equals("version")) {
      cli.out().println("Docker Compose version 2.26.1");
      return;
    }
    ComposeProject p = load(cli, file, project);
    ComposeCommands.dispatch(cli, p, command, a);
  }

  private static ComposeProject load(CliContext cli, String file, String project) {
    String dir = cli.cwd();
    String path = null;
    if (file != null) {
      path = cli.files().absolute(file);
    } else {
      for (String f : FILES) {
        if (cli.files().exists(dir + "/" + f)) {
          path = dir + "/" + f;
          break;
        }
      }
    }
    if (path == null) {
      throw new CliException("no configuration file provided: not found", 1);
    }
    ComposeFile compose;
    try {
      compose = ComposeFile.parse(new String(cli.files().read(path), StandardCharsets.UTF_8));
    } catch (FsException e) {
      throw new CliException("open " + path + ": no such file or directory", 1);
    } catch (ComposeFile.Invalid e) {
      throw new CliException(e.getMessage(), 1);
    }
    String name = !project.isEmpty() ? project : !compose.name().isEmpty() ? compose.name()
        : dir.substring(dir.lastIndexOf('/') + 1);
    name = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
    return new ComposeProject(cli.api(), compose, name, dir, cli.err());
  }

  /** Returns the services' running containers for exec/logs. */
  static ContainerSummary container(ComposeProject p, String service, boolean running) {
    for (ContainerSummary c : p.containers(!running)) {
      if (service.equals(c.labels().get("com.docker.compose.service"))) {
        return c;
      }
    }
    return null;
  }

  static void exec(CliContext cli, ComposeProject p, List<String> args) {
    List<String> env = new ArrayList<>();
    String workdir = "";
    int i = 0;
    while (i < args.size() && args.get(i).startsWith("-")) {
      String f = args.get(i++);
      if ((f.equals("-e") || f.equals("--env")) && i < args.size()) {
        env.add(args.get(i++));
      } else if ((f.equals("-w") || f.equals("--workdir")) && i < args.size()) {
        workdir = args.get(i++);
      } else if ((f.equals("-u") || f.equals("--user") || f.equals("--index")) && i < args.size()) {
        i++;
      }
    }
    if (i >= args.size()) {
      throw new CliException("\"docker compose exec\" requires at least 2 arguments.", 1);
    }
    String service = args.get(i);
    ContainerSummary c = container(p, service, true);
    if (c == null) {
      throw new CliException("service \"" + service + "\" is not running", 1);
    }
    List<String> cmd = args.subList(i + 1, args.size());
    try {
      int code = cli.api().containerExec(c.id(), new ExecRequest(List.copyOf(cmd), env, workdir, "", false, false),
          cli.in(), cli.out(), cli.err());
      if (code != 0) {
        throw new CliException("", code);
      }
    } catch (EngineException e) {
      throw new CliException(Batch.daemonError(e), 126);
    }
  }

  static void logs(CliContext cli, ComposeProject p, List<String> args) {
    boolean prefix = !args.contains("--no-log-prefix");
    List<String> services = new ArrayList<>();
    args.stream().filter(x -> !x.startsWith("-")).forEach(services::add);
    List<ContainerSummary> shown = new ArrayList<>();
    for (ContainerSummary c : p.containers(true)) {
      if (services.isEmpty() || services.contains(c.labels().get("com.docker.compose.service"))) {
        shown.add(0, c);
      }
    }
    int width = 0;
    for (ContainerSummary c : shown) {
      width = Math.max(width, label(c).length());
    }
    for (ContainerSummary c : shown) {
      for (LogLine l : cli.api().containerLogs(c.id())) {
        // compose writes ESC[2K before every log line even without a terminal (conformance 64, 68).
        String text = "\u001b[2K" + (prefix ? String.format("%-" + (width + 1) + "s | ", label(c)) : "") + l.text();
        cli.out().print(text.endsWith("\n") ? text : text + "\n");
      }
    }
  }

  static String label(ContainerSummary c) {
    return c.labels().get("com.docker.compose.service") + "-" + c.labels().get("com.docker.compose.container-number");
  }

  static void ps(CliContext cli, ComposeProject p, List<String> args) {
    boolean all = args.contains("-a") || args.contains("--all");
    if (args.contains("--services")) {
      p.file().services().keySet().forEach(cli.out()::println);
      return;
    }
    String format = "";
    for (int i = 0; i < args.size() - 1; i++) {
      if (args.get(i).equals("--format")) {
        format = args.get(i + 1);
      }
    }
    if (args.contains("-q") || args.contains("--quiet")) {
      format = "{{.ID}}";
    }
    List<PsRow> rows = new ArrayList<>();
    long now = cli.api().now();
    List<ContainerSummary> list = new ArrayList<>(p.containers(all));
    list.sort((x, y) -> x.names().get(0).compareTo(y.names().get(0)));
    list.forEach(c -> rows.add(new PsRow(c, now)));
    Output.rows(cli, format, PsRow.DEFAULT_TABLE, PsRow.HEADERS, rows);
  }
}
