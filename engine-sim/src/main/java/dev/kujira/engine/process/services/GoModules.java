package dev.kujira.engine.process.services;

import dev.kujira.engine.process.Proc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The simulated Go module proxy and module cache: the modules of the Go tutorial
 * (go.dev/doc/tutorial/getting-started: rsc.io/quote v1.5.2 and what it requires, with their
 * published go.sum lines), {@code go get}, {@code go mod tidy}, {@code go mod download} and the
 * downloads a build does. A module is downloaded once into /go/pkg/mod (GOMODCACHE), printing
 * "go: downloading PATH VERSION" on stderr as cmd/go does; go.mod gets Go 1.17's two require blocks
 * (direct, then "// indirect"). Only this small catalogue is served: any other module path is one
 * {@code kujira:} line, not an invented answer.
 */
final class GoModules {
  /** A module version: what it requires and its two go.sum lines. */
  record Module(String path, String version, List<String> requires, String zipHash, String modHash) {
  }

  static final Map<String, Module> PROXY = new LinkedHashMap<>();
  /** The exported functions of the catalogue's packages that return a string, and what they return. */
  static final Map<String, String> CALLS = Map.of(
      "rsc.io/quote.Go", "Don't communicate by sharing memory, share memory by communicating.",
      "rsc.io/quote.Hello", "Hello, world.",
      "rsc.io/quote.Glass", "I can eat glass and it doesn't hurt me.",
      "rsc.io/quote.Opt", "If a program is too slow, it must have a loop.");

  static {
    add(new Module("rsc.io/quote", "v1.5.2", List.of("rsc.io/sampler"), "w5fcysjrx7yqtD/aO+QwRjYZOKnaM9Uh2b40tElTs3Y=",
        "LzX7hefJvL54yjefDEDHNONDjII0t9xZLPXsUe+TKr0="));
    add(new Module("rsc.io/sampler", "v1.3.0", List.of("golang.org/x/text"), "7uVkIFmeBqHfdjD+gZwtXXI+RODJ2Wc4O7MPEh/QiW4=",
        "T1hPZKmBbMNahiBKFy5HrXp6adAjACjK9JXDnKaTXpA="));
    add(new Module("golang.org/x/text", "v0.0.0-20170915032832-14c0d48ead0c", List.of(),
        "qgOY6WgZOaTkIIMiVjBQcw93ERBE4m30iBm00nkL0i8=", "NqM8EUOU14njkJ3fqMW+pc6Ldnwhi/IjpwHt7yyuwOQ="));
  }

  private GoModules() {
  }

  private static void add(Module m) {
    PROXY.put(m.path(), m);
  }

  /** Returns the catalogue's module that provides package {@code pkg}. */
  static Optional<Module> providing(String pkg) {
    return PROXY.values().stream().filter(m -> pkg.equals(m.path()) || pkg.startsWith(m.path() + "/")).findFirst();
  }

  /** Returns {@code roots} and everything they require, roots first. */
  static List<Module> closure(List<Module> roots) {
    Set<Module> seen = new LinkedHashSet<>();
    List<Module> todo = new ArrayList<>(roots);
    while (!todo.isEmpty()) {
      Module m = todo.remove(0);
      if (seen.add(m)) {
        m.requires().forEach(r -> todo.add(PROXY.get(r)));
      }
    }
    return new ArrayList<>(seen);
  }

  /** Downloads into the module cache what is not there yet, printing cmd/go's line for each unless {@code quiet}. */
  static void download(Proc p, List<Module> modules, boolean quiet) {
    for (Module m : modules) {
      String dir = cache(p) + "/" + m.path() + "@" + m.version();
      if (!p.fs().exists(dir)) {
        if (!quiet) {
          p.stderr().println("go: downloading " + m.path() + " " + m.version());
        }
        p.fs().mkdir(dir, true);
        p.fs().write(dir + "/go.mod", ("module " + m.path() + "\n").getBytes(StandardCharsets.UTF_8), false);
      }
    }
  }

  private static String cache(Proc p) {
    return p.env().getOrDefault("GOMODCACHE", p.env().getOrDefault("GOPATH", "/go") + "/pkg/mod");
  }

  /** The modules go.mod's require lines name, by path. */
  static Map<String, String> required(String goMod) {
    Map<String, String> out = new TreeMap<>();
    boolean block = false;
    for (String raw : goMod.split("\n")) {
      String l = raw.replaceAll("//.*$", "").strip();
      if (l.equals("require (")) {
        block = true;
      } else if (block && l.equals(")")) {
        block = false;
      } else if (block && !l.isEmpty() || l.startsWith("require ")) {
        String[] f = l.replaceFirst("^require\\s+", "").split("\\s+");
        if (f.length >= 2) {
          out.put(f[0], f[1]);
        }
      }
    }
    return out;
  }

  /**
   * Rewrites go.mod's requirements as cmd/go writes them since Go 1.17: the modules whose packages
   * the main module imports in one block, the others marked indirect in a second; and go.sum, sorted.
   */
  static void write(Proc p, String goModPath, String goMod, Set<String> modules, Set<String> direct) {
    StringBuilder head = new StringBuilder();
    boolean block = false;
    for (String raw : goMod.split("\n", -1)) {
      String l = raw.strip();
      if (l.equals("require (")) {
        block = true;
      } else if (block) {
        block = !l.equals(")");
      } else if (!l.startsWith("require ")) {
        head.append(raw).append('\n');
      }
    }
    String text = head.toString().replaceAll("\n+$", "\n");
    List<String> d = modules.stream().filter(direct::contains).sorted().map(m -> m + " " + PROXY.get(m).version()).toList();
    List<String> ind = modules.stream().filter(m -> !direct.contains(m)).sorted()
        .map(m -> m + " " + PROXY.get(m).version() + " // indirect").toList();
    text += block(d) + block(ind);
    p.fs().write(goModPath, text.getBytes(StandardCharsets.UTF_8), false);
    Set<String> sums = new TreeSet<>();
    for (String m : modules) {
      Module mod = PROXY.get(m);
      sums.add(m + " " + mod.version() + " h1:" + mod.zipHash());
      sums.add(m + " " + mod.version() + "/go.mod h1:" + mod.modHash());
    }
    String dir = goModPath.substring(0, goModPath.lastIndexOf('/'));
    p.fs().write(dir + "/go.sum", (String.join("\n", sums) + "\n").getBytes(StandardCharsets.UTF_8), false);
  }

  private static String block(List<String> lines) {
    if (lines.isEmpty()) {
      return "";
    }
    if (lines.size() == 1) {
      return "\nrequire " + lines.get(0) + "\n";
    }
    return "\nrequire (\n\t" + String.join("\n\t", lines) + "\n)\n";
  }
}
