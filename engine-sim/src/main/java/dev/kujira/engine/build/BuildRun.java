package dev.kujira.engine.build;

import dev.kujira.engine.api.BuildRequest;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.Node;
import dev.kujira.engine.fs.UnionView;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.Reference;
import dev.kujira.engine.layer.Layer;
import dev.kujira.engine.layer.LayerDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Is one build under way, for both builders: the stage being built ({@link BuildState}), its
 * variables, the finished stages, and the steps with BuildKit's cache. {@link #run} builds a
 * single stage (the last FROM's) as BuildKit does; {@link BuildKitStages} drives a multi-stage
 * build and {@link ClassicBuild} the legacy builder through the same steps.
 */
final class BuildRun {
  private final ImageBuilder ui;
  private final BuildBackend daemon;
  private final BuildRequest req;
  private final List<Instruction> program;
  private final BuildVars vars;
  private final BuildCopy files;
  private final BuildKeys keys;
  private final List<Stage> stages = new ArrayList<>();
  private String stageName = "0";
  BuildState s;
  boolean classic;
  BuildBackend.RunResult lastRun;
  /** The trace of this build, for kujira explain build. */
  BuildTrace trace;

  /** Is a finished stage: its name (or index), image and files, for FROM and COPY --from. */
  record Stage(String name, Image image, Node.Dir rootfs) {
  }

  BuildRun(ImageBuilder ui, BuildBackend daemon, BuildRequest req, List<Instruction> program) {
    this.ui = ui;
    this.daemon = daemon;
    this.req = req;
    this.program = program;
    this.vars = new BuildVars(req, () -> s);
    this.files = new BuildCopy(this, req, ui.host());
    this.keys = new BuildKeys(this, daemon, req);
  }

  /** Returns what the build reaches of the daemon. */
  BuildBackend backend() {
    return daemon;
  }

  /** Runs the build: BuildKit's multi-stage path, or its single stage (the last FROM's). */
  String run() {
    if (program.stream().filter(i -> i instanceof Instruction.From).count() > 1 || req.target() != null
        && !req.target().isEmpty()) {
      return new BuildKitStages(this, daemon, req, program, ui).run();
    }
    return new BuildKitStage(this, daemon, req, program, ui).run();
  }

  /** Notes one step in the trace: its inputs are the instruction, the files it copies and the env. */
  void trace(String title, boolean cached, Instruction ins, String env) {
    if (trace == null) {
      return;
    }
    Map<String, String> sums = new TreeMap<>();
    if (ins.copies() && ins.copyFrom() == null) {
      List<String> w = files.words(ins);
      for (String src : files.globbed(w.subList(0, w.size() - 1))) {
        files.fileSums(req.contextDir() + "/" + src, src, sums);
      }
    }
    trace.step(title, stageName, cached, ins.display(), sums, env + "|" + vars.inEffect());
  }

  /** Runs one instruction of a multi-stage build: a step with its title, or a metadata change. */
  void apply(Instruction ins, String title) {
    if (isStep(ins)) {
      step(ins, title);
    } else {
      meta(ins);
    }
  }

  /** Stores the final image and reports BuildKit's export vertex. */
  String export() {
    if (!req.output().isEmpty()) {
      // --output local/tar: the files go to the client and no image is made (buildx's docker driver)
      BuildOutput.export(daemon, progress(), s.rootfs, req.output());
      return "";
    }
    // --label values go on the exported image's config over the Dockerfile's (buildx's label: frontend option).
    s.labels.putAll(req.labels());
    Image img = ImageBuilder.store(daemon, s.configJson(s.finish(daemon.now())), s.layers, req.tags());
    BuildReporter progress = progress();
    progress.begin("", "exporting to image");
    progress.status("exporting layers");
    progress.status("writing image " + img.id());
    for (String t : req.tags()) {
      progress.status("naming to " + Reference.normalizedName(t));
    }
    progress.done();
    return img.id();
  }

  /** Returns whether BuildKit shows {@code i} as a step of its own (the rest only change the image's config). */
  static boolean isStep(Instruction i) {
    return switch (i.kind()) {
      case FROM, RUN, COPY, ADD, WORKDIR -> true;
      default -> false;
    };
  }

  /** Notes the stage a FROM starts ("AS name", else its index). */
  void startStage(Instruction.From from) {
    stageName = !from.stageName().isEmpty() ? from.stageName() : String.valueOf(stages.size());
  }

  /** Records the stage that just ended with image {@code image} (BuildKit keeps it out of the image store). */
  void endStage(Image image) {
    stages.add(new Stage(stageName, image, s.rootfs));
  }

  /** Returns the earlier stage called {@code name} (or numbered), or null. */
  Stage stage(String name) {
    for (int i = 0; i < stages.size(); i++) {
      // A stage answers to its AS name and to its index, named or not (COPY --from=0).
      if (stages.get(i).name().equalsIgnoreCase(name) || name.equals(String.valueOf(i))) {
        return stages.get(i);
      }
    }
    return null;
  }

  /** Returns a base image: a local one, else the registry's. */
  Image base(String name) {
    Optional<Image> local = daemon.lookup(name);
    if (local.isPresent()) {
      return local.get();
    }
    Reference ref = Reference.parse(name);
    return daemon.fetch(ref).orElseThrow(() -> BuildErrors.baseMissing(ref));
  }

  /** Returns the files COPY --from=X reads: stage X's, or image X's. */
  Node.Dir sourceRoot(String from) {
    Stage st = stage(from);
    return st != null ? st.rootfs() : daemon.rootfs(base(from));
  }

  private void step(Instruction ins, String title) {
    String key = keys.step(s.cacheKey, ins, vars.values(), s.envList());
    progress().begin(title);
    BuildCache.Entry hit = req.noCache() ? null : daemon.cached(key);
    trace(title, hit != null, ins, String.join(",", s.envList()));
    long now = daemon.now();
    if (hit != null) {
      progress().cached();
      if (ins instanceof Instruction.Workdir) {
        // A cached WORKDIR still sets the directory later steps and the image config use.
        s.workdir = resolveDir(vars.expand(ins.args()));
      }
      s.rootfs = hit.rootfs();
      if (hit.layer() != null) {
        s.layers.add(hit.layer());
        s.layerTime = Math.max(s.layerTime, hit.created());
      }
      s.history(now, hit.createdBy(), hit.layer() == null);
      s.cacheKey = key;
      return;
    }
    Node.Dir before = s.rootfs;
    String createdBy;
    switch (ins.kind()) {
      case RUN -> createdBy = run(ins, title);
      case WORKDIR -> {
        s.workdir = resolveDir(vars.expand(ins.args()));
        mkdirs(s.workdir);
        createdBy = "WORKDIR " + s.workdir;
      }
      default -> {
        files.copy(ins, title);
        // BuildKit's history names a COPY/ADD by its sources and destination only: no --from,
        // --chown or --chmod (recorded on Docker 26.1: "COPY /app/version.txt /version.txt # buildkit").
        createdBy = ins.keyword() + " " + (ins.isJsonForm() ? String.join(" ", ins.jsonWords()) : ins.args())
            + " # buildkit";
      }
    }
    Layer layer = ins instanceof Instruction.Workdir && before == s.rootfs ? null : LayerDiff.between(before, s.rootfs);
    if (layer != null) {
      s.layers.add(layer);
      s.layerTime = Math.max(s.layerTime, now);
    }
    s.history(now, createdBy, layer == null);
    daemon.cache(key, new BuildCache.Entry(s.rootfs, layer, createdBy, "", now,
        layer == null ? "" : BuildCache.Entry.chainOf(s.layers)));
    s.cacheKey = key;
    progress().done();
  }

  /** Runs a RUN in the build's sandbox and returns its history line; a failure ends the build. */
  String run(Instruction ins, String title) {
    return BuildExec.run(this, daemon, req, ins, title);
  }

  void meta(Instruction ins) {
    BuildMeta.apply(this, ins, daemon.now());
  }

  String resolveDir(String dir) {
    return dir.startsWith("/") ? dir : (s.workdir.isEmpty() ? "" : s.workdir) + "/" + dir;
  }

  void mkdirs(String dir) {
    FsTree tree = new FsTree(s.rootfs);
    view(tree).mkdir(dir, true);
    s.rootfs = tree.root();
  }

  /** Returns a writable view of {@code tree} stamped with the build's clock. */
  UnionView view(FsTree tree) {
    return new UnionView(tree, List.of(), daemon::now);
  }

  BuildVars vars() {
    return vars;
  }

  BuildCopy files() {
    return files;
  }

  BuildKeys keys() {
    return keys;
  }

  BuildReporter progress() {
    return ui.progress();
  }

  ImageBuilder ui() {
    return ui;
  }

  /** Makes the 25-character ref ids BuildKit prints in checksum errors (random per build on the real engine). */
  static final class Ids {
    private Ids() {
    }

    static String ref() {
      return "kujira0build0context0ref0000";
    }
  }
}
