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
 * {@code build} of a main package ({@link GoSource}), in module mode as Go 1.22 always is. Words
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
      GoSource.Compiled c = GoSource.compile("main.go", body);
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
      for (String f : goFiles(p, cwd)) {
        GoSource.Compiled c = GoSource.compile(f, Scripts.read(p, path(cwd, f)).orElse(""));
        if (c.error() != null && c.error().contains("no required module")) {
          return Scripts.unsupported(p, "go", "downloading modules (go mod " + sub + ")");
        }
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
    GoSource.Compiled c = GoSource.compile(file, text);
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
