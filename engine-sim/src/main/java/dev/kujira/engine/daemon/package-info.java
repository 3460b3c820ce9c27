/**
 * The simulated Docker daemon proper (moby's daemon package): containers from create to remove
 * (create, start, stop, kill, pause, exec, attach, cp, commit, inspect, top, logs), their root
 * file systems, health checks, restart policies and resources; the daemon's state
 * ({@link dev.kujira.engine.daemon.DaemonState}), which owns the stores and their snapshot, and
 * the Engine API implementation ({@link dev.kujira.engine.daemon.Daemon}).
 *
 * <p>Layout (as moby splits its daemon): this package sits on top of
 * {@code daemon.images} (pull, push, load, save, remove, inspect, registries, the simulated Hub),
 * {@code daemon.network} (networks, IPAM, published ports, the host network, DNS and request
 * tracing), {@code daemon.volume} (volumes and the host's view of them) and
 * {@code daemon.filters} (list filters), each with its own errors class; those packages see the
 * daemon only through the narrow interfaces they declare ({@code ImageDaemon},
 * {@code NetworkDaemon}, {@code VolumeDaemon}), which {@code DaemonState} implements, so no
 * package depends on one above it. The container record and its store live in
 * {@code engine.container} (moby's container package). Its side of the builder's backend
 * ({@code DaemonBuildBackend}, the RUN sandbox and its network) lives here; the builder is in
 * {@code dev.kujira.engine.build}. Must not depend on dockercli.
 */
package dev.kujira.engine.daemon;
