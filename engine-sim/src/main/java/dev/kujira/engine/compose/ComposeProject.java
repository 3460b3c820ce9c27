package dev.kujira.engine.compose;

import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.api.EngineApi;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Is a compose project on the engine: its name, its file, and how its resources are named as
 * docker compose v2 names them ({@code <project>_<network>}, {@code <project>_<volume>},
 * {@code <project>-<service>-<n>}). Progress goes to {@code progress} as compose's non-terminal
 * lines (" Container x  Started"). The operations live in {@link Converge} and {@link Lifecycle}.
 */
public final class ComposeProject {
  /** The version compose writes in its labels (Debian's compose 2.26.1-4 writes its upstream version). */
  static final String VERSION = "2.26.1";
  private final EngineApi api;
  private final ComposeFile file;
  private final String name;
  private final String workingDir;
  private final PrintStream progress;
  /** The progress lines of a task run side by side with others, held until they all began. */
  private List<String> holding;
  private final List<String> profiles;
  private java.util.function.LongConsumer sleeper = millis -> { };
  private PrintStream output;
  private boolean built;

  /** Creates the project {@code name} of {@code file}, whose folder is {@code workingDir}. */
  public ComposeProject(EngineApi api, ComposeFile file, String name, String workingDir, PrintStream progress,
      List<String> profiles) {
    this.api = api;
    this.file = file;
    this.name = name;
    this.workingDir = workingDir;
    this.progress = progress;
    this.profiles = List.copyOf(profiles);
  }

  /** Returns the project name. */
  public String name() {
    return name;
  }

  /** Returns the compose file. */
  public ComposeFile file() {
    return file;
  }

  /** Returns the project's folder. */
  public String workingDir() {
    return workingDir;
  }

  EngineApi api() {
    return api;
  }

  /** Lets the project wait on the engine's clock (polling health checks), as the compose process sleeps. */
  public ComposeProject sleeper(java.util.function.LongConsumer s) {
    this.sleeper = s;
    return this;
  }

  /** Sets where build output goes: compose writes BuildKit's progress to standard output (conformance c12). */
  public ComposeProject output(PrintStream out) {
    this.output = out;
    return this;
  }

  PrintStream output() {
    return output != null ? output : progress;
  }

  /** Returns whether no build has run yet in this command (compose prints its "#0" line once). */
  boolean firstBuild() {
    boolean first = !built;
    built = true;
    return first;
  }

  void sleep(long millis) {
    sleeper.accept(millis);
  }

  /** Returns the services the active profiles enable. */
  public List<Service> services() {
    return file.enabled(profiles);
  }

  /** Returns the enabled services named (all of them for none), failing for an unknown one. */
  public List<Service> select(List<String> names) {
    if (names.isEmpty()) {
      return services();
    }
    List<Service> out = new ArrayList<>();
    for (String n : names) {
      Service s = file.services().get(n);
      if (s == null) {
        throw new ComposeException(Errors.noSuchService(n), ComposeException.FAILURE);
      }
      out.add(s);
    }
    return out;
  }

  void report(String kind, String object, String status) {
    String line = " " + kind + " " + object + "  " + status;
    if (holding != null) {
      holding.add(line);
    } else {
      progress.println(line);
    }
  }

  /**
   * Runs {@code tasks} as compose's errgroup goroutines run: each begins at once (its first progress
   * line), then each one's later lines, task by task, since the engine's calls take longer than the
   * goroutines take to start (audit compose/006, 036, 039, 040, 044 and their re-recordings: every
   * "Creating", "Starting" or "Stopping" of a level before any result; which result comes first is
   * the race, tests/src/test/resources/audit/racy-evidence.md).
   */
  void sideBySide(List<Runnable> tasks) {
    List<List<String>> lines = new ArrayList<>();
    RuntimeException failure = null;
    for (Runnable t : tasks) {
      List<String> mine = new ArrayList<>();
      holding = mine;
      try {
        t.run();
      } catch (RuntimeException e) {
        failure = e;
      } finally {
        holding = null;
      }
      lines.add(mine);
      if (failure != null) {
        break;
      }
    }
    lines.stream().filter(l -> !l.isEmpty()).forEach(l -> progress.println(l.get(0)));
    lines.forEach(l -> l.stream().skip(1).forEach(progress::println));
    if (failure != null) {
      throw failure;
    }
  }

  /** Groups {@code services} by dependency level (those depending on nothing among them first), as InDependencyOrder runs them. */
  List<List<Service>> levels(List<Service> services) {
    Map<String, Integer> level = new java.util.HashMap<>();
    List<List<Service>> out = new ArrayList<>();
    for (Service s : startOrder(services)) {
      int l = 0;
      for (String d : s.dependsOn().keySet()) {
        if (level.containsKey(d)) {
          l = Math.max(l, level.get(d) + 1);
        }
      }
      level.put(s.name(), l);
      while (out.size() <= l) {
        out.add(new ArrayList<>());
      }
      out.get(l).add(s);
    }
    return out;
  }

  PrintStream progress() {
    return progress;
  }

  /** Returns the engine name of network {@code key}. */
  public String networkName(String key) {
    ComposeFile.Resource r = file.networks().get(key);
    return r != null ? r.fullName(name) : name + "_" + key;
  }

  /** Returns the engine name of volume {@code key}. */
  public String volumeName(String key) {
    ComposeFile.Resource r = file.volumes().get(key);
    return r != null ? r.fullName(name) : name + "_" + key;
  }

  /** Returns the name of container {@code number} of {@code s}. */
  public String containerName(Service s, int number) {
    return !s.containerName().isEmpty() ? s.containerName() : name + "-" + s.name() + "-" + number;
  }

  /** Returns the project's containers, all or only running ones, one-off containers left out unless asked. */
  public List<ContainerSummary> containers(boolean all) {
    List<ContainerSummary> out = new ArrayList<>(api.containerList(all,
        Map.of("label", List.of("com.docker.compose.project=" + name))));
    out.sort(Comparator.comparing((ContainerSummary c) -> service(c)).thenComparing(ComposeProject::number));
    return out;
  }

  /**
   * Returns a service's containers (not one-off ones) as the daemon lists them, newest first: compose
   * 2.26's startService starts them one after another in getContainers' order (audit compose/031:
   * a scaled-up db-2 starts before the older db-1).
   */
  public List<ContainerSummary> containersNewestFirst(String service) {
    return api.containerList(true, Map.of("label", List.of("com.docker.compose.project=" + name))).stream()
        .filter(c -> service.equals(service(c)) && !oneOff(c)).toList();
  }

  /** Returns the containers of service {@code s} (not one-off ones), by number. */
  public List<ContainerSummary> containersOf(String service, boolean all) {
    return containers(all).stream().filter(c -> service.equals(service(c)) && !oneOff(c)).toList();
  }

  /** Returns a container's service label. */
  public static String service(ContainerSummary c) {
    return c.labels().getOrDefault("com.docker.compose.service", "");
  }

  /** Returns a container's number label. */
  public static int number(ContainerSummary c) {
    try {
      return Integer.parseInt(c.labels().getOrDefault("com.docker.compose.container-number", "0"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Returns whether a container was made by {@code run}. */
  public static boolean oneOff(ContainerSummary c) {
    return "True".equals(c.labels().get("com.docker.compose.oneoff"));
  }

  /** Returns a container's name without the slash. */
  public static String nameOf(ContainerSummary c) {
    return c.names().get(0).substring(1);
  }

  /** Returns {@code services} in start order: each after what it depends on, otherwise by name. */
  public List<Service> startOrder(List<Service> services) {
    List<Service> out = new ArrayList<>();
    for (Service s : services) {
      visit(s, out, services);
    }
    return out;
  }

  private void visit(Service s, List<Service> out, List<Service> wanted) {
    if (out.contains(s)) {
      return;
    }
    for (String d : s.dependsOn().keySet()) {
      Service dep = file.services().get(d);
      if (dep != null && wanted.contains(dep)) {
        visit(dep, out, wanted);
      }
    }
    out.add(s);
  }

  /** Returns the services that {@code services} depend on, transitively, plus themselves. */
  public List<Service> withDependencies(List<Service> services) {
    List<Service> out = new ArrayList<>();
    List<Service> todo = new ArrayList<>(services);
    while (!todo.isEmpty()) {
      Service s = todo.remove(0);
      if (out.contains(s)) {
        continue;
      }
      out.add(s);
      for (String d : s.dependsOn().keySet()) {
        Service dep = file.services().get(d);
        if (dep != null) {
          todo.add(dep);
        }
      }
    }
    return file.services().values().stream().filter(out::contains).toList();
  }
}
