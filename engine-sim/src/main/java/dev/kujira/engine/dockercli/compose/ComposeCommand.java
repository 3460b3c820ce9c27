package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;

/** Is one {@code docker compose} subcommand: its spec (from compose's recorded help) and what it does. */
interface ComposeCommand {
  /** Returns the command's spec. */
  CommandSpec spec();

  /** Runs the command. */
  void run(ComposeContext ctx, Invocation in);
}
