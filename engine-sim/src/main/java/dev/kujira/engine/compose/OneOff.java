package dev.kujira.engine.compose;

import dev.kujira.engine.api.ContainerCreateRequest;
import dev.kujira.engine.api.ContainerSummary;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a one-off container of a service, as {@code docker compose run} does: the dependencies
 * converged and started first (unless {@code --no-deps}), the service's image built or pulled if
 * missing, then a container labelled one-off, named {@code <project>-<service>-run-<12 hex>}, with
 * no ports published unless asked (conformance c07).
 */
public final class OneOff {
  /**
   * Are run's options.
   *
   * @param service the service
   * @param command the command, or null for the service's
   * @param remove {@code --rm}
   * @param detach {@code -d}
   * @param noDeps {@code --no-deps}
   * @param build {@code --build}
   * @param env {@code -e} entries
   * @param workdir {@code -w}, or ""
   * @param user {@code -u}, or ""
   * @param entrypoint {@code --entrypoint}, or null
   * @param name {@code --name}, or ""
   * @param servicePorts {@code --service-ports}
   * @param publish {@code -p} specs
   * @param removeOrphans {@code --remove-orphans}
   */
  public record Options(String service, List<String> command, boolean remove, boolean detach, boolean noDeps,
      boolean build, List<String> env, String workdir, String user, String entrypoint, String name,
      boolean servicePorts, List<String> publish, boolean removeOrphans) {
  }

  private final ComposeProject p;

  /** Creates the operation on {@code project}. */
  public OneOff(ComposeProject project) {
    this.p = project;
  }

  /**
   * Runs it and returns the container's exit code (0 when detached, after printing its full id: c20).
   * Orphans are warned about ({@code warn}) or removed as by up: compose's run creates the
   * dependencies' project first, with the orphans' check (recorded by tests/tools/difftest, d12).
   */
  public int run(Options o, InputStream in, PrintStream out, PrintStream err, java.util.function.Consumer<String> warn) {
    Service s = p.select(List.of(o.service())).get(0);
    Converge converge = new Converge(p);
    List<Service> deps = o.noDeps() ? List.of() : p.withDependencies(List.of(s)).stream()
        .filter(x -> x != s).toList();
    if (deps.isEmpty()) {
      // networks, then the project's volumes, then the image (recorded by tests/tools/difftest:
      // "Volume … Created" before "web Pulling")
      converge.networks(List.of(s));
      converge.volumes();
      converge.orphans(o.removeOrphans(), warn);
    } else {
      converge.run(new Converge.Options(deps.stream().map(Service::name).toList(), false, false, false, false,
          false, o.removeOrphans(), Map.of(), true, false, false, false), warn);
    }
    converge.images(List.of(s), o.build(), false, false);
    Service run = adjust(s, o);
    String imageId = String.valueOf(p.api().imageInspect(run.imageFor(p.name())).get("Id"));
    ContainerCreateRequest req = converge.spec().request(run, o.name(), 1, true, o.command(), imageId, o.remove());
    String id = p.api().containerCreate(req).id();
    if (o.name().isEmpty()) {
      // compose names one-off containers after a random id; ours comes from the engine's ids
      p.api().containerRename(id, p.name() + "-" + s.name() + "-run-" + id.substring(0, 12));
    }
    List<String> nets = ContainerSpec.networkKeys(s);
    for (int i = 1; i < nets.size(); i++) {
      p.api().networkConnect(p.networkName(nets.get(i)), id, List.of());
    }
    if (o.detach()) {
      p.api().containerStart(id);
      out.println(id);
      return 0;
    }
    return p.api().containerStartAttached(id, in, out, err);
  }

  private static Service adjust(Service s, Options o) {
    Map<String, String> env = new LinkedHashMap<>(s.environment());
    for (String e : o.env()) {
      int eq = e.indexOf('=');
      env.put(eq < 0 ? e : e.substring(0, eq), eq < 0 ? "" : e.substring(eq + 1));
    }
    List<Service.Port> ports = new ArrayList<>();
    if (o.servicePorts()) {
      ports.addAll(s.ports());
    }
    for (String spec : o.publish()) {
      ports.addAll(Ports.parse(List.of(spec)));
    }
    List<String> entrypoint = o.entrypoint() == null ? s.entrypoint() : Shlex.split(o.entrypoint());
    return new Service(s.name(), s.image(), s.build(), s.command(), entrypoint, env, ports, s.expose(), s.volumes(),
        s.networks(), s.dependsOn(), s.healthcheck(), "", o.workdir().isEmpty() ? s.workingDir() : o.workdir(),
        o.user().isEmpty() ? s.user() : o.user(), s.hostname(), "", s.labels(), s.profiles(), 1, s.stopGraceSeconds(),
        s.stopSignal(), s.tty(), s.stdinOpen(), s.envFiles(), s.networkMode(), s.readOnly(), s.tmpfs(),
        s.secrets());
  }

  /** Returns whether {@code c} is a one-off container. */
  static boolean is(ContainerSummary c) {
    return ComposeProject.oneOff(c);
  }
}
