package dev.kujira.engine;

import dev.kujira.engine.api.CommandResult;
import dev.kujira.engine.api.EngineApi;
import dev.kujira.engine.api.EngineSnapshot;
import dev.kujira.engine.daemon.Daemon;
import dev.kujira.engine.daemon.DaemonState;
import dev.kujira.engine.dockercli.program.DockerProgram;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.host.Host;
import dev.kujira.engine.host.HostFiles;
import dev.kujira.engine.process.Program;
import dev.kujira.engine.host.Programs;
import dev.kujira.engine.util.Ids;
import dev.kujira.engine.util.VirtualClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Is one learner's session: a simulated Docker daemon, the host it runs on, and the docker
 * command line. Everything a client (the REPL, lessons, the web) does goes through here.
 *
 * <p>An engine is single-threaded: call it from one thread at a time. It is deterministic: the
 * same options and command lines print the same bytes.
 */
public final class Engine implements AutoCloseable {
  private final DaemonState state;
  private final Daemon daemon;
  private final Host host;
  private final java.util.Deque<Checkpoint> undo = new java.util.ArrayDeque<>();
  private final java.util.Deque<Checkpoint> redo = new java.util.ArrayDeque<>();
  private static final int UNDO_DEPTH = 50;
  private boolean undoEnabled;
  private final EngineOptions options;
  /** The inputs that changed this session, for its durable form (see SessionLog). */
  private final java.util.List<SessionLog.Step> log = new java.util.ArrayList<>();

  private Engine(DaemonState state, Daemon daemon, Host host, EngineOptions options) {
    this.state = state;
    this.daemon = daemon;
    this.host = host;
    this.options = options;
  }

  /** Creates an engine with {@code options}: copies the host folder in and loads the archives silently. */
  public static Engine create(EngineOptions options) throws IOException {
    VirtualClock clock = new VirtualClock(options.startMillis());
    FsTree hostRoot = new FsTree();
    DaemonState state = new DaemonState(clock, new Ids(options.seed()), Programs.containerPrograms(), hostRoot);
    Daemon daemon = new Daemon(state);
    Map<String, Program> hostPrograms = new TreeMap<>(Programs.hostPrograms());
    hostPrograms.put("docker", new DockerProgram(daemon));
    hostPrograms.put("docker-compose", DockerProgram.compose(daemon));
    hostPrograms.put("kujira", new dev.kujira.engine.host.KujiraProgram(daemon));
    String start = options.hostDir() == null ? "/root"
        : options.hostPath() != null ? options.hostPath() : options.hostDir().toAbsolutePath().normalize().toString();
    Host host = new Host(hostRoot, hostPrograms, state.scheduler(), start);
    host.network(new dev.kujira.engine.daemon.network.HostNetwork(state));
    host.volumes(new dev.kujira.engine.daemon.volume.HostVolumes(state));
    state.hostName(Host.HOSTNAME);
    if (options.hostDir() != null) {
      HostFiles.copyIn(options.hostDir(), host.view(), start);
    }
    for (Path archive : options.imageArchives()) {
      daemon.imageLoad(archiveBytes(archive));
    }
    return new Engine(state, daemon, host, options);
  }

  /**
   * Returns a new, independent engine in the state of {@code checkpoint}: a lesson's start state
   * shared by many sessions. Images, layers and file trees are shared, not copied (they are
   * copy-on-write); containers that were running run again. The fork's {@link #sessionLog()}
   * goes on from the checkpoint's, so it replays from the original options.
   */
  public static Engine fork(Checkpoint checkpoint) {
    EngineOptions o = checkpoint.options;
    Engine engine;
    try {
      engine = create(new EngineOptions(o.seed(), o.startMillis(), null, null, java.util.List.of()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // cannot happen: nothing is read from disk
    }
    Engine fork = new Engine(engine.state, engine.daemon, engine.host, o);
    fork.restore(checkpoint);
    return fork;
  }

  /** Archive files' bytes, shared by the sessions that load them; bounded like the other JVM-wide caches. */
  private static final dev.kujira.engine.util.SharedCache<String, byte[]> ARCHIVES =
      new dev.kujira.engine.util.SharedCache<>(8);

  /** Reads an archive once per JVM (keyed by path, size and time), as thousands of sessions load the same one. */
  private static byte[] archiveBytes(Path archive) throws IOException {
    String key = archive.toAbsolutePath() + ":" + Files.size(archive) + ":" + Files.getLastModifiedTime(archive);
    try {
      return ARCHIVES.get(key, k -> {
        try {
          return Files.readAllBytes(archive);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Returns the side-effect-free probes: read, list and stat files on the host or in a container,
   * resolve names and make HTTP requests as a container's programs would, run a line in a fork.
   */
  public dev.kujira.engine.api.Probes probes() {
    return new EngineProbes(this, state, host);
  }

  /**
   * Writes a file on the simulated host (not the real disk), creating its directories: how a
   * lesson seeds a learner's project. It is part of the session's durable form.
   *
   * <pre>{@code
   * engine.writeHostFile("/root/app/Dockerfile", 0644, "FROM busybox\n".getBytes(UTF_8));
   * }</pre>
   */
  public void writeHostFile(String path, int mode, byte[] data) {
    dev.kujira.engine.fs.FileSystemView fs = host.view();
    String abs = fs.absolute(path);
    String dir = abs.substring(0, Math.max(1, abs.lastIndexOf('/')));
    fs.mkdir(dir, true);
    fs.write(abs, data, false);
    fs.chmod(abs, mode);
    log.add(new SessionLog.WriteFile(abs, mode, data));
  }

  /** Returns the session's durable form so far: its options and its inputs (see {@link SessionLog}). */
  public SessionLog sessionLog() {
    return new SessionLog(options, log);
  }

  /** Applies one recorded input (a replay). */
  void apply(SessionLog.Step step) {
    if (step instanceof SessionLog.Run r) {
      run(r.line());
    } else if (step instanceof SessionLog.WriteFile f) {
      writeHostFile(f.path(), f.mode(), f.data());
    } else if (step instanceof SessionLog.Advance a) {
      advance(a.millis());
    } else if (step instanceof SessionLog.Cd c) {
      cd(c.dir());
    } else if (step instanceof SessionLog.KeepStatus k) {
      keepShellStatus(k.keep());
    } else if (step instanceof SessionLog.PromptInterrupt) {
      interruptPrompt();
    }
  }

  /** Returns the engine API, for clients that act without a command line. */
  public EngineApi api() {
    return daemon;
  }

  /**
   * Says whether the streams given to {@link #run(String, InputStream, PrintStream, PrintStream)}
   * are the learner's terminal: then {@code docker run -it} is allowed, as with a real TTY.
   */
  public void setTerminal(boolean terminal) {
    host.terminal(terminal);
  }

  /**
   * Gives the session the learner's own terminal: {@code docker run -it}, {@code exec -it} and
   * {@code attach} then read its keys raw and can detach with Ctrl-P Ctrl-Q.
   */
  public void setTerminal(dev.kujira.engine.api.ClientTerminal terminal) {
    host.terminal(terminal != null);
    state.clientTerminal(terminal);
  }

  /**
   * Chooses the clock: real time (the wall clock's waiting passes in the session, so {@code Up 3
   * seconds} moves and an attached {@code sleep 5} takes five seconds) or fast (time moves only
   * when something waits, and then at once).
   */
  public void realTime(boolean real) {
    state.realTime(real);
  }

  /** Returns whether the clock follows real time. */
  public boolean realTime() {
    return state.realTime();
  }

  /**
   * Cuts the session off Docker Hub ({@code true}): pulls of what is not present fail as they did
   * on the machine the conformance recordings were made on; a registry started in the session
   * still answers. Script mode's default.
   */
  public void offline(boolean cut) {
    state.offline(cut);
    dev.kujira.engine.fs.UnionView hostFs = new dev.kujira.engine.fs.UnionView(state.host(), List.of(), state.clock()::now);
    if (cut && !hostFs.exists("/etc/resolv.conf")) {
      // That machine's resolver, which its pull errors name (conformance audit run1, system).
      hostFs.mkdir("/etc", true);
      hostFs.write("/etc/resolv.conf", "nameserver 10.255.255.53\n".getBytes(StandardCharsets.UTF_8), false);
    }
  }

  /**
   * Stops the next foreground commands once they would let more than {@code millis} of virtual
   * time pass, as a Ctrl-C would (script mode, where nobody can press it); 0 for no limit.
   */
  public void foregroundLimit(long millis) {
    state.scheduler().foregroundLimit(millis);
  }

  /** Returns whether the last command was stopped by {@link #foregroundLimit}. */
  public boolean stoppedAtLimit() {
    return state.scheduler().limitHit();
  }

  /** Says whether each command line sees the previous one's {@code $?}, as in one interactive shell (the REPL). */
  public void keepShellStatus(boolean keep) {
    host.keepStatus(keep);
    log.add(new SessionLog.KeepStatus(keep));
  }

  /**
   * The learner pressed Ctrl-C at an idle prompt: bash drops the line and the next line's {@code $?}
   * is 130, 128 + SIGINT (bash 5.2 in tmux on this machine: {@code ^C}, then {@code echo $?} prints 130).
   */
  public void interruptPrompt() {
    host.interruptedAtPrompt();
    log.add(new SessionLog.PromptInterrupt());
  }

  /** Lets {@code millis} pass on the session's clock, running whatever falls due (the REPL between commands). */
  public void advance(long millis) {
    log.add(new SessionLog.Advance(millis));
    state.scheduler().unpaced(() -> state.scheduler().advanceTo(state.clock().now() + Math.max(0, millis)));
  }

  /**
   * Makes waiting in the foreground take real time: {@code realWait} is given the virtual
   * milliseconds about to pass and waits them out (the REPL's real clock); null: waiting takes no
   * time, as in scripts and lessons.
   */
  public void pacer(java.util.function.LongConsumer realWait) {
    state.scheduler().pacer(realWait);
  }

  /** Runs one host command line (docker commands, pipes, host tools) and returns what it printed. */
  public CommandResult run(String line) {
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(new Tee(out, both), true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(new Tee(err, both), true, StandardCharsets.UTF_8);
    int code = run(line, new ByteArrayInputStream(new byte[0]), o, e);
    return new CommandResult(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
        both.toString(StandardCharsets.UTF_8), code);
  }

  /**
   * Returns a new standard input on the learner's own terminal (the one {@link
   * #setTerminal(dev.kujira.engine.api.ClientTerminal)} gave), for one command line of the REPL:
   * it keeps a tty's line discipline, so a program reading it ({@code cat}, {@code docker run -i})
   * sees the lines typed, ends on Ctrl-D and dies of Ctrl-C, never hanging the session. Null
   * without a terminal.
   */
  public InputStream terminalInput() {
    dev.kujira.engine.api.ClientTerminal t = state.clientTerminal();
    return t == null ? null : new dev.kujira.engine.process.TerminalInput(t, state.scheduler());
  }

  /**
   * Says whether {@code text} is an unfinished command line that a terminal's shell would continue
   * on the next line (an open quote, if/for/while or here-document, a trailing backslash): the
   * REPL then shows "> " and reads more before running it.
   */
  public boolean needsMoreInput(String text) {
    return dev.kujira.engine.shell.Shell.incomplete(text);
  }

  /** Runs one host command line with the caller's streams and returns its exit status; it can be undone. */
  public int run(String line, InputStream in, PrintStream out, PrintStream err) {
    if (undoEnabled) {
      undo.push(checkpoint());
      if (undo.size() > UNDO_DEPTH) {
        undo.removeLast();
      }
      redo.clear();
    }
    log.add(new SessionLog.Run(line));
    state.scheduler().clearInterrupt();
    state.scheduler().startForeground();
    dev.kujira.engine.util.Budget.Line bound = state.scheduler().budget().enter(true);
    try {
      return host.run(line, in, out, err);
    } catch (dev.kujira.engine.process.ProcessKilled k) {
      // The learner gave up the command with Ctrl-C (see interrupt()): the shell's 130; or the OOM
      // killer ended the line's shell, which a terminal shows as "Killed".
      if (k.outOfMemory()) {
        err.println(k.signal().description());
      }
      return k.exitStatus();
    } catch (dev.kujira.engine.util.Budget.OutOfMemory oom) {
      err.println(dev.kujira.engine.process.Signal.SIGKILL.description());
      return 128 + dev.kujira.engine.process.Signal.SIGKILL.number();
    } catch (StackOverflowError deep) {
      // Nesting past the thread's stack (a parser recursing on thousands of brackets): a bound, like the
      // recursion bounds of the shell and compose, not a crash of the session.
      err.println("kujira: the command line nests too deeply and was stopped");
      return 2;
    } catch (RuntimeException | Error bug) {
      // A bug (or an Error such as OutOfMemoryError) must never end the session, nor escape into
      // the thread that serves other sessions: report it the way a crashed program would.
      err.println(dev.kujira.engine.util.InternalErrors.report(bug));
      return 1;
    } finally {
      bound.leave();
      if (bound.expired()) {
        err.println(dev.kujira.engine.util.Budget.expiredNotice());
      }
    }
  }

  /**
   * Gives up the running foreground command (the learner's Ctrl-C): the next time it would wait,
   * it ends with status 130. Safe to call from another thread; a command that does not wait ends
   * by itself (every program is bounded).
   */
  public void interrupt() {
    state.scheduler().requestInterrupt();
  }

  /** Returns the recent engine events ({@code docker events}), oldest first. */
  public List<dev.kujira.engine.api.EngineEvent> events() {
    return state.events();
  }

  /**
   * Calls {@code listener} with every later event (the web streams them to the browser) until the
   * returned subscription is closed.
   */
  public dev.kujira.engine.api.EventSubscription onEvent(
      java.util.function.Consumer<dev.kujira.engine.api.EngineEvent> listener) {
    // A wrapper of our own, so that the same listener given twice unsubscribes once per handle.
    java.util.function.Consumer<dev.kujira.engine.api.EngineEvent> own = listener::accept;
    state.addListener(own);
    return () -> state.removeListener(own);
  }

  /** Returns the host shell's working directory. */
  public String cwd() {
    return host.cwd();
  }

  /** Sets the host shell's working directory. */
  public void cd(String dir) {
    host.cd(dir);
    log.add(new SessionLog.Cd(dir));
  }

  /** Returns an immutable picture of the state. */
  public EngineSnapshot snapshot() {
    return new EngineSnapshot(state.clock().now(), daemon.containerList(true, Map.of()),
        daemon.imageList(true, Map.of()), daemon.volumeList(Map.of()), host.cwd());
  }

  /**
   * Returns the typed state: every container, image, network, volume, build record and compose
   * project as immutable records. Taking it has no side effect (no clock move, event, undo point
   * or {@code $?} change), so a lesson may look as often as it likes.
   *
   * <pre>{@code
   * engine.run("docker run -d --name web -p 8080:80 nginx");
   * ContainerInfo web = engine.state().containers().byName("web").orElseThrow();
   * assert web.status() == ContainerStatus.RUNNING && web.ports().get(0).hostPort() == 8080;
   * }</pre>
   */
  public dev.kujira.engine.api.EngineState state() {
    return dev.kujira.engine.daemon.StateReader.read(state, host.cwd());
  }

  /**
   * Turns on undo history: each command line then saves a checkpoint first (costs a copy of the
   * containers' records per line, so script runs and benchmarks leave it off).
   */
  public void enableUndo(boolean enabled) {
    this.undoEnabled = enabled;
  }

  /** Returns a saved moment of this session. */
  public Checkpoint checkpoint() {
    return new Checkpoint(state.save(), host.cwd(), host.saveShell(), options, log);
  }

  /** Returns the session to {@code checkpoint}; containers that were running run again. */
  public void restore(Checkpoint checkpoint) {
    daemon.restore(checkpoint.daemon);
    host.cd(checkpoint.cwd);
    host.restoreShell(checkpoint.shell);
    log.clear();
    log.addAll(checkpoint.log);
  }

  /** Returns how many command lines can be undone (tests prove probes push none). */
  int undoDepth() {
    return undo.size();
  }

  /** Undoes the last command line; returns false when there is nothing to undo. */
  public boolean undo() {
    if (undo.isEmpty()) {
      return false;
    }
    redo.push(checkpoint());
    restore(undo.pop());
    return true;
  }

  /** Redoes the last undone command line's effect; returns false when there is nothing to redo. */
  public boolean redo() {
    if (redo.isEmpty()) {
      return false;
    }
    undo.push(checkpoint());
    restore(redo.pop());
    return true;
  }

  /** Returns completion candidates for {@code line} with the cursor at {@code cursor}. */
  public List<String> complete(String line, int cursor) {
    return Completion.complete(daemon, line.substring(0, Math.min(cursor, line.length())));
  }

  /** Ends every simulated process, so the engine leaves no threads behind. */
  @Override
  public void close() {
    state.scheduler().close();
  }

  /** Writes to two streams at once. */
  private static final class Tee extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    Tee(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int x) throws IOException {
      a.write(x);
      b.write(x);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws IOException {
      a.write(buf, off, len);
      b.write(buf, off, len);
    }
  }
}
