/**
 * The simulated Docker daemon: containers, images, volumes, the state machine and the Engine API implementation. Must not depend on dockercli.
 */
package dev.kujira.engine.daemon;
