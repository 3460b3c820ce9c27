package dev.kujira.engine.daemon;

import dev.kujira.engine.build.BuildBackend;
import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.UnionView;
import dev.kujira.engine.process.Machine;
import dev.kujira.engine.process.ProcImpl;
import dev.kujira.engine.process.ProcessKilled;
import dev.kujira.engine.process.Resolution;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs a RUN step's command over a build's files, as BuildKit's executor does (host name buildkitsandbox). */
final class BuildSandbox {
  private BuildSandbox() {
  }

  static BuildBackend.RunResult run(DaemonState state, FsTree tree, Map<String, String> env, String workdir, List<String> argv) {
    return run(state, tree, env, workdir, argv, "", "default");
  }

  /**
   * Runs {@code argv} as {@code user} (the Dockerfile's USER; "" is root), with its permissions,
   * on the build's {@code network} mode (default, none or host).
   */
  static BuildBackend.RunResult run(DaemonState state, FsTree tree, Map<String, String> env, String workdir, List<String> argv,
      String user, String network) {
    Machine m = new Machine("buildkitsandbox", state.programs(), state.scheduler());
    m.user(user);
    m.network(BuildNetwork.of(state, network));
    UnionView view = new UnionView(tree, List.of(), state.clock()::now);
    FileSystemView fs = view;
    String wd = workdir.isEmpty() ? "/" : workdir;
    try {
      fs.cd(wd);
    } catch (FsException e) {
      fs.mkdir(wd, true);
      fs.cd(wd);
    }
    int[] ids = Credentials.resolve(view, user == null ? "" : user);
    view.as(ids[0], ids[1]);
    Lines lines = new Lines();
    PrintStream out = new PrintStream(lines.stream(false), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(lines.stream(true), true, StandardCharsets.UTF_8);
    ProcImpl p = ProcImpl.start(m, env, fs, new ByteArrayInputStream(new byte[0]), out, err);
    Resolution r = p.resolve(argv.get(0));
    int status;
    if (!r.isFound()) {
      out.println("runc run failed: unable to start container process: exec: \"" + argv.get(0)
          + "\": executable file not found in $PATH");
      status = r.kind() == Resolution.Kind.NOT_FOUND ? 127 : 126;
    } else {
      try {
        status = p.exec(r.program(), argv, null) & 0xff;
      } catch (ProcessKilled k) {
        status = k.exitStatus();
      }
    }
    out.flush();
    err.flush();
    return lines.result(status);
  }

  /**
   * The RUN's output as lines in the order they were completed, each marked with its stream: the
   * legacy builder colours stderr lines (moby's streamformatter.NewStderrWriter), BuildKit does not.
   */
  private static final class Lines {
    private final List<String> lines = new java.util.ArrayList<>();
    private final java.util.Set<Integer> errs = new java.util.HashSet<>();
    private final ByteArrayOutputStream[] partial = {new ByteArrayOutputStream(), new ByteArrayOutputStream()};

    java.io.OutputStream stream(boolean stderr) {
      ByteArrayOutputStream cur = partial[stderr ? 1 : 0];
      return new java.io.OutputStream() {
        @Override
        public void write(int b) {
          if (b == '\n') {
            line(cur, stderr);
          } else {
            cur.write(b);
          }
        }
      };
    }

    private void line(ByteArrayOutputStream cur, boolean stderr) {
      if (stderr) {
        errs.add(lines.size());
      }
      lines.add(cur.toString(StandardCharsets.UTF_8));
      cur.reset();
    }

    BuildBackend.RunResult result(int status) {
      for (int i = 0; i < 2; i++) {
        if (partial[i].size() > 0) {
          line(partial[i], i == 1);
        }
      }
      // trailing empty lines are no log lines (as the text split at "\n" had it before)
      while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
        errs.remove(lines.size() - 1);
        lines.remove(lines.size() - 1);
      }
      return new BuildBackend.RunResult(status, List.copyOf(lines), java.util.Set.copyOf(errs));
    }
  }
}
