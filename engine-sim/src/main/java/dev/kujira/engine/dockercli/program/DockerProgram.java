package dev.kujira.engine.dockercli.program;

import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.api.EngineApi;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Is the {@code docker} client installed on the simulated host: argv in, the CLI's exit code out. */
public final class DockerProgram implements Program {
  /** Virtual milliseconds one docker command takes before it reaches the daemon. */
  private static final long CALL_MILLIS = 10;
  private final EngineApi api;
  private final List<String> prefix;

  /** Creates the client talking to {@code api}. */
  public DockerProgram(EngineApi api) {
    this(api, List.of());
  }

  private DockerProgram(EngineApi api, List<String> prefix) {
    this.api = api;
    this.prefix = prefix;
  }

  /** Returns {@code docker-compose}: the same plugin as {@code docker compose}. */
  public static DockerProgram compose(EngineApi api) {
    return new DockerProgram(api, List.of("compose"));
  }

  @Override
  public int run(Proc proc, List<String> argv) {
    // A CLI round trip to the daemon takes time: two commands never share an instant, so two
    // imports or commits of the same content still get distinct created times and ids. Virtual
    // time only: a terminal's real clock does not make the learner (or a server thread) wait it out.
    proc.sleepUnpaced(CALL_MILLIS);
    CliContext cli = new CliContext(api, proc.stdin(), proc.stdout(), proc.stderr(), proc.env(), proc.fs(),
        proc.stdinIsTerminal(), proc::sleep);
    List<String> args = new ArrayList<>(prefix);
    args.addAll(argv.subList(1, argv.size()));
    return Cli.run(args, cli);
  }

  /** Returns completion candidates for the words of {@code line} before the cursor. */
  public static List<String> complete(String line) {
    String[] words = line.split("\\s+", -1);
    TreeSet<String> out = new TreeSet<>();
    if (words.length == 0 || !words[0].equals("docker")) {
      return List.of();
    }
    String partial = words[words.length - 1];
    List<String> before = new ArrayList<>(List.of(words).subList(1, words.length - 1));
    for (List<String> path : Cli.table().paths()) {
      if (path.size() > before.size() && path.subList(0, before.size()).equals(before)
          && path.get(before.size()).startsWith(partial)) {
        out.add(path.get(before.size()));
      }
    }
    DockerCommand cmd = before.isEmpty() ? null : Cli.table().find(before.size() > 1 && Commands.GROUPS.contains(
        before.get(0)) ? before.subList(0, 2) : before.subList(0, 1));
    if (cmd != null && partial.startsWith("-")) {
      cmd.spec().flags().forEach(f -> {
        if (("--" + f.name()).startsWith(partial)) {
          out.add("--" + f.name());
        }
      });
    }
    return List.copyOf(out);
  }
}
