package dev.kujira.engine.build;

import dev.kujira.engine.api.BuildEvent;
import dev.kujira.engine.api.BuildRequest;
import dev.kujira.engine.format.Units;
import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.Node;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.ImageJson;
import dev.kujira.engine.image.Reference;
import dev.kujira.engine.layer.Layer;
import dev.kujira.engine.layer.LayerDiff;
import dev.kujira.engine.util.Ids;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Is the legacy builder (DOCKER_BUILDKIT=0): "Step N/M : …" lines, one intermediate container and
 * image per step, "---> Using cache", and its own error texts (conformance 34, 47).
 */
public final class ClassicBuild {
  private final BuildBackend daemon;
  private final BuildRequest req;
  private final Consumer<BuildEvent> events;
  private BuildReporter out;

  public ClassicBuild(BuildBackend daemon, BuildRequest req, Consumer<BuildEvent> events) {
    this.daemon = daemon;
    this.req = req;
    this.events = events;
  }

  /** Signals a failed RUN: the command, its status and the container's files. */
  static final class RunFailed extends RuntimeException {
    final String command;
    final int status;
    final FsTree tree;

    RunFailed(String command, int status, FsTree tree) {
      super(null, null, false, false);
      this.command = command;
      this.status = status;
      this.tree = tree;
    }
  }

  public String build() {
    ImageBuilder ui = new ImageBuilder(daemon, req, events);
    out = ui.progress();
    String text;
    try {
      text = req.dockerfileText() != null ? req.dockerfileText()
          : new String(ui.host().read(req.dockerfile()), StandardCharsets.UTF_8);
    } catch (FsException e) {
      throw BuildErrors.classicDockerfileMissing(req.dockerfile());
    }
    // The client draws this as a progress line: it ends "\r\r\n" (bytes of conformance 34's transcript).
    out.classic("Sending build context to Docker daemon " + String.format("%8s", Units.humanSize(contextTarSize(ui)))
        + "\r\r");
    List<Instruction> program;
    try {
      program = Dockerfile.parse(text);
    } catch (Dockerfile.ParseError e) {
      throw BuildErrors.classicParse(e.getMessage());
    }
    if (program.isEmpty()) {
      throw BuildErrors.classicEmpty(req.dockerfile());
    }
    if (!(program.get(0) instanceof Instruction.From)) {
      throw BuildErrors.classicNoBuildStage();
    }
    program = untilTarget(program);
    BuildRun run = new BuildRun(ui, daemon, req, program);
    run.classic = true;
    run.trace = daemon.beginTrace(req);
    try {
      String id = steps(run, program);
      run.trace.image(id);
      return id;
    } finally {
      daemon.endTrace(run.trace);
    }
  }

  private String steps(BuildRun run, List<Instruction> program) {
    int total = program.size();
    String parent = null;
    for (int i = 0; i < program.size(); i++) {
      Instruction ins = program.get(i);
      out.classic("Step " + (i + 1) + "/" + total + " : " + ins.display());
      if (ins instanceof Instruction.From f) {
        if (parent != null) {
          run.endStage(daemon.byId(parent).orElseThrow());
        }
        parent = from(run, f);
        continue;
      }
      parent = step(run, ins, parent);
    }
    List<String> unused = new ArrayList<>();
    for (String a : req.buildArgs().keySet()) {
      if (!run.vars().declared().contains(a)) {
        unused.add(a);
      }
    }
    if (!unused.isEmpty()) {
      // moby builder/dockerfile: the warning lists the unused names, sorted, in brackets.
      unused.sort(null);
      out.classic("[Warning] One or more build-args [" + String.join(" ", unused) + "] were not consumed");
    }
    out.classic("Successfully built " + Ids.shortId(parent));
    for (String t : req.tags()) {
      Reference ref = Reference.parse(t);
      daemon.tag(ref, parent);
      out.classic("Successfully tagged " + ref.familiarString());
    }
    return parent;
  }

  /**
   * Starts a stage: from an earlier stage by its name, or from an image (with the base's ONBUILD
   * triggers, which the legacy builder runs as part of FROM: conformance 41).
   */
  private String from(BuildRun run, Instruction.From ins) {
    String word = ins.base();
    BuildRun.Stage earlier = run.stage(word);
    if (earlier == null && word.equalsIgnoreCase("scratch")) {
      // no image and no id: moby prints " ---> " with an empty id and the next step has no parent
      // (recorded by tests/tools/difftest: DOCKER_BUILDKIT=0 with Dockerfile.scratch)
      run.s = new BuildState(null, Node.Dir.EMPTY);
      run.startStage(ins);
      out.classic(" ---> ");
      return "";
    }
    if (earlier == null && daemon.lookup(word).isEmpty()) {
      String dial = dev.kujira.engine.image.Reference.tryParse(word).map(daemon::unreachable).orElse(null);
      if (dial != null) {
        throw BuildErrors.classicBaseUnreachable(dial);
      }
    }
    Image base = earlier != null ? earlier.image() : run.base(word);
    run.s = new BuildState(base, earlier != null ? earlier.rootfs() : daemon.rootfs(base));
    run.startStage(ins);
    String parent = base.id();
    List<Instruction> triggers = triggers(base);
    if (triggers.isEmpty()) {
      out.classic(" ---> " + Ids.shortId(parent));
    } else {
      out.classic("# Executing " + triggers.size() + " build trigger" + (triggers.size() == 1 ? "" : "s"));
      for (Instruction t : triggers) {
        parent = step(run, t, parent);
      }
    }
    return parent;
  }

  /** Cuts the program after the --target stage ("target stage "x" could not be found" without one). */
  private List<Instruction> untilTarget(List<Instruction> program) {
    if (req.target() == null || req.target().isEmpty()) {
      return program;
    }
    int start = -1;
    for (int i = 0; i < program.size(); i++) {
      Instruction ins = program.get(i);
      if (ins instanceof Instruction.From f && f.stageName().equalsIgnoreCase(req.target())
          && !f.stageName().isEmpty()) {
        start = i;
      } else if (start >= 0 && ins instanceof Instruction.From) {
        return program.subList(0, i);
      }
    }
    if (start < 0) {
      throw BuildErrors.classicNoTarget(req.target());
    }
    return program;
  }

  private String step(BuildRun run, Instruction ins, String parent) {
    String extra = ins.copies() ? run.files().sources(ins) : "";
    String key = "classic:" + ImageBuilder.key(parent, ins.display() + "\n" + extra + "\n" + run.vars().inEffect());
    BuildCache.Entry hit = req.noCache() ? null : daemon.cached(key);
    run.trace(ins.display(), hit != null, ins, run.vars().inEffect());
    boolean layered = ins instanceof Instruction.Run || ins.copies();
    if (hit != null) {
      if (ins instanceof Instruction.Workdir) {
        run.s.workdir = run.resolveDir(run.vars().expand(ins.args()));
        run.s.rootfs = hit.rootfs();
      } else if (!layered) {
        run.meta(ins);
      } else {
        run.s.rootfs = hit.rootfs();
      }
      run.trace.stepImage(hit.imageId());
      out.classic(" ---> Using cache");
      out.classic(" ---> " + Ids.shortId(hit.imageId()));
      return hit.imageId();
    }
    String container = daemon.newId();
    if (!ins.copies()) {
      out.classic(" ---> Running in " + Ids.shortId(container));
    }
    Node.Dir before = run.s.rootfs;
    String createdBy;
    switch (ins.kind()) {
      case RUN:
        try {
          run.run(ins, "");
        } catch (RunFailed f) {
          daemon.keepFailedStep(container, parent, f.command, f.status, f.tree);
          out.classicFlush();
          throw BuildErrors.classicRunFailed(f.command, f.status);
        }
        discardVolumeChanges(run, before);
        createdBy = run.vars().classicArgsPrefix() + (ins.jsonWords() != null ? String.join(" ", ins.jsonWords())
            : prefix(run) + " " + ins.args());
        break;
      case COPY:
      case ADD:
        run.files().copy(ins, "");
        List<String> words = run.files().words(ins);
        String sources = ins.copyFrom() != null || !ins.heredocs().isEmpty()
            ? "file:" + extra.substring(0, Math.min(64, extra.length()))
            : ClassicSourceHash.of(run.ui().host(), req.contextDir(), run.files().globbed(words.subList(0, words.size() - 1)),
                run.files().ignore());
        createdBy = prefix(run) + " #(nop) " + ins.keyword() + " " + sources + " in " + words.get(words.size() - 1) + " ";
        break;
      case WORKDIR:
        run.s.workdir = run.resolveDir(run.vars().expand(ins.args()));
        run.mkdirs(run.s.workdir);
        createdBy = prefix(run) + " #(nop) WORKDIR " + run.s.workdir;
        break;
      default:
        run.meta(ins);
        run.s.history.remove(run.s.history.size() - 1);
        createdBy = prefix(run) + " #(nop)  " + ins.keyword() + " " + (ins instanceof Instruction.Volume ? volumes(ins)
            : ins instanceof Instruction.Healthcheck ? BuildText.healthcheckHistory(run.s.healthcheck) : shown(ins));
    }
    Layer layer = layered ? LayerDiff.between(before, run.s.rootfs) : null;
    if (layer != null) {
      run.s.layers.add(layer);
    }
    // Every classic step, an unchanged WORKDIR included, is a history line of its own.
    run.s.history.add(new String[] {Long.toString(daemon.now()), createdBy, "", layer == null ? "1" : ""});
    Image img = ImageJson.read(run.s.configJson(daemon.now()), run.s.layers, parent);
    if (layer != null) {
      daemon.addCommitted(img);
    } else {
      daemon.add(img);
    }
    daemon.cache(key, new BuildCache.Entry(run.s.rootfs, layer, createdBy, img.id(), daemon.now()));
    if (!ins.copies()) {
      out.classic(" ---> Removed intermediate container " + Ids.shortId(container));
    }
    run.trace.stepImage(img.id());
    out.classic(" ---> " + Ids.shortId(img.id()));
    return img.id();
  }

  /**
   * Throws away what a RUN wrote under a declared VOLUME: the legacy builder commits the
   * container without its volumes (docs: "changes to the volume after it is declared are
   * discarded"; conformance 44, where BuildKit keeps them).
   */
  private static void discardVolumeChanges(BuildRun run, Node.Dir before) {
    FsTree after = new FsTree(run.s.rootfs);
    FsTree old = new FsTree(before);
    for (String v : run.s.volumes) {
      List<String> path = BuildFiles.split(v);
      if (path.isEmpty()) {
        continue;
      }
      Node prior = old.lookup(path);
      if (after.lookup(path.subList(0, path.size() - 1)) instanceof Node.Dir) {
        after.set(path, prior, prior == null ? 0 : prior.mtime());
      }
    }
    run.s.rootfs = after.root();
  }

  /** Returns the base image's ONBUILD triggers as instructions. */
  static List<Instruction> triggers(Image base) {
    List<String> onBuild = base == null ? null : base.config().onBuild();
    if (onBuild == null || onBuild.isEmpty()) {
      return List.of();
    }
    return Dockerfile.parse(String.join("\n", onBuild));
  }

  /** Returns how the legacy builder's history starts a line: the SHELL in force ("/bin/sh -c"). */
  private static String prefix(BuildRun run) {
    return run.s.shell == null ? "/bin/sh -c" : String.join(" ", run.s.shell);
  }

  /** VOLUME's history line prints the paths as a Go slice: {@code VOLUME [/data /logs]}. */
  private static String volumes(Instruction ins) {
    List<String> json = ins.jsonWords();
    return "[" + String.join(" ", json != null ? json : List.of(ins.args().trim().split("\\s+"))) + "]";
  }

  private static String shown(Instruction ins) {
    List<String> json = ins.jsonWords();
    if (json == null && (ins instanceof Instruction.Cmd || ins instanceof Instruction.Entrypoint)) {
      // A shell-form CMD/ENTRYPOINT is stored wrapped, and its history shows the wrapped words.
      json = List.of("/bin/sh", "-c", ins.args());
    }
    if (json == null) {
      return ins.args();
    }
    List<String> q = new ArrayList<>();
    json.forEach(w -> q.add("\"" + w + "\""));
    return "[" + String.join(" ", q) + "]";
  }

  /** Returns the size of the context as the tar the client sends: 512-byte headers and blocks, 1 KiB trailer. */
  private long contextTarSize(ImageBuilder ui) {
    long size = 1024;
    if (req.dockerfileText() != null) {
      // A Dockerfile from stdin is the whole context: one header and its content blocks.
      return size + 512 + (req.dockerfileText().length() + 511) / 512 * 512;
    }
    List<String> stack = new ArrayList<>(List.of(req.contextDir()));
    while (!stack.isEmpty()) {
      String dir = stack.remove(stack.size() - 1);
      for (String n : ui.host().list(dir)) {
        String p = dir + "/" + n;
        if (ui.host().stat(p).isDirectory()) {
          size += 512;
          stack.add(p);
        } else {
          size += 512 + (ui.host().stat(p).size() + 511) / 512 * 512;
        }
      }
    }
    return size;
  }
}
