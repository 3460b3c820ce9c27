package dev.kujira.engine.build;

import dev.kujira.engine.api.BuildEvent;
import dev.kujira.engine.api.BuildRequest;
import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.Node;
import dev.kujira.engine.fs.UnionView;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.ImageJson;
import dev.kujira.engine.image.Reference;
import dev.kujira.engine.layer.Layer;
import dev.kujira.engine.layer.LayerDiff;
import dev.kujira.engine.util.Ids;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds images from Dockerfiles as BuildKit does, reporting its progress as events (vertices
 * "[1/4] FROM …", CACHED, "exporting to image"). RUN runs in a simulated sandbox; COPY takes files
 * from the context; the cache key of a step is its parent's key plus its text (plus the content
 * of COPY sources), so a change re-runs that step and every later one.
 */
public final class ImageBuilder {
  private final BuildBackend daemon;
  private final BuildRequest req;
  private final BuildReporter progress;
  private final UnionView host;
  private List<Instruction> program;
  private String dockerfileText;

  public ImageBuilder(BuildBackend daemon, BuildRequest req, Consumer<BuildEvent> events) {
    this.daemon = daemon;
    this.req = req;
    this.progress = new BuildReporter(events, req.dockerfileName());
    this.host = daemon.host();
  }

  public String build() {
    // Refuses a mode BuildKit does not know, as buildx does before the build starts.
    if (!List.of("default", "none", "host").contains(req.network())) {
      throw BuildErrors.networkMode(req.network());
    }
    progress.started();
    String name = req.dockerfileName();
    try {
      dockerfileText = req.dockerfileText() != null ? req.dockerfileText()
          : new String(host.read(req.dockerfile()), StandardCharsets.UTF_8);
    } catch (FsException e) {
      // BuildKit still opens the definition's vertex and transfers an empty one (recorded: "2B").
      progress.begin("internal", "load build definition from " + name);
      progress.status("transferring dockerfile: 2B");
      progress.done();
      throw BuildErrors.dockerfileUnreadable(name);
    }
    progress.dockerfile(dockerfileText);
    progress.begin("internal", "load build definition from " + name);
    String dockerfileDir = req.dockerfile().substring(0, Math.max(1, req.dockerfile().lastIndexOf('/')));
    daemon.transferred("dockerfile:" + dockerfileDir, dockerfileText.getBytes(StandardCharsets.UTF_8).length);
    progress.status("transferring dockerfile: " + dockerfileText.getBytes(StandardCharsets.UTF_8).length + "B");
    progress.done();
    try {
      program = Dockerfile.parse(dockerfileText);
    } catch (Dockerfile.ParseError e) {
      progress.source(e.line());
      throw BuildErrors.parse(e.getMessage());
    }
    if (!program.isEmpty() && program.stream().noneMatch(i -> i instanceof Instruction.From)
        && program.get(0) instanceof Instruction.Arg) {
      throw BuildErrors.noStages();
    }
    if (program.isEmpty()) {
      throw BuildErrors.noBuildStage();
    }
    // Only ARGs may come before the first FROM; BuildKit names the first other instruction's line
    // (recorded: ARG X, HEALTHCHECK CMD true, FROM busybox points at line 2).
    for (Instruction ins : program) {
      if (ins instanceof Instruction.From) {
        break;
      }
      if (!(ins instanceof Instruction.Arg)) {
        progress.source(ins.line());
        throw BuildErrors.noBuildStage();
      }
    }
    BuildRun run = new BuildRun(this, daemon, req, program);
    run.trace = daemon.beginTrace(req);
    try {
      String id = run.run();
      run.trace.image(id);
      return id;
    } finally {
      daemon.endTrace(run.trace);
    }
  }

  /** Notes the .dockerignore transfer in BuildKit's cache (a record of its own, 0B without the file). */
  void dockerignoreTransferred() {
    if (req.dockerfileText() != null && req.contextDir().startsWith("/.kujira-no-context")) {
      return;
    }
    String path = req.contextDir() + "/.dockerignore";
    long size = host.exists(path) ? host.read(path).length : 0;
    daemon.transferred("context-dockerignore:" + req.contextDir(), size);
  }

  /** Notes the build context's transfer in BuildKit's cache. */
  void contextTransferred() {
    daemon.transferred("context:" + req.contextDir(),
        daemon.size(req.contextDir()));
  }

  /** Returns where the build's progress goes. */
  BuildReporter progress() {
    return progress;
  }

  /**
   * Refuses a stage base that is not an image reference as BuildKit does (dockerfile2llb: "failed
   * to parse stage name"), with the excerpt of its FROM line.
   */
  void checkStageName(String base, int line) {
    if (base.equals("scratch")) {
      return;
    }
    try {
      dev.kujira.engine.image.Reference.parse(base);
    } catch (dev.kujira.engine.image.Reference.InvalidReference e) {
      progress.source(line);
      throw BuildErrors.stageName(base, e.getMessage());
    }
  }

  UnionView host() {
    return host;
  }

  /** Stores the built image and points the tags at it (a moved tag leaves the old image dangling). */
  static Image store(BuildBackend daemon, String json, List<Layer> layers, List<String> tags) {
    Image img = ImageJson.read(json, layers, "");
    daemon.add(img);
    for (String t : tags) {
      daemon.tag(Reference.parse(t), img.id());
    }
    return img;
  }

  static String key(String parent, String text) {
    return Ids.sha256Hex(parent + "\n" + text);
  }

  static Layer diff(Node.Dir before, Node.Dir after) {
    return LayerDiff.between(before, after);
  }

  static FsTree tree(Node.Dir root) {
    return new FsTree(root);
  }
}
