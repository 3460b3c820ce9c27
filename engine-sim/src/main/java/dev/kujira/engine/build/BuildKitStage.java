package dev.kujira.engine.build;

import dev.kujira.engine.api.BuildRequest;
import dev.kujira.engine.fs.Node;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a single-stage build as BuildKit does: the last FROM's stage (earlier ARGs set its
 * variables), the base's ONBUILD triggers first, and BuildKit's vertices in its order: load
 * metadata, .dockerignore, FROM, the build context, the steps, the export.
 */
final class BuildKitStage {
  private final BuildRun run;
  private final BuildBackend daemon;
  private final BuildRequest req;
  private final List<Instruction> program;
  private final ImageBuilder ui;

  BuildKitStage(BuildRun run, BuildBackend daemon, BuildRequest req, List<Instruction> program, ImageBuilder ui) {
    this.run = run;
    this.daemon = daemon;
    this.req = req;
    this.program = program;
    this.ui = ui;
  }

  /** Runs the stage and exports its image; returns the image id. */
  String run() {
    BuildVars vars = run.vars();
    int from = 0;
    Instruction.From first = null;
    for (int i = 0; i < program.size(); i++) {
      if (program.get(i) instanceof Instruction.From f) {
        from = i;
        first = f;
      }
    }
    List<Instruction> stage = program.subList(from, program.size());
    for (Instruction pre : program.subList(0, from)) {
      if (pre instanceof Instruction.Arg) {
        vars.arg(pre);
      }
    }
    String baseName = vars.expand(first.base());
    ui.checkStageName(baseName, first.line());
    if (!baseName.equals("scratch") && daemon.lookup(baseName).isEmpty()) {
      Reference ref = Reference.parse(baseName);
      String dial = daemon.unreachable(ref);
      String why = dial == null ? null : BuildErrors.manifestRequest(ref, dial);
      if (why != null) {
        // Not local: BuildKit asks the registry for its metadata, which the offline machine cannot reach.
        String title = "load metadata for " + ref.canonicalString();
        run.progress().begin("internal", title);
        run.progress().failed(why, "[internal] " + title, List.of());
        run.progress().source(first.line());
        throw BuildErrors.metadataUnreachable(baseName, ref, why);
      }
    }
    Image base = baseName.equals("scratch") ? null : run.base(baseName);
    long total = stage.stream().filter(BuildRun::isStep).count()
        + ClassicBuild.triggers(base).stream().filter(BuildRun::isStep).count();
    String canonical = base == null ? "scratch" : Reference.parse(baseName).canonicalString();
    BuildReporter progress = run.progress();
    if (base != null) {
      progress.begin("internal", "load metadata for " + canonical);
      progress.done();
    }
    progress.begin("internal", "load .dockerignore");
    ui.dockerignoreTransferred();
    progress.status("transferring context: 2B");
    progress.done();
    run.s = new BuildState(base, base == null ? Node.Dir.EMPTY : daemon.rootfs(base));
    int n = 1;
    if (base == null) {
      // scratch is no vertex: BuildKit shows no FROM and counts the steps from COPY's [1/1]
      // (recorded by tests/tools/difftest with Dockerfile.scratch)
      total--;
      n = 0;
    } else {
      progress.begin("1/" + total, "FROM " + canonical);
    }
    // BuildKit reports a base it has used before as CACHED, even with --no-cache, but only when the
    // first step after FROM must run on it; when that step is itself a cache hit the base is never
    // loaded and FROM reads DONE (conformance 45).
    String fromKey = "from:" + (base == null ? "scratch" : base.id());
    if (daemon.isCached(fromKey) && !run.keys().firstStepCached(stage)) {
      if (base != null) {
        progress.cached();
      }
    } else {
      daemon.cache(fromKey, new BuildCache.Entry(run.s.rootfs, null, "", daemon.now()));
      if (base != null) {
        progress.done();
      }
    }
    if (stage.stream().anyMatch(Instruction::copies)) {
      progress.begin("internal", "load build context");
      ui.contextTransferred();
      progress.status("transferring context: " + contextSize() + "B");
      progress.done();
    }
    run.startStage(first);
    List<Instruction> steps = new ArrayList<>(ClassicBuild.triggers(base));
    steps.addAll(stage.subList(1, stage.size()));
    for (Instruction ins : steps) {
      if (BuildRun.isStep(ins)) {
        n++;
        run.apply(ins, "[" + n + "/" + total + "] " + vars.shown(ins));
      } else {
        run.meta(ins);
      }
    }
    return run.export();
  }

  private long contextSize() {
    return daemon.size(req.contextDir());
  }
}
