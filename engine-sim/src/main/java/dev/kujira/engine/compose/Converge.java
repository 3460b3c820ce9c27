package dev.kujira.engine.compose;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.BuildRequest;
import dev.kujira.engine.format.PlainProgress;
import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.api.NetworkCreateRequest;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Brings a project to what its file asks for, as {@code up} and {@code create} do: images built
 * or pulled, networks and volumes created, each service's containers created, recreated when
 * their configuration or image changed (the config-hash label), scaled, then started in
 * dependency order. It reports each step as compose does without a terminal: a container already
 * right and running is "Running", one that changed is "Recreate"/"Recreated" (conformance c05).
 */
public final class Converge {
  /**
   * Are the options of up and create.
   *
   * @param services the services named (empty: all enabled)
   * @param build {@code --build}
   * @param noBuild {@code --no-build}
   * @param forceRecreate {@code --force-recreate}
   * @param noRecreate {@code --no-recreate}
   * @param noDeps {@code --no-deps}
   * @param removeOrphans {@code --remove-orphans}
   * @param scale {@code --scale} overrides
   * @param start whether to start (up) or only create (create, up --no-start)
   * @param quietBuild whether build output is dropped
   * @param attached whether up attaches (then starting is not reported: the output follows)
   * @param waitReady {@code --wait}: wait until the containers run, healthy when they have a check
   */
  public record Options(List<String> services, boolean build, boolean noBuild, boolean forceRecreate,
      boolean noRecreate, boolean noDeps, boolean removeOrphans, Map<String, Integer> scale, boolean start,
      boolean quietBuild, boolean attached, boolean waitReady) {
  }

  private final ComposeProject p;
  private final ContainerSpec spec;

  /** Creates the operation on {@code project}. */
  public Converge(ComposeProject project) {
    this.p = project;
    this.spec = new ContainerSpec(project);
  }

  /** Runs up or create; warnings (orphans) go to {@code warn}. */
  public void run(Options o, java.util.function.Consumer<String> warn) {
    run(o, warn, () -> { });
  }

  /**
   * Runs up or create; {@code beforeStart} runs once everything is created, before the first start
   * (compose's up attaches there: "Attaching to" comes before a start that fails, conformance d17).
   */
  public void run(Options o, java.util.function.Consumer<String> warn, Runnable beforeStart) {
    List<Service> named = p.select(o.services());
    List<Service> services = p.startOrder(o.noDeps() ? named : p.withDependencies(named));
    images(services, o.build(), o.noBuild(), o.quietBuild());
    networks(services);
    volumes();
    // compose 2.26's create: images, networks, volumes, then the orphans' warning (recorded by
    // tests/tools/difftest: the warning after "Volume … Created")
    orphans(o.removeOrphans(), warn);
    // compose creates, then starts, the services of one dependency level side by side
    for (List<Service> level : p.levels(services)) {
      p.sideBySide(level.stream().map(s -> (Runnable) () -> converge(s, o)).toList());
    }
    if (o.start()) {
      beforeStart.run();
      for (List<Service> level : p.levels(services)) {
        p.sideBySide(level.stream().map(s -> (Runnable) () -> start(s, !o.attached())).toList());
      }
      if (o.waitReady()) {
        new Dependencies(p).waitFor(services);
      }
    }
  }

  /** Builds the images of services that have a build section (always when {@code force}), pulls missing ones. */
  public void images(List<Service> services, boolean force, boolean noBuild, boolean quiet) {
    // compose 2.26's ensureImagesExists: the missing images are pulled first, all at once (one
    // goroutine each: every "Pulling" line, then each result), then the builds (difftest: two
    // services on one missing image both report; their order is
    // Go's, so no recorded scenario)
    List<Service> missing = services.stream().filter(s -> s.build() == null
        && !p.api().imageExists(s.imageFor(p.name()))).toList();
    pull(missing);
    for (Service s : services) {
      String image = s.imageFor(p.name());
      if (s.build() != null && !noBuild && (force || !p.api().imageExists(image))) {
        build(s, quiet);
      }
    }
  }

  /** Pulls services' images side by side as compose does: the Pulling lines, then the results; the first failure ends. */
  private void pull(List<Service> services) {
    services.forEach(s -> p.progress().println(" " + s.name() + " Pulling "));
    ComposeException first = null;
    for (Service s : services) {
      try {
        p.api().imagePull(s.image(), new PrintStream(OutputStream.nullOutputStream()));
        p.progress().println(" " + s.name() + " Pulled ");
      } catch (dev.kujira.engine.api.EngineException e) {
        p.progress().println(" " + s.name() + " Error " + e.getMessage());
        if (first == null) {
          first = new ComposeException("Error response from daemon: " + e.getMessage(), 18);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /** Builds one service's image, tagged {@code <project>-<service>} unless the service names its image. */
  public void build(Service s, boolean quiet) {
    build(s, quiet, false, Map.of());
  }

  /** Builds one service's image with {@code build}'s options: no cache, and build args over the file's. */
  public void build(Service s, boolean quiet, boolean noCache, Map<String, String> extraArgs) {
    Service.Build b = s.build();
    Map<String, String> args = new java.util.LinkedHashMap<>(b.args());
    args.putAll(extraArgs);
    String dockerfile = b.dockerfile().startsWith("/") ? b.dockerfile() : b.context() + "/" + b.dockerfile();
    if (!quiet && p.firstBuild()) {
      // compose prints the builder's header once per command, before its first build.
      p.output().println("#0 building with \"default\" instance using docker driver");
      p.output().println();
    }
    // The steps carry the service's name: "[app internal] load build definition", "[app 1/2] FROM …",
    // "[app] exporting to image" (conformance c12's first recording).
    PlainProgress out = new PlainProgress(p.output(), v -> "[" + s.name() + (v.tag().isEmpty() ? "" : " " + v.tag())
        + "] " + v.name(), false);
    out.compose(t -> t.startsWith("[") ? "[" + s.name() + " " + t.substring(1) : "[" + s.name() + "] " + t);
    boolean failed = true;
    try {
      // compose's getImageBuildLabels: the image carries its project, service and compose version, so the
      // same build under another project name is another image (the earlier one left untagged; b52).
      Map<String, String> labels = new java.util.TreeMap<>(Map.of("com.docker.compose.project", p.name(),
          "com.docker.compose.service", s.name(), "com.docker.compose.version", ComposeProject.VERSION));
      p.api().imageBuild(new BuildRequest(b.context(), dockerfile, b.dockerfile(), List.of(s.imageFor(p.name())),
          noCache, args, b.target(), null, "default", labels), quiet ? e -> { } : out);
      failed = false;
    } catch (EngineException e) {
      // compose prints BuildKit's error as it stands and ends with 17 (d11)
      if (e.getMessage().startsWith("failed to solve: ")) {
        throw new ComposeException(e.getMessage(), 17);
      }
      throw e;
    } finally {
      if (!quiet) {
        out.close(failed);
      }
    }
  }

  /** Pulls one service's image, reporting as compose's non-terminal pull does. */
  public void pull(Service s) {
    p.progress().println(" " + s.name() + " Pulling ");
    try {
      p.api().imagePull(s.image(), new PrintStream(OutputStream.nullOutputStream()));
    } catch (dev.kujira.engine.api.EngineException e) {
      // compose 2.26 marks the service's pull as failed with the daemon's text, then ends with the
      // error and status 18 (recorded by tests/tools/difftest: up and run with no registry reachable)
      p.progress().println(" " + s.name() + " Error " + e.getMessage());
      throw new ComposeException("Error response from daemon: " + e.getMessage(), 18);
    }
    p.progress().println(" " + s.name() + " Pulled ");
  }

  void orphans(boolean remove, java.util.function.Consumer<String> warn) {
    List<ContainerSummary> orphans = new ArrayList<>();
    // in the daemon's list order, newest first, as compose names them (difftest, conformance d07)
    for (ContainerSummary c : p.api().containerList(true,
        Map.of("label", List.of("com.docker.compose.project=" + p.name())))) {
      if (!ComposeProject.oneOff(c) && !p.file().services().containsKey(ComposeProject.service(c))) {
        orphans.add(c);
      }
    }
    if (orphans.isEmpty()) {
      return;
    }
    if (!remove) {
      warn.accept(Errors.orphans(String.join(" ", orphans.stream().map(ComposeProject::nameOf).toList())));
      return;
    }
    // removeOrphanContainers: an errgroup goroutine per orphan
    Lifecycle life = new Lifecycle(p);
    p.sideBySide(orphans.stream().map(c -> (Runnable) () -> life.stopAndRemove(c)).toList());
  }

  /** Creates the networks the services use, unless they exist or are external. */
  void networks(List<Service> services) {
    List<String> keys = new ArrayList<>();
    for (Service s : services) {
      ContainerSpec.networkKeys(s).stream().filter(k -> !keys.contains(k)).forEach(keys::add);
    }
    for (String key : keys) {
      String net = p.networkName(key);
      ComposeFile.Resource r = p.file().networks().get(key);
      boolean exists = p.api().networkList().stream().anyMatch(n -> n.get("Name").equals(net));
      if (r != null && r.external()) {
        if (!exists) {
          // compose asks the daemon for the network and passes its refusal on (the docker CLI words it).
          p.api().networkInspect(net);
        }
        continue;
      }
      if (!exists) {
        p.report("Network", net, "Creating");
        java.util.Map<String, String> labels = new java.util.LinkedHashMap<>(r == null ? Map.of() : r.labels());
        labels.put("com.docker.compose.network", key);
        labels.put("com.docker.compose.project", p.name());
        labels.put("com.docker.compose.version", ComposeProject.VERSION);
        Map<String, String> ipam = r == null ? Map.of() : r.ipam();
        p.api().networkCreate(new NetworkCreateRequest(net, r == null || r.driver().isEmpty() ? "bridge" : r.driver(),
            ipam.getOrDefault("subnet", ""), ipam.getOrDefault("ip_range", ""), ipam.getOrDefault("gateway", ""),
            r != null && r.internal(), labels));
        p.report("Network", net, "Created");
      }
    }
  }

  void volumes() {
    for (ComposeFile.Resource r : p.file().volumes().values()) {
      String vol = r.fullName(p.name());
      boolean exists = p.api().volumeList(Map.of()).stream().anyMatch(o -> o.get("Name").equals(vol));
      if (r.external()) {
        if (!exists) {
          throw new ComposeException(Errors.externalVolumeMissing(vol), ComposeException.FAILURE);
        }
        continue;
      }
      if (!exists) {
        p.report("Volume", "\"" + vol + "\"", "Creating");
        java.util.Map<String, String> labels = new java.util.LinkedHashMap<>(r.labels());
        labels.put("com.docker.compose.project", p.name());
        labels.put("com.docker.compose.version", ComposeProject.VERSION);
        labels.put("com.docker.compose.volume", r.key());
        // the file's driver and driver_opts go to the engine as given (a bind volume: conformance d19)
        p.api().volumeCreate(vol, labels, r.driver().isEmpty() ? "local" : r.driver(), r.driverOpts());
        p.report("Volume", "\"" + vol + "\"", "Created");
      }
    }
  }

  private void converge(Service given, Options o) {
    // --no-deps loads the services without their depends_on, so their hash differs and a later
    // plain up or create recreates them (conformance c05)
    Service s = o.noDeps() ? given.withoutDependencies() : given;
    int want = o.scale().getOrDefault(s.name(), s.scale());
    String imageId = imageId(s);
    String hash = ContainerSpec.configHash(s, imageId);
    List<ContainerSummary> have = p.containersOf(s.name(), true);
    Lifecycle life = new Lifecycle(p);
    for (ContainerSummary c : have) {
      if (ComposeProject.number(c) > want) {
        life.stopAndRemove(c);
      }
    }
    for (int n = 1; n <= want; n++) {
      String name = p.containerName(s, n);
      ContainerSummary c = find(have, n);
      if (c == null) {
        p.report("Container", name, "Creating");
        create(s, name, n, imageId);
        p.report("Container", name, "Created");
      } else if (!o.noRecreate() && (o.forceRecreate()
          || !hash.equals(c.labels().get("com.docker.compose.config-hash")))) {
        p.report("Container", name, "Recreate");
        if (c.state().equals("running") || c.state().equals("paused")) {
          p.api().containerStop(c.id(), s.stopGraceSeconds(), "");
        }
        p.api().containerRemove(c.id(), true, false);
        create(s, name, n, imageId);
        p.report("Container", name, "Recreated");
      } else if (c.state().equals("running")) {
        p.report("Container", name, "Running");
      } else if (c.state().equals("exited")) {
        // an exited container that is up to date is reported as created (conformance c17)
        p.report("Container", name, "Created");
      }
    }
  }

  private static ContainerSummary find(List<ContainerSummary> have, int n) {
    return have.stream().filter(c -> ComposeProject.number(c) == n).findFirst().orElse(null);
  }

  private String imageId(Service s) {
    try {
      ApiObject img = p.api().imageInspect(s.imageFor(p.name()));
      return String.valueOf(img.get("Id"));
    } catch (EngineException e) {
      return "";
    }
  }

  void create(Service s, String name, int number, String imageId) {
    p.api().containerCreate(spec.request(s, name, number, false, null, imageId, false));
    List<String> nets = ContainerSpec.networkKeys(s);
    for (int i = 1; i < nets.size(); i++) {
      List<String> aliases = new ArrayList<>(List.of(s.name()));
      aliases.addAll(s.networks().get(nets.get(i)));
      p.api().networkConnect(p.networkName(nets.get(i)), name, aliases);
    }
  }

  private void start(Service s, boolean report) {
    new Dependencies(p).await(s);
    for (ContainerSummary c : p.containersNewestFirst(s.name())) {
      if (!c.state().equals("running") && !c.state().equals("paused")) {
        String name = ComposeProject.nameOf(c);
        if (report) {
          p.report("Container", name, "Starting");
        }
        p.api().containerStart(c.id());
        if (report) {
          p.report("Container", name, "Started");
        }
      }
    }
  }

  /** Returns the create request helper for one-off containers ({@code run}). */
  ContainerSpec spec() {
    return spec;
  }
}
