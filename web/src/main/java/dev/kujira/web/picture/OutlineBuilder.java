package dev.kujira.web.picture;

import dev.kujira.engine.api.ContainerInfo;
import dev.kujira.engine.api.ContainerStatus;
import dev.kujira.engine.api.ImageInfo;
import dev.kujira.engine.api.NetworkInfo;
import dev.kujira.engine.api.VolumeInfo;
import java.util.ArrayList;
import java.util.List;

/** Builds the text alternative: the goal, then containers, images, networks and volumes as the SVG shows them. */
final class OutlineBuilder {
  private OutlineBuilder() {
  }

  static List<Outline> build(Frame f) {
    List<Outline> out = new ArrayList<>();
    if (!f.overlay.tasks().isEmpty()) {
      out.add(new Outline(f.word("goal"), f.overlay.tasks().stream()
          .map(t -> Outline.leaf((t.done() ? "✓ " + f.word("done") : "○ " + f.word("needed")) + ": " + t.label()))
          .toList()));
    }
    out.add(section(f, "containers", containers(f)));
    out.add(section(f, "images", images(f)));
    out.add(section(f, "networks", networks(f)));
    out.add(section(f, "volumes", volumes(f)));
    return out;
  }

  private static Outline section(Frame f, String key, List<Outline> items) {
    return new Outline(f.word(key) + " (" + items.stream().filter(i -> !i.text().startsWith("○ ")).count() + ")",
        items.isEmpty() ? List.of(Outline.leaf(f.word("none"))) : items);
  }

  /** Returns how an item marked {@code mark} starts, so the overlay is read out too. */
  private static String mark(Frame f, Overlay.Mark mark) {
    return mark == Overlay.Mark.NONE ? "" : mark == Overlay.Mark.NEEDED ? "(" + f.word("needed") + ") "
        : "(✓ " + f.word("done") + ") ";
  }

  private static List<Outline> containers(Frame f) {
    List<Outline> out = new ArrayList<>();
    for (ContainerStatus s : ContainerSection.ORDER) {
      for (ContainerInfo c : f.state.containers().withStatus(s)) {
        List<Outline> facts = new ArrayList<>();
        facts.add(Outline.leaf("image " + c.imageRef()));
        ContainerSection.ports(c).forEach(p -> facts.add(Outline.leaf("port " + p)));
        c.mounts().forEach(m -> facts.add(Outline.leaf(ContainerSection.mount(m))));
        c.networks().forEach(a -> facts.add(Outline.leaf("network " + a.network() + (a.ip().isEmpty() ? "" : " " + a.ip()))));
        out.add(new Outline(mark(f, f.overlay.mark("container", c.name())) + c.name() + ": "
            + ContainerSection.status(c), facts));
      }
    }
    missing(f, "container", f.overlay.needed("container").stream()
        .filter(n -> f.state.containers().byName(n).isEmpty()).toList(), out);
    return out;
  }

  private static void missing(Frame f, String kind, List<String> names, List<Outline> out) {
    names.forEach(n -> out.add(Outline.leaf("○ " + n + ": " + f.word("needed") + ", " + f.word("missing"))));
  }

  private static List<Outline> images(Frame f) {
    List<Outline> out = new ArrayList<>();
    List<ImageInfo> all = f.state.images().all();
    for (ImageInfo i : all) {
      List<ImageInfo.LayerInfo> layers = LayerTree.layers(i);
      List<Outline> facts = new ArrayList<>();
      for (ImageInfo.LayerInfo l : layers) {
        List<String> sharers = all.stream().filter(o -> o != i && sharesUpTo(o, layers, l))
            .map(o -> o.dangling() ? "<none> " + o.shortId() : o.references().get(0)).toList();
        facts.add(Outline.leaf(LayerTree.instruction(l) + " (" + ImageSection.size(l.size()) + ")"
            + (sharers.isEmpty() ? "" : ", " + f.word("shared") + ": " + String.join(", ", sharers))));
      }
      Overlay.Mark mark = i.references().stream().map(r -> f.overlay.mark("image", r))
          .filter(m -> m != Overlay.Mark.NONE).findFirst().orElse(Overlay.Mark.NONE);
      String name = i.dangling() ? "<none>:<none> (dangling)" : String.join(", ", i.references());
      out.add(new Outline(mark(f, mark) + name + " " + i.shortId() + ", " + Labels.count(layers.size(), "layer", f.lang),
          facts));
    }
    missing(f, "image", f.overlay.needed("image").stream()
        .filter(r -> f.state.images().byReference(r).isEmpty()).toList(), out);
    return out;
  }

  /** Returns whether {@code other} has the same layers as {@code layers} up to and including {@code l}. */
  private static boolean sharesUpTo(ImageInfo other, List<ImageInfo.LayerInfo> layers, ImageInfo.LayerInfo l) {
    int upTo = layers.indexOf(l);
    List<ImageInfo.LayerInfo> theirs = LayerTree.layers(other);
    if (theirs.size() <= upTo) {
      return false;
    }
    for (int k = 0; k <= upTo; k++) {
      if (!theirs.get(k).diffId().equals(layers.get(k).diffId())) {
        return false;
      }
    }
    return true;
  }

  private static List<Outline> networks(Frame f) {
    List<Outline> out = new ArrayList<>();
    for (NetworkInfo n : NetworkSection.shown(f)) {
      List<Outline> members = new ArrayList<>();
      for (NetworkInfo.Member m : n.members()) {
        List<String> dns = NetworkSection.dns(f, n, m);
        members.add(Outline.leaf(m.container() + " " + m.ip() + ", " + f.word("dns") + " "
            + (dns.isEmpty() ? "—" : String.join(", ", dns))));
      }
      if (members.isEmpty()) {
        members.add(Outline.leaf(f.word("noMembers")));
      }
      out.add(new Outline(mark(f, f.overlay.mark("network", n.name())) + n.name() + " (" + NetworkSection.facts(n)
          + ")", members));
    }
    missing(f, "network", f.overlay.needed("network").stream()
        .filter(n -> f.state.networks().byName(n).isEmpty()).toList(), out);
    return out;
  }

  private static List<Outline> volumes(Frame f) {
    List<Outline> out = new ArrayList<>();
    for (VolumeInfo v : f.state.volumes().all()) {
      out.add(Outline.leaf(mark(f, f.overlay.mark("volume", v.name())) + VolumeSection.name(v) + ": "
          + VolumeSection.users(f, v)));
    }
    missing(f, "volume", f.overlay.needed("volume").stream()
        .filter(n -> f.state.volumes().byName(n).isEmpty()).toList(), out);
    return out;
  }
}
