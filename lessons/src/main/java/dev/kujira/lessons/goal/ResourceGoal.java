package dev.kujira.lessons.goal;

import dev.kujira.engine.api.CommandResult;
import dev.kujira.lessons.state.ContainerFacts;
import dev.kujira.lessons.state.ImageFacts;
import dev.kujira.lessons.state.StateFacts;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Is a goal about something other than one container: images, networks, volumes, files, names, counts. */
public sealed interface ResourceGoal extends Goal {

  /** @param ref the reference @param layers the layer count (null: any) @param config config fields that must contain these texts */
  record ImageGoal(String ref, Integer layers, Map<String, String> config) implements ResourceGoal {
    public Verdict check(World world) {
      Optional<ImageFacts> image = world.facts().image(ref);
      if (image.isEmpty()) {
        return Verdict.no("no image " + StateFacts.normalise(ref));
      }
      if (layers != null && image.get().layers() != layers) {
        return Verdict.no("image " + ref + " has " + image.get().layers() + " layers, not " + layers);
      }
      for (Map.Entry<String, String> e : config.entrySet()) {
        String have = String.valueOf(image.get().config().get(e.getKey()));
        if (!have.contains(e.getValue())) {
          return Verdict.no("image " + ref + "'s " + e.getKey() + " is " + have);
        }
      }
      return Verdict.yes();
    }

    public String describe() {
      return "image " + ref + (layers == null ? "" : " with " + layers + " layers") + (config.isEmpty() ? "" : " " + config);
    }
  }

  /** @param name the network @param driver its driver ("" for any) */
  record NetworkGoal(String name, String driver) implements ResourceGoal {
    public Verdict check(World world) {
      return Verdict.of(world.facts().network(name).filter(n -> driver.isEmpty() || n.driver().equals(driver)).isPresent(),
          "no " + (driver.isEmpty() ? "" : driver + " ") + "network " + name);
    }

    public String describe() {
      return "network " + name;
    }
  }

  /** @param name the volume @param path a file in it ("" for none) @param contains text the file must contain */
  record VolumeGoal(String name, String path, String contains) implements ResourceGoal {
    public Verdict check(World world) {
      if (world.facts().volume(name).isEmpty()) {
        return Verdict.no("no volume " + name);
      }
      if (path.isEmpty()) {
        return Verdict.yes();
      }
      String p = path.startsWith("/") ? path : "/" + path;
      CommandResult r = world.probe("docker run --rm -v " + name + ":/kujira-probe busybox cat /kujira-probe" + p);
      return Verdict.of(r.exitCode() == 0 && r.stdout().contains(contains), "volume " + name + " has no file " + path
          + (contains.isEmpty() ? "" : " containing " + contains));
    }

    public String describe() {
      return "volume " + name + (path.isEmpty() ? "" : " holding " + path);
    }
  }

  /**
   * Holds when the last build's step {@code step} (numbered as BuildKit prints them, FROM being 1) hit or
   * missed the cache, and/or the built image came from stage {@code stage} (the last step's).
   *
   * @param step the step, or null @param cached whether it must be cached, or null
   * @param stage the stage the image was built from, or empty
   */
  record BuildGoal(Integer step, Boolean cached, String stage) implements ResourceGoal {
    public Verdict check(World world) {
      Optional<dev.kujira.engine.api.BuildInfo> last = world.lastBuild();
      if (last.isEmpty() || last.get().steps().isEmpty()) {
        return Verdict.no("nothing was built");
      }
      List<dev.kujira.engine.api.BuildInfo.Step> steps = last.get().steps();
      if (step != null) {
        // Numbered as BuildKit prints them ("[2/5] WORKDIR /app"), where FROM is step 1.
        java.util.regex.Pattern number = java.util.regex.Pattern.compile("\\[(?:\\S+ )?" + step + "/\\d+\\]");
        Optional<dev.kujira.engine.api.BuildInfo.Step> found = steps.stream()
            .filter(s -> number.matcher(s.title()).find()).findFirst();
        if (found.isEmpty()) {
          return Verdict.no("the last build has no step " + step);
        }
        dev.kujira.engine.api.BuildInfo.Step s = found.get();
        if (cached != null && s.cached() != cached) {
          return Verdict.no("step " + step + " (" + s.instruction() + ") " + (s.cached() ? "hit" : "missed") + " the cache");
        }
      }
      String built = steps.get(steps.size() - 1).stage();
      if (!stage.isEmpty() && !stage.equals(built)) {
        return Verdict.no("the image was built from stage " + built + ", not " + stage);
      }
      return Verdict.yes();
    }

    public String describe() {
      return "last build" + (step == null ? "" : " step " + step + (cached == null ? "" : cached ? " cached" : " not cached"))
          + (stage.isEmpty() ? "" : " from stage " + stage);
    }
  }

  /** @param name the name to resolve @param from the container that resolves it */
  record Resolves(String name, String from) implements ResourceGoal {
    public Verdict check(World world) {
      // "from" names a container, or a compose service (so a compose file is as good as commands).
      Optional<ContainerFacts> client = world.facts().container(from).or(() -> world.facts().containers().stream()
          .filter(c -> from.equals(c.labels().get("com.docker.compose.service"))).findFirst());
      if (client.isEmpty() || !client.get().state().equals("running")) {
        return Verdict.no("container " + from + " is not running");
      }
      // The engine's DNS model decides (Docker 26.1: the default bridge resolves no container
      // names, conformance n22), so this goal never re-implements its rules.
      if (world.resolve(client.get().id(), name).isPresent()) {
        return Verdict.yes();
      }
      return Verdict.no(name + " does not resolve from " + from);
    }

    public String describe() {
      return name + " resolves from " + from;
    }
  }

  /** @param container the container (null: the host) @param path the file @param contains text it must contain */
  record FileGoal(String container, String path, String contains) implements ResourceGoal {
    public Verdict check(World world) {
      Optional<String> text = world.file(container, path);
      return Verdict.of(text.isPresent() && text.get().contains(contains), "no file " + path
          + (contains.isEmpty() ? "" : " containing " + contains) + (container == null ? " on the host" : " in " + container));
    }

    public String describe() {
      return "file " + path + (container == null ? "" : " in " + container);
    }
  }

  /** @param run the command line the checker runs (in a throwaway copy) @param contains text its output must contain @param exitCode its exit code (null: any) */
  record OutputGoal(String run, String contains, Integer exitCode) implements ResourceGoal {
    public Verdict check(World world) {
      CommandResult r = world.probe(run);
      return Verdict.of(r.output().contains(contains) && (exitCode == null || r.exitCode() == exitCode),
          "`" + run + "` does not print " + contains);
    }

    public String describe() {
      return "`" + run + "` prints " + contains;
    }
  }

  /** @param kind containers, images, networks or volumes @param state a container state ("" for any) @param op eq, min or max @param n the count */
  record CountGoal(String kind, String state, String op, int n) implements ResourceGoal {
    public Verdict check(World world) {
      StateFacts f = world.facts();
      long have;
      switch (kind) {
        case "containers":
          have = f.containers().stream().filter(c -> state.isEmpty() || c.state().equals(state)).count();
          break;
        case "images":
          have = f.images().size();
          break;
        case "danglingImages":
          have = f.images().stream().filter(ImageFacts::dangling).count();
          break;
        case "networks":
          have = f.networks().stream().filter(x -> !x.predefined()).count();
          break;
        default:
          have = f.volumes().size();
      }
      boolean ok = op.equals("eq") ? have == n : op.equals("min") ? have >= n : have <= n;
      return Verdict.of(ok, describe() + " (now " + have + ")");
    }

    public String describe() {
      return (op.equals("eq") ? "exactly " : op.equals("min") ? "at least " : "at most ") + n + " "
          + (state.isEmpty() ? "" : state + " ") + kind;
    }
  }

  /** @param project the compose project @param services each service's number of running containers */
  record ComposeGoal(String project, Map<String, Integer> services) implements ResourceGoal {
    public Verdict check(World world) {
      for (Map.Entry<String, Integer> s : services.entrySet()) {
        long running = world.facts().containers().stream()
            .filter(c -> project.equals(c.labels().get("com.docker.compose.project"))
                && s.getKey().equals(c.labels().get("com.docker.compose.service")) && c.state().equals("running"))
            .count();
        if (running != s.getValue()) {
          return Verdict.no("project " + project + " runs " + running + " of " + s.getValue() + " " + s.getKey());
        }
      }
      return Verdict.yes();
    }

    public String describe() {
      return "compose project " + project + " up with " + services;
    }
  }

  /**
   * Holds when {@code GET url}, sent from container {@code from} (or the host), is answered with
   * {@code status} (0: any 2xx) and a body containing {@code contains}: the request goes through
   * the engine's model of names, networks and published ports, as curl there would.
   *
   * @param from the container (or compose service) sending it, null for the host
   * @param url the URL ("http://web/", "http://localhost:8080/")
   * @param status the status expected (0: any 2xx)
   * @param contains text the body must contain ("" for any)
   */
  record HttpGoal(String from, String url, int status, String contains) implements ResourceGoal {
    public Verdict check(World world) {
      String at = from;
      if (from != null) {
        Optional<ContainerFacts> client = world.facts().container(from).or(() -> world.facts().containers().stream()
            .filter(c -> from.equals(c.labels().get("com.docker.compose.service"))).findFirst());
        if (client.isEmpty() || !client.get().state().equals("running")) {
          return Verdict.no("container " + from + " is not running");
        }
        at = client.get().id();
      }
      dev.kujira.engine.api.HttpProbe r = world.http(at, url);
      if (r.outcome() != dev.kujira.engine.api.HttpProbe.Outcome.ANSWERED) {
        return Verdict.no(describe() + ": " + r.outcome().name().toLowerCase(java.util.Locale.ROOT));
      }
      boolean statusOk = status == 0 ? r.ok() : r.status() == status;
      return Verdict.of(statusOk && r.body().contains(contains), describe() + ": answered " + r.status());
    }

    public String describe() {
      return "GET " + url + (from == null ? " from the host" : " from " + from) + " answers "
          + (status == 0 ? "2xx" : String.valueOf(status)) + (contains.isEmpty() ? "" : " with " + contains);
    }
  }
}
