package dev.kujira.engine.daemon;

import dev.kujira.engine.daemon.network.ContainerNetwork;
import dev.kujira.engine.daemon.network.HostNetwork;
import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.process.NetworkView;

/**
 * Gives side-effect-free probes what a container's processes see: its files and its network.
 * Each view is built on a copy of the container's record, so that building it (which may create
 * the working directory or /dev, as runc does at start) never changes the container itself; the
 * file trees are shared, not copied.
 */
public final class ProbeViews {
  private ProbeViews() {
  }

  /** Returns the files container {@code ref} sees; throws "No such container" for an unknown one. */
  public static FileSystemView files(DaemonState state, String ref) {
    return Rootfs.view(state, state.container(ref).copy());
  }

  /** Returns the network container {@code ref} sees (its hosts file, the embedded DNS, its peers). */
  public static NetworkView network(DaemonState state, String ref) {
    return new ContainerNetwork(state, state.container(ref).copy());
  }

  /** Returns the network the learner's host sees (published ports, the bridges). */
  public static NetworkView hostNetwork(DaemonState state) {
    return new HostNetwork(state);
  }
}
