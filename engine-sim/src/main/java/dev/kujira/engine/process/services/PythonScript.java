package dev.kujira.engine.process.services;

import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import dev.kujira.engine.process.Resolution;
import dev.kujira.engine.process.Signal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * python3 running a learner's script, as far as a first Dockerfile needs: imports (the standard
 * library, site-packages where pip installs, the script's own folder), top-level print() of
 * literals, a Flask app ({@link PythonWeb}) and {@code -m http.server}. stdout is block-buffered
 * when it is not a terminal, as CPython's is, unless -u or PYTHONUNBUFFERED: the Docker gotcha of
 * logs that stay empty. Wording taken from this machine's CPython 3.11.7; where 3.12 differs it says so.
 */
final class PythonScript {
  /** The site-packages directories of the catalogue's Pythons: an image has one, where its pip installs. */
  static final List<String> SITES = List.of("3.13", "3.12", "3.11", "3.10").stream()
      .map(v -> "/usr/local/lib/python" + v + "/site-packages").toList();
  /** The standard library's top-level modules a beginner's script imports (CPython's Lib/). */
  private static final Set<String> STDLIB = Set.of("os", "sys", "json", "time", "math", "random", "datetime", "re",
      "http", "socket", "socketserver", "logging", "pathlib", "subprocess", "collections", "typing", "functools",
      "itertools", "urllib", "sqlite3", "csv", "threading", "signal", "argparse", "shutil", "string", "uuid",
      "hashlib", "base64", "io", "dataclasses", "enum", "abc", "copy", "glob", "tempfile", "unittest", "platform",
      "traceback", "textwrap", "decimal", "statistics", "secrets", "struct", "queue", "asyncio", "contextlib",
      "pprint", "zipfile", "tarfile", "gzip", "getpass", "html", "email", "wsgiref", "xml", "calendar", "locale",
      "operator", "heapq", "bisect", "array", "weakref", "inspect", "types", "warnings", "configparser", "select",
      "ssl", "__future__", "builtins", "atexit", "errno", "fnmatch", "pickle", "shlex", "smtplib", "zoneinfo");

  private PythonScript() {
  }

  /** Returns the python3 program of CPython {@code version} ("3.12.8"), as its executable names it. */
  static Program program(String version) {
    return (p, argv) -> run(p, argv, version);
  }

  private static int run(Proc p, List<String> argv, String version) {
    String self = argv.get(0);
    boolean unbuffered = !p.env().getOrDefault("PYTHONUNBUFFERED", "").isEmpty();
    int i = 1;
    for (; i < argv.size() && argv.get(i).startsWith("-") && !argv.get(i).equals("-"); i++) {
      String a = argv.get(i);
      if (a.equals("--version") || a.equals("-V")) {
        p.stdout().println("Python " + version);
        return 0;
      }
      if (a.equals("-u")) {
        unbuffered = true;
      } else if (a.equals("-m") && i + 1 < argv.size()) {
        return module(p, self, argv.get(i + 1), argv.subList(i + 2, argv.size()), new Out(p, unbuffered, version));
      } else if (!a.equals("-B") && !a.equals("-q")) {
        return Scripts.unsupported(p, self, "the option " + a);
      }
    }
    if (i >= argv.size()) {
      return 0; // the REPL: without a terminal it reads end of input and ends
    }
    String file = p.fs().absolute(argv.get(i));
    Optional<String> text = Scripts.read(p, file);
    if (text.isEmpty()) {
      // CPython names itself by argv[0]: "python3" or "python" as the CMD wrote it.
      p.stderr().println(self + ": can't open file '" + file + "': [Errno 2] No such file or directory");
      return 2;
    }
    return new PythonWeb(p, self, file, new Out(p, unbuffered, version)).run(text.get());
  }

  /** python -m: http.server and pip are modelled; other modules are not. */
  private static int module(Proc p, String self, String name, List<String> args, Out out) {
    if (name.equals("http.server")) {
      return PythonWeb.httpServer(p, args, out);
    }
    if (name.equals("pip")) {
      Resolution r = p.resolve("pip");
      if (r.isFound()) {
        List<String> a = new ArrayList<>(List.of("pip"));
        a.addAll(args);
        return p.exec(r.program(), a, null);
      }
    }
    if (!STDLIB.contains(name.split("\\.")[0]) && !installed(p, name.split("\\.")[0], p.fs().cwd())) {
      // runpy's message names sys.executable, the image's /usr/local/bin/python3 or python (CPython 3.11 here).
      p.stderr().println("/usr/local/bin/" + self.substring(self.lastIndexOf('/') + 1) + ": No module named " + name);
      p.stderr().flush();
      return 1;
    }
    return Scripts.unsupported(p, "python3", "running the module " + name + " (-m " + name + ")");
  }

  /** Returns whether {@code module} imports: the standard library, site-packages, or the script's folder. */
  static boolean importable(Proc p, String module, String scriptDir) {
    return STDLIB.contains(module) || installed(p, module, scriptDir);
  }

  private static boolean installed(Proc p, String module, String dir) {
    List<String> bases = new java.util.ArrayList<>(SITES);
    bases.add(dir);
    for (String base : bases) {
      if (Scripts.exists(p, base + "/" + module) || Scripts.exists(p, base + "/" + module + ".py")) {
        return true;
      }
    }
    return false;
  }

  /** The traceback of an import that finds no module (CPython 3.11; 3.12 prints it the same for an import line). */
  static int moduleNotFound(Proc p, Out out, String file, int line, String text, String module) {
    out.flush();
    p.stderr().println("Traceback (most recent call last):");
    p.stderr().println("  File \"" + file + "\", line " + line + ", in <module>");
    p.stderr().println("    " + text.strip());
    p.stderr().println("ModuleNotFoundError: No module named '" + module + "'");
    return 1;
  }

  /** Parses {@code name(arg, key=value…)} arguments split at top-level commas. */
  static List<String> args(String inside) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    StringBuilder sb = new StringBuilder();
    for (char c : inside.toCharArray()) {
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'' || c == '`') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(sb.toString().strip());
        sb.setLength(0);
        continue;
      }
      sb.append(c);
    }
    if (!sb.toString().isBlank()) {
      out.add(sb.toString().strip());
    }
    return out;
  }

  /** Returns keyword arguments by name. */
  static Map<String, String> keywords(List<String> args) {
    Map<String, String> m = new HashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      if (eq > 0 && a.substring(0, eq).strip().matches("[A-Za-z_]+")) {
        m.put(a.substring(0, eq).strip(), a.substring(eq + 1).strip());
      }
    }
    return m;
  }

  /**
   * sys.stdout: block-buffered (8 KiB) when not a terminal, written at once with -u,
   * PYTHONUNBUFFERED or a tty (CPython's io.TextIOWrapper on a non-interactive stream).
   * A process killed by a signal loses what is still buffered.
   */
  static final class Out {
    private final Proc p;
    private final boolean direct;
    private final StringBuilder buffer = new StringBuilder();
    /** The interpreter's version ("3.12.8"), for the servers' Server headers. */
    final String version;

    Out(Proc p, boolean unbuffered, String version) {
      this.p = p;
      this.version = version;
      this.direct = unbuffered || p.stdinIsTerminal();
    }

    void println(String s) {
      buffer.append(s).append('\n');
      if (direct || buffer.length() >= 8192) {
        flush();
      }
    }

    void flush() {
      if (buffer.length() > 0) {
        p.stdout().print(buffer);
        buffer.setLength(0);
      }
      p.stdout().flush();
    }
  }

  /** The signals CPython handles by default: SIGINT raises KeyboardInterrupt; SIGTERM keeps its default action. */
  static final Set<Signal> STOP = Set.of(Signal.SIGINT);
}
