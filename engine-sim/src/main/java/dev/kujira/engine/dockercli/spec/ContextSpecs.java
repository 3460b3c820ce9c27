package dev.kujira.engine.dockercli.spec;

import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Flag;
import java.util.List;

/** Specs of the {@code docker context} commands, from their help texts on Docker 26.1.5. */
public final class ContextSpecs {
  private ContextSpecs() {
  }

  private static final String FORMAT = "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format 'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates";

  /** {@code docker context create}. */
  public static final CommandSpec CREATE = new CommandSpec(List.of("context", "create"), "[OPTIONS] CONTEXT",
      "Create a context", List.of(),
      List.of(
          new Flag("description", "", "string", "", "Description of the context", false),
          new Flag("docker", "", "stringToString", "[]", "set the docker endpoint", false),
          new Flag("from", "", "string", "", "create context from a named context", false)
      ), 1, 1, true, "");

  /** {@code docker context inspect}. */
  public static final CommandSpec INSPECT = new CommandSpec(List.of("context", "inspect"), "[OPTIONS] [CONTEXT] [CONTEXT...]",
      "Display detailed information on one or more contexts", List.of(),
      List.of(new Flag("format", "f", "string", "", "Format output using a custom template:\n'json':             Print in JSON format 'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates", false)),
      0, -1, true, "");

  /** {@code docker context ls}. */
  public static final CommandSpec LS = new CommandSpec(List.of("context", "ls"), "[OPTIONS]",
      "List contexts", List.of("docker context ls", "docker context list"),
      List.of(
          new Flag("format", "", "string", "", FORMAT, false),
          new Flag("quiet", "q", "", "", "Only show context names", false)
      ), 0, 0, true, "");

  /** {@code docker context rm}. */
  public static final CommandSpec RM = new CommandSpec(List.of("context", "rm"), "CONTEXT [CONTEXT...]",
      "Remove one or more contexts", List.of("docker context rm", "docker context remove"),
      List.of(new Flag("force", "f", "", "", "Force the removal of a context in use", false)), 1, -1, true, "");

  /** {@code docker context show}. */
  public static final CommandSpec SHOW = new CommandSpec(List.of("context", "show"), "",
      "Print the name of the current context", List.of(), List.of(), 0, 0, true, "");

  /** {@code docker context use}. */
  public static final CommandSpec USE = new CommandSpec(List.of("context", "use"), "CONTEXT",
      "Set the current docker context", List.of(), List.of(), 1, 1, true, "");
}
