package dev.kujira.engine.daemon;

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
public final class DaemonState {
  private final VirtualClock clock;
  private final Ids ids;
  private final Scheduler scheduler;
  private final ProgramRegistry programs;
  private final FsTree host;
  private ImageStore images = new ImageStore();
  private Registry registry = CatalogRegistry.INSTANCE;
  final Map<String, Container> containers = new LinkedHashMap<>();
  /** The learner's host name: what a --network host container calls itself. */
  String hostName = "kujira";
  final Map<String, VolumeService.Volume> volumes = new LinkedHashMap<>();
  final BridgeIpam bridge = new BridgeIpam();
  final Map<String, Network> networks = new LinkedHashMap<>();
  int nextNetworkPool;
  /** Listening programs: container id → port → handler. */
  final Map<String, Map<Integer, dev.kujira.engine.process.NetworkView.HttpHandler>> httpListeners =
      new LinkedHashMap<>();
  final Map<String, List<String>> repoDigests = new LinkedHashMap<>();
  final Map<String, BuildCache.Entry> buildCache = new LinkedHashMap<>();
  /** BuildKit's local-source records (context and Dockerfile transfers), by source key. */
  final Map<String, BuildCache.Source> buildSources = new LinkedHashMap<>();
  /** What the learner pushed to the simulated Docker Hub. */
  HubRepositories hub = new HubRepositories();
  /** The last build's trace, and the one before it of each Dockerfile, for kujira explain build. */
  BuildTrace lastBuild;
  final Map<String, BuildTrace> buildsBySource = new LinkedHashMap<>();
  BuildTrace previousOfLast;
  private final java.util.ArrayDeque<dev.kujira.engine.api.EngineEvent> events = new java.util.ArrayDeque<>();
  private final List<java.util.function.Consumer<dev.kujira.engine.api.EngineEvent>> listeners = new ArrayList<>();
  private static final int EVENT_HISTORY = 1000;
  int lastHostPid = 1000;
  private boolean realTime;
  private boolean offline;
  private dev.kujira.engine.api.ClientTerminal clientTerminal;
  int lastEphemeralPort = 32767;
  /** UDP has a port space (and allocator) of its own. */
  int lastEphemeralUdpPort = 32767;

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

  /** Returns the next host port of the ephemeral range (32768 up, as dockerd's port allocator). */
  int nextEphemeralPort() {
    return ++lastEphemeralPort;
  }

  /** Returns the next ephemeral host port for {@code proto} (tcp and udp count apart, as libnetwork's portallocator). */
  int nextEphemeralPort(String proto) {
    return proto.equals("udp") ? ++lastEphemeralUdpPort : ++lastEphemeralPort;
  }

  /** Records an event ({@code docker events}) and tells the listeners. */
  void emit(String type, String action, String id, Map<String, String> attributes) {
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
  public VirtualClock clock() {
    return clock;
  }

  /** Returns the id generator. */
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
  public FsTree host() {
    return host;
  }

  /** Returns the registry images are pulled from. */
  public Registry registry() {
    return registry;
  }

  /** Sets the registry images are pulled from. */
  public void registry(Registry r) {
    this.registry = r;
  }

  /** Returns the image store. */
  public ImageStore images() {
    return images;
  }

  /** Returns the container {@code ref} names, or throws "No such container". */
  Container container(String ref) {
    Container c = findContainer(ref);
    if (c == null) {
      throw Errors.noSuchContainer(ref);
    }
    return c;
  }

  /** Returns the container {@code ref} names, or null. */
  Container findContainer(String ref) {
    if (ref.isEmpty()) {
      return null;
    }
    Container byId = containers.get(ref);
    if (byId != null) {
      return byId;
    }
    String name = ref.startsWith("/") ? ref.substring(1) : ref;
    for (Container c : containers.values()) {
      if (c.name.equals(name)) {
        return c;
      }
    }
    Container found = null;
    for (Container c : containers.values()) {
      if (c.id.startsWith(ref)) {
        if (found != null) {
          return null;
        }
        found = c;
      }
    }
    return found;
  }

  /** Returns the container using {@code name}, or null. */
  Container byName(String name) {
    for (Container c : containers.values()) {
      if (c.name.equals(name)) {
        return c;
      }
    }
    return null;
  }

  /** Returns the "repo@sha256:…" digests an image was pulled by. */
  List<String> repoDigests(String imageId) {
    return List.copyOf(repoDigests.getOrDefault(imageId, List.of()));
  }

  /** Is a frozen copy of the daemon's state (structurally shared file trees make it cheap). */
  public static final class Saved {
    private final List<Container> containers = new ArrayList<>();
    private final Map<String, VolumeService.Volume> volumes = new LinkedHashMap<>();
    private final ImageStore images;
    private final BridgeIpam bridge;
    private final Map<String, List<String>> repoDigests;
    private final long time;
    private final long idCounter;
    private final int lastHostPid;
    private final int lastEphemeralPort;
    private final int lastEphemeralUdpPort;
    private final List<Network> networks = new ArrayList<>();
    private final int nextNetworkPool;
    private final dev.kujira.engine.fs.Node.Dir host;
    private final Map<String, BuildCache.Entry> buildCache;
    private final Map<String, BuildCache.Source> buildSources;
    private final HubRepositories hub;
    /** Build traces never change once their build ended, so they are shared. */
    private final BuildTrace lastBuild;
    private final BuildTrace previousOfLast;
    private final Map<String, BuildTrace> buildsBySource;

    private Saved(DaemonState s) {
      lastBuild = s.lastBuild;
      previousOfLast = s.previousOfLast;
      buildsBySource = new LinkedHashMap<>(s.buildsBySource);
      buildCache = new LinkedHashMap<>(s.buildCache);
      buildSources = new LinkedHashMap<>(s.buildSources);
      hub = s.hub.copy();
      s.containers.values().forEach(c -> containers.add(c.copy()));
      s.volumes.forEach((k, v) -> volumes.put(k, v.copy()));
      images = s.images.copy();
      bridge = s.bridge.copy();
      repoDigests = new LinkedHashMap<>();
      s.repoDigests.forEach((k, v) -> repoDigests.put(k, new ArrayList<>(v)));
      time = s.clock.now();
      idCounter = s.ids.counter();
      lastHostPid = s.lastHostPid;
      lastEphemeralPort = s.lastEphemeralPort;
      lastEphemeralUdpPort = s.lastEphemeralUdpPort;
      host = s.host.root();
      s.networks.values().forEach(n -> networks.add(n.copy()));
      nextNetworkPool = s.nextNetworkPool;
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
    containers.clear();
    List<String> running = new ArrayList<>();
    for (Container c : saved.containers) {
      Container copy = c.copy();
      containers.put(copy.id, copy);
      if (copy.isRunning()) {
        running.add(copy.id);
      }
    }
    volumes.clear();
    saved.volumes.forEach((k, v) -> volumes.put(k, v.copy()));
    images = saved.images.copy();
    bridge.restoreFrom(saved.bridge);
    repoDigests.clear();
    saved.repoDigests.forEach((k, v) -> repoDigests.put(k, new ArrayList<>(v)));
    clock.restore(saved.time);
    ids.resetCounter(saved.idCounter);
    lastHostPid = saved.lastHostPid;
    lastEphemeralPort = saved.lastEphemeralPort;
    lastEphemeralUdpPort = saved.lastEphemeralUdpPort;
    host.replaceRoot(saved.host);
    networks.clear();
    saved.networks.forEach(n -> {
      Network copy = n.copy();
      copy.endpoints.clear();
      copy.used.clear();
      networks.put(copy.id, copy);
    });
    nextNetworkPool = saved.nextNetworkPool;
    buildCache.clear();
    buildCache.putAll(saved.buildCache);
    buildSources.clear();
    buildSources.putAll(saved.buildSources);
    hub = saved.hub.copy();
    lastBuild = saved.lastBuild;
    previousOfLast = saved.previousOfLast;
    buildsBySource.clear();
    buildsBySource.putAll(saved.buildsBySource);
    return running;
  }

  /** Returns a local layer with {@code diffId}: from an image, or kept by BuildKit's cache. */
  java.util.Optional<dev.kujira.engine.layer.Layer> localLayer(String diffId) {
    for (dev.kujira.engine.image.Image img : images.images()) {
      for (dev.kujira.engine.layer.Layer l : img.layers()) {
        if (l.diffId().equals(diffId)) {
          return java.util.Optional.of(l);
        }
      }
    }
    for (BuildCache.Entry e : buildCache.values()) {
      if (e.layer() != null && e.layer().diffId().equals(diffId)) {
        return java.util.Optional.of(e.layer());
      }
    }
    return java.util.Optional.empty();
  }

  /** Returns whether BuildKit's cache still holds the layer {@code diffId} (so a pull finds it "Already exists"). */
  boolean buildKitKeeps(String diffId) {
    for (BuildCache.Entry e : buildCache.values()) {
      if (e.layer() != null && e.imageId().isEmpty() && e.layer().diffId().equals(diffId)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the containers, newest first (docker ps order). */
  List<Container> newestFirst() {
    List<Container> list = new ArrayList<>(containers.values());
    java.util.Collections.reverse(list);
    return list;
  }
}
