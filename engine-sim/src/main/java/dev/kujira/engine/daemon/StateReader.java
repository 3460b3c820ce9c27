package dev.kujira.engine.daemon;

import dev.kujira.engine.api.Builds;
import dev.kujira.engine.api.ComposeProjects;
import dev.kujira.engine.api.ContainerInfo;
import dev.kujira.engine.api.Containers;
import dev.kujira.engine.api.EngineState;
import dev.kujira.engine.api.Images;
import dev.kujira.engine.api.NetworkInfo;
import dev.kujira.engine.api.Networks;
import dev.kujira.engine.api.VolumeInfo;
import dev.kujira.engine.api.Volumes;
import java.util.List;

/**
 * Reads a daemon's whole state into one immutable {@link EngineState}. It only reads: the clock,
 * the events, the id counter and every container stay as they were.
 */
public final class StateReader {
  private StateReader() {
  }

  /** Returns the state of {@code state}'s daemon, with the host shell's working directory {@code cwd}. */
  public static EngineState read(DaemonState state, String cwd) {
    List<ContainerInfo> containers = ContainerRecords.all(state);
    List<NetworkInfo> networks = ResourceRecords.networks(state);
    List<VolumeInfo> volumes = ResourceRecords.volumes(state);
    return new EngineState(state.clock().now(), cwd, Containers.of(containers),
        Images.of(ResourceRecords.images(state)), Networks.of(networks), Volumes.of(volumes),
        Builds.of(ResourceRecords.builds(state)),
        ComposeProjects.of(ResourceRecords.compose(containers, networks, volumes)));
  }
}
