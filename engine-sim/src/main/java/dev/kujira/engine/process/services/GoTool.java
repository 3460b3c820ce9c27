package dev.kujira.engine.process.services;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.CompiledProgram;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The golang images' {@code go} command: {@code version}, {@code env}, {@code mod init},
 * {@code mod tidy}/{@code download} (nothing to fetch for the standard library), {@code run} and
 * {@code build} of a main package ({@link GoSource}), in module mode as Go 1.22 always is;
 * {@code go get}, {@code go mod tidy}/{@code download} and a build's downloads through {@link GoModules}. Words
 * from cmd/go 1.22 (modload/init.go, run.go, build.go). {@code go build} writes an executable
 * that carries its program, so {@code COPY --from=build /app /app} keeps it working.
 */
final class GoTool {
  /** The executable marker of the binaries go build writes. */
  static final String BINARY = "go-binary";

  private GoTool() {
  }

  /** Returns the go command. */
  static Program program() {
    return GoTool::run;
  }

  /** Returns the program of the binaries go build writes: each runs the source it carries. */
  static CompiledProgram binary() {
    return body -> (p, argv) -> {
      GoSource.Compiled c = GoSource.compile("main.go", body, null);
      return c.error() != null ? 2 : GoSource.run(p, c.steps());
    };
  }

  private static String version(Proc p) {
    return "go" + p.env().getOrDefault("GOLANG_VERSION", "1.23.4");
  }

  private static int run(Proc p, List<String> argv) {
    String cmd = argv.size() > 1 ? argv.get(1) : "";
    List<String> args = argv.subList(Math.min(2, argv.size()), argv.size());
    switch (cmd) {
      case "version":
        p.stdout().println("go version " + version(p) + " linux/amd64");
        return 0;
      case "env":
        args.forEach(v -> p.stdout().println(env(p, v)));
        return 0;
      case "mod":
        return mod(p, args);
      case "get":
        return get(p, args);
      case "run":
      case "build":
        return build(p, cmd, args);
      case "":
        p.stderr().println("Go is a tool for managing Go source code.");
        p.stderr().println();
        p.stderr().println("Usage:");
        p.stderr().println();
        p.stderr().println("\tgo <command> [arguments]");
        return 2;
      default:
        return Scripts.unsupported(p, "go", "go " + cmd);
    }
  }

  private static String env(Proc p, String name) {
    Map<String, String> known = Map.of("GOPATH", "/go", "GOROOT", "/usr/local/go", "GOOS", "linux", "GOARCH", "amd64",
        "GOVERSION", version(p), "GOMODCACHE", "/go/pkg/mod", "GOCACHE", "/root/.cache/go-build", "GOTOOLCHAIN", "local",
        "GOPROXY", "https://proxy.golang.org,direct", "CGO_ENABLED", "1");
    return p.env().getOrDefault(name, known.getOrDefault(name, ""));
  }

  private static int mod(Proc p, List<String> args) {
    String sub = args.isEmpty() ? "" : args.get(0);
    String cwd = p.fs().cwd();
    if (sub.equals("init")) {
      if (Scripts.exists(p, cwd + "/go.mod")) {
        p.stderr().println("go: " + path(cwd, "go.mod") + " already exists");
        return 1;
      }
      if (args.size() < 2) {
        p.stderr().println("go: cannot determine module path for source directory " + cwd + " (outside GOPATH, module path"
            + " must be specified)");
        p.stderr().println();
        p.stderr().println("Example usage:");
        p.stderr().println("\t'go mod init example.com/m' to initialize a v0 or v1 module");
        p.stderr().println("\t'go mod init example.com/m/v2' to initialize a v2 module");
        p.stderr().println();
        p.stderr().println("Run 'go help mod init' for more information.");
        return 1;
      }
      // Since Go 1.21 the go line names the toolchain's full version.
      p.fs().write(path(cwd, "go.mod"), ("module " + args.get(1) + "\n\ngo " + version(p).substring(2) + "\n")
          .getBytes(StandardCharsets.UTF_8), false);
      p.stderr().println("go: creating new go.mod: module " + args.get(1));
      if (!goFiles(p, cwd).isEmpty()) {
        p.stderr().println("go: to add module requirements and sums:");
        p.stderr().println("\tgo mod tidy");
      }
      return 0;
    }
    if (sub.equals("tidy") || sub.equals("download") || sub.equals("verify")) {
      if (module(p).isEmpty()) {
        p.stderr().println("go: go.mod file not found in current directory or any parent directory; see 'go help modules'");
        return 1;
      }
      if (sub.equals("tidy")) {
        return tidy(p);
      }
      if (sub.equals("download")) {
        return need(p, new java.util.ArrayList<>(GoModules.required(goMod(p)).keySet()), true);
      }
      if (sub.equals("verify")) {
        p.stdout().println("all modules verified");
      }
      return 0;
    }
    return Scripts.unsupported(p, "go", "go mod " + sub);
  }

  private static int build(Proc p, String cmd, List<String> args) {
    String out = null;
    int i = 0;
    while (i < args.size() && args.get(i).startsWith("-")) {
      String a = args.get(i++);
      if (a.equals("-o") && i < args.size() && cmd.equals("build")) {
        out = args.get(i++);
      } else if (!a.equals("-v") && !a.startsWith("-ldflags") && !a.equals("-trimpath")) {
        return Scripts.unsupported(p, "go", "go " + cmd + " " + a);
      }
    }
    List<String> targets = args.subList(i, args.size());
    String cwd = p.fs().cwd();
    String file;
    String name;
    if (!targets.isEmpty() && targets.get(0).endsWith(".go")) {
      file = p.fs().absolute(targets.get(0));
      if (!Scripts.exists(p, file)) {
        p.stderr().println("stat " + targets.get(0) + ": no such file or directory");
        return 1;
      }
      name = file.substring(file.lastIndexOf('/') + 1).replaceAll("\\.go$", "");
    } else {
      if (targets.isEmpty() && cmd.equals("run")) {
        p.stderr().println("go: no go files listed");
        return 1;
      }
      String dir = targets.isEmpty() ? cwd : p.fs().absolute(targets.get(0));
      Optional<String> module = module(p);
      if (module.isEmpty()) {
        p.stderr().println("go: go.mod file not found in current directory or any parent directory; see 'go help modules'");
        return 1;
      }
      Optional<String> main = goFiles(p, dir).stream().filter(f -> Scripts.read(p, path(dir, f)).orElse("")
          .contains("func main()")).findFirst();
      if (main.isEmpty()) {
        p.stderr().println("no Go files in " + dir);
        return 1;
      }
      file = path(dir, main.get());
      name = module.get().substring(module.get().lastIndexOf('/') + 1);
    }
    String text = Scripts.read(p, file).orElse("");
    java.util.Set<String> required = GoModules.required(goMod(p)).keySet();
    // A build fetches the modules of the packages it imports, in import order (cmd/go's loader).
    if (need(p, imported(p).stream().filter(required::contains).toList(), false) != 0) {
      return 1;
    }
    GoSource.Compiled c = GoSource.compile(file, text, required);
    if (c.error() != null) {
      p.stderr().print(c.error());
      return 1;
    }
    if (cmd.equals("run")) {
      return GoSource.run(p, c.steps());
    }
    String target = p.fs().absolute(out == null ? name : out.endsWith("/") ? out + name : out);
    try {
      p.fs().mkdir(target.substring(0, Math.max(1, target.lastIndexOf('/'))), true);
      p.fs().write(target, ("#!kujira:" + BINARY + "\n" + text).getBytes(StandardCharsets.UTF_8), false);
      p.fs().chmod(target, 0755);
    } catch (FsException e) {
      p.stderr().println("go: " + e.error().message());
      return 1;
    }
    return 0;
  }

  /** go get PKG[@VERSION]...: downloads the modules and adds them to go.mod (modload, modget 1.22). */
  private static int get(Proc p, List<String> args) {
    Optional<String> modPath = goModPath(p);
    if (modPath.isEmpty()) {
      p.stderr().println("go: go.mod file not found in current directory or any parent directory.");
      p.stderr().println("\t'go get' is no longer supported outside a module.");
      p.stderr().println("\tTo build and install a command, use 'go install' with a version,");
      p.stderr().println("\tlike 'go install example.com/cmd@latest'");
      p.stderr().println("\tFor more information, see https://golang.org/doc/go-get-install-deprecation");
      p.stderr().println("\tor run 'go help get' or 'go help install'.");
      return 1;
    }
    List<String> paths = new java.util.ArrayList<>();
    for (String a : args) {
      if (a.startsWith("-")) {
        return Scripts.unsupported(p, "go", "go get " + a);
      }
      paths.add(a.contains("@") ? a.substring(0, a.indexOf('@')) : a);
    }
    java.util.Map<String, String> before = GoModules.required(goMod(p));
    if (need(p, paths, false) != 0) {
      return 1;
    }
    java.util.Set<String> all = new java.util.TreeSet<>(before.keySet());
    GoModules.closure(paths.stream().map(x -> GoModules.providing(x).get()).toList()).forEach(m -> all.add(m.path()));
    GoModules.write(p, modPath.get(), goMod(p), all, imported(p));
    all.stream().filter(m -> !before.containsKey(m))
        .forEach(m -> p.stderr().println("go: added " + m + " " + GoModules.PROXY.get(m).version()));
    return 0;
  }

  /** go mod tidy: requires exactly what the packages import, finding the missing modules first. */
  private static int tidy(Proc p) {
    java.util.Map<String, String> before = GoModules.required(goMod(p));
    java.util.Set<String> direct = imported(p);
    java.util.Set<String> all = new java.util.TreeSet<>();
    for (String pkg : imports(p)) {
      Optional<GoModules.Module> m = GoModules.providing(pkg);
      if (m.isEmpty()) {
        return Scripts.unsupported(p, "go", "the module of " + pkg + " (kujira's module proxy serves the Go tutorial's"
            + " rsc.io/quote and what it requires)");
      }
      if (!before.containsKey(m.get().path())) {
        p.stderr().println("go: finding module for package " + pkg);
        GoModules.download(p, List.of(m.get()), false);
        p.stderr().println("go: found " + pkg + " in " + m.get().path() + " " + m.get().version());
      }
      GoModules.closure(List.of(m.get())).forEach(x -> all.add(x.path()));
    }
    need(p, new java.util.ArrayList<>(all), false);
    GoModules.write(p, goModPath(p).get(), goMod(p), all, direct);
    return 0;
  }

  /**
   * Downloads the modules providing {@code paths} and what they require (silently for go mod download,
   * which prints nothing without -x); 1 with a kujira line for others.
   */
  private static int need(Proc p, List<String> paths, boolean quiet) {
    List<GoModules.Module> roots = new java.util.ArrayList<>();
    for (String path : paths) {
      Optional<GoModules.Module> m = GoModules.providing(path);
      if (m.isEmpty()) {
        return Scripts.unsupported(p, "go", "the module " + path + " (kujira's module proxy serves the Go tutorial's"
            + " rsc.io/quote and what it requires)");
      }
      roots.add(m.get());
    }
    if (!roots.isEmpty() && p.network().interfaces().stream().allMatch(i -> i.name().equals("lo"))) {
      return Scripts.unsupported(p, "go", "downloading modules without a network (proxy.golang.org is unreachable)");
    }
    GoModules.download(p, GoModules.closure(roots), quiet);
    return 0;
  }

  /** The non-standard import paths of the package in the working directory. */
  private static java.util.Set<String> imports(Proc p) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    java.util.regex.Pattern q = java.util.regex.Pattern.compile("\"([a-z0-9-]+\\.[a-z.]+/[^\"]+)\"");
    for (String f : goFiles(p, p.fs().cwd())) {
      String text = Scripts.read(p, path(p.fs().cwd(), f)).orElse("");
      java.util.regex.Matcher block = java.util.regex.Pattern.compile("import\\s*\\(([^)]*)\\)|import\\s+(\"[^\"]+\")")
          .matcher(text);
      while (block.find()) {
        java.util.regex.Matcher m = q.matcher(block.group(1) != null ? block.group(1) : block.group(2));
        while (m.find()) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }

  /** The module paths whose packages the working directory's package imports. */
  private static java.util.Set<String> imported(Proc p) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    imports(p).forEach(i -> GoModules.providing(i).ifPresent(m -> out.add(m.path())));
    return out;
  }

  private static Optional<String> goModPath(Proc p) {
    for (String d = p.fs().cwd(); ; d = d.substring(0, d.lastIndexOf('/'))) {
      if (Scripts.exists(p, path(d, "go.mod"))) {
        return Optional.of(path(d, "go.mod"));
      }
      if (d.isEmpty() || d.equals("/")) {
        return Optional.empty();
      }
    }
  }

  private static String goMod(Proc p) {
    return goModPath(p).flatMap(f -> Scripts.read(p, f)).orElse("");
  }

  /** The module path of the go.mod in the working directory or a parent. */
  private static Optional<String> module(Proc p) {
    for (String d = p.fs().cwd(); ; d = d.substring(0, d.lastIndexOf('/'))) {
      Optional<String> mod = Scripts.read(p, path(d, "go.mod"));
      if (mod.isPresent()) {
        return mod.get().lines().filter(l -> l.startsWith("module ")).map(l -> l.substring(7).strip()).findFirst();
      }
      if (d.isEmpty() || d.equals("/")) {
        return Optional.empty();
      }
    }
  }

  private static List<String> goFiles(Proc p, String dir) {
    try {
      return p.fs().list(dir).stream().filter(f -> f.endsWith(".go") && !f.endsWith("_test.go")).sorted().toList();
    } catch (FsException e) {
      return List.of();
    }
  }

  private static String path(String dir, String name) {
    return (dir.endsWith("/") ? dir : dir + "/") + name;
  }
}
