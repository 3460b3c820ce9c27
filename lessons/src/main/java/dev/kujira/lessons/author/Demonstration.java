package dev.kujira.lessons.author;

import dev.kujira.engine.Engine;
import dev.kujira.lessons.drill.DrillYaml;
import dev.kujira.lessons.model.Text;
import dev.kujira.lessons.state.ContainerFacts;
import dev.kujira.lessons.state.ImageFacts;
import dev.kujira.lessons.state.NetworkFacts;
import dev.kujira.lessons.state.StateFacts;
import dev.kujira.lessons.state.StateReader;
import dev.kujira.lessons.state.VolumeFacts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Is a lesson shown rather than written: {@link #start} snapshots the state (the command lines
 * that made it become the lesson's start), the author types the solution, {@link #propose} turns
 * the difference between the two states into goals (a new container web running, port 8080→80,
 * network appnet, a volume, an image tag, a compose project, what was removed), and
 * {@link #draft} writes a lesson YAML that lints, for the author to finish.
 */
public final class Demonstration {
  private final StateFacts before;
  private final List<String> start;

  private Demonstration(StateFacts before, List<String> start) {
    this.before = before;
    this.start = List.copyOf(start);
  }

  /** Starts a demonstration on {@code engine}, whose state {@code startLines} made. */
  public static Demonstration start(Engine engine, List<String> startLines) {
    return new Demonstration(StateReader.read(engine.state()), startLines);
  }

  /** Returns the command lines that make the start state. */
  public List<String> startLines() {
    return start;
  }

  /** Proposes goals from what changed on {@code engine} since the start. */
  public List<Proposal> propose(Engine engine) {
    StateFacts after = StateReader.read(engine.state());
    List<Proposal> out = new ArrayList<>();
    Map<String, Integer> projectServices = new TreeMap<>();
    Set<String> usedImages = new LinkedHashSet<>();
    for (ContainerFacts c : after.containers()) {
      usedImages.add(c.image());
      usedImages.add(StateFacts.normalise(c.image()));
      Optional<ContainerFacts> was = before.container(c.name()).filter(b -> b.id().equals(c.id()));
      if (was.isPresent() && was.get().equals(c)) {
        continue;
      }
      String project = c.labels().get("com.docker.compose.project");
      if (project != null) {
        if (c.state().equals("running")) {
          projectServices.merge(project + "\u0000" + c.labels().get("com.docker.compose.service"), 1, Integer::sum);
        }
        continue;
      }
      out.add(ProposalText.container(c));
    }
    Map<String, Map<String, Integer>> projects = new TreeMap<>();
    projectServices.forEach((k, n) -> projects.computeIfAbsent(k.split("\u0000")[0], p -> new TreeMap<>())
        .put(k.split("\u0000")[1], n));
    projects.forEach((p, services) -> out.add(ProposalText.compose(p, services)));
    for (ContainerFacts c : before.containers()) {
      if (after.container(c.name()).isEmpty()) {
        out.add(new Proposal("{not: {container: {name: " + DrillYaml.quote(c.name()) + "}}}",
            new Text("コンテナ " + c.name() + " を削除する", "Remove the container " + c.name()),
            new Text("`docker rm` でコンテナを削除します。", "`docker rm` removes a container.")));
      }
    }
    for (NetworkFacts n : after.networks()) {
      if (before.network(n.name()).isEmpty() && !n.name().contains("_")) {
        out.add(new Proposal("{network: " + DrillYaml.quote(n.name()) + "}",
            new Text("ネットワーク " + n.name() + " を作る", "Create the network " + n.name()),
            new Text("`docker network create` でネットワークを作ります。", "`docker network create` makes a network.")));
      }
    }
    for (VolumeFacts v : after.volumes()) {
      if (before.volume(v.name()).isEmpty() && !v.name().matches("[0-9a-f]{64}") && !v.labels().containsKey("com.docker.compose.project")) {
        out.add(new Proposal("{volume: " + DrillYaml.quote(v.name()) + "}",
            new Text("ボリューム " + v.name() + " を作る", "Create the volume " + v.name()),
            new Text("名前付きボリュームは `docker volume create` か、`-v 名前:パス` で作られます。",
                "A named volume is made by `docker volume create` or by `-v NAME:PATH`.")));
      }
    }
    for (ImageFacts i : after.images()) {
      for (String tag : i.tags()) {
        if (before.image(tag).isEmpty() && !usedImages.contains(tag)) {
          out.add(new Proposal("{image: " + DrillYaml.quote(tag) + "}",
              new Text("イメージ " + tag + " を用意する", "Make the image " + tag),
              new Text("イメージの名前は `docker build -t` か `docker tag` で付けます。",
                  "An image gets its name from `docker build -t` or `docker tag`.")));
        }
      }
    }
    for (ImageFacts i : before.images()) {
      for (String tag : i.tags()) {
        if (after.image(tag).isEmpty()) {
          out.add(new Proposal("{not: {image: " + DrillYaml.quote(tag) + "}}",
              new Text("イメージ " + tag + " を削除する", "Remove the image " + tag),
              new Text("`docker rmi` でイメージを削除します。", "`docker rmi` removes an image.")));
        }
      }
    }
    return out;
  }

  /**
   * Returns a lesson draft: this demonstration's start, one step with a task per kept proposal,
   * {@code solution} as the solution. Texts the author must write are marked as drafts, in both
   * languages, so the draft lints and passes {@code lessons test} as it is.
   */
  public String draft(String id, String track, List<Proposal> kept, List<String> solution) {
    StringBuilder y = new StringBuilder();
    y.append("# Written by :author save. Write the title, the prose and the hints, then run\n")
        .append("#   kujira lessons lint DIR && kujira lessons test DIR\n")
        .append("id: ").append(DrillYaml.quote(id)).append('\n')
        .append("version: 1\n")
        .append("title: ").append(DrillYaml.text("（下書き）" + id, "(draft) " + id)).append('\n')
        .append("track: ").append(DrillYaml.quote(track)).append('\n')
        .append("order: 1\nlevel: beginner\ntags: []\nminutes: 10\nprerequisites: []\n")
        .append("start:\n  commands: ").append(DrillYaml.list(start)).append('\n')
        .append("steps:\n  - prose:\n      ja: |\n        （下書き）このステップで学ぶことを書きます。\n")
        .append("      en: |\n        (draft) Say what this step teaches.\n    tasks:\n");
    String commands = String.join(" ; ", solution.stream().map(l -> "`" + l + "`").toList());
    for (int i = 0; i < kept.size(); i++) {
      Proposal p = kept.get(i);
      y.append("      - id: task").append(i + 1).append('\n')
          .append("        label: ").append(DrillYaml.text(p.label().ja(), p.label().en())).append('\n')
          .append("        goal: ").append(p.goal()).append('\n')
          .append("        hints:\n")
          .append("          - ").append(DrillYaml.text("（下書き）まず、何を作ればよいかを考えます。",
              "(draft) First think about what has to exist.")).append('\n')
          .append("          - ").append(DrillYaml.text(p.hint().ja(), p.hint().en())).append('\n')
          .append("          - ").append(DrillYaml.text(commands, commands)).append('\n');
    }
    y.append("    solution: ").append(DrillYaml.list(solution)).append('\n');
    return y.toString();
  }
}
