package dev.kujira.engine.dockercli;

/** Is one docker command: its declarative spec (name, usage, flags) and what it does. */
public interface DockerCommand {

  /** Returns the command's spec, which also drives help, usage errors and completion. */
  CommandSpec spec();

  /**
   * Runs the command with parsed flags and arguments.
   *
   * @throws CliException to end with a status text and exit code
   */
  void run(CliContext cli, Invocation in);
}
