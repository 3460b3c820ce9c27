package dev.kujira.engine.compose;

import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.api.EngineException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Acts on a project's existing containers as compose's start, stop, restart, kill, pause, unpause,
 * rm and down do, one progress line per step; stopping goes in reverse dependency order (dependents
 * first), starting in dependency order (conformance 64, c06).
 */
public final class Lifecycle {
  private final ComposeProject p;

  /** Creates the operations on {@code project}. */
  public Lifecycle(ComposeProject project) {
    this.p = project;
  }

  private List<ContainerSummary> inStartOrder(List<String> services, boolean all) {
    List<ContainerSummary> out = new ArrayList<>();
    for (Service s : p.startOrder(p.select(services))) {
      out.addAll(p.containersOf(s.name(), all));
    }
    return out;
  }

  private List<ContainerSummary> inStopOrder(List<String> services, boolean all) {
    List<ContainerSummary> out = inStartOrder(services, all);
    Collections.reverse(out);
    return out;
  }

  private Integer grace(ContainerSummary c, Integer timeout) {
    if (timeout != null) {
      return timeout;
    }
    Service s = p.file().services().get(ComposeProject.service(c));
    return s == null ? null : s.stopGraceSeconds();
  }

  /** {@code stop}. */
  public void stop(List<String> services, Integer timeout) {
    // compose 2.26's stop lists the project's containers with stopped ones too: an exited container
    // is "Stopping", "Stopped" again (recorded by the differential tester, conformance d07)
    for (ContainerSummary c : inStopOrder(services, true)) {
      stopOne(c, timeout);
    }
  }

  /** Stops every container of the project, ended ones too, dependents first (up's abort: conformance c26). */
  public void stopEvery(Integer timeout) {
    // the services of one dependency level side by side, dependents' levels first
    List<List<Service>> levels = new ArrayList<>(p.levels(p.select(List.of())));
    Collections.reverse(levels);
    for (List<Service> level : levels) {
      List<Runnable> tasks = new ArrayList<>();
      for (Service s : level) {
        p.containersOf(s.name(), true).forEach(c -> tasks.add(() -> stopOne(c, timeout)));
      }
      p.sideBySide(tasks);
    }
  }

  private void stopOne(ContainerSummary c, Integer timeout) {
    String n = ComposeProject.nameOf(c);
    p.report("Container", n, "Stopping");
    p.api().containerStop(c.id(), grace(c, timeout), "");
    p.report("Container", n, "Stopped");
  }

  /** {@code start}. */
  public void start(List<String> services) {
    for (Service s : p.startOrder(p.select(services))) {
      if (p.containersOf(s.name(), true).isEmpty()) {
        // compose refuses to start a service without containers (conformance c06)
        throw new ComposeException(Errors.noContainerToStart(s.name()), ComposeException.FAILURE);
      }
    }
    // each service's containers one after another, newest first, as compose's startService
    for (Service s : p.startOrder(p.select(services))) {
      for (ContainerSummary c : p.containersNewestFirst(s.name())) {
        if (!c.state().equals("running") && !c.state().equals("paused")) {
          String n = ComposeProject.nameOf(c);
          p.report("Container", n, "Starting");
          p.api().containerStart(c.id());
          p.report("Container", n, "Started");
        }
      }
    }
  }

  /** {@code restart}: every container says Restarting, then each Started. */
  public void restart(List<String> services, Integer timeout) {
    List<ContainerSummary> list = inStartOrder(services, true);
    list.forEach(c -> p.report("Container", ComposeProject.nameOf(c), "Restarting"));
    for (ContainerSummary c : list) {
      p.api().containerRestart(c.id(), grace(c, timeout), "");
      p.report("Container", ComposeProject.nameOf(c), "Started");
    }
  }

  /** {@code kill}. */
  public void kill(List<String> services, String signal) {
    // compose kills every container at once: all Killing lines, then the results (conformance c06);
    // its list takes one-off containers too (getContainers(oneOffInclude)), the newest first as the
    // engine lists them (audit compose/047)
    List<ContainerSummary> list = new ArrayList<>();
    for (Service s : p.select(services)) {
      p.containers(false).stream().filter(c -> ComposeProject.oneOff(c) && s.name().equals(ComposeProject.service(c)))
          .forEach(list::add);
    }
    list.sort(java.util.Comparator.comparingLong(ContainerSummary::created).reversed());
    list.addAll(inStartOrder(services, false));
    list.forEach(c -> p.report("Container", ComposeProject.nameOf(c), "Killing"));
    for (ContainerSummary c : list) {
      p.api().containerKill(c.id(), signal);
      p.report("Container", ComposeProject.nameOf(c), "Killed");
    }
  }

  /** {@code pause}. */
  public void pause(List<String> services) {
    for (ContainerSummary c : inStartOrder(services, false)) {
      if (c.state().equals("running")) {
        p.api().containerPause(c.id());
        p.report("Container", ComposeProject.nameOf(c), "Paused");
      }
    }
  }

  /** {@code unpause}. */
  public void unpause(List<String> services) {
    for (ContainerSummary c : inStartOrder(services, false)) {
      if (c.state().equals("paused")) {
        p.api().containerUnpause(c.id());
        p.report("Container", ComposeProject.nameOf(c), "Unpaused");
      }
    }
  }

  /** {@code rm}: removes the stopped containers (with {@code stop}, stops the running ones first). */
  public void rm(List<String> services, boolean stopFirst, boolean volumes) {
    if (stopFirst) {
      // rm -s stops every container it will remove, stopped ones too (conformance c20)
      inStopOrder(services, true).forEach(c -> stopOne(c, null));
    }
    List<ContainerSummary> stopped = inStartOrder(services, true).stream()
        .filter(c -> !c.state().equals("running") && !c.state().equals("paused")).toList();
    if (stopped.isEmpty()) {
      p.progress().println("No stopped containers");
      return;
    }
    p.progress().println("Going to remove " + String.join(", ", stopped.stream().map(ComposeProject::nameOf).toList()));
    for (ContainerSummary c : stopped) {
      String n = ComposeProject.nameOf(c);
      p.report("Container", n, "Removing");
      p.api().containerRemove(c.id(), true, volumes);
      p.report("Container", n, "Removed");
    }
  }

  /** Stops (when running) and removes one container. */
  void stopAndRemove(ContainerSummary c) {
    String n = ComposeProject.nameOf(c);
    if (c.state().equals("running") || c.state().equals("paused")) {
      stopOne(c, null);
    }
    p.report("Container", n, "Removing");
    p.api().containerRemove(c.id(), true, false);
    p.report("Container", n, "Removed");
  }

  /**
   * {@code down}: the containers (dependents first), then with {@code volumes} the named volumes,
   * with {@code rmi} the images ("local": those compose builds, named or not, as compose 2.26
   * does (conformance c12)), then the networks.
   */
  public void down(boolean volumes, String rmi, boolean removeOrphans, Integer timeout) {
    List<ContainerSummary> list = new ArrayList<>(inStopOrder(List.of(), true));
    for (ContainerSummary c : p.containers(true)) {
      // containers of services in the file but not enabled (profiles) stay (conformance c10)
      // with --remove-orphans, run's one-off containers go too (conformance c20)
      boolean orphan = !p.file().services().containsKey(ComposeProject.service(c)) || ComposeProject.oneOff(c);
      if (!list.contains(c) && orphan && removeOrphans) {
        list.add(c);
      }
    }
    // the containers of one dependency level side by side, dependents' levels first, then the orphans
    List<List<Service>> levels = new ArrayList<>(p.levels(p.select(List.of())));
    Collections.reverse(levels);
    List<List<ContainerSummary>> groups = new ArrayList<>();
    for (List<Service> level : levels) {
      List<String> names = level.stream().map(Service::name).toList();
      groups.add(list.stream().filter(c -> !ComposeProject.oneOff(c) && names.contains(ComposeProject.service(c))).toList());
    }
    groups.add(list.stream().filter(c -> groups.stream().noneMatch(g -> g.contains(c))).toList());
    for (List<ContainerSummary> group : groups) {
      p.sideBySide(group.stream().map(c -> (Runnable) () -> {
        String n = ComposeProject.nameOf(c);
        // down stops every container it removes, even created or exited ones (conformance c05, c06)
        stopOne(c, timeout);
        p.report("Container", n, "Removing");
        p.api().containerRemove(c.id(), true, volumes);
        p.report("Container", n, "Removed");
      }).toList());
    }
    List<Removal> removals = new ArrayList<>();
    if (volumes) {
      for (ComposeFile.Resource r : p.file().volumes().values()) {
        String vol = r.fullName(p.name());
        if (!r.external() && p.api().volumeList(Map.of()).stream().anyMatch(o -> o.get("Name").equals(vol))) {
          removals.add(new Removal("Volume", vol, () -> p.api().volumeRemove(vol, true)));
        }
      }
    }
    if (!rmi.isEmpty()) {
      images(rmi, removals);
    }
    networks(removals);
    // compose removes volumes, images and networks side by side: every Removing line comes first,
    // then each result (conformance c16)
    removals.forEach(r -> p.report(r.kind(), r.name(), "Removing"));
    for (Removal r : removals) {
      try {
        r.action().run();
        p.report(r.kind(), r.name(), "Removed");
      } catch (EngineException e) {
        // compose reports the daemon's refusal and goes on, exit 0 (conformance c10, c11)
        p.report(r.kind(), r.name(), "Resource is still in use");
      }
    }
  }

  private record Removal(String kind, String name, Runnable action) {
  }

  private void images(String rmi, List<Removal> removals) {
    List<String> done = new ArrayList<>();
    for (Service s : p.services()) {
      String image = s.imageFor(p.name());
      if (done.contains(image) || rmi.equals("local") && s.build() == null || !p.api().imageExists(image)) {
        continue;
      }
      done.add(image);
      removals.add(new Removal("Image", image.contains(":") ? image : image + ":latest",
          () -> p.api().imageRemove(image, false, false)));
    }
  }

  private void networks(List<Removal> removals) {
    List<String> keys = new ArrayList<>();
    for (Service s : p.services()) {
      ContainerSpec.networkKeys(s).stream().filter(k -> !keys.contains(k)).forEach(keys::add);
    }
    for (String key : keys) {
      ComposeFile.Resource r = p.file().networks().get(key);
      String net = p.networkName(key);
      if ((r == null || !r.external()) && p.api().networkList().stream().anyMatch(n -> n.get("Name").equals(net))) {
        removals.add(new Removal("Network", net, () -> p.api().networkRemove(net)));
      }
    }
  }
}
