package dev.kujira.engine.host;

import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.process.Machine;
import dev.kujira.engine.process.ProcImpl;
import dev.kujira.engine.process.Program;
import dev.kujira.engine.process.ProgramRegistry;
import dev.kujira.engine.process.Scheduler;
import dev.kujira.engine.shell.Dialect;
import dev.kujira.engine.shell.Shell;
import dev.kujira.engine.shell.ShellSession;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Is the learner's simulated machine: a file system, a shell (bash's wording) and the usual
 * tools, plus the docker client. Its tools are files under /usr/bin that name simulated programs,
 * so {@code which}, PATH and "command not found" behave as on a real machine.
 */
public final class Host {
  /** The host's name, as {@code hostname} prints it. */
  public static final String HOSTNAME = "kujira";
  private static final String TOOLS_DIR = "/usr/bin";

  private final FsTree root;
  private final Machine machine;
  private final Map<String, String> env = new LinkedHashMap<>();
  private final String home;
  private String cwd;

  /** Creates a host with {@code programs} installed, starting in {@code startDir}. */
  public Host(FsTree root, Map<String, Program> programs, Scheduler scheduler, String startDir) {
    this.root = root;
    programs = new java.util.TreeMap<>(programs);
    // The daemon's units have been active since the host started (Debian's docker.io postinst starts them).
    Systemctl systemctl = new Systemctl(scheduler.clock().now());
    programs.put("systemctl", systemctl::run);
    // The registry also knows what apt can install (python3, git, ...): only the host's own tools are files at first.
    Map<String, Program> known = new java.util.TreeMap<>(Programs.installable());
    known.putAll(programs);
    this.machine = new Machine(HOSTNAME, new ProgramRegistry(known, programs.get("busybox")), scheduler);
    this.home = "/root";
    this.cwd = startDir;
    FileSystemView fs = HostFiles.view(root, scheduler.clock());
    fs.mkdir(TOOLS_DIR, true);
    fs.mkdir(home, true);
    fs.mkdir("/tmp", true);
    fs.mkdir(startDir, true);
    HostEtc.write(fs);
    HostEtc.socket(root, scheduler.clock().now());
    Systemctl.install(fs);
    dev.kujira.engine.process.packages.HostPackages.install(fs, programs.keySet());
    for (String name : programs.keySet()) {
      String path = TOOLS_DIR + "/" + name;
      fs.write(path, ("#!kujira:" + name + "\n").getBytes(StandardCharsets.UTF_8), false);
      fs.chmod(path, 0755);
    }
    env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    env.put("HOME", home);
    env.put("USER", "root");
    env.put("HOSTNAME", HOSTNAME);
    env.put("PWD", startDir);
    // Debian's default locale on this machine and the recorder's: GNU tools quote names with ‘ ’ in it.
    env.put("LANG", "C.UTF-8");
  }

  /** The volumes' directories under the data root, mounted where the local driver keeps them. */
  private java.util.function.Supplier<List<dev.kujira.engine.fs.Mount>> volumes = List::of;

  /** Sets where the host sees the daemon's volumes (their Mountpoint directories). */
  public void volumes(java.util.function.Supplier<List<dev.kujira.engine.fs.Mount>> mounts) {
    this.volumes = mounts;
  }

  /** Sets how the host sees the network (the daemon's published ports and bridges). */
  public void network(dev.kujira.engine.process.NetworkView view) {
    machine.network(view);
  }

  private boolean keepStatus;
  private int lastStatus;
  /** The REPL's one host shell: its variables, functions and options carry over from line to line. */
  private ShellSession session;

  /** Returns the host's files. */
  public FsTree root() {
    return root;
  }

  /** Returns the working directory of the host shell. */
  public String cwd() {
    return cwd;
  }

  /** Sets the working directory (script mode starts every line in the work folder, as {@code bash -c} does). */
  public void cd(String dir) {
    this.cwd = dir;
  }

  /** Returns a fresh view of the host's files in the shell's working directory. */
  public FileSystemView view() {
    // Read afresh at each use: `docker volume create v; ls /var/lib/docker/volumes/v` on one line sees it.
    List<dev.kujira.engine.fs.Mount> mounts = new dev.kujira.engine.fs.LiveMounts(volumes,
        now -> HostFiles.syncVolumeDirs(HostFiles.view(root, machine.scheduler().clock()), now));
    FileSystemView v = new dev.kujira.engine.fs.UnionView(root, mounts, machine.scheduler().clock()::now);
    v.cd(cwd);
    return v;
  }

  /**
   * Says whether each line starts with the previous line's {@code $?}, as lines typed into one
   * interactive shell do (the REPL); script mode runs every line as a fresh {@code bash -c}.
   */
  public void keepStatus(boolean keep) {
    this.keepStatus = keep;
    this.session = keep ? new ShellSession() : null;
  }

  /** Ctrl-C at the interactive shell's idle prompt: the next line's {@code $?} is 130 (script mode keeps none). */
  public void interruptedAtPrompt() {
    if (keepStatus) {
      lastStatus = 130;
    }
    if (session != null) {
      session.status(130);
    }
  }

  /** Returns a copy of the interactive shell's state (null in script mode), for a checkpoint. */
  public ShellSession saveShell() {
    return session == null ? null : session.copy();
  }

  /** Puts back the interactive shell's state a checkpoint saved. */
  public void restoreShell(ShellSession saved) {
    if (saved != null && session != null) {
      session = saved.copy();
    }
  }

  /** Says whether command lines read their input from the learner's terminal (the REPL) or not (scripts, pipes). */
  public void terminal(boolean isTerminal) {
    machine.terminal(isTerminal);
  }

  /** Runs one command line in the host shell with the given streams; returns its exit status. */
  public int run(String line, InputStream in, PrintStream out, PrintStream err) {
    FileSystemView fs = view();
    env.put("PWD", cwd);
    ProcImpl proc = ProcImpl.start(machine, env, fs, in, out, err);
    int code;
    try {
      if (session != null && !session.started()) {
        // An interactive bash reads ~/.bashrc before its first prompt (bash(1), INVOCATION): the
        // host's defines the usual ll/la/l aliases, so `type ll` says "ll is aliased to `ls -alF'".
        Shell.runInSession(proc, "if [ -f ~/.bashrc ]; then . ~/.bashrc; fi", Dialect.BASH, session);
      }
      code = session != null ? Shell.runInSession(proc, line, Dialect.BASH, session)
          : Shell.run(proc, line, Dialect.BASH, List.of(), keepStatus ? lastStatus : 0);
    } catch (dev.kujira.engine.process.ProcessKilled k) {
      // The learner gave the line up with Ctrl-C (Engine.interrupt): bash's status for SIGINT; or
      // the OOM killer ended the line's shell, which the terminal shows as "Killed".
      if (k.outOfMemory()) {
        err.println(k.signal().description());
      }
      code = k.exitStatus();
    } catch (dev.kujira.engine.util.Budget.OutOfMemory oom) {
      err.println(dev.kujira.engine.process.Signal.SIGKILL.description());
      code = 128 + dev.kujira.engine.process.Signal.SIGKILL.number();
    }
    lastStatus = code;
    // A line's background jobs keep its output open (bash -c LINE with a pipe): wait for them.
    for (int pid : proc.jobPids()) {
      proc.waitJob(pid);
    }
    cwd = proc.fs().cwd();
    out.flush();
    err.flush();
    return code;
  }
}
