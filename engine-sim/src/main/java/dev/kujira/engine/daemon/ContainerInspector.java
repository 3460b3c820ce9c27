package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.format.Times;
import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.GoNil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a container's inspect document in the Engine API's field order (types.ContainerJSON of
 * API 1.45, as Docker 26.1 prints it; fields checked against the real engine).
 */
public final class ContainerInspector {
  public static final String DATA_ROOT = "/var/lib/docker/containers/";

  private ContainerInspector() {
  }

  public static ApiObject inspect(DaemonState state, Container c) {
    return inspect(state, c, false);
  }

  /** With {@code size}, the document carries SizeRw and SizeRootFs after GraphDriver ({@code inspect -s}). */
  public static ApiObject inspect(DaemonState state, Container c, boolean size) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Id", c.id);
    f.put("Created", Times.rfc3339Nano(c.created));
    f.put("Path", c.path.get(0));
    f.put("Args", List.copyOf(c.path.subList(1, c.path.size())));
    f.put("State", stateObject(c));
    f.put("Image", c.image.id());
    String dir = DATA_ROOT + c.id + "/";
    f.put("ResolvConfPath", dir + "resolv.conf");
    f.put("HostnamePath", dir + "hostname");
    f.put("HostsPath", dir + "hosts");
    f.put("LogPath", dir + c.id + "-json.log");
    f.put("Name", c.slashName());
    f.put("RestartCount", (long) c.restartCount);
    f.put("Driver", "overlay2");
    f.put("Platform", "linux");
    f.put("MountLabel", "");
    f.put("ProcessLabel", "");
    f.put("AppArmorProfile", "");
    f.put("ExecIDs", GoNil.SLICE);
    f.put("HostConfig", HostConfigJson.of(c));
    f.put("GraphDriver", graphDriver(c));
    if (size) {
      long rw = Rootfs.sizeRw(state, c);
      f.put("SizeRw", rw);
      f.put("SizeRootFs", rw + c.image.size());
    }
    f.put("Mounts", mounts(c));
    f.put("Config", config(c));
    f.put("NetworkSettings", NetworkJson.settings(state, c));
    return new ApiObject("types.ContainerJSON", f);
  }

  private static ApiObject stateObject(Container c) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("Status", c.status.word());
    s.put("Running", c.isRunning());
    s.put("Paused", c.status == dev.kujira.engine.container.ContainerStatus.PAUSED);
    s.put("Restarting", c.status == dev.kujira.engine.container.ContainerStatus.RESTARTING);
    s.put("OOMKilled", c.oomKilled || c.machine != null && c.machine.oomKilled());
    s.put("Dead", c.status == dev.kujira.engine.container.ContainerStatus.DEAD);
    s.put("Pid", (long) c.pid);
    s.put("ExitCode", (long) c.exitCode);
    s.put("Error", c.error);
    s.put("StartedAt", Times.rfc3339Nano(c.startedAt));
    s.put("FinishedAt", Times.rfc3339Nano(c.finishedAt));
    // State.Health is a nil pointer without a check: "<nil>" in templates, left out of JSON (conformance c32)
    s.put("Health", HealthMonitor.inspect(c));
    return new ApiObject("types.ContainerState", s, java.util.Set.of("Health"));
  }

  private static ApiObject graphDriver(Container c) {
    Map<String, Object> g = new LinkedHashMap<>();
    String base = "/var/lib/docker/overlay2/" + c.id.substring(0, 25);
    Map<String, Object> data = new TreeMap<>();
    data.put("LowerDir", base + "-init/diff");
    data.put("MergedDir", base + "/merged");
    data.put("UpperDir", base + "/diff");
    data.put("WorkDir", base + "/work");
    g.put("Data", data);
    g.put("Name", "overlay2");
    return new ApiObject("types.GraphDriverData", g);
  }

  private static List<Object> mounts(Container c) {
    List<Object> out = new ArrayList<>();
    for (Container.MountPoint m : c.mounts) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("Type", m.type());
      f.put("Name", m.name());
      f.put("Source", m.source());
      f.put("Destination", m.destination());
      f.put("Driver", m.type().equals("volume") ? "local" : "");
      f.put("Mode", m.mode());
      f.put("RW", m.rw());
      f.put("Propagation", m.type().equals("bind") ? "rprivate" : "");
      out.add(new ApiObject("types.MountPoint", f, java.util.Set.of("Name", "Driver")));
    }
    return out;
  }

  private static ApiObject config(Container c) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Hostname", c.hostname);
    f.put("Domainname", "");
    f.put("User", c.user);
    f.put("AttachStdin", false);
    f.put("AttachStdout", false);
    f.put("AttachStderr", false);
    if (!c.exposedPorts.isEmpty()) {
      Map<String, Object> ports = new TreeMap<>();
      c.exposedPorts.forEach(p -> ports.put(p, new ApiObject("struct {}", Map.of())));
      f.put("ExposedPorts", ports);
    }
    f.put("Tty", c.tty);
    f.put("OpenStdin", c.openStdin);
    f.put("StdinOnce", false);
    f.put("Env", c.env.isEmpty() ? GoNil.SLICE : c.env);
    f.put("Cmd", c.cmd == null ? GoNil.SLICE : c.cmd);
    if (c.health != null) {
      f.put("Healthcheck", HealthMonitor.configObject(c.health, c.settings.get("Health.StartInterval")));
    }
    f.put("Image", c.imageRef);
    List<String> anon = new ArrayList<>();
    c.mounts.stream().filter(Container.MountPoint::anonymous).forEach(m -> anon.add(m.destination()));
    if (anon.isEmpty() && c.image.config().volumes() == null) {
      f.put("Volumes", GoNil.MAP);
    } else {
      Map<String, Object> v = new TreeMap<>();
      anon.forEach(p -> v.put(p, new ApiObject("struct {}", Map.of())));
      f.put("Volumes", v);
    }
    f.put("WorkingDir", c.workingDir);
    f.put("Entrypoint", c.entrypoint == null ? GoNil.SLICE : c.entrypoint);
    f.put("OnBuild", GoNil.SLICE);
    f.put("Labels", new TreeMap<String, Object>(c.labels));
    if (!c.stopSignal.isEmpty()) {
      f.put("StopSignal", c.stopSignal);
    }
    if (c.stopTimeout != null) {
      f.put("StopTimeout", (long) c.stopTimeout);
    }
    HostConfigJson.settings(c, "Config.", f);
    return new ApiObject("container.Config", f);
  }
}
