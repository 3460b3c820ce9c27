package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.daemon.filters.Filters;
import dev.kujira.engine.daemon.images.ImagePusher;
import dev.kujira.engine.daemon.images.ImageSaver;
import dev.kujira.engine.daemon.images.ImageService;
import dev.kujira.engine.daemon.images.RegistryHosts;
import dev.kujira.engine.daemon.network.Network;
import dev.kujira.engine.daemon.network.NetworkService;
import dev.kujira.engine.daemon.network.RequestTracer;
import dev.kujira.engine.daemon.volume.VolumeService;
import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.ContainerCreateRequest;
import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.api.DiskUsage;
import dev.kujira.engine.api.EngineApi;
import dev.kujira.engine.api.ExecRequest;
import dev.kujira.engine.api.HistoryItem;
import dev.kujira.engine.api.ImageSummary;
import dev.kujira.engine.api.LogLine;
import dev.kujira.engine.api.PruneReport;
import dev.kujira.engine.build.ClassicBuild;
import dev.kujira.engine.build.ImageBuilder;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Is the simulated Docker daemon: it implements the Engine API over the {@link DaemonState}
 * by delegating each operation to the class that owns it (moby's one operation per file).
 */
public final class Daemon implements EngineApi {
  private final DaemonState state;
  private final ContainerCreator creator;
  private final ContainerRuntime runtime;
  private final ContainerQueries queries;
  private final ImageService images;
  private final VolumeService volumes;
  private final NetworkService networks;

  /** Creates a daemon over {@code state}. */
  public Daemon(DaemonState state) {
    this.state = state;
    this.volumes = new VolumeService(state);
    this.networks = new NetworkService(state);
    this.runtime = new ContainerRuntime(state, volumes);
    this.creator = new ContainerCreator(state, volumes);
    this.queries = new ContainerQueries(state);
    this.images = new ImageService(state);
  }

  /** Restores a saved state and restarts the processes of the containers that were running. */
  public void restore(DaemonState.Saved saved) {
    for (String id : state.restoreData(saved)) {
      runtime.resume(state.containers().get(id));
    }
  }

  /** Returns the state. */
  public DaemonState state() {
    return state;
  }

  @Override
  public dev.kujira.engine.api.ContainerCreateResponse containerCreate(ContainerCreateRequest request) {
    return creator.create(request);
  }

  @Override
  public void containerStart(String ref) {
    runtime.start(userStart(ref), null, null, null);
  }

  @Override
  public int containerStartAttached(String ref, InputStream in, PrintStream out, PrintStream err) {
    return runtime.start(userStart(ref), in, out, err);
  }

  /** A start the user asks for resets the restart count, as moby's ResetRestartManager does. */
  private Container userStart(String ref) {
    Container c = state.container(ref);
    if (!c.isRunning()) {
      c.restartCount = 0;
    }
    return c;
  }

  @Override
  public void containerStop(String ref, Integer timeoutSeconds, String signal) {
    runtime.stop(state.container(ref), timeoutSeconds, signal);
  }

  @Override
  public void containerRestart(String ref, Integer timeoutSeconds, String signal) {
    Container c = state.container(ref);
    runtime.stop(c, timeoutSeconds, signal);
    runtime.start(c, null, null, null);
  }

  @Override
  public void containerKill(String ref, String signal) {
    // moby's ContainerKill parses the signal before it looks the container up (recorded by tests/tools/difftest).
    dev.kujira.engine.process.Signal.parse(signal.isEmpty() ? "KILL" : signal)
        .orElseThrow(() -> Errors.invalidSignal(ref, signal));
    Container c = state.findContainer(ref);
    if (c == null) {
      throw Errors.killMissing(ref);
    }
    runtime.kill(c, ref, signal);
  }

  @Override
  public void containerPause(String ref) {
    runtime.pause(state.container(ref));
  }

  @Override
  public void containerUnpause(String ref) {
    runtime.unpause(state.container(ref));
  }

  @Override
  public void containerRemove(String ref, boolean force, boolean removeVolumes) {
    runtime.remove(state.container(ref), force, removeVolumes);
  }

  @Override
  public void containerRename(String ref, String newName) {
    creator.rename(state.container(ref), newName);
  }

  @Override
  public int containerWait(String ref) {
    return runtime.await(state.container(ref));
  }

  @Override
  public List<ContainerSummary> containerList(boolean all, Map<String, List<String>> filters) {
    Filters.check(filters, Filters.CONTAINERS);
    return queries.list(all, filters);
  }

  @Override
  public List<LogLine> containerLogs(String ref) {
    Container c = state.container(ref);
    if (c.settings.get("HostConfig.LogConfig") instanceof ApiObject log && "none".equals(log.get("Type"))) {
      // --log-driver none keeps nothing to read back (moby daemon/logs.go).
      throw new dev.kujira.engine.api.EngineException(dev.kujira.engine.api.ErrorKind.INVALID_PARAMETER,
          "configured logging driver does not support reading");
    }
    return c.logs.lines();
  }

  @Override
  public ApiObject containerInspect(String ref) {
    return ContainerInspector.inspect(state, state.container(ref));
  }

  @Override
  public void containerUpdate(String ref, String restartPolicy, int restartMax, Map<String, Long> resources) {
    Container c = state.container(ref);
    if (restartPolicy != null) {
      dev.kujira.engine.container.RestartPolicy p = ContainerCreator.restartPolicy(restartPolicy, restartMax);
      if (c.autoRemove && !p.name().equals("no")) {
        throw Errors.restartWithAutoRemove(c.id);
      }
      c.restartPolicy = p;
    }
    Resources.apply(c, resources, false);
    state.emit("container", "update", c.id, ContainerRuntime.attributes(c));
  }

  @Override
  public ApiObject containerInspect(String ref, boolean size) {
    return ContainerInspector.inspect(state, state.container(ref), size);
  }

  @Override
  public List<List<String>> containerTop(String ref, List<String> psArgs) {
    return queries.top(state.container(ref), psArgs);
  }

  @Override
  public int containerExec(String ref, ExecRequest request, InputStream in, PrintStream out, PrintStream err) {
    return new ContainerExec(state).exec(state.container(ref), request, in, out, err);
  }

  @Override
  public String containerAttach(String ref) {
    return state.container(ref).id;
  }

  @Override
  public dev.kujira.engine.api.TtySession containerStartInteractive(String ref, PrintStream client) {
    return runtime.startWithTerminal(state.container(ref), client);
  }

  @Override
  public dev.kujira.engine.api.TtySession containerAttachTerminal(String ref, PrintStream client) {
    Container c = state.container(ref);
    if (c.terminal == null || c.task == null || !c.openStdin) {
      return null;
    }
    return runtime.attachTerminal(c, client);
  }

  @Override
  public dev.kujira.engine.api.TtySession containerExecInteractive(String ref, ExecRequest request,
      PrintStream client) {
    return new ContainerExec(state).execWithTerminal(state.container(ref), request, client);
  }

  @Override
  public List<dev.kujira.engine.api.EngineEvent> events() {
    return state.events();
  }

  @Override
  public void clockAdvance(long millis) {
    state.scheduler().unpaced(() -> state.scheduler().advanceTo(state.clock().now() + Math.max(0, millis)));
  }

  @Override
  public java.util.Optional<dev.kujira.engine.api.ClientTerminal> clientTerminal() {
    return java.util.Optional.ofNullable(state.clientTerminal());
  }

  @Override
  public PruneReport containerPrune(Map<String, List<String>> filters) {
    return ContainerPrune.prune(state, runtime, filters);
  }

  @Override
  public String imageBuild(dev.kujira.engine.api.BuildRequest request,
      java.util.function.Consumer<dev.kujira.engine.api.BuildEvent> progress) {
    return new ImageBuilder(new DaemonBuildBackend(state), request, progress).build();
  }

  @Override
  public String imageBuildClassic(dev.kujira.engine.api.BuildRequest request,
      java.util.function.Consumer<dev.kujira.engine.api.BuildEvent> out) {
    return new ClassicBuild(new DaemonBuildBackend(state), request, out).build();
  }

  @Override
  public List<ImageSummary> imageList(boolean all, Map<String, List<String>> filters) {
    Filters.check(filters, Filters.IMAGES);
    return images.list(all, filters);
  }

  @Override
  public ApiObject imageInspect(String ref) {
    return images.inspect(ref);
  }

  @Override
  public void imagePull(String ref, boolean allTags, PrintStream progress) {
    images.pull(ref, allTags, progress);
  }

  @Override
  public void imagePush(String ref, boolean allTags, String user, PrintStream progress) {
    new ImagePusher(state).push(ref, allTags, user, progress);
  }

  @Override
  public void registryLogin(String server) {
    String domain = server.isEmpty() || server.contains("index.docker.io") ? dev.kujira.engine.image.Reference.DEFAULT_DOMAIN
        : server.replaceFirst("^https?://", "").replaceAll("/.*$", "");
    RegistryHosts.Target t = RegistryHosts.locate(state, domain);
    if (t.loginError() != null) {
      throw Errors.loginFailed(t.loginError());
    }
  }

  @Override
  public List<dev.kujira.engine.api.SearchResult> imageSearch(String term, int limit, Map<String, List<String>> filters) {
    return dev.kujira.engine.daemon.images.ImageSearch.search(state, term, limit, filters);
  }

  @Override
  public List<dev.kujira.engine.api.BuildCacheRecord> buildCacheList() {
    return state.buildCache().records(state.images().images(), state.clock().now());
  }

  @Override
  public List<dev.kujira.engine.api.BuildCacheRecord> buildCachePrune(boolean all, Map<String, List<String>> filters) {
    long now = state.clock().now();
    return state.buildCache().prune(state.images().images(), now, all,
        used -> dev.kujira.engine.daemon.filters.Filters.createdBefore(used, filters, now));
  }

  @Override
  public boolean imageExists(String ref) {
    return state.images().lookup(ref).isPresent();
  }

  @Override
  public void imageTag(String source, String target) {
    images.tag(source, target);
  }

  @Override
  public List<String> imageRemove(String ref, boolean force, boolean noPrune) {
    return images.remove(ref, force, noPrune);
  }

  @Override
  public PruneReport imagePrune(boolean all, Map<String, List<String>> filters) {
    return images.prune(all);
  }

  @Override
  public List<HistoryItem> imageHistory(String ref) {
    return images.history(ref);
  }

  @Override
  public byte[] imageSave(List<String> refs) {
    return ImageSaver.save(state, refs);
  }

  @Override
  public List<String> imageLoad(byte[] archive) {
    return images.load(archive);
  }

  @Override
  public ApiObject volumeInspect(String name) {
    return volumes.inspect(name);
  }

  @Override
  public String volumeCreate(String name, Map<String, String> labels) {
    return volumes.create(name, labels, false).name();
  }

  @Override
  public String volumeCreate(String name, Map<String, String> labels, String driver, Map<String, String> options) {
    return volumes.create(name, labels, driver, options).name();
  }

  @Override
  public List<ApiObject> volumeList(Map<String, List<String>> filters) {
    return volumes.list(filters);
  }

  @Override
  public void volumeRemove(String name, boolean force) {
    volumes.remove(name, force);
  }

  @Override
  public List<String> volumePrune(boolean all, Map<String, List<String>> filters) {
    return volumes.prune(all, filters);
  }

  @Override
  public List<String> explainBuild() {
    return state.lastBuild == null ? List.of() : state.lastBuild.explain(state.previousOfLast);
  }

  @Override
  public List<String> explainRequest(String from, String target) {
    return new RequestTracer(state).trace(from, target);
  }

  @Override
  public byte[] containerArchive(String ref, String containerPath) {
    return Copier.archive(state, state.container(ref), ref, containerPath);
  }

  @Override
  public void containerExtract(String ref, String containerPath, byte[] tar) {
    Copier.extract(state, state.container(ref), ref, containerPath, tar);
  }

  @Override
  public byte[] containerExport(String ref) {
    return Committer.export(state.container(ref));
  }

  @Override
  public String imageImportUrl(String url, String reference, String message, List<String> changes) {
    throw Errors.importFetch(url);
  }

  @Override
  public String imageImport(byte[] archive, String reference, String message, List<String> changes) {
    return Committer.importImage(state, archive, reference, message, changes);
  }

  @Override
  public String containerCommit(String ref, String reference, String message, String author, List<String> changes) {
    return Committer.commit(state, state.container(ref), reference, message, author, changes);
  }

  @Override
  public long containerCopy(String ref, String containerPath, String hostPath, boolean toContainer) {
    return Copier.copy(state, state.container(ref), ref, containerPath, hostPath, toContainer);
  }

  @Override
  public List<String> containerChanges(String ref) {
    return Committer.changes(state.container(ref));
  }

  @Override
  public String networkCreate(dev.kujira.engine.api.NetworkCreateRequest r) {
    return networks.create(r);
  }

  @Override
  public List<ApiObject> networkList() {
    List<Network> list = new java.util.ArrayList<>(state.networks().values());
    list.sort(java.util.Comparator.comparing(n -> n.name));
    List<ApiObject> out = new java.util.ArrayList<>();
    list.forEach(n -> out.add(networks.inspect(n)));
    return out;
  }

  @Override
  public ApiObject networkInspect(String ref) {
    return networks.inspect(networks.find(ref));
  }

  @Override
  public void networkRemove(String ref) {
    networks.remove(ref);
  }

  @Override
  public List<String> networkPrune(Map<String, List<String>> filters) {
    return networks.prune(filters);
  }

  @Override
  public void networkConnect(String network, String container, List<String> aliases, String ip, String ip6) {
    Container c = state.container(container);
    networks.connect(network, c, aliases, ip, ip6);
    if (c.isRunning()) {
      for (String id : c.networks.keySet()) {
        if (!c.hostsNetworks.contains(id)) {
          c.hostsNetworks.add(id);
        }
      }
      Rootfs.updateHosts(state, c);
    }
  }

  @Override
  public void networkDisconnect(String network, String container) {
    Container c = state.container(container);
    networks.disconnect(network, c);
    if (c.isRunning()) {
      c.hostsNetworks.clear();
      Rootfs.updateHosts(state, c);
    }
  }

  @Override
  public Map<String, Object> systemInfo() {
    return SystemService.info(state);
  }

  @Override
  public long volumeSize(String name) {
    dev.kujira.engine.daemon.volume.VolumeService.Volume v = state.volumes().get(name);
    return v == null ? 0 : Rootfs.treeSize(v.data());
  }

  @Override
  public DiskUsage systemDf() {
    return SystemService.df(state);
  }

  @Override
  public long now() {
    return state.clock().now();
  }

  @Override
  public String objectType(String ref) {
    // docker/cli's inspectAll tries containers, images, networks, then volumes (cli/command/system/inspect.go)
    return state.findContainer(ref) != null ? "container"
        : state.images().lookup(ref).isPresent() ? "image"
        : networks.exists(ref) ? "network"
        : volumes.exists(ref) ? "volume" : "";
  }
}
