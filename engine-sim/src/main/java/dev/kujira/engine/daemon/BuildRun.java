package dev.kujira.engine.daemon;

import dev.kujira.engine.api.BuildRequest;
import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.api.ErrorKind;
import dev.kujira.engine.build.Instruction;
import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.Node;
import dev.kujira.engine.fs.UnionView;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.Reference;
import dev.kujira.engine.layer.Layer;
import dev.kujira.engine.layer.LayerDiff;
import dev.kujira.engine.shell.WordExpander;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs one build's instructions (a single stage: the last FROM's) with BuildKit's cache. */
final class BuildRun {
  private final ImageBuilder ui;
  private final DaemonState state;
  private final BuildRequest req;
  private final List<Instruction> program;
  private final Map<String, String> args = new LinkedHashMap<>();
  private final java.util.Set<String> declared = new java.util.HashSet<>();
  private dev.kujira.engine.build.DockerIgnore ignore;
  BuildState s;
  boolean classic;
  BuildSandbox.Result lastRun;

  BuildRun(ImageBuilder ui, DaemonState state, BuildRequest req, List<Instruction> program) {
    this.ui = ui;
    this.state = state;
    this.req = req;
    this.program = program;
  }

  String run() {
    if (program.stream().filter(i -> i.keyword().equals("FROM")).count() > 1 || req.target() != null
        && !req.target().isEmpty()) {
      return new BuildKitStages(this, state, req, program, ui).run();
    }
    int from = 0;
    for (int i = 0; i < program.size(); i++) {
      if (program.get(i).keyword().equals("FROM")) {
        from = i;
      }
    }
    List<Instruction> stage = program.subList(from, program.size());
    for (Instruction pre : program.subList(0, from)) {
      if (pre.keyword().equals("ARG")) {
        arg(pre);
      }
    }
    String baseWord = expand(stage.get(0).args().split("\\s+")[0]);
    ui.checkStageName(baseWord, stage.get(0).line());
    long total = stage.stream().filter(BuildRun::isStep).count()
        + (baseWord.equals("scratch") ? 0 : ClassicBuild.triggers(base(baseWord)).stream()
            .filter(BuildRun::isStep).count());
    String baseName = expand(stage.get(0).args().split("\\s+")[0]);
    Image base = baseName.equals("scratch") ? null : base(baseName);
    String canonical = baseName.equals("scratch") ? "scratch" : Reference.parse(baseName).canonicalString();
    if (base != null) {
      ui.begin("[internal] load metadata for " + canonical);
      ui.done();
    }
    ui.begin("[internal] load .dockerignore");
    ui.dockerignoreTransferred();
    ui.out().println("#" + ui.step() + " transferring context: 2B done");
    ui.done();
    s = new BuildState(base, base == null ? Node.Dir.EMPTY : state.images().rootfs(base));
    int n = 1;
    ui.begin("[1/" + total + "] FROM " + canonical);
    // BuildKit reports a base it has used before as CACHED, even with --no-cache (conformance 45).
    // BuildKit shows a known base as CACHED only when the first step after FROM must run on it;
    // when that step is itself a cache hit the base is never loaded and FROM reads DONE (conformance 45).
    String fromKey = "from:" + (base == null ? "scratch" : base.id());
    if (state.buildCache.containsKey(fromKey) && !firstStepCached(stage)) {
      ui.cached();
    } else {
      state.buildCache.put(fromKey, new BuildCache.Entry(s.rootfs, null, "", state.clock().now()));
      ui.done();
    }
    boolean context = stage.stream().anyMatch(i -> i.keyword().equals("COPY") || i.keyword().equals("ADD"));
    if (context) {
      ui.begin("[internal] load build context");
      ui.contextTransferred();
      ui.out().println("#" + ui.step() + " transferring context: " + contextSize() + "B done");
      ui.done();
    }
    startStage(stage.get(0));
    List<Instruction> steps = new ArrayList<>(ClassicBuild.triggers(base));
    steps.addAll(stage.subList(1, stage.size()));
    for (Instruction ins : steps) {
      if (isStep(ins)) {
        n++;
        step(ins, "[" + n + "/" + total + "] " + shown(ins));
      } else {
        meta(ins);
      }
    }
    return export();
  }

  /** The trace of this build, for kujira explain build. */
  BuildTrace trace;

  /** Notes one step in the trace: its inputs are the instruction, the files it copies and the env. */
  void trace(String title, boolean cached, Instruction ins, String env) {
    if (trace == null) {
      return;
    }
    Map<String, String> files = new java.util.TreeMap<>();
    if ((ins.keyword().equals("COPY") || ins.keyword().equals("ADD")) && !ins.flags().containsKey("from")) {
      String[] w = copyWords(ins).toArray(new String[0]);
      for (String src : globbed(List.of(w).subList(0, w.length - 1))) {
        fileSums(req.contextDir() + "/" + src, src, files);
      }
    }
    trace.step(title, stageName, cached, ins.display(), files, env + "|" + argsInEffect());
  }

  private void fileSums(String path, String rel, Map<String, String> out) {
    try {
      if (ui.host().stat(path).isDirectory()) {
        for (String n : ui.host().list(path)) {
          String r = rel.equals(".") ? n : rel.replaceAll("/+$", "") + "/" + n;
          if (!ignore().excluded(r)) {
            fileSums(path + "/" + n, r, out);
          }
        }
        return;
      }
      out.put(rel.replaceFirst("^\\./", ""), LayerDiff.checksum(ui.host().read(path)) + ":"
          + Integer.toOctalString(ui.host().stat(path).mode()));
    } catch (FsException e) {
      out.put(rel, "missing");
    }
  }

  private static final java.util.regex.Pattern VAR = java.util.regex.Pattern.compile("\\$\\{(\\w+)}|\\$(\\w+)");

  /**
   * Returns a step's title as BuildKit shows it: a shell-form RUN has the build's variables
   * (ENV and ARG in scope) expanded, and unknown ones left as written (seen on the real engine).
   */
  String shown(Instruction ins) {
    if (!ins.keyword().equals("RUN") || ins.isJsonForm()) {
      return ins.display();
    }
    java.util.regex.Matcher m = VAR.matcher(ins.display());
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      String value = s.env.containsKey(name) ? s.env.get(name) : args.get(name);
      m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Runs one instruction of a multi-stage build: a step with its title, or a metadata change. */
  void apply(Instruction ins, String title) {
    if (isStep(ins)) {
      step(ins, title);
    } else {
      meta(ins);
    }
  }

  /** Stores the final image as the single-stage path does and prints BuildKit's export lines. */
  String export() {
    Image img = ImageBuilder.store(state, s.configJson(s.finish(state.clock().now())), s.layers, req.tags());
    ui.begin("exporting to image");
    ui.out().println("#" + ui.step() + " exporting layers done");
    ui.out().println("#" + ui.step() + " writing image " + img.id() + " done");
    for (String t : req.tags()) {
      ui.out().println("#" + ui.step() + " naming to " + Reference.normalizedName(t) + " done");
    }
    ui.out().println("#" + ui.step() + " DONE 0.0s");
    return img.id();
  }

  /** Replays the cache key of the stage's first step after FROM (ENV feeds it) and says whether it is cached. */
  private boolean firstStepCached(List<Instruction> stage) {
    if (req.noCache()) {
      return false;
    }
    Map<String, String> env = new LinkedHashMap<>(s.env);
    Map<String, String> argsSoFar = new LinkedHashMap<>(args);
    for (Instruction ins : stage.subList(1, stage.size())) {
      if (ins.keyword().equals("ENV")) {
        BuildText.pairs(ins.args()).forEach((k, v) -> env.put(k, expand(v)));
      }
      if (ins.keyword().equals("ARG")) {
        String[] nv = argValue(ins);
        if (nv[1] != null) {
          argsSoFar.put(nv[0], nv[1]);
        }
      }
      if (!isStep(ins)) {
        continue;
      }
      List<String> envList = new ArrayList<>();
      env.forEach((k, v) -> envList.add(k + "=" + v));
      return state.buildCache.containsKey(stepKey(s.cacheKey, ins, argsSoFar, envList));
    }
    return false;
  }

  static boolean isStep(Instruction i) {
    return List.of("FROM", "RUN", "COPY", "ADD", "WORKDIR").contains(i.keyword());
  }

  /** Is a finished stage: its name (or index), image and files, for FROM and COPY --from. */
  record Stage(String name, Image image, Node.Dir rootfs) {
  }

  private final List<Stage> stages = new ArrayList<>();
  private String stageName = "0";

  /** Notes the stage a FROM starts ("AS name", else its index). */
  void startStage(Instruction from) {
    String[] w = from.args().trim().split("\\s+");
    stageName = w.length == 3 && w[1].equalsIgnoreCase("AS") ? w[2].toLowerCase(java.util.Locale.ROOT)
        : String.valueOf(stages.size());
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

  Image base(String name) {
    Optional<Image> local = state.images().lookup(name);
    if (local.isPresent()) {
      return local.get();
    }
    Reference ref = Reference.parse(name);
    return state.registry().fetch(ref).map(Registry.Pulled::image).orElseThrow(() -> new EngineException(
        ErrorKind.NOT_FOUND, "failed to solve: " + ref.familiarName() + ": failed to resolve source metadata for "
            + ref.canonicalString() + ": pull access denied, repository does not exist or may require authorization"));
  }

  private void step(Instruction ins, String title) {
    String key = stepKey(s.cacheKey, ins, args, s.envList());
    ui.begin(title);
    BuildCache.Entry hit = req.noCache() ? null : state.buildCache.get(key);
    trace(title, hit != null, ins, String.join(",", s.envList()));
    long now = state.clock().now();
    if (hit != null) {
      ui.cached();
      if (ins.keyword().equals("WORKDIR")) {
        // A cached WORKDIR still sets the directory later steps and the image config use.
        s.workdir = resolveDir(expand(ins.args()));
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
    switch (ins.keyword()) {
      case "RUN":
        createdBy = run(ins, title);
        break;
      case "WORKDIR":
        s.workdir = resolveDir(expand(ins.args()));
        mkdirs(s.workdir);
        createdBy = "WORKDIR " + s.workdir;
        break;
      default:
        copy(ins, title);
        // BuildKit's history names a COPY/ADD by its sources and destination only: no --from,
        // --chown or --chmod (recorded on Docker 26.1: "COPY /app/version.txt /version.txt # buildkit").
        createdBy = ins.keyword() + " " + (ins.isJsonForm() ? String.join(" ", ins.jsonWords()) : ins.args())
            + " # buildkit";
    }
    Layer layer = ins.keyword().equals("WORKDIR") && before == s.rootfs ? null : LayerDiff.between(before, s.rootfs);
    if (layer != null) {
      s.layers.add(layer);
    }
    s.history(now, createdBy, layer == null);
    state.buildCache.put(key, new BuildCache.Entry(s.rootfs, layer, createdBy, now));
    if (layer != null) {
      s.layerTime = Math.max(s.layerTime, now);
    }
    s.cacheKey = key;
    ui.done();
  }

  String run(Instruction ins, String title) {
    List<String> argv = ins.jsonWords();
    if (argv == null) {
      argv = new ArrayList<>(s.shell == null ? List.of("/bin/sh", "-c") : s.shell);
      argv.add(BuildFiles.heredocScript(ins));
    }
    Map<String, String> env = new LinkedHashMap<>(s.env);
    args.forEach(env::putIfAbsent);
    FsTree tree = new FsTree(s.rootfs);
    BuildSandbox.Result r = BuildSandbox.run(state, tree, env, s.workdir, argv, s.user == null ? "" : s.user,
        req.network());
    for (String line : r.output()) {
      ui.out().println(classic ? line : "#" + ui.step() + " 0.100 " + line);
    }
    lastRun = r;
    String shown = argv.size() == 3 && argv.get(1).equals("-c") ? "/bin/sh -c " + argv.get(2) : String.join(" ", argv);
    if (r.status() != 0 && classic) {
      throw new ClassicBuild.RunFailed(shown, r.status(), tree);
    }
    if (r.status() != 0) {
      String why = "process " + BuildText.goQuote(shown) + " did not complete successfully: exit code: " + r.status();
      ui.out().println("#" + ui.step() + " ERROR: " + why);
      ui.out().println("------");
      ui.out().println(" > " + title + ":");
      r.output().forEach(l -> ui.out().println("0.100 " + l));
      ui.out().println("------");
      ui.source(ins.line());
      throw new EngineException(ErrorKind.SYSTEM, "failed to solve: " + why);
    }
    s.rootfs = tree.root();
    String run = ins.jsonWords() != null ? ins.args() : "/bin/sh -c " + ins.args();
    return "RUN " + runArgsPrefix() + run + " # buildkit";
  }

  /** Returns the context's .dockerignore (read once per build). */
  /** Returns a COPY/ADD's sources and destination, from the JSON form (names with spaces) or the shell form. */
  List<String> copyWords(Instruction ins) {
    List<String> json = ins.jsonWords();
    if (json == null) {
      return List.of(expand(ins.args()).split("\\s+"));
    }
    List<String> out = new ArrayList<>();
    json.forEach(w -> out.add(expand(w)));
    return out;
  }

  ImageBuilder ui() {
    return ui;
  }

  dev.kujira.engine.build.DockerIgnore ignore() {
    if (ignore == null) {
      String path = req.contextDir() + "/.dockerignore";
      ignore = new dev.kujira.engine.build.DockerIgnore(ui.host().exists(path)
          ? new String(ui.host().read(path), java.nio.charset.StandardCharsets.UTF_8) : null);
    }
    return ignore;
  }

  /** Returns whether a context path exists and is not left out by .dockerignore. */
  private boolean inContext(String rel) {
    return ui.host().exists(req.contextDir() + "/" + rel) && !ignore().excluded(rel);
  }

  /**
   * Expands wildcard sources against the build context ({@code COPY *.txt /dst/}), in name order
   * as Go's filepath.Match walk gives them; a pattern that matches nothing stays as written.
   */
  List<String> globbed(List<String> sources) {
    List<String> out = new ArrayList<>();
    for (String src : sources) {
      if (!src.matches(".*[*?\\[].*")) {
        out.add(src);
        continue;
      }
      int slash = src.lastIndexOf('/');
      String dir = slash < 0 ? "" : src.substring(0, slash);
      java.util.regex.Pattern re;
      try {
        re = java.util.regex.Pattern.compile(BuildFiles.globRegex(src.substring(slash + 1)));
      } catch (java.util.regex.PatternSyntaxException bad) {
        // Go's filepath.Match refuses a malformed pattern ("[" unclosed): it matches nothing.
        out.add(src);
        continue;
      }
      List<String> hits = new ArrayList<>();
      try {
        for (String n : ui.host().list(req.contextDir() + (dir.isEmpty() ? "" : "/" + dir))) {
          String rel = dir.isEmpty() ? n : dir + "/" + n;
          if (re.matcher(n).matches() && !ignore().excluded(rel)) {
            hits.add(rel);
          }
        }
      } catch (FsException e) {
        // no such folder: nothing matches
      }
      hits.sort(null);
      out.addAll(hits.isEmpty() ? List.of(src) : hits);
    }
    return out;
  }

  /** Returns the files COPY --from=X reads: stage X's, or image X's. */
  private Node.Dir sourceRoot(String from) {
    Stage st = stage(from);
    if (st != null) {
      return st.rootfs();
    }
    return state.images().rootfs(base(from));
  }

  /** Copies from an earlier stage or image ({@code COPY --from}) into the build's files. */
  private void copyFromStage(Instruction ins, String from) {
    List<String> words = new ArrayList<>(copyWords(ins));
    String dest = words.remove(words.size() - 1);
    UnionView source = new UnionView(new FsTree(sourceRoot(from)), List.of(), state.clock()::now);
    FsTree tree = new FsTree(s.rootfs);
    UnionView target = new UnionView(tree, List.of(), state.clock()::now);
    String absDest = dest.startsWith("/") ? dest : (s.workdir.isEmpty() ? "/" : s.workdir + "/") + dest;
    boolean toDir = dest.endsWith("/") || words.size() > 1 || isDir(target, absDest);
    for (String src : words) {
      if (!source.exists(src)) {
        throw new EngineException(ErrorKind.NOT_FOUND, classic
            ? "COPY failed: stat " + src + ": file does not exist"
            : "failed to solve: failed to compute cache key: failed to calculate checksum of ref: \"" + src
                + "\": not found");
      }
      String to = toDir ? absDest.replaceAll("/+$", "") + "/" + baseName(src) : absDest;
      if (source.stat(src).isDirectory()) {
        BuildFiles.copyBetween(source, src, target, toDir && words.size() == 1 ? absDest : to);
      } else {
        target.mkdir(parent(to), true);
        target.write(to, source.read(src), false);
        target.chmod(to, source.stat(src).mode());
      }
    }
    s.rootfs = tree.root();
  }

  void copy(Instruction ins, String title) {
    if (ins.flags().containsKey("from")) {
      copyFromStage(ins, ins.flags().get("from"));
      return;
    }
    if (!ins.heredocs().isEmpty()) {
      // COPY <<EOF /path: the here-document becomes the file.
      String[] w = copyWords(ins).toArray(new String[0]);
      String dest = w[w.length - 1];
      String abs = dest.startsWith("/") ? dest : (s.workdir.isEmpty() ? "/" : s.workdir + "/") + dest;
      FsTree tree = new FsTree(s.rootfs);
      UnionView target = new UnionView(tree, List.of(), state.clock()::now);
      target.mkdir(parent(abs), true);
      target.write(abs, ins.heredocs().get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
      s.rootfs = tree.root();
      return;
    }
    List<String> words = new ArrayList<>(copyWords(ins));
    String dest = words.remove(words.size() - 1);
    boolean globs = words.stream().anyMatch(w -> w.matches(".*[*?\\[].*"));
    words = globbed(words);
    UnionView target = new UnionView(new FsTree(s.rootfs), List.of(), state.clock()::now);
    FsTree tree = new FsTree(s.rootfs);
    target = new UnionView(tree, List.of(), state.clock()::now);
    target.mkdir("/", true);
    String absDest = dest.startsWith("/") ? dest : (s.workdir.isEmpty() ? "/" : s.workdir + "/") + dest;
    boolean toDir = dest.endsWith("/") || words.size() > 1 || globs || isDir(target, absDest);
    for (String src : words) {
      String path = req.contextDir() + "/" + src;
      if (!inContext(src) && classic) {
        throw new EngineException(ErrorKind.NOT_FOUND, "COPY failed: file not found in build context or excluded by"
            + " .dockerignore: stat " + src + ": file does not exist");
      }
      if (!inContext(src)) {
        String checksum = "failed to calculate checksum of ref " + Ids.ref() + "::" + Ids.ref().substring(0, 25) + ": \"/"
            + src.replaceFirst("^\\./", "") + "\": not found";
        String why = "failed to compute cache key: " + checksum;
        // The step's own line names only the checksum failure (seen on the real engine).
        ui.out().println("#" + ui.step() + " ERROR: " + checksum);
        ui.out().println("------");
        ui.out().println(" > " + title + ":");
        ui.out().println("------");
        ui.source(ins.line());
        throw new EngineException(ErrorKind.NOT_FOUND, "failed to solve: " + why);
      }
      String to = toDir ? absDest.replaceAll("/+$", "") + "/" + baseName(src) : absDest;
      if (ui.host().stat(path).isDirectory()) {
        to = toDir && words.size() == 1 ? absDest : to;
        copyTree(path, src, target, to);
      } else if (ins.keyword().equals("ADD") && BuildFiles.isTar(ui.host().read(path))) {
        // ADD unpacks a local tar archive (plain or gzip) into the destination folder.
        BuildFiles.unpack(ui.host().read(path), target, toDir ? absDest : parent(absDest));
      } else {
        target.mkdir(parent(to), true);
        target.write(to, ui.host().read(path), false);
        target.chmod(to, ui.host().stat(path).mode());
      }
      ownAndMode(ins, target, ui.host().stat(path).isDirectory() && toDir && words.size() == 1 ? absDest : to);
    }
    s.rootfs = tree.root();
  }

  /** Applies COPY/ADD {@code --chmod=MODE} and {@code --chown=USER[:GROUP]} to what was copied to {@code path}. */
  private void ownAndMode(Instruction ins, UnionView target, String path) {
    String chmod = ins.flags().get("chmod");
    String chown = ins.flags().get("chown");
    if (chmod == null && chown == null) {
      return;
    }
    int[] ids = chown == null ? null : Credentials.resolve(target, chown);
    BuildFiles.apply(target, path, chmod == null ? -1 : Integer.parseInt(chmod, 8), ids);
  }

  private void copyTree(String from, String rel, UnionView target, String to) {
    target.mkdir(to, true);
    for (String name : ui.host().list(from)) {
      String p = from + "/" + name;
      String r = rel.equals(".") || rel.isEmpty() ? name : rel.replaceAll("/+$", "") + "/" + name;
      if (ignore().excluded(r)) {
        continue;
      }
      if (ui.host().stat(p).isDirectory()) {
        copyTree(p, r, target, to + "/" + name);
      } else {
        target.write(to + "/" + name, ui.host().read(p), false);
      }
    }
  }

  String copySources(Instruction ins) {
    StringBuilder sb = new StringBuilder();
    if (!ins.heredocs().isEmpty()) {
      return LayerDiff.checksum(String.join("\u0000", ins.heredocs()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    String from = ins.flags().get("from");
    if (from != null) {
      // COPY --from: the files come from an earlier stage or an image; their content keys the cache.
      Node.Dir root = sourceRoot(from);
      String[] w = copyWords(ins).toArray(new String[0]);
      for (int i = 0; i < w.length - 1; i++) {
        Node n = new FsTree(root).lookup(Rootfs.split(w[i]));
        // The same content checksum as a context file gets, so the history's "file:" id matches.
        sb.append(n == null ? "missing" : n instanceof Node.RegularFile ? LayerDiff.checksum(((Node.RegularFile) n).content())
            : LayerDiff.checksum(n.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      }
      return sb.toString();
    }
    String[] words = copyWords(ins).toArray(new String[0]);
    for (int i = 0; i < words.length - 1; i++) {
      sb.append(checksum(req.contextDir() + "/" + words[i]));
    }
    return sb.toString();
  }

  private String checksum(String path) {
    try {
      if (ui.host().stat(path).isDirectory()) {
        StringBuilder sb = new StringBuilder();
        for (String n : ui.host().list(path)) {
          sb.append(n).append(':').append(checksum(path + "/" + n));
        }
        return LayerDiff.checksum(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return LayerDiff.checksum(ui.host().read(path));
    } catch (FsException e) {
      return "missing";
    }
  }

  private long contextSize() {
    return FsTree.size(new FsTree(state.host().root()).lookup(Rootfs.split(req.contextDir())));
  }

  void meta(Instruction ins) {
    BuildMeta.apply(this, ins, state.clock().now());
  }

  /** Returns the build args in effect so far, for cache keys. */
  String argsInEffect() {
    return args.toString();
  }

  /** Returns the names the Dockerfile declared with ARG so far. */
  java.util.Set<String> declaredArgs() {
    return declared;
  }

  void arg(Instruction ins) {
    String[] nv = argValue(ins);
    declared.add(nv[0]);
    if (nv[1] != null) {
      args.put(nv[0], nv[1]);
    }
  }

  /**
   * Returns the "|N K=V … " BuildKit puts before a RUN's history line: the stage's ARGs in the order
   * declared, each with its ENV override or value (dockerfile2llb runCommandString; recorded:
   * "RUN |1 BUILD=dev /bin/sh -c …").
   */
  private String runArgsPrefix() {
    if (s.stageArgs.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("|").append(s.stageArgs.size());
    for (String name : s.stageArgs) {
      sb.append(' ').append(name).append('=').append(s.env.containsKey(name) ? s.env.get(name) : args.getOrDefault(name, ""));
    }
    return sb.append(' ').toString();
  }

  /**
   * Returns the legacy builder's "|N K=V … " before a RUN's history line: the stage's ARGs with a
   * value and no ENV of the same name, sorted (moby prependEnvOnCmd; recorded "|1 BUILD=prod").
   */
  String classicArgsPrefix() {
    List<String> pairs = new ArrayList<>();
    for (String name : s.stageArgs) {
      if (args.containsKey(name) && !s.env.containsKey(name)) {
        pairs.add(name + "=" + args.get(name));
      }
    }
    java.util.Collections.sort(pairs);
    return pairs.isEmpty() ? "" : "|" + pairs.size() + " " + String.join(" ", pairs) + " ";
  }

  /** Returns an ARG's name and value: the --build-arg given, else its expanded default, else null. */
  String[] argValue(Instruction ins) {
    String a = ins.args();
    int eq = a.indexOf('=');
    String name = eq < 0 ? a.trim() : a.substring(0, eq).trim();
    String dflt = eq < 0 ? null : BuildText.unquote(a.substring(eq + 1).trim());
    String given = req.buildArgs().get(name);
    return new String[] {name, given != null ? given : dflt != null ? expand(dflt) : null};
  }

  /**
   * Returns a step's cache key: its parent's key, its text, what it copies (COPY/ADD: the files'
   * checksums) and the environment. A RUN sees the build arguments in scope as environment, so
   * their values key its cache, and so does the whole text of its here-documents.
   */
  private String stepKey(String parent, Instruction ins, Map<String, String> argsInScope, List<String> env) {
    String extra = ins.keyword().equals("COPY") || ins.keyword().equals("ADD") ? copySources(ins)
        : ins.keyword().equals("RUN") ? (argsInScope.isEmpty() ? "" : "args:" + argsInScope) + String.join("\n",
            ins.heredocs()) + networkKey()
        : "";
    return ImageBuilder.key(parent, ins.display() + "\n" + extra + "\n" + String.join(",", env));
  }

  /** Returns what the network mode adds to a RUN's key: LLB's exec op carries it, so none and host miss the default's cache. */
  private String networkKey() {
    return req.network().equals("default") ? "" : "\nnetwork:" + req.network();
  }

  /** Expands $VAR and ${VAR…} with the build args and ENV so far (BuildKit's shell lexer rules). */
  String expand(String text) {
    Map<String, String> vars = new HashMap<>(args);
    vars.putAll(s == null ? Map.of() : s.env);
    WordExpander.Scope scope = new WordExpander.Scope() {
      @Override
      public String get(String name) {
        return vars.get(name);
      }

      @Override
      public void set(String name, String value) {
        vars.put(name, value);
      }

      @Override
      public List<String> positional() {
        return List.of();
      }

      @Override
      public String special(char c) {
        return "";
      }

      @Override
      public String substitute(String script) {
        return "$(" + script + ")";
      }

      @Override
      public dev.kujira.engine.fs.FileSystemView fs() {
        return null;
      }
    };
    // BuildKit's lexer (frontend/dockerfile/shell/lex.go) has no command substitution: "$(" is literal.
    String quoted = text.replace("\"", "\\\"").replace("'", "\\'").replace("$(", "\\$(");
    try {
      return new WordExpander(scope).single(quoted);
    } catch (RuntimeException e) {
      if (!e.getClass().getPackageName().equals("dev.kujira.engine.shell")) {
        throw e;
      }
      // lex.go's processDollar reads an unclosed ${ to the end and meets EOF as the modifier (printed as U+FFFD).
      throw new EngineException(ErrorKind.INVALID_PARAMETER,
          "failed to solve: failed to process \"" + text + "\": unsupported modifier (\uFFFD) in substitution");
    }
  }

  String resolveDir(String dir) {
    return dir.startsWith("/") ? dir : (s.workdir.isEmpty() ? "" : s.workdir) + "/" + dir;
  }

  void mkdirs(String dir) {
    FsTree tree = new FsTree(s.rootfs);
    new UnionView(tree, List.of(), state.clock()::now).mkdir(dir, true);
    s.rootfs = tree.root();
  }

  private static boolean isDir(UnionView v, String path) {
    try {
      return v.stat(path).isDirectory();
    } catch (FsException e) {
      return false;
    }
  }

  private static String baseName(String p) {
    String t = p.replaceAll("/+$", "");
    return t.substring(t.lastIndexOf('/') + 1);
  }

  private static String parent(String p) {
    int i = p.lastIndexOf('/');
    return i <= 0 ? "/" : p.substring(0, i);
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
