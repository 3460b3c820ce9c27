package dev.kujira.engine.build;

import dev.kujira.engine.api.BuildRequest;
import dev.kujira.engine.fs.Node;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.Reference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Runs a multi-stage build as BuildKit does: only the stages the target needs (itself, the
 * stages it starts FROM or COPYs --from), steps titled {@code [name i/n]} (an unnamed stage is
 * {@code stage-N}), one FROM vertex per distinct base image, then the target's image.
 */
final class BuildKitStages {
  private final BuildRun run;
  private final BuildBackend daemon;
  private final BuildRequest req;
  private final List<Instruction> program;
  private final ImageBuilder ui;

  /** Is one stage: its name as BuildKit shows it, and its instructions (FROM first). */
  private record Stage(String name, Instruction.From from, List<Instruction> body) {
    String base() {
      return from.base();
    }
  }

  BuildKitStages(BuildRun run, BuildBackend daemon, BuildRequest req, List<Instruction> program, ImageBuilder ui) {
    this.run = run;
    this.daemon = daemon;
    this.req = req;
    this.program = program;
    this.ui = ui;
  }

  String run() {
    List<Stage> stages = stages();
    int target = stages.size() - 1;
    if (req.target() != null && !req.target().isEmpty()) {
      target = -1;
      for (int i = 0; i < stages.size(); i++) {
        if (stages.get(i).name().equalsIgnoreCase(req.target())) {
          target = i;
        }
      }
      if (target < 0) {
        throw BuildErrors.noTarget(req.target());
      }
    }
    Set<Integer> needed = new LinkedHashSet<>();
    need(stages, target, needed);
    List<Integer> order = new ArrayList<>(needed);
    order.sort(null);
    Set<String> bases = new LinkedHashSet<>();
    Map<String, Integer> fromLines = new java.util.HashMap<>();
    Map<String, String> names = new java.util.HashMap<>();
    for (int i : order) {
      String b = stages.get(i).base();
      if (stageIndex(stages, b) < 0 && !b.equals("scratch")) {
        ui.checkStageName(b, stages.get(i).body().get(0).line());
        String canonical = Reference.parse(b).canonicalString();
        bases.add(canonical);
        fromLines.putIfAbsent(canonical, stages.get(i).body().get(0).line());
        names.putIfAbsent(canonical, b);
      }
    }
    BuildReporter progress = ui.progress();
    for (String b : bases) {
      progress.begin("internal", "load metadata for " + b);
      Reference ref = Reference.parse(names.get(b));
      String dial = daemon.lookup(names.get(b)).isPresent() ? null : daemon.unreachable(ref);
      String why = dial == null ? null : BuildErrors.manifestRequest(ref, dial);
      if (why != null) {
        // A base that is not local needs the registry, which the offline machine cannot reach.
        progress.failed(why, "[internal] load metadata for " + b, List.of());
        progress.source(fromLines.get(b));
        throw BuildErrors.metadataUnreachable(names.get(b), ref, why);
      }
      progress.done();
    }
    progress.begin("internal", "load .dockerignore");
    ui.dockerignoreTransferred();
    progress.status("transferring context: 2B");
    progress.done();
    Set<String> fromShown = new LinkedHashSet<>();
    boolean contextShown = false;
    for (int i : order) {
      Stage st = stages.get(i);
      int earlier = stageIndex(stages, st.base());
      long total = st.body().stream().filter(BuildRun::isStep).count();
      int n = 1;
      if (earlier >= 0) {
        // A stage FROM another stage has no FROM vertex of its own: its steps count from 1.
        total--;
        n = 0;
        BuildRun.Stage prior = run.stage(stages.get(earlier).name());
        Image img = prior.image();
        run.s = new BuildState(img, prior.rootfs());
      } else {
        Image base = st.base().equals("scratch") ? null : run.base(st.base());
        run.s = new BuildState(base, base == null ? Node.Dir.EMPTY : daemon.rootfs(base));
        // The base is a record of BuildKit's cache, as in a one-stage build: one used before reads
        // CACHED when the stage's first step must run on it (conformance 45; multi-stage: difftest).
        String fromKey = "from:" + (base == null ? "scratch" : base.id());
        boolean usedBefore = daemon.isCached(fromKey);
        daemon.cacheIfAbsent(fromKey, new BuildCache.Entry(run.s.rootfs, null, "", daemon.now()));
        String canonical = base == null ? "scratch" : Reference.parse(st.base()).canonicalString();
        if (base == null) {
          total--;  // scratch is no vertex: no FROM line, the steps count from 1 (as one-stage builds)
          n = 0;
        } else if (fromShown.add(canonical)) {
          progress.begin(st.name() + " 1/" + total, "FROM " + canonical);
          // one vertex for every stage on this base: it is loaded (CACHED) when any of them must run
          // its first step on it (difftest, conformance d08)
          boolean loads = false;
          for (int j : order) {
            Stage other = stages.get(j);
            if (stageIndex(stages, other.base()) < 0 && !other.base().equals("scratch")
                && Reference.parse(other.base()).canonicalString().equals(canonical)
                && !firstStepCached(run, other, j == i)) {
              loads = true;
            }
          }
          if (usedBefore && loads) {
            progress.cached();
          } else {
            progress.done();
          }
        }
      }
      run.startStage(st.from());
      for (Instruction ins : st.body().subList(1, st.body().size())) {
        boolean fromContext = ins.copies()
            && ins.copyFrom() == null;
        if (fromContext && !contextShown) {
          contextShown = true;
          progress.begin("internal", "load build context");
          ui.contextTransferred();
          progress.status("transferring context:");
          progress.done();
        }
        run.apply(ins, BuildRun.isStep(ins) ? "[" + st.name() + " " + (++n) + "/" + total + "] " + run.vars().shown(ins) : "");
      }
      // A stage is a result in BuildKit's cache, not an image: only the target is exported, so no
      // <none> images are left behind (recorded on Docker 26.1).
      run.endStage(dev.kujira.engine.image.ImageJson.read(run.s.configJson(run.s.finish(daemon.now())),
          run.s.layers, ""));
    }
    return run.export();
  }

  private List<Stage> stages() {
    List<Stage> out = new ArrayList<>();
    List<Instruction> current = null;
    for (Instruction ins : program) {
      if (ins instanceof Instruction.From f) {
        current = new ArrayList<>();
        String name = !f.stageName().isEmpty() ? f.stageName() : "stage-" + out.size();
        out.add(new Stage(name, f, current));
      }
      if (current != null) {
        current.add(ins);
      } else if (ins instanceof Instruction.Arg) {
        // A global ARG: declared for FROM lines, as the single-stage path does; no stage, no history.
        run.vars().arg(ins);
      }
    }
    return out;
  }

  private static int stageIndex(List<Stage> stages, String name) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).name().equalsIgnoreCase(name) || name.equals(String.valueOf(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Adds {@code i} and the stages it depends on. */
  private static void need(List<Stage> stages, int i, Set<Integer> needed) {
    if (!needed.add(i)) {
      return;
    }
    Stage st = stages.get(i);
    int base = stageIndex(stages, st.base());
    if (base >= 0 && base != i) {
      need(stages, base, needed);
    }
    for (Instruction ins : st.body()) {
      String from = ins.copyFrom();
      if (from != null) {
        int dep = stageIndex(stages, from);
        if (dep >= 0 && dep != i) {
          need(stages, dep, needed);
        }
      }
    }
  }

  /**
   * Whether a stage's first step is a cache hit. A later stage's key may need a stage not built
   * yet (COPY --from): then its step runs, as when BuildKit first meets it.
   */
  private static boolean firstStepCached(BuildRun run, Stage stage, boolean current) {
    if (current) {
      return run.keys().firstStepCached(stage.body());
    }
    try {
      return run.keys().firstStepCached(stage.body());
    } catch (dev.kujira.engine.api.EngineException e) {
      return false;
    }
  }
}
