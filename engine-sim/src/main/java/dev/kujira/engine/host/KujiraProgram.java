package dev.kujira.engine.host;

import dev.kujira.engine.api.EngineApi;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.util.List;

/**
 * Is the {@code kujira} command on the learner's host: the simulator's own tools, kept apart from
 * docker's. {@code kujira explain from web to http://db:3306} traces a request step by step;
 * {@code kujira explain to http://localhost:8080} traces one from the host.
 */
public final class KujiraProgram implements Program {
  private static final String USAGE = "usage: kujira explain [from CONTAINER] to URL|HOST:PORT\n"
      + "  traces a request through the simulated network: name, route, port, listener\n"
      + "       kujira explain build\n"
      + "  says for each step of the last build whether the cache answered it, and why not";
  private final EngineApi api;

  /** Creates the command over {@code api}. */
  public KujiraProgram(EngineApi api) {
    this.api = api;
  }

  @Override
  public int run(Proc proc, List<String> argv) {
    List<String> a = argv.subList(1, argv.size());
    if (a.isEmpty()) {
      proc.stderr().println(USAGE);
      return 2;
    }
    if (!a.get(0).equals("explain")) {
      // As Main's "unknown command" outside the terminal: say what is wrong before how to use it.
      proc.stderr().println("kujira: unknown command '" + a.get(0) + "'\n\n" + USAGE);
      return 2;
    }
    if (a.size() == 2 && a.get(1).equals("build")) {
      List<String> lines = api.explainBuild();
      if (lines.isEmpty()) {
        proc.stdout().println("no build yet: run docker build first");
        return 1;
      }
      lines.forEach(proc.stdout()::println);
      return 0;
    }
    String from = "host";
    String to = null;
    for (int i = 1; i + 1 < a.size(); i += 2) {
      if (a.get(i).equals("from")) {
        from = a.get(i + 1);
      } else if (a.get(i).equals("to")) {
        to = a.get(i + 1);
      }
    }
    if (to == null) {
      proc.stderr().println(USAGE);
      return 2;
    }
    List<String> steps = api.explainRequest(from, to);
    steps.forEach(proc.stdout()::println);
    proc.stdout().flush();
    return !steps.isEmpty() && steps.get(steps.size() - 1).endsWith("the request is answered") ? 0 : 1;
  }
}
