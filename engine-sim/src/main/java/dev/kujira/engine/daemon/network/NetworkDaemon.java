package dev.kujira.engine.daemon.network;

import dev.kujira.engine.container.Container;
import dev.kujira.engine.container.ContainerStore;
import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.util.Ids;
import dev.kujira.engine.util.VirtualClock;
import java.util.Map;

/**
 * Is the daemon as the network package sees it: the clock, ids and events, the containers and
 * the network store, and a container's files (its /etc/hosts). The daemon implements it, so
 * this package never reaches up into the daemon's own classes.
 */
public interface NetworkDaemon {
  /** Returns the virtual clock. */
  VirtualClock clock();

  /** Returns the id generator. */
  Ids ids();

  /** Returns the containers. */
  ContainerStore containers();

  /** Returns the networks, the port allocator and the listening programs. */
  NetworkStore networks();

  /** Records an event ({@code docker events}) and tells the listeners. */
  void emit(String type, String action, String id, Map<String, String> attributes);

  /** Returns a fresh view of {@code c}'s files, mounts included. */
  FileSystemView files(Container c);
}
