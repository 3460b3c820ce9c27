package dev.kujira.engine.daemon;

import dev.kujira.engine.build.BuildBackend;
import dev.kujira.engine.fs.Devices;
import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.Mount;
import dev.kujira.engine.fs.Node;
import dev.kujira.engine.fs.UnionView;
import dev.kujira.engine.process.Machine;
import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.ProcImpl;
import dev.kujira.engine.process.ProcessKilled;
import dev.kujira.engine.process.Resolution;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a RUN step's command over a build's files, as BuildKit's executor does (host name buildkitsandbox). */
final class BuildSandbox {
  /** BuildKit's hosts file for the sandbox (executor/oci/hosts.go, host name buildkitsandbox). */
  private static final String HOSTS = "127.0.0.1\tlocalhost buildkitsandbox\n::1\tlocalhost ip6-localhost ip6-loopback\n";

  private BuildSandbox() {
  }

  static BuildBackend.RunResult run(DaemonState state, FsTree tree, Map<String, String> env, String workdir, List<String> argv) {
    return run(state, tree, env, workdir, argv, "", new BuildBackend.Sandbox("default"));
  }

  /**
   * Runs {@code argv} as {@code user} (the Dockerfile's USER; "" is root), with its permissions,
   * in {@code sandbox}: its network mode (default, none or host), /proc with that network's
   * /proc/net/dev, BuildKit's /etc/hosts with the --add-host entries, and the step's secret files.
   * None of these mounts reach the step's layer.
   */
  static BuildBackend.RunResult run(DaemonState state, FsTree tree, Map<String, String> env, String workdir, List<String> argv,
      String user, BuildBackend.Sandbox sandbox) {
    Machine m = new Machine("buildkitsandbox", state.programs(), state.scheduler());
    m.user(user);
    NetworkView network = BuildNetwork.of(state, sandbox.network());
    m.network(network);
    Map<List<String>, Long> stubs = stubs(tree, sandbox, state.clock().now());
    UnionView view = new UnionView(tree, mounts(state, network, sandbox), state.clock()::now);
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
    removeStubs(tree, stubs, state.clock().now());
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

  /**
   * Creates the missing folders above the step's file mounts (BuildKit's mount stubs: /run/secrets
   * for a secret), returning them top first with their parent's time.
   */
  private static Map<List<String>, Long> stubs(FsTree tree, BuildBackend.Sandbox sandbox, long now) {
    Map<List<String>, Long> created = new java.util.LinkedHashMap<>();
    for (String target : sandbox.mounts().keySet()) {
      List<String> parts = List.of(target.substring(1).split("/"));
      for (int i = 1; i < parts.size(); i++) {
        if (tree.lookup(parts.subList(0, i)) == null) {
          created.put(List.copyOf(parts.subList(0, i)), ((Node.Dir) tree.lookup(parts.subList(0, i - 1))).mtime());
          tree.set(parts.subList(0, i), new Node.Dir(new java.util.TreeMap<>(), 0755, 0, 0, now), now);
        }
      }
      if (tree.lookup(parts) == null && tree.lookup(parts.subList(0, parts.size() - 1)) instanceof Node.Dir parent) {
        // the mount point itself: an empty file the mount covers (so the folder lists it)
        created.put(parts, parent.mtime());
        tree.set(parts, new Node.RegularFile(new byte[0], 0644, 0, 0, now), now);
      }
    }
    return created;
  }

  /**
   * Removes the mount stubs the step left empty (folders and mount-point files), as BuildKit does since v0.12 (the image does not
   * keep /run/secrets: recorded, b50), and gives their parent back its time.
   */
  private static void removeStubs(FsTree tree, Map<List<String>, Long> stubs, long now) {
    List<List<String>> dirs = new ArrayList<>(stubs.keySet());
    for (int i = dirs.size() - 1; i >= 0; i--) {
      List<String> dir = dirs.get(i);
      Node stub = tree.lookup(dir);
      if (stub instanceof Node.Dir d && d.entries().isEmpty() || stub instanceof Node.RegularFile f && f.content().length == 0) {
        long parentTime = stubs.get(dir);
        tree.set(dir, null, now);
        if (tree.lookup(dir.subList(0, dir.size() - 1)) instanceof Node.Dir p) {
          Node.Dir restored = new Node.Dir(p.entries(), p.mode(), p.uid(), p.gid(), parentTime);
          if (dir.size() == 1) {
            tree.replaceRoot(restored);
          } else {
            tree.set(dir.subList(0, dir.size() - 1), restored, now);
          }
        }
      }
    }
  }

  private static List<Mount> mounts(DaemonState state, NetworkView network, BuildBackend.Sandbox sandbox) {
    long now = state.clock().now();
    List<Mount> mounts = new ArrayList<>();
    FsTree proc = Devices.proc(0);
    KernelFiles.netDev(proc, network.interfaces());
    mounts.add(new Mount("/proc", proc, List.of(), true, "proc", "proc", "rw,nosuid,nodev,noexec,relatime", 0));
    // BuildKit's executor writes the sandbox's own hosts file (executor/oci/hosts.go), extra hosts last.
    StringBuilder hosts = new StringBuilder(HOSTS);
    for (String h : sandbox.extraHosts()) {
      int colon = h.indexOf(':');
      hosts.append(h.substring(colon + 1)).append('\t').append(h, 0, colon).append('\n');
    }
    FsTree etc = new FsTree();
    etc.set(List.of("hosts"), new Node.RegularFile(hosts.toString().getBytes(StandardCharsets.UTF_8), 0644, 0, 0, now), now);
    mounts.add(new Mount("/etc/hosts", etc, List.of("hosts"), true));
    for (Map.Entry<String, byte[]> f : sandbox.mounts().entrySet()) {
      // a secret is a read-only tmpfs file of its own (BuildKit's secret mount, mode 0400)
      FsTree t = new FsTree();
      t.set(List.of("secret"), new Node.RegularFile(f.getValue(), 0400, 0, 0, now), now);
      mounts.add(new Mount(f.getKey(), t, List.of("secret"), true));
    }
    return mounts;
  }
}
