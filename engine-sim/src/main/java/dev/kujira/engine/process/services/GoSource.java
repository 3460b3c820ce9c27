package dev.kujira.engine.process.services;

import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Go a learner's first main package is written in, compiled to steps: {@code fmt.Println},
 * {@code fmt.Print}, {@code fmt.Printf} and {@code log.Println} of string literals, and a
 * net/http server ({@code http.HandleFunc} with a handler writing a literal through
 * {@code fmt.Fprint*} or {@code w.Write}, then {@code http.ListenAndServe(":PORT", nil)}, which
 * listens on every address and logs nothing per request, as net/http does). An import outside the
 * standard library fails the build with the go command's "no required module provides package"
 * error (modules are not downloaded here); any other line is one {@code kujira:} line.
 */
final class GoSource {
  private static final Set<String> STD = Set.of("fmt", "log", "net/http", "os", "strings", "time", "strconv", "errors",
      "io", "bufio", "math", "sort", "sync", "context", "encoding/json", "path/filepath", "net", "bytes");
  private static final Pattern IMPORT = Pattern.compile("import\\s+\"([^\"]+)\"");
  private static final Pattern PRINT = Pattern.compile("fmt\\.(Println|Print|Printf)\\((.*)\\)");
  private static final Pattern CALL = Pattern.compile("(\\w+)\\.(\\w+)\\(\\)");
  private static final Pattern LOG = Pattern.compile("log\\.(Println|Print|Printf)\\((.*)\\)");
  private static final Pattern HANDLE = Pattern.compile("http\\.HandleFunc\\(\\s*(\"[^\"]*\")\\s*,\\s*func\\s*\\(\\s*(\\w+)"
      + "\\s+http\\.ResponseWriter\\s*,\\s*\\w+\\s+\\*http\\.Request\\s*\\)\\s*\\{");
  private static final Pattern WRITE = Pattern.compile("(?:fmt\\.Fprint(?:ln|f)?\\(\\s*(\\w+)\\s*,\\s*(.*)\\)"
      + "|(\\w+)\\.Write\\(\\[\\]byte\\((.*)\\)\\))");
  private static final Pattern LISTEN = Pattern.compile("(?:log\\.Fatal\\()?(?:err\\s*:?=\\s*)?http\\.ListenAndServe\\("
      + "\\s*\"([^\"]*):(\\d+)\"\\s*,\\s*nil\\s*\\)\\)?");
  /** The standard logger's prefix: log.LstdFlags, "2009/11/10 23:00:00 ". */
  private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

  /** One step of the compiled main function. */
  sealed interface Step permits Print, Serve {
  }

  /** Writes {@code text} to stdout, or to stderr with the log prefix. */
  record Print(String text, boolean log) implements Step {
  }

  /** Serves {@code routes} (path to body) on {@code port}; blocks. */
  record Serve(int port, Map<String, String> routes) implements Step {
  }

  /** The compiled program, or the error the go command prints (status 1). */
  record Compiled(List<Step> steps, String error) {
  }

  private GoSource() {
  }

  /** Compiles the main package in {@code file}; {@code error} is set when the build fails. */
  static Compiled compile(String file, String text) {
    return compile(file, text, Set.of());
  }

  /**
   * Compiles as {@link #compile(String, String)} with the packages of {@code modules} (module paths
   * that go.mod requires; null: any of {@link GoModules}' catalogue, for a built binary) importable,
   * their string functions ({@code quote.Go()}) usable where a literal is.
   */
  static Compiled compile(String file, String text, Set<String> modules) {
    Map<String, String> aliases = new java.util.HashMap<>();
    List<Step> steps = new ArrayList<>();
    Map<String, String> routes = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    boolean inImports = false;
    boolean inMain = false;
    boolean sawPackage = false;
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].replaceAll("\\s+//.*$", "").strip();
      Matcher m;
      if (line.isEmpty() || line.startsWith("//")) {
        continue;
      }
      if (!sawPackage) {
        if (!line.equals("package main")) {
          return unsupported(file, n, line);
        }
        sawPackage = true;
      } else if (inImports) {
        if (line.equals(")")) {
          inImports = false;
        } else {
          String error = checkImport(file, n, lines[n], line.replace("\"", "").strip(), modules, aliases);
          if (error != null) {
            return new Compiled(List.of(), error);
          }
        }
      } else if (line.equals("import (")) {
        inImports = true;
      } else if ((m = IMPORT.matcher(line)).matches()) {
        String error = checkImport(file, n, lines[n], m.group(1), modules, aliases);
        if (error != null) {
          return new Compiled(List.of(), error);
        }
      } else if (!inMain && line.matches("func\\s+main\\(\\)\\s*\\{")) {
        inMain = true;
      } else if (inMain && line.equals("}")) {
        inMain = false;
      } else if (inMain && (m = PRINT.matcher(line)).matches()) {
        String s = literal(m.group(2));
        Matcher call = CALL.matcher(m.group(2).strip());
        if (s == null && call.matches() && aliases.containsKey(call.group(1))) {
          s = GoModules.CALLS.get(aliases.get(call.group(1)) + "." + call.group(2));
        }
        if (s == null) {
          return unsupported(file, n, line);
        }
        steps.add(new Print(m.group(1).equals("Println") ? s + "\n" : s, false));
      } else if (inMain && (m = LOG.matcher(line)).matches()) {
        String s = literal(m.group(2));
        if (s == null) {
          return unsupported(file, n, line);
        }
        steps.add(new Print(s.endsWith("\n") ? s : s + "\n", true));
      } else if (inMain && (m = HANDLE.matcher(line)).matches() && n + 2 < lines.length) {
        Matcher w = WRITE.matcher(lines[n + 1].strip());
        String body = w.matches() ? literal(w.group(2) != null ? w.group(2) : w.group(4)) : null;
        if (body == null || !lines[n + 2].strip().equals("})")) {
          return unsupported(file, n + 1, lines[n + 1]);
        }
        routes.put(literal(m.group(1)), lines[n + 1].contains("Fprintln") ? body + "\n" : body);
        n += 2;
      } else if (inMain && (m = LISTEN.matcher(line)).matches()) {
        steps.add(new Serve(Integer.parseInt(m.group(2)), routes));
      } else {
        return unsupported(file, n, line);
      }
    }
    return new Compiled(steps, null);
  }

  private static String checkImport(String file, int n, String raw, String path, Set<String> modules,
      Map<String, String> aliases) {
    if (STD.contains(path)) {
      return null;
    }
    java.util.Optional<GoModules.Module> mod = GoModules.providing(path);
    if (mod.isPresent() && (modules == null || modules.contains(mod.get().path()))) {
      aliases.put(path.substring(path.lastIndexOf('/') + 1), path);
      return null;
    }
    if (path.split("/")[0].contains(".")) {
      // cmd/go's ImportMissingError, as `go build` prints it in a module without that requirement.
      int col = raw.indexOf('"') + 1;
      return base(file) + ":" + (n + 1) + ":" + col + ": no required module provides package " + path
          + "; to add it:\n\tgo get " + path + "\n";
    }
    return "kujira: go: " + file + " line " + (n + 1) + " is not simulated: import \"" + path + "\"\n";
  }

  private static Compiled unsupported(String file, int n, String line) {
    return new Compiled(List.of(), "kujira: go: " + file + " line " + (n + 1) + " is not simulated: " + line.strip() + "\n");
  }

  private static String base(String file) {
    return file.substring(file.lastIndexOf('/') + 1);
  }

  /** A Go interpreted string literal ("…" with escapes) or raw string (`…`); null for anything else. */
  static String literal(String text) {
    String t = text.strip();
    if (t.length() < 2 || !(t.startsWith("\"") && t.endsWith("\"") || t.startsWith("`") && t.endsWith("`"))) {
      return null;
    }
    return t.startsWith("`") ? t.substring(1, t.length() - 1) : Scripts.literal(t, Map.of()).orElse(null);
  }

  /** Runs compiled steps as the built binary does. */
  static int run(Proc p, List<Step> steps) {
    for (Step s : steps) {
      if (s instanceof Print pr) {
        if (pr.log()) {
          p.stderr().print(LOG_TIME.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC)) + " " + pr.text());
        } else {
          p.stdout().print(pr.text());
        }
      } else if (s instanceof Serve sv) {
        p.stdout().flush();
        p.stderr().flush();
        // A Go program installs no signal handler: as PID 1 it ignores SIGTERM, so docker stop waits for its KILL.
        return Scripts.serve(p, sv.port(), false, r -> answer(sv.routes(), r), Set.of(), () -> 0);
      }
    }
    return 0;
  }

  /** net/http's ServeMux: "/" matches every path; text bodies sniff as text/plain; a miss is "404 page not found". */
  private static NetworkView.HttpResult answer(Map<String, String> routes, NetworkView.Request r) {
    String path = r.path().split("\\?")[0];
    String best = null;
    for (String pattern : routes.keySet()) {
      boolean match = pattern.endsWith("/") ? path.startsWith(pattern) : path.equals(pattern);
      if (match && (best == null || pattern.length() > best.length())) {
        best = pattern;
      }
    }
    if (best == null) {
      return Scripts.answer(404, "Not Found", "404 page not found\n", List.of("Content-Type: text/plain; charset=utf-8",
          "X-Content-Type-Options: nosniff"));
    }
    String body = routes.get(best);
    String type = body.stripLeading().startsWith("<") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
    return Scripts.answer(200, "OK", body, List.of("Content-Type: " + type));
  }
}
