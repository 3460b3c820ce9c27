package dev.kujira.engine.container;

import dev.kujira.engine.container.ContainerStatus;
import dev.kujira.engine.container.LogBuffer;
import dev.kujira.engine.container.RestartPolicy;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.process.Machine;
import dev.kujira.engine.process.Scheduler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Is one container as the daemon keeps it: config, host config, state and its writable
 * filesystem. Mutable, and touched only by the daemon's operations.
 */
public final class Container {
  public final String id;
  public String name;
  public final long created;
  public final Image image;
  public final String imageRef;
  public final List<String> path;
  public final List<String> env;
  public final String workingDir;
  public final String user;
  public final String hostname;
  public final boolean tty;
  public final boolean openStdin;
  public final Map<String, String> labels;
  public final List<String> exposedPorts;
  public final Map<String, List<String[]>> portBindings;
  public final boolean publishAll;
  public final List<String> binds;
  public final List<MountPoint> mounts = new ArrayList<>();
  /** The restart policy (docker update may change it). */
  public RestartPolicy restartPolicy;
  public final boolean autoRemove;
  public final String networkMode;
  public final String stopSignal;
  public final Integer stopTimeout;
  public final List<String> cmd;
  public final List<String> entrypoint;
  public final FsTree rootfs;
  public final LogBuffer logs = new LogBuffer();
  public final FsTree etc = new FsTree();
  /** The root right after creation (image plus runc's mount points): what diff and commit compare with. */
  public dev.kujira.engine.fs.Node.Dir init;
  /**
   * The root before runc's mount points: once the container has started, {@code docker diff} shows the
   * mount points it made (A /data for -v x:/data, C /etc with A /etc/x), as the real engine does.
   */
  public dev.kujira.engine.fs.Node.Dir beforeMounts;
  public final Map<String, FsTree> tmpfs = new LinkedHashMap<>();
  /** HostConfig.Tmpfs from {@code --tmpfs}: mounted, yet not listed in .Mounts (moby keeps them apart). */
  public final Map<String, String> hostTmpfs = new LinkedHashMap<>();
  /** HostConfig.Mounts: the --mount specs as moby's mount.Mount JSON. */
  public final List<dev.kujira.engine.api.ApiObject> hostMounts = new ArrayList<>();
  /** The permissions of each tmpfs mount's root (tmpfs-mode, mode=; 1777 by default). */
  public final Map<String, Integer> tmpfsModes = new LinkedHashMap<>();
  /** HostConfig's resource limits the user set (Memory, NanoCpus, PidsLimit…), by their API names. */
  public final Map<String, Long> resources = new LinkedHashMap<>();
  /** State.OOMKilled: the OOM killer ended one of its processes since it last started. */
  public boolean oomKilled;
  /** Inspect fields the user set that have no other home here ("HostConfig.Dns" → ["9.9.9.9"]). */
  public final Map<String, Object> settings = new LinkedHashMap<>();
  /** Each --mount tmpfs's options as the kernel lists them ("size=1024k,mode=1770"; "" for none). */
  public final Map<String, String> tmpfsOptions = new LinkedHashMap<>();
  /** --read-only: the root file system refuses writes; mounts do not. */
  public boolean readonlyRootfs;
  /** A --network that did not exist at create, looked up again at start (moby resolves it then). */
  public String pendingNetwork;
  /** --ip: the address wanted on the first network, or 0. */
  public int requestedIp;
  /** HostConfig.Links: "/target:/name/alias". */
  public List<String> links = List.of();
  /** The legacy links' variables (ALIAS_PORT…, ALIAS_NAME, ALIAS_ENV_…), computed at start. */
  public List<String> linkEnv = List.of();
  /**
   * The networks whose address /etc/hosts names the container at, in join order. libnetwork adds a
   * line when the container joins a network, but on leaving one it deletes every line with the
   * container's name, the other networks' too (recorded on Docker 26.1: n21).
   */
  public List<String> hostsNetworks = new java.util.ArrayList<>();
  /** HostConfig.VolumesFrom as given. */
  public List<String> volumesFrom = List.of();
  /** The networks the container is attached to (network id → aliases), in attachment order. */
  public final LinkedHashMap<String, List<String>> networks = new LinkedHashMap<>();

  /** The health check (the request's or the image's), or null. */
  public dev.kujira.engine.api.HealthConfig health;
  /** State.Health.Status: "" without a check, else starting, healthy or unhealthy. */
  public String healthStatus = "";
  public int failingStreak;
  /** The last health check results, for State.Health.Log. */
  public final List<dev.kujira.engine.api.ApiObject> healthLog = new ArrayList<>();
  /** Bumped at each start, so the probes of an earlier run stop. */
  public int healthRun;
  public ContainerStatus status = ContainerStatus.CREATED;
  /**
   * The ports {@code docker ps} keeps showing after a start that failed once networking was set up
   * (the command not found): moby checkpoints its list view before releasing the network
   * (daemon/start.go's deferred cleanup), so the row keeps them until the next start; null if none.
   */
  public List<dev.kujira.engine.api.PortMapping> staleListPorts;
  public int exitCode;
  public String error = "";
  public int pid;
  public long startedAt;
  public long finishedAt;
  public int restartCount;
  public boolean stoppedByUser;
  /** Whether a docker stop is ending the container (its exit then has a "stop" event). */
  public boolean stopping;
  public boolean hasBeenStarted;
  public String ipAddress = "";
  public final Map<String, List<String[]>> publishedPorts = new LinkedHashMap<>();
  public Machine machine;
  public Scheduler.Task task;
  /** The running main process's terminal when the container has one ({@code -t}), else null. */
  public dev.kujira.engine.process.Tty terminal;
  /** Its stdout pipe, where {@code docker attach} connects a client. */
  public dev.kujira.engine.container.LogStream terminalOut;

  public Container(String id, String name, long created, Image image, String imageRef, List<String> entrypoint, List<String> cmd,
      List<String> env, String workingDir, String user, String hostname, boolean tty, boolean openStdin,
      Map<String, String> labels, List<String> exposedPorts, Map<String, List<String[]>> portBindings, boolean publishAll,
      List<String> binds, RestartPolicy restartPolicy, boolean autoRemove, String networkMode, String stopSignal,
      Integer stopTimeout, FsTree rootfs) {
    this.id = id;
    this.name = name;
    this.created = created;
    this.image = image;
    this.imageRef = imageRef;
    this.entrypoint = entrypoint;
    this.cmd = cmd;
    List<String> p = new ArrayList<>();
    if (entrypoint != null) {
      p.addAll(entrypoint);
    }
    if (cmd != null) {
      p.addAll(cmd);
    }
    this.path = List.copyOf(p);
    this.env = env;
    this.workingDir = workingDir;
    this.user = user;
    this.hostname = hostname;
    this.tty = tty;
    this.openStdin = openStdin;
    this.labels = labels;
    this.exposedPorts = exposedPorts;
    this.portBindings = portBindings;
    this.publishAll = publishAll;
    this.binds = binds;
    this.restartPolicy = restartPolicy;
    this.autoRemove = autoRemove;
    this.networkMode = networkMode;
    this.stopSignal = stopSignal;
    this.stopTimeout = stopTimeout;
    this.rootfs = rootfs;
  }

  /**
   * Is one mount of the container, as {@code .Mounts} lists it.
   *
   * @param type bind, volume or tmpfs
   * @param name the volume name, or ""
   * @param source the host path
   * @param destination the container path
   * @param mode the mode text ("z", "ro", "")
   * @param rw whether writable
   * @param anonymous whether an anonymous volume (removed with --rm / rm -v)
   */
  public record MountPoint(String type, String name, String source, String destination, String mode, boolean rw,
      boolean anonymous, boolean nocopy) {

    public MountPoint(String type, String name, String source, String destination, String mode, boolean rw,
        boolean anonymous) {
      this(type, name, source, destination, mode, rw, anonymous, false);
    }
  }

  /** Returns a copy of this container's data for a snapshot (no process: that cannot be copied). */
  public Container copy() {
    Container c = new Container(id, name, created, image, imageRef, entrypoint, cmd, env, workingDir, user, hostname, tty,
        openStdin, labels, exposedPorts, portBindings, publishAll, binds, restartPolicy, autoRemove, networkMode,
        stopSignal, stopTimeout, new FsTree(rootfs.root()));
    c.mounts.addAll(mounts);
    logs.lines().forEach(c.logs::add);
    c.etc.replaceRoot(etc.root());
    c.init = init;
    c.beforeMounts = beforeMounts;
    tmpfs.forEach((k, v) -> c.tmpfs.put(k, new FsTree(v.root())));
    c.hostTmpfs.putAll(hostTmpfs);
    c.volumesFrom = volumesFrom;
    c.links = links;
    c.hostsNetworks = new java.util.ArrayList<>(hostsNetworks);
    c.requestedIp = requestedIp;
    c.hostMounts.addAll(hostMounts);
    c.tmpfsModes.putAll(tmpfsModes);
    c.resources.putAll(resources);
    c.settings.putAll(settings);
    c.tmpfsOptions.putAll(tmpfsOptions);
    c.readonlyRootfs = readonlyRootfs;
    c.pendingNetwork = pendingNetwork;
    c.status = status;
    c.exitCode = exitCode;
    c.error = error;
    c.pid = pid;
    c.startedAt = startedAt;
    c.finishedAt = finishedAt;
    c.restartCount = restartCount;
    c.stoppedByUser = stoppedByUser;
    c.hasBeenStarted = hasBeenStarted;
    c.ipAddress = ipAddress;
    c.publishedPorts.putAll(publishedPorts);
    c.networks.putAll(networks);
    // The health check and its results belong to the snapshot too: a fork or an undo must not
    // show a healthy container as having no check (or as starting again).
    c.health = health;
    c.healthStatus = healthStatus;
    c.failingStreak = failingStreak;
    c.healthLog.addAll(healthLog);
    return c;
  }

  /**
   * Moves the container to {@code next}: the one place a status changes, so that Docker's table
   * ({@link ContainerStatus#canMoveTo}, moby's container/state.go) holds. An illegal move is a bug
   * of ours, never a user error: it throws {@link IllegalTransition}, which tests catch.
   */
  public void moveTo(ContainerStatus next) {
    if (!status.canMoveTo(next)) {
      throw new IllegalTransition(this, next);
    }
    status = next;
  }

  /** Is a container status change that Docker's state machine does not allow: an internal error. */
  public static final class IllegalTransition extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public IllegalTransition(Container c, ContainerStatus next) {
      super("container " + c.name + ": illegal status change " + c.status.word() + " -> " + next.word());
    }
  }

  public boolean isRunning() {
    return status == ContainerStatus.RUNNING || status == ContainerStatus.PAUSED
        || status == ContainerStatus.RESTARTING && task != null;
  }

  /** Returns "/name". */
  public String slashName() {
    return "/" + name;
  }
}
