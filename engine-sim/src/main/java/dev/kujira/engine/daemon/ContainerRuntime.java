package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.daemon.network.ContainerNetwork;
import dev.kujira.engine.daemon.network.HostNetwork;
import dev.kujira.engine.daemon.network.Ipv4;
import dev.kujira.engine.daemon.network.Network;
import dev.kujira.engine.daemon.network.NetworkService;
import dev.kujira.engine.daemon.network.Ports;
import dev.kujira.engine.daemon.volume.VolumeService;
import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.container.ContainerStatus;
import dev.kujira.engine.container.LogStream;
import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.process.Machine;
import dev.kujira.engine.process.ProcImpl;
import dev.kujira.engine.process.ProcessKilled;
import dev.kujira.engine.process.Resolution;
import dev.kujira.engine.process.Signal;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs containers through Docker's state machine: start, exit and restart policy, stop, kill,
 * pause, remove, wait and exec (moby daemon/start.go, monitor.go, stop.go, kill.go, delete.go).
 */
public final class ContainerRuntime {
  private static final int DEFAULT_STOP_TIMEOUT = 10;
  private final DaemonState state;
  private final VolumeService volumes;

  public ContainerRuntime(DaemonState state, VolumeService volumes) {
    this.state = state;
    this.volumes = volumes;
  }

  /**
   * Starts {@code c}; with {@code out} given the client is attached and this returns the exit
   * code once the container ends, else it returns at once (0).
   */
  public int start(Container c, InputStream in, PrintStream out, PrintStream err) {
    return start(c, in, out, err, Long.MIN_VALUE, null);
  }

  /**
   * Starts a container that has a terminal in the background with {@code client} attached to it
   * from its first byte on, as {@code docker run -it} attaches before it starts.
   */
  public TtyAttachment startWithTerminal(Container c, PrintStream client) {
    start(c, null, null, null, Long.MIN_VALUE, client);
    c.terminalOut.attach(client);
    return TtyAttachment.of(state, c, client);
  }

  /** Connects {@code client} to the terminal of running {@code c}. */
  public TtyAttachment attachTerminal(Container c, PrintStream client) {
    state.emit("container", "attach", c.id, attributes(c));
    c.terminalOut.attach(client);
    return TtyAttachment.of(state, c, client);
  }

  /**
   * Starts the main process of a container restored from a snapshot as running: its output up to
   * now was already logged, so it is dropped, and it keeps its start time and pid.
   */
  public void resume(Container c) {
    long started = c.startedAt;
    int pid = c.pid;
    String health = c.healthStatus;
    int streak = c.failingStreak;
    List<dev.kujira.engine.api.ApiObject> healthLog = new ArrayList<>(c.healthLog);
    boolean paused = c.status == ContainerStatus.PAUSED;
    c.moveTo(ContainerStatus.EXITED);
    try {
      start(c, null, null, null, state.clock().now(), null);
    } catch (EngineException e) {
      return;
    }
    c.startedAt = started;
    c.pid = pid;
    // Starting begins the checks afresh ("starting"); the restored container keeps its results.
    if (!health.isEmpty()) {
      c.healthStatus = health;
      c.failingStreak = streak;
      c.healthLog.clear();
      c.healthLog.addAll(healthLog);
    }
    if (paused && c.task != null) {
      pause(c);
    }
  }

  private int start(Container c, InputStream in, PrintStream out, PrintStream err, long muteUntil,
      PrintStream ttyClient) {
    if (c.status == ContainerStatus.PAUSED) {  // moby checks Paused before Running (d09)
      throw Errors.conflict("cannot start a paused container, try unpause instead");
    }
    if (c.status == ContainerStatus.RUNNING) {
      return 0;
    }
    if (c.status == ContainerStatus.REMOVING || c.status == ContainerStatus.DEAD) {
      throw Errors.conflict("container is marked for removal and cannot be started");
    }
    try {
      return startOnce(c, in, out, err, muteUntil, ttyClient);
    } catch (EngineException e) {
      // moby's containerStart: a start that fails keeps its error in State.Error and an exit code of 128
      // (exitUnknown) when none was set, so `ps` shows "Exited (128)" for a container that ran before
      // (found by tests/tools/difftest: a start failing on a network removed since; conformance d20)
      c.error = e.getMessage();
      if (c.exitCode == 0) {
        c.exitCode = 128;
      }
      // A --rm container that cannot start is removed all the same (recorded on Docker 26.1).
      if (c.autoRemove && c.status != ContainerStatus.RUNNING && state.containers().containsKey(c.id)) {
        removeNow(c, true);
      }
      throw e;
    }
  }

  private int startOnce(Container c, InputStream in, PrintStream out, PrintStream err, long muteUntil,
      PrintStream ttyClient) {
    c.staleListPorts = null;
    Machine machine = new Machine(c.hostname, state.programs(), state.scheduler());
    machine.user(c.user);
    machine.limits(c.resources.getOrDefault("Memory", 0L), c.resources.getOrDefault("PidsLimit", 0L));
    c.oomKilled = false;
    // --network host: the container shares the host's interfaces, names and ports; container:ID another's.
    machine.network(c.networkMode.equals("host") ? new HostNetwork(state, c) : new ContainerNetwork(state, joined(c)));
    checkLinks(c);
    if (c.pendingNetwork != null) {
      c.networks.put(new NetworkService(state).find(c.pendingNetwork).id, List.of());
      c.pendingNetwork = null;
    }
    volumes.mountOnStart(c);
    FileSystemView fs = Rootfs.processView(state, c, "");
    HostSettings.start(c, fs);
    machine.capabilities(HostSettings.capabilities(c));
    machine.groupAdd(HostSettings.list(c, "HostConfig.GroupAdd").stream().map(String::valueOf).toList());
    LogStream stdout = new LogStream(c.logs, false, state.clock()::now);
    LogStream stderr = new LogStream(c.logs, true, state.clock()::now);
    stdout.muteUntil(muteUntil);
    stderr.muteUntil(muteUntil);
    // -i without a client attached: the pipe stays open and empty (OpenStdin), so readers wait
    InputStream stdin = in != null && c.openStdin ? in
        : c.openStdin ? new dev.kujira.engine.process.OpenStdin(state.scheduler()) : new ByteArrayInputStream(new byte[0]);
    PrintStream pout = new PrintStream(stdout, true, StandardCharsets.UTF_8);
    PrintStream perr = new PrintStream(stderr, true, StandardCharsets.UTF_8);
    dev.kujira.engine.process.Tty tty = null;
    if (c.tty) {
      // With -t both streams are the terminal: one log stream, newlines as "\r\n" (conformance k14).
      tty = new dev.kujira.engine.process.Tty(state.scheduler(), stdout);
      stdin = tty.input();
      pout = tty.printStream();
      perr = pout;
    }
    c.linkEnv = LinkEnv.of(state, c);
    Map<String, String> env = ProcessEnv.of(c, c.tty);
    if (!c.user.isEmpty() && c.env.stream().noneMatch(e -> e.startsWith("HOME="))) {
      env.put("HOME", Credentials.home(fs, c.user));
    }
    ProcImpl proc = ProcImpl.start(machine, env, fs, stdin, pout, perr);
    // runc's init threads take pids 2-6 in the new namespace: the first child is pid 7 (seen on the real engine).
    machine.skipPids(5);
    machine.initWaker(() -> {
      if (c.task != null) {
        state.scheduler().wake(c.task);
      }
    });
    Resolution r = proc.resolve(c.path.get(0));
    if (!r.isFound()) {
      c.exitCode = r.kind() == Resolution.Kind.NOT_FOUND ? 127 : 126;
      EngineException e = Errors.startFailed(execError(c.path.get(0), r));
      c.error = e.getMessage();
      c.staleListPorts = Ports.listedAfterFailedStart(state, c);
      throw e;
    }
    if (out != null || ttyClient != null) {
      state.emit("container", "attach", c.id, attributes(c));
    }
    // A network removed since creation fails the start before anything runs (conformance 54).
    new NetworkService(state).attach(c);
    try {
      Network bridgeNet = state.networks().get(dev.kujira.engine.util.Ids.sha256Hex("kujira-network:bridge"));
      Network.Endpoint ep = c.networks.keySet().stream().map(state.networks()::get)
          .map(n -> n == null ? null : n.endpoints.get(c.id)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
      Ports.checkFree(state, c, ep == null ? "" : ep.endpointId());
    } catch (EngineException e) {
      new NetworkService(state).detachAll(c);
      throw e;
    }
    c.machine = machine;
    c.moveTo(ContainerStatus.RUNNING);
    c.error = "";
    c.exitCode = 0;
    c.stoppedByUser = false;
    c.hasBeenStarted = true;
    c.startedAt = state.clock().now();
    c.pid = state.nextHostPid();
    Network bridge = state.networks().get(dev.kujira.engine.util.Ids.sha256Hex("kujira-network:bridge"));
    Network.Endpoint be = bridge.endpoints.get(c.id);
    c.ipAddress = be == null ? "" : Ipv4.text(be.ip());
    Ports.publish(state, c);
    c.hostsNetworks = new java.util.ArrayList<>(c.networks.keySet());
    Rootfs.updateHosts(state, c);
    Rootfs.refreshSys(state, c);
    for (Container.MountPoint m : c.mounts) {
      if (m.type().equals("volume")) {
        state.emit("volume", "mount", m.name(), Map.of("container", c.id, "destination", m.destination(),
            "driver", "local", "propagation", "", "read/write", String.valueOf(m.rw())));
      }
    }
    state.emit("container", "start", c.id, attributes(c));
    new HealthMonitor(state, this).begin(c);
    c.terminal = tty;
    c.terminalOut = stdout;
    if (ttyClient != null) {
      stdout.attach(ttyClient);
    } else if (out != null) {
      stdout.attach(out);
      stderr.attach(err);
      int code = runMain(c, r, proc, stdout, stderr);
      return exited(c, code);
    }
    c.task = state.scheduler().spawn("ctr-" + c.id.substring(0, 12), () -> dev.kujira.engine.process.Suspend.call(
        () -> runMain(c, r, proc, stdout, stderr), o -> exited(c, o.get())), true);
    return 0;
  }

  /** Returns the container whose network {@code c} uses: itself, or the one {@code container:ID} names. */
  private Container joined(Container c) {
    if (!c.networkMode.startsWith("container:")) {
      return c;
    }
    Container other = state.container(c.networkMode.substring(10));
    if (!other.isRunning()) {
      throw Errors.conflict("cannot join network of a non running container: " + c.networkMode.substring(10));
    }
    return other;
  }

  /** Refuses legacy links to containers off the default bridge (moby daemon/container_operations.go). */
  private void checkLinks(Container c) {
    String bridge = dev.kujira.engine.util.Ids.sha256Hex("kujira-network:bridge");
    for (String link : c.links) {
      String target = link.substring(1, link.indexOf(':'));
      Container t = state.containers().values().stream().filter(x -> x.name.equals(target)).findFirst().orElse(null);
      if (c.networks.containsKey(bridge) && (t == null || !t.networks.containsKey(bridge))) {
        throw Errors.invalidArgument("Cannot link to /" + target + ", as it does not belong to the default network");
      }
    }
  }

  public static String execError(String exe, Resolution r) {
    return "exec: \"" + exe + "\": " + (r.kind() == Resolution.Kind.NOT_FOUND
        ? (exe.contains("/") ? "stat " + exe + ": no such file or directory" : "executable file not found in $PATH")
        : "permission denied");
  }

  private static int runMain(Container c, Resolution r, ProcImpl proc, LogStream out, LogStream err) {
    // The main process may wait holding no thread: the rest runs when it resumes.
    return dev.kujira.engine.process.Suspend.call(() -> proc.exec(r.program(), c.path, null, true),
        o -> mainEnded(o, proc, out, err));
  }

  private static int mainEnded(dev.kujira.engine.process.Suspend.Outcome o, ProcImpl proc, LogStream out, LogStream err) {
    int code;
    try {
      code = o.get();
    } catch (ProcessKilled k) {
      code = k.exitStatus();
    } catch (RuntimeException | Error bug) {
      // A simulator bug in the container's process must still end it (never "Up" for ever): it
      // dies as a crashed program would, and the bug is counted for us.
      proc.stderr().println(dev.kujira.engine.util.InternalErrors.report(bug));
      code = 1;
    }
    proc.stdout().flush();
    proc.stderr().flush();
    out.close();
    err.close();
    return code & 0xff;
  }

  /** Records the exit and applies --rm or the restart policy; returns the exit code. */
  private int exited(Container c, int code) {
    if (c.machine != null) {
      c.machine.killJobs();
    }
    // The real engine's order: network disconnect, volume unmount, stop (when docker stop ended it), die.
    new NetworkService(state).detachAll(c);
    for (Container.MountPoint m : c.mounts) {
      if (m.type().equals("volume")) {
        state.emit("volume", "unmount", m.name(), Map.of("container", c.id, "driver", "local"));
      }
    }
    if (c.stopping) {
      state.emit("container", "stop", c.id, attributes(c));
    }
    Map<String, String> died = new java.util.TreeMap<>(attributes(c));
    died.put("exitCode", String.valueOf(code));
    died.put("execDuration", String.valueOf((state.clock().now() - c.startedAt) / 1000));
    state.emit("container", "die", c.id, died);
    c.oomKilled = c.oomKilled || c.machine != null && c.machine.oomKilled();
    c.task = null;
    c.machine = null;
    c.terminal = null;
    c.moveTo(ContainerStatus.EXITED);
    c.exitCode = code;
    c.pid = 0;
    c.finishedAt = state.clock().now();
    c.ipAddress = "";
    c.publishedPorts.clear();
    c.tmpfs.clear();
    if (c.autoRemove) {
      removeNow(c, true);
      return code;
    }
    if (c.restartPolicy.shouldRestart(code, c.restartCount, c.stoppedByUser)) {
      c.moveTo(ContainerStatus.RESTARTING);
      long delay = 100L << Math.min(c.restartCount, 10);
      state.scheduler().schedule(state.clock().now() + delay, () -> {
        if (c.status == ContainerStatus.RESTARTING && state.containers().containsKey(c.id)) {
          c.restartCount++;
          try {
            start(c, null, null, null);
          } catch (EngineException e) {
            c.moveTo(ContainerStatus.EXITED);
          }
        }
      });
    }
    return code;
  }

  public void stop(Container c, Integer timeout, String signal) {
    c.stoppedByUser = true;
    if (c.status == ContainerStatus.RESTARTING && (c.task == null || c.machine == null)) {
      // Stopping a container that waits to restart cancels the restart; it stays exited.
      c.moveTo(ContainerStatus.EXITED);
      return;
    }
    if (!c.isRunning() || c.task == null) {
      return;
    }
    Signal sig = Signal.parse(signal.isEmpty() ? (c.stopSignal.isEmpty() ? "SIGTERM" : c.stopSignal) : signal)
        .orElse(Signal.SIGTERM);
    int seconds = timeout != null ? timeout : c.stopTimeout != null ? c.stopTimeout : DEFAULT_STOP_TIMEOUT;
    if (c.status == ContainerStatus.PAUSED) {
      state.scheduler().unpause(c.task);
      c.moveTo(ContainerStatus.RUNNING);
    }
    c.stopping = true;
    try {
      killEvent(c, sig);
      signal(c, sig);
      if (seconds >= 0 && c.task != null) {
        // -t 0: moby kills only after its wait timed out, so top, ending on SIGTERM, exits 143 (d09)
        state.scheduler().runUntil(() -> c.task == null, state.clock().now() + Math.max(1L, seconds * 1000L));
      }
      if (c.task != null) {
        killEvent(c, Signal.SIGKILL);
        signal(c, Signal.SIGKILL);
      }
    } finally {
      c.stopping = false;
    }
  }

  /** Returns a container event's attributes: its labels, image and name (moby daemon/events.go). */
  public static Map<String, String> attributes(Container c) {
    Map<String, String> a = new java.util.TreeMap<>(c.labels);
    a.put("image", c.imageRef);
    a.put("name", c.name);
    return a;
  }

  private void killEvent(Container c, Signal sig) {
    Map<String, String> a = new java.util.TreeMap<>(attributes(c));
    a.put("signal", String.valueOf(sig.number()));
    state.emit("container", "kill", c.id, a);
  }

  private void signal(Container c, Signal sig) {
    if (c.task == null) {
      if (c.machine != null && sig != Signal.SIGKILL) {
        // A container attached in the foreground (docker run -i, its client proxying Ctrl-C):
        // its init takes only the signals it handles, as pid_namespaces(7) has it.
        c.machine.deliver(1, sig);
      }
      return;
    }
    if (c.machine == null) {
      // Between a restart's start and its process: the signal ends the start.
      state.scheduler().kill(c.task, sig);
      return;
    }
    if (c.machine.deliver(1, sig)) {
      state.scheduler().kill(c.task, sig);
    } else {
      state.scheduler().wake(c.task);
    }
  }

  public void kill(Container c, String ref, String signal) {
    Signal sig = Signal.parse(signal.isEmpty() ? "KILL" : signal).orElseThrow(() -> Errors.invalidSignal(ref, signal));
    if (c.status != ContainerStatus.RUNNING && c.status != ContainerStatus.PAUSED) {
      throw Errors.killNotRunning(ref, c.id);
    }
    if (sig == Signal.SIGKILL) {
      c.stoppedByUser = true;
    }
    killEvent(c, sig);
    signal(c, sig);
  }

  public void pause(Container c) {
    if (c.status == ContainerStatus.PAUSED) {
      throw Errors.alreadyPaused(c.id);
    }
    if (c.status != ContainerStatus.RUNNING) {
      throw Errors.notRunning(c.id);
    }
    c.moveTo(ContainerStatus.PAUSED);
    if (c.task != null) {
      state.scheduler().pause(c.task);
    }
    state.emit("container", "pause", c.id, attributes(c));
  }

  public void unpause(Container c) {
    if (c.status != ContainerStatus.PAUSED) {
      throw Errors.notPaused(c.id);
    }
    c.moveTo(ContainerStatus.RUNNING);
    if (c.task != null) {
      state.scheduler().unpause(c.task);
    }
    state.emit("container", "unpause", c.id, attributes(c));
  }

  public void remove(Container c, boolean force, boolean removeVolumes) {
    if (c.status == ContainerStatus.PAUSED && !force) {
      throw Errors.removePaused(c.name);
    }
    if (c.isRunning() && !force) {
      throw Errors.removeRunning(c.name);
    }
    if (c.task != null) {
      c.stoppedByUser = true;
      boolean auto = c.autoRemove;
      state.scheduler().kill(c.task, Signal.SIGKILL);
      if (auto) {
        return;
      }
    }
    removeNow(c, removeVolumes);
  }

  void removeNow(Container c, boolean removeVolumes) {
    new NetworkService(state).detachAll(c);
    c.moveTo(ContainerStatus.REMOVING);
    state.containers().remove(c.id);
    // An anonymous volume's destroy comes before the container's (real engine's docker events).
    volumes.release(c, removeVolumes);
    state.emit("container", "destroy", c.id, attributes(c));
  }

  public int await(Container c) {
    if (c.status == ContainerStatus.CREATED) {
      if (c.exitCode != 0 || !c.error.isEmpty()) {
        return c.exitCode;
      }
    }
    // moby's SetRestarting wakes the waiters at every exit: a restarting container's next (d09)
    long lastExit = c.finishedAt;
    state.scheduler().runUntil(() -> !c.isRunning() && c.status != ContainerStatus.RESTARTING
        || c.status == ContainerStatus.CREATED || c.finishedAt != lastExit, Long.MAX_VALUE);
    return c.exitCode;
  }
}
