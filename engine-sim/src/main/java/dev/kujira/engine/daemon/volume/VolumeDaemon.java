package dev.kujira.engine.daemon.volume;

import dev.kujira.engine.container.ContainerStore;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.util.Ids;
import dev.kujira.engine.util.VirtualClock;
import java.util.Map;

/**
 * Is the daemon as the volume package sees it: the clock, ids and events, the host's files
 * (bind sources), the containers (a volume's users) and the volume store. The daemon
 * implements it, so this package never reaches up into the daemon's own classes.
 */
public interface VolumeDaemon {
  /** Returns the virtual clock. */
  VirtualClock clock();

  /** Returns the id generator. */
  Ids ids();

  /** Returns the simulated host's file system. */
  FsTree host();

  /** Returns the containers. */
  ContainerStore containers();

  /** Returns the volumes. */
  VolumeStore volumes();

  /** Records an event ({@code docker events}) and tells the listeners. */
  void emit(String type, String action, String id, Map<String, String> attributes);
}
