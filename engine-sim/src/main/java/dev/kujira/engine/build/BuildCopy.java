package dev.kujira.engine.build;

import dev.kujira.engine.api.BuildRequest;
import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.Node;
import dev.kujira.engine.fs.UnionView;
import dev.kujira.engine.layer.LayerDiff;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Runs COPY and ADD for both builders: from the build context (minus .dockerignore, wildcards
 * expanded), from a here-document, or from an earlier stage or image ({@code --from}), with
 * {@code --chown} and {@code --chmod}.
 */
final class BuildCopy {
  private final BuildRun run;
  private final BuildRequest req;
  private final UnionView host;
  private DockerIgnore ignore;

  BuildCopy(BuildRun run, BuildRequest req, UnionView host) {
    this.run = run;
    this.req = req;
    this.host = host;
  }

  /** Returns the context's .dockerignore (read once per build). */
  DockerIgnore ignore() {
    if (ignore == null) {
      String path = req.contextDir() + "/.dockerignore";
      ignore = new DockerIgnore(host.exists(path) ? new String(host.read(path), StandardCharsets.UTF_8) : null);
    }
    return ignore;
  }

  /** Returns a COPY/ADD's sources and destination, from the JSON form (names with spaces) or the shell form. */
  List<String> words(Instruction ins) {
    List<String> json = ins.jsonWords();
    if (json == null) {
      return List.of(run.vars().expand(ins.args()).split("\\s+"));
    }
    List<String> out = new ArrayList<>();
    json.forEach(w -> out.add(run.vars().expand(w)));
    return out;
  }

  /** Adds the checksum and mode of each context file under {@code path} (named {@code rel}) to {@code out}. */
  void fileSums(String path, String rel, Map<String, String> out) {
    try {
      if (host.stat(path).isDirectory()) {
        for (String n : host.list(path)) {
          String r = rel.equals(".") ? n : rel.replaceAll("/+$", "") + "/" + n;
          if (!ignore().excluded(r)) {
            fileSums(path + "/" + n, r, out);
          }
        }
        return;
      }
      out.put(rel.replaceFirst("^\\./", ""), LayerDiff.checksum(host.read(path)) + ":"
          + Integer.toOctalString(host.stat(path).mode()));
    } catch (FsException e) {
      out.put(rel, "missing");
    }
  }

  /** Returns whether a context path exists and is not left out by .dockerignore. */
  private boolean inContext(String rel) {
    return host.exists(req.contextDir() + "/" + rel) && !ignore().excluded(rel);
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
      Pattern re;
      try {
        re = Pattern.compile(BuildFiles.globRegex(src.substring(slash + 1)));
      } catch (PatternSyntaxException bad) {
        // Go's filepath.Match refuses a malformed pattern ("[" unclosed): it matches nothing.
        out.add(src);
        continue;
      }
      List<String> hits = new ArrayList<>();
      try {
        for (String n : host.list(req.contextDir() + (dir.isEmpty() ? "" : "/" + dir))) {
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

  /** Copies from an earlier stage or image ({@code COPY --from}) into the build's files. */
  private void fromStage(Instruction ins, String from) {
    BuildState s = run.s;
    List<String> words = new ArrayList<>(words(ins));
    String dest = words.remove(words.size() - 1);
    UnionView source = run.view(new FsTree(run.sourceRoot(from)));
    FsTree tree = new FsTree(s.rootfs);
    UnionView target = run.view(tree);
    String absDest = dest.startsWith("/") ? dest : (s.workdir.isEmpty() ? "/" : s.workdir + "/") + dest;
    boolean toDir = dest.endsWith("/") || words.size() > 1 || isDir(target, absDest);
    for (String src : words) {
      if (!source.exists(src)) {
        throw run.classic ? BuildErrors.classicStageFileMissing(src) : BuildErrors.stageFileMissing(src);
      }
      String to = toDir ? absDest.replaceAll("/+$", "") + "/" + baseName(src) : absDest;
      if (source.stat(src).isDirectory()) {
        // a folder's contents go to the destination, never the folder itself, one source or many (b50)
        BuildFiles.copyBetween(source, src, target, absDest);
      } else {
        target.mkdir(parent(to), true);
        target.write(to, source.read(src), false);
        target.chmod(to, source.stat(src).mode());
      }
    }
    s.rootfs = tree.root();
  }

  /** Runs COPY or ADD; {@code title} names the step in BuildKit's error block. */
  void copy(Instruction ins, String title) {
    if (ins.copyFrom() != null) {
      fromStage(ins, ins.copyFrom());
      return;
    }
    BuildState s = run.s;
    if (!ins.heredocs().isEmpty()) {
      // COPY <<EOF /path: the here-document becomes the file.
      String[] w = words(ins).toArray(new String[0]);
      String dest = w[w.length - 1];
      String abs = dest.startsWith("/") ? dest : (s.workdir.isEmpty() ? "/" : s.workdir + "/") + dest;
      FsTree tree = new FsTree(s.rootfs);
      UnionView target = run.view(tree);
      target.mkdir(parent(abs), true);
      target.write(abs, ins.heredocs().get(0).getBytes(StandardCharsets.UTF_8), false);
      s.rootfs = tree.root();
      return;
    }
    List<String> words = new ArrayList<>(words(ins));
    String dest = words.remove(words.size() - 1);
    boolean globs = words.stream().anyMatch(w -> w.matches(".*[*?\\[].*"));
    words = globbed(words);
    FsTree tree = new FsTree(s.rootfs);
    UnionView target = run.view(tree);
    target.mkdir("/", true);
    String absDest = dest.startsWith("/") ? dest : (s.workdir.isEmpty() ? "/" : s.workdir + "/") + dest;
    boolean toDir = dest.endsWith("/") || words.size() > 1 || globs || isDir(target, absDest);
    for (String src : words) {
      String path = req.contextDir() + "/" + src;
      if (!inContext(src) && run.classic) {
        throw BuildErrors.classicContextFileMissing(src);
      }
      if (!inContext(src)) {
        String checksum = "failed to calculate checksum of ref " + BuildRun.Ids.ref() + "::"
            + BuildRun.Ids.ref().substring(0, 25) + ": \"/" + src.replaceFirst("^\\./", "") + "\": not found";
        // The step's own line names only the checksum failure (seen on the real engine).
        run.progress().failed(checksum, title, List.of());
        run.progress().source(ins.line());
        throw BuildErrors.contextFileMissing("failed to compute cache key: " + checksum);
      }
      String to = toDir ? absDest.replaceAll("/+$", "") + "/" + baseName(src) : absDest;
      if (host.stat(path).isDirectory()) {
        // a folder's contents go to the destination, never the folder itself, one source or many (b50)
        to = absDest;
        copyTree(path, src, target, to);
      } else if (ins instanceof Instruction.Add && BuildFiles.isTar(host.read(path))) {
        // ADD unpacks a local tar archive (plain or gzip) into the destination folder.
        BuildFiles.unpack(host.read(path), target, toDir ? absDest : parent(absDest));
      } else {
        target.mkdir(parent(to), true);
        target.write(to, host.read(path), false);
        target.chmod(to, host.stat(path).mode());
      }
      ownAndMode(ins, target, to);
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
    int[] ids = chown == null ? null : run.backend().owner(target, chown);
    BuildFiles.apply(target, path, chmod == null ? -1 : Integer.parseInt(chmod, 8), ids);
  }

  private void copyTree(String from, String rel, UnionView target, String to) {
    target.mkdir(to, true);
    for (String name : host.list(from)) {
      String p = from + "/" + name;
      String r = rel.equals(".") || rel.isEmpty() ? name : rel.replaceAll("/+$", "") + "/" + name;
      if (ignore().excluded(r)) {
        continue;
      }
      if (host.stat(p).isDirectory()) {
        copyTree(p, r, target, to + "/" + name);
      } else {
        target.write(to + "/" + name, host.read(p), false);
      }
    }
  }

  /** Returns what a COPY/ADD's sources key its cache with: their content's checksums. */
  String sources(Instruction ins) {
    StringBuilder sb = new StringBuilder();
    if (!ins.heredocs().isEmpty()) {
      return LayerDiff.checksum(String.join("\u0000", ins.heredocs()).getBytes(StandardCharsets.UTF_8));
    }
    String from = ins.copyFrom();
    if (from != null) {
      // COPY --from: the files come from an earlier stage or an image; their content keys the cache.
      Node.Dir root = run.sourceRoot(from);
      String[] w = words(ins).toArray(new String[0]);
      for (int i = 0; i < w.length - 1; i++) {
        Node n = new FsTree(root).lookup(BuildFiles.split(w[i]));
        // The same content checksum as a context file gets, so the history's "file:" id matches.
        sb.append(n == null ? "missing" : n instanceof Node.RegularFile ? LayerDiff.checksum(((Node.RegularFile) n).content())
            : LayerDiff.checksum(n.toString().getBytes(StandardCharsets.UTF_8)));
      }
      return sb.toString();
    }
    String[] words = words(ins).toArray(new String[0]);
    for (int i = 0; i < words.length - 1; i++) {
      sb.append(checksum(req.contextDir() + "/" + words[i]));
    }
    return sb.toString();
  }

  private String checksum(String path) {
    try {
      if (host.stat(path).isDirectory()) {
        StringBuilder sb = new StringBuilder();
        for (String n : host.list(path)) {
          sb.append(n).append(':').append(checksum(path + "/" + n));
        }
        return LayerDiff.checksum(sb.toString().getBytes(StandardCharsets.UTF_8));
      }
      return LayerDiff.checksum(host.read(path));
    } catch (FsException e) {
      return "missing";
    }
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

  static String parent(String p) {
    int i = p.lastIndexOf('/');
    return i <= 0 ? "/" : p.substring(0, i);
  }
}
