/**
 * The simulated Docker daemon: containers, images, volumes, the state machine and the Engine API implementation. Must not depend on dockercli.
 * Its side of the builder's backend ({@code DaemonBuildBackend}, the RUN sandbox and its network) lives here; the builder is in
 * {@code dev.kujira.engine.build}.
 */
package dev.kujira.engine.daemon;
