/**
 * The docker program itself: the command table ({@link dev.kujira.engine.dockercli.program.Commands}),
 * the entry point that parses, runs and prints errors ({@link dev.kujira.engine.dockercli.program.Cli}) and
 * the process on the simulated host ({@link dev.kujira.engine.dockercli.program.DockerProgram}). It sits
 * above the command packages, which see only the shared types of {@code dockercli}, so that the
 * command packages and their common ground form no cycle.
 */
package dev.kujira.engine.dockercli.program;
