package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.daemon.images.Registry;
import dev.kujira.engine.api.BuildRequest;
import dev.kujira.engine.build.BuildBackend;
import dev.kujira.engine.build.BuildCache;
import dev.kujira.engine.build.BuildTrace;
import dev.kujira.engine.container.ContainerStatus;
import dev.kujira.engine.container.RestartPolicy;
import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.Node;
import dev.kujira.engine.fs.UnionView;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.Reference;
import dev.kujira.engine.util.Ids;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Is the daemon's side of {@link BuildBackend}: its image store, registry, build cache, sandbox and containers. */
final class DaemonBuildBackend implements BuildBackend {
  private final DaemonState state;

  DaemonBuildBackend(DaemonState state) {
    this.state = state;
  }

  @Override
  public long now() {
    return state.clock().now();
  }

  @Override
  public UnionView host() {
    return new UnionView(state.host(), List.of(), state.clock()::now);
  }

  @Override
  public long size(String dir) {
    return FsTree.size(new FsTree(state.host().root()).lookup(Rootfs.split(dir)));
  }

  @Override
  public Optional<Image> lookup(String name) {
    return state.images().lookup(name);
  }

  @Override
  public Optional<Image> byId(String id) {
    return state.images().byId(id);
  }

  @Override
  public String unreachable(Reference ref) {
    if (!state.offline() || !ref.domain().equals(Reference.DEFAULT_DOMAIN)) {
      return null;
    }
    return "dial tcp: lookup registry-1.docker.io on " + dev.kujira.engine.daemon.images.RegistryHosts.nameserver(state) + ":53: no such host";
  }

  @Override
  public Optional<Image> fetch(Reference ref) {
    return state.registry().fetch(ref).map(Registry.Pulled::image);
  }

  @Override
  public Node.Dir rootfs(Image image) {
    return state.images().rootfs(image);
  }

  @Override
  public void add(Image image) {
    state.images().add(image);
  }

  @Override
  public void addCommitted(Image image) {
    state.images().add(image);
    state.images().ownTopLayer(image);
  }

  @Override
  public void tag(Reference ref, String id) {
    state.images().tag(ref, id, state.clock().now());
  }

  @Override
  public BuildCache.Entry cached(String key) {
    BuildCache.Entry e = state.buildCache().get(key);
    // the legacy builder's cache is its images: a step whose image was deleted (rmi, prune) runs again
    if (e != null && !e.imageId().isEmpty() && state.images().byId(e.imageId()).isEmpty()) {
      return null;
    }
    return e;
  }

  @Override
  public boolean isCached(String key) {
    return state.buildCache().contains(key);
  }

  @Override
  public void cache(String key, BuildCache.Entry entry) {
    state.buildCache().put(key, entry);
  }

  @Override
  public void cacheIfAbsent(String key, BuildCache.Entry entry) {
    state.buildCache().putIfAbsent(key, entry);
  }

  @Override
  public void transferred(String key, long size) {
    state.buildCache().transferred(key, size, state.clock().now());
  }

  @Override
  public BuildBackend.RunResult run(FsTree tree, Map<String, String> env, String workdir, List<String> argv, String user,
      BuildBackend.Sandbox sandbox) {
    return BuildSandbox.run(state, tree, env, workdir, argv, user, sandbox);
  }

  @Override
  public int[] owner(FileSystemView rootfs, String spec) {
    return Credentials.resolve(rootfs, spec);
  }

  @Override
  public BuildTrace beginTrace(BuildRequest req) {
    return BuildTrace.begin(req);
  }

  @Override
  public void endTrace(BuildTrace trace) {
    // The finished (or failed) build's trace is the last one; its predecessor is kept for explain.
    state.previousOfLast = state.buildsBySource.get(trace.source());
    trace.settle(state.previousOfLast);
    state.lastBuild = trace;
    state.buildsBySource.put(trace.source(), trace);
  }

  @Override
  public String newId() {
    return state.ids().next();
  }

  @Override
  public void keepFailedStep(String id, String parentImage, String command, int status, FsTree tree) {
    Image image = state.images().byId(parentImage).orElseThrow();
    Container c = new Container(id, Names.generate(id, 0), state.clock().now(), image, Ids.shortId(parentImage), null,
        List.of("/bin/sh", "-c", command.substring("/bin/sh -c ".length())), List.of(), "", "", id.substring(0, 12),
        false, false, Map.of(), List.of(), Map.of(), false, List.of(), RestartPolicy.NO, false, "bridge", "", null,
        tree);
    // The step's container ran its command and exited.
    c.moveTo(ContainerStatus.RUNNING);
    c.moveTo(ContainerStatus.EXITED);
    c.exitCode = status;
    c.hasBeenStarted = true;
    c.startedAt = state.clock().now();
    c.finishedAt = state.clock().now();
    state.containers().put(id, c);
  }
}
