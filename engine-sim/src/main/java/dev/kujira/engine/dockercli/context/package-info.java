/**
 * The {@code docker context} commands (docker/cli command/context): the default context and the
 * contexts a learner creates, stored where docker stores them on the client's machine.
 */
package dev.kujira.engine.dockercli.context;
