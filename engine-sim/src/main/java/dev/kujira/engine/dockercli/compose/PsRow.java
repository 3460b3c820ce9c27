package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.api.ContainerSummary;
import dev.kujira.engine.dockercli.Columns;
import dev.kujira.engine.dockercli.Display;
import dev.kujira.engine.format.Units;

/**
 * Is one row of {@code docker compose ps}: a container and the time of the listing, with compose's
 * columns (its {@code api.ContainerSummary} fields; commands always shortened as compose does).
 *
 * @param c the container
 * @param now the time of the listing, epoch millis
 */
record PsRow(ContainerSummary c, long now) {
  static final String DEFAULT_TABLE =
      "table {{.Name}}\t{{.Image}}\t{{.Command}}\t{{.Service}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}";
  static final Columns<PsRow> COLUMNS = Columns.<PsRow>of("api.ContainerSummary", DEFAULT_TABLE)
      .column("Name", "NAME", PsRow::name)
      .column("Image", "IMAGE", r -> r.c().image())
      .column("Command", "COMMAND", r -> Display.quote(Display.ellipsis(r.c().command(), 20)))
      .column("Service", "SERVICE", r -> r.c().labels().getOrDefault("com.docker.compose.service", ""))
      .column("RunningFor", "CREATED", r -> Units.humanDuration(r.now() - r.c().created()) + " ago")
      .column("Status", "STATUS", r -> r.c().status())
      .column("Ports", "PORTS", r -> Display.ports(r.c().ports()))
      .column("State", "STATE", r -> r.c().state())
      .column("ID", "ID", r -> r.c().id())
      .column("Project", "PROJECT", r -> r.c().labels().getOrDefault("com.docker.compose.project", ""))
      .column("Names", "NAMES", PsRow::name)
      .column("ExitCode", "EXIT CODE", PsRow::exitCode);

  private String name() {
    return c.names().get(0).substring(1);
  }

  private String exitCode() {
    return c.status().startsWith("Exited (") ? c.status().substring(8, c.status().indexOf(')')) : "0";
  }
}
