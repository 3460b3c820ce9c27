package dev.kujira.engine.build;

import dev.kujira.engine.api.BuildRequest;
import dev.kujira.engine.fs.FsTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a build's RUN in the build sandbox: the exec form as written or the shell form under the
 * stage's SHELL, with the stage's ENV and the ARGs in scope as environment; BuildKit's error block
 * and the Dockerfile excerpt when it fails (the legacy builder reports its own way).
 */
final class BuildExec {
  private BuildExec() {
  }

  /** Runs a RUN in the build's sandbox and returns its history line; a failure ends the build. */
  static String run(BuildRun run, BuildBackend daemon, BuildRequest req, Instruction ins, String title) {
    BuildState s = run.s;
    List<String> argv = ins.jsonWords();
    if (argv == null) {
      argv = new ArrayList<>(s.shell == null ? List.of("/bin/sh", "-c") : s.shell);
      argv.add(BuildFiles.heredocScript(ins));
    }
    Map<String, String> env = new LinkedHashMap<>(s.env);
    run.vars().values().forEach(env::putIfAbsent);
    FsTree tree = new FsTree(s.rootfs);
    BuildBackend.RunResult r = daemon.run(tree, env, s.workdir, argv, s.user == null ? "" : s.user,
        sandbox(run, req, ins, title));
    for (int i = 0; i < r.output().size(); i++) {
      if (!run.classic) {
        run.progress().log(r.output().get(i));
      } else if (r.stderr(i)) {
        run.progress().classicStderr(r.output().get(i));
      } else {
        run.progress().classic(r.output().get(i));
      }
    }
    run.lastRun = r;
    String shown = argv.size() == 3 && argv.get(1).equals("-c") ? "/bin/sh -c " + argv.get(2) : String.join(" ", argv);
    if (r.status() != 0 && run.classic) {
      throw new ClassicBuild.RunFailed(shown, r.status(), tree);
    }
    if (r.status() != 0) {
      String why = "process " + BuildText.goQuote(shown) + " did not complete successfully: exit code: " + r.status();
      run.progress().failed(why, title, r.output());
      run.progress().source(ins.line());
      throw BuildErrors.runFailed(why);
    }
    s.rootfs = tree.root();
    String command = ins.jsonWords() != null ? ins.args() : "/bin/sh -c " + ins.args();
    return "RUN " + run.vars().runArgsPrefix() + command + " # buildkit";
  }

  /**
   * Returns the step's sandbox: RUN --network over the build's, the build's --add-host entries, and
   * a {@code RUN --mount=type=secret} as a file of its own (BuildKit's default target
   * /run/secrets/ID); a secret the build was not given is left out unless the mount says
   * required=true (BuildKit's secret mount).
   */
  private static BuildBackend.Sandbox sandbox(BuildRun run, BuildRequest req, Instruction ins, String title) {
    String network = ins.flags().getOrDefault("network", req.network());
    Map<String, byte[]> mounts = new LinkedHashMap<>();
    String mount = run.classic ? null : ins.flags().get("mount");
    if (mount != null) {
      Map<String, String> m = new LinkedHashMap<>();
      for (String field : mount.split(",")) {
        int eq = field.indexOf('=');
        m.put(eq < 0 ? field : field.substring(0, eq), eq < 0 ? "true" : field.substring(eq + 1));
      }
      if ("secret".equals(m.get("type"))) {
        String id = m.getOrDefault("id", m.getOrDefault("target", m.getOrDefault("dst", "")));
        id = id.substring(id.lastIndexOf('/') + 1);
        String target = m.getOrDefault("target", m.getOrDefault("dst", "/run/secrets/" + id));
        byte[] value = req.secrets().get(id);
        if (value != null) {
          mounts.put(target, value);
        } else if ("true".equals(m.get("required"))) {
          run.progress().failed("secret " + id + ": not found", title, List.of());
          run.progress().source(ins.line());
          throw BuildErrors.runFailed("secret " + id + ": not found");
        }
      }
    }
    return new BuildBackend.Sandbox(network, req.extraHosts(), mounts);
  }
}
