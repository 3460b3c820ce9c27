package dev.kujira.engine.daemon.volume;

import dev.kujira.engine.fs.Mount;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Is where the host sees the volumes: each local volume's files under
 * {@code /var/lib/docker/volumes/NAME/_data}, the Mountpoint {@code docker volume inspect}
 * prints, as the local driver keeps them on a Linux host (moby volume/local: a directory under
 * the data root). Writes on either side are the same files.
 */
public final class HostVolumes implements Supplier<List<Mount>> {
  private final VolumeDaemon state;

  /** Creates the host's view of {@code state}'s volumes. */
  public HostVolumes(VolumeDaemon state) {
    this.state = state;
  }

  @Override
  public List<Mount> get() {
    List<Mount> out = new ArrayList<>();
    for (VolumeService.Volume v : state.volumes().values()) {
      out.add(new Mount(v.mountpoint(), v.data(), List.of(), false));
    }
    return out;
  }
}
