package dev.kujira.engine.host;

import dev.kujira.engine.process.Program;
import dev.kujira.engine.process.ProgramRegistry;
import dev.kujira.engine.process.busybox.Busybox;
import dev.kujira.engine.process.busybox.BusyboxProgram;
import dev.kujira.engine.shell.Dialect;
import dev.kujira.engine.shell.ShProgram;
import java.util.Map;
import java.util.TreeMap;

/** Assembles the simulated programs: busybox (with ash) in containers, the same tools plus bash on the host. */
public final class Programs {
  private static final Map<String, Program> CONTAINER_MAP = new TreeMap<>();
  private static final ProgramRegistry CONTAINER = containerRegistry();

  private Programs() {
  }

  /** Returns the registry containers' executables resolve through (shared; programs are stateless). */
  public static ProgramRegistry containerPrograms() {
    return CONTAINER;
  }

  /**
   * Returns every program a package can install (the containers' set): the host resolves the
   * files {@code apt install} writes through it, while only its own tools are files from the start.
   */
  public static Map<String, Program> installable() {
    return java.util.Collections.unmodifiableMap(CONTAINER_MAP);
  }

  private static ProgramRegistry containerRegistry() {
    Map<String, Program> m = CONTAINER_MAP;
    m.putAll(Busybox.applets());
    m.put("sh", new ShProgram(Dialect.ASH));
    m.put("ash", new ShProgram(Dialect.ASH));
    BusyboxProgram busybox = new BusyboxProgram(Map.copyOf(m));
    m.put("busybox", busybox);
    m.put("bash", new dev.kujira.engine.process.busybox.BashFront(new ShProgram(Dialect.BASH)));
    m.putAll(dev.kujira.engine.process.services.Services.all());
    m.putAll(dev.kujira.engine.process.packages.Packages.all());
    // Programs a package manager installs in containers (the host has its own curl).
    m.putAll(Busybox.hostTools());
    // Debian's and Ubuntu's coreutils: their /usr/bin files name these (see BaseTrees).
    Busybox.coreutils().forEach((name, program) -> m.put("gnu/" + name, program));
    m.put("gnu/timeout", new TimeoutProgram());
    // busybox's vi applet, as the host's minimal line editor (a full-screen vi is not simulated).
    m.put("vi", new LineEditor("vi"));
    return new ProgramRegistry(m, busybox);
  }

  /** Returns the host's tools by name (bash as sh too): a Debian host's, so coreutils' where they differ. */
  public static Map<String, Program> hostPrograms() {
    Map<String, Program> m = new TreeMap<>(Busybox.applets());
    m.putAll(Busybox.coreutils());
    m.putAll(Busybox.hostTools());
    m.put("sh", new ShProgram(Dialect.BASH));
    m.put("bash", new dev.kujira.engine.process.busybox.BashFront(new ShProgram(Dialect.BASH)));
    m.put("busybox", new BusyboxProgram(Map.copyOf(m)));
    HostTools.addTo(m);
    // Debian's apt on the host, over the same catalogue and mirrors containers use.
    m.put("apt", dev.kujira.engine.process.packages.Packages.all().get("apt"));
    m.put("apt-get", dev.kujira.engine.process.packages.Packages.all().get("apt-get"));
    return m;
  }
}
