package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.container.ContainerStore;
import dev.kujira.engine.daemon.images.CatalogRegistry;
import dev.kujira.engine.daemon.images.ImageDaemon;
import dev.kujira.engine.daemon.images.LocalImages;
import dev.kujira.engine.daemon.images.Registry;
import dev.kujira.engine.daemon.network.NetworkService;
import dev.kujira.engine.daemon.network.NetworkStore;
import dev.kujira.engine.daemon.volume.VolumeDaemon;
import dev.kujira.engine.daemon.volume.VolumeStore;
import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.build.BuildCache;
import dev.kujira.engine.build.BuildTrace;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.image.ImageStore;
import dev.kujira.engine.process.ProgramRegistry;
import dev.kujira.engine.process.Scheduler;
import dev.kujira.engine.util.Ids;
import dev.kujira.engine.util.VirtualClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds everything one daemon knows: containers, images, volumes, address and pid counters,
 * the clock, the id generator and the scheduler. Lookups resolve a user's word as moby does:
 * full id, then exact name, then unique id prefix.
 */
public final class DaemonState implements ImageDaemon, VolumeDaemon {
  private final VirtualClock clock;
  private final Ids ids;
  private final Scheduler scheduler;
  private final ProgramRegistry programs;
  private final FsTree host;
  private Registry registry = CatalogRegistry.INSTANCE;
  private final ContainerStore containers = new ContainerStore();
  private final LocalImages local = new LocalImages();
  private final NetworkStore networks = new NetworkStore();
  private final VolumeStore volumes = new VolumeStore();
  /** The learner's host name: what a --network host container calls itself. */
  private String hostName = "kujira";
  private final BuildCache buildCache = new BuildCache();
  /** The last build's trace, and the one before it of each Dockerfile, for kujira explain build. */
  public BuildTrace lastBuild;
  public final Map<String, BuildTrace> buildsBySource = new LinkedHashMap<>();
  public BuildTrace previousOfLast;
  private final java.util.ArrayDeque<dev.kujira.engine.api.EngineEvent> events = new java.util.ArrayDeque<>();
  private final List<java.util.function.Consumer<dev.kujira.engine.api.EngineEvent>> listeners = new ArrayList<>();
  private static final int EVENT_HISTORY = 1000;
  private int lastHostPid = 1000;
  private boolean realTime;
  private boolean offline;
  private dev.kujira.engine.api.ClientTerminal clientTerminal;

  /** Creates an empty daemon state. */
  public DaemonState(VirtualClock clock, Ids ids, ProgramRegistry programs, FsTree host) {
    this.clock = clock;
    this.ids = ids;
    this.scheduler = new Scheduler(clock);
    this.programs = programs;
    this.host = host;
    NetworkService.defaults(this);
    scheduler.budget().measure(this::fileBytes);
  }

  /** Returns what the session's files hold: the host's, every container's and every volume's, shared contents once. */
  private long fileBytes() {
    List<FsTree> trees = new ArrayList<>();
    trees.add(host);
    for (Container c : containers.values()) {
      trees.add(c.rootfs);
      trees.add(c.etc);
      trees.addAll(c.tmpfs.values());
    }
    volumes.values().forEach(v -> trees.add(v.data()));
    return FsTree.size(trees);
  }

  /** Returns the next host pid (the pid a container's main process has on the host). */
  int nextHostPid() {
    return ++lastHostPid;
  }

  /** Returns the learner's host name. */
  String hostName() {
    return hostName;
  }

  @Override
  public ContainerStore containers() {
    return containers;
  }

  /** Returns BuildKit's cache and the classic builder's step records. */
  public BuildCache buildCache() {
    return buildCache;
  }

  @Override
  public NetworkStore networks() {
    return networks;
  }

  @Override
  public VolumeStore volumes() {
    return volumes;
  }

  @Override
  public LocalImages local() {
    return local;
  }

  @Override
  public FileSystemView files(Container c) {
    return Rootfs.view(this, c);
  }

  /** Records an event ({@code docker events}) and tells the listeners. */
  @Override
  public void emit(String type, String action, String id, Map<String, String> attributes) {
    dev.kujira.engine.api.EngineEvent e = new dev.kujira.engine.api.EngineEvent(clock.now(), type, action, id, attributes);
    events.addLast(e);
    if (events.size() > EVENT_HISTORY) {
      events.removeFirst();
    }
    listeners.forEach(l -> l.accept(e));
  }

  /** Returns the recent events, oldest first. */
  public List<dev.kujira.engine.api.EngineEvent> events() {
    return List.copyOf(events);
  }

  /** Calls {@code listener} with every later event. */
  public void addListener(java.util.function.Consumer<dev.kujira.engine.api.EngineEvent> listener) {
    listeners.add(listener);
  }

  /** Stops calling {@code listener} (the same object given to addListener). */
  public void removeListener(java.util.function.Consumer<dev.kujira.engine.api.EngineEvent> listener) {
    listeners.removeIf(l -> l == listener);
  }

  /** Sets the learner's host name (the engine's host). */
  public void hostName(String name) {
    this.hostName = name;
  }

  /** Returns whether Docker Hub is out of reach (the machine the recordings were made on). */
  @Override
  public boolean offline() {
    return offline;
  }

  /** Cuts the machine off Docker Hub, or connects it again. */
  public void offline(boolean cut) {
    this.offline = cut;
  }

  /** Returns whether attached clients' waiting passes as real time. */
  public boolean realTime() {
    return realTime;
  }

  /** Says whether attached clients let time pass as the wall clock does (the REPL) or fast. */
  public void realTime(boolean real) {
    this.realTime = real;
  }

  /** Returns the learner's terminal, or null without one. */
  public dev.kujira.engine.api.ClientTerminal clientTerminal() {
    return clientTerminal;
  }

  /** Sets the learner's terminal (null: none). */
  public void clientTerminal(dev.kujira.engine.api.ClientTerminal terminal) {
    this.clientTerminal = terminal;
  }

  /** Returns the virtual clock. */
  @Override
  public VirtualClock clock() {
    return clock;
  }

  /** Returns the id generator. */
  @Override
  public Ids ids() {
    return ids;
  }

  /** Returns the scheduler. */
  public Scheduler scheduler() {
    return scheduler;
  }

  /** Returns the programs executables may name. */
  public ProgramRegistry programs() {
    return programs;
  }

  /** Returns the simulated host's file system (bind-mount sources). */
  @Override
  public FsTree host() {
    return host;
  }

  /** Returns the registry images are pulled from. */
  @Override
  public Registry registry() {
    return registry;
  }

  /** Sets the registry images are pulled from. */
  public void registry(Registry r) {
    this.registry = r;
  }

  /** Returns the image store. */
  @Override
  public ImageStore images() {
    return local.images();
  }

  /** Returns the container {@code ref} names, or throws "No such container". */
  public Container container(String ref) {
    Container c = findContainer(ref);
    if (c == null) {
      throw Errors.noSuchContainer(ref);
    }
    return c;
  }

  /** Returns the container {@code ref} names, or null. */
  public Container findContainer(String ref) {
    return containers.find(ref);
  }

  /** Returns the container using {@code name}, or null. */
  public Container byName(String name) {
    return containers.byName(name);
  }

  /** Returns the "repo@sha256:…" digests an image was pulled by. */
  public List<String> repoDigests(String imageId) {
    return local.repoDigests(imageId);
  }

  /** Is a frozen copy of the daemon's state (structurally shared file trees make it cheap). */
  public static final class Saved {
    private final List<Container> containers;
    private final VolumeStore volumes;
    private final LocalImages images;
    private final NetworkStore.Saved networks;
    private final long time;
    private final long idCounter;
    private final int lastHostPid;
    private final dev.kujira.engine.fs.Node.Dir host;
    private final BuildCache buildCache;
    /** Build traces never change once their build ended, so they are shared. */
    private final BuildTrace lastBuild;
    private final BuildTrace previousOfLast;
    private final Map<String, BuildTrace> buildsBySource;

    private Saved(DaemonState s) {
      lastBuild = s.lastBuild;
      previousOfLast = s.previousOfLast;
      buildsBySource = new LinkedHashMap<>(s.buildsBySource);
      buildCache = s.buildCache.snapshot();
      containers = s.containers.snapshot();
      volumes = s.volumes.snapshot();
      images = s.local.snapshot();
      time = s.clock.now();
      idCounter = s.ids.counter();
      lastHostPid = s.lastHostPid;
      host = s.host.root();
      networks = s.networks.snapshot();
    }
  }

  /** Returns a snapshot of the whole state. */
  public Saved save() {
    return new Saved(this);
  }

  /**
   * Restores {@code saved}: every process ends, the data comes back, and the containers that
   * were running get their main process started again (see ContainerRuntime#resume).
   */
  public List<String> restoreData(Saved saved) {
    scheduler.shutdown();
    List<String> running = containers.restore(saved.containers);
    volumes.restore(saved.volumes);
    local.restore(saved.images);
    clock.restore(saved.time);
    ids.resetCounter(saved.idCounter);
    lastHostPid = saved.lastHostPid;
    host.replaceRoot(saved.host);
    networks.restore(saved.networks);
    buildCache.restore(saved.buildCache);
    lastBuild = saved.lastBuild;
    previousOfLast = saved.previousOfLast;
    buildsBySource.clear();
    buildsBySource.putAll(saved.buildsBySource);
    return running;
  }

  /** Returns a local layer with {@code diffId}: from an image, or kept by BuildKit's cache. */
  public java.util.Optional<dev.kujira.engine.layer.Layer> localLayer(String diffId) {
    for (dev.kujira.engine.image.Image img : local.images().images()) {
      for (dev.kujira.engine.layer.Layer l : img.layers()) {
        if (l.diffId().equals(diffId)) {
          return java.util.Optional.of(l);
        }
      }
    }
    return buildCache.layer(diffId);
  }

  /** Returns whether BuildKit's cache still holds the layer {@code diffId} (so a pull finds it "Already exists"). */
  @Override
  public boolean buildKitKeeps(String diffId) {
    return buildCache.keeps(diffId);
  }

  /** Returns the containers, newest first (docker ps order). */
  public List<Container> newestFirst() {
    return containers.newestFirst();
  }
}
