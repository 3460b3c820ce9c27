package dev.kujira.engine.process.services;

import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ruby images' {@code ruby}: {@code -v}, {@code -e CODE} (repeatable) and a script file whose
 * lines {@code puts}, {@code print} or {@code p} string literals and {@code require} libraries:
 * the standard library, or gems that gem or bundle installed under GEM_HOME (/usr/local/bundle).
 * A missing one is Ruby 3.3's LoadError, webrick included (a bundled gem no more since Ruby 3.0).
 * Any other line ends the script with one {@code kujira:} line.
 */
final class RubyScript {
  private static final Set<String> STDLIB = Set.of("json", "set", "time", "date", "socket", "net/http", "uri", "open-uri",
      "securerandom", "digest", "fileutils", "yaml", "erb", "logger", "optparse", "pp", "benchmark", "csv", "English",
      "pathname", "stringio", "tempfile", "timeout", "base64", "bundler/setup", "rubygems", "bundler");
  private static final Pattern REQUIRE = Pattern.compile("require(?:_relative)?\\s*\\(?\\s*(['\"])([^'\"]+)\\1\\s*\\)?");
  private static final Pattern OUTPUT = Pattern.compile("(puts|print|p|\\$stderr\\.puts|warn)(?:\\s+|\\()(.*?)\\)?");

  private RubyScript() {
  }

  /** Returns ruby printing {@code version} for -v. */
  static Program program(String version) {
    return (p, argv) -> {
      List<String> code = new ArrayList<>();
      int i = 1;
      for (; i < argv.size() && argv.get(i).startsWith("-"); i++) {
        String a = argv.get(i);
        if (a.equals("-v") || a.equals("--version")) {
          p.stdout().println(version);
          if (a.equals("--version") || i + 1 >= argv.size()) {
            return 0;
          }
        } else if (a.equals("-e") && i + 1 < argv.size()) {
          code.add(argv.get(++i));
        } else {
          return Scripts.unsupported(p, "ruby", "the option " + a);
        }
      }
      if (!code.isEmpty()) {
        return run(p, "-e", String.join("\n", code));
      }
      if (i >= argv.size()) {
        return 0; // the program from stdin, empty without a terminal
      }
      String file = p.fs().absolute(argv.get(i));
      Optional<String> text = Scripts.read(p, file);
      if (text.isEmpty()) {
        p.stderr().println("ruby: No such file or directory -- " + argv.get(i) + " (LoadError)");
        return 1;
      }
      return run(p, argv.get(i), text.get());
    };
  }

  private static int run(Proc p, String file, String text) {
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].replaceAll("\\s+#.*$", "").strip();
      Matcher m;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if ((m = REQUIRE.matcher(line)).matches()) {
        String lib = m.group(2);
        if (line.startsWith("require_relative")) {
          String dir = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : ".";
          if (!Scripts.exists(p, p.fs().absolute(dir + "/" + lib + (lib.endsWith(".rb") ? "" : ".rb")))) {
            return unsupported(p, file, n, line);
          }
        } else if (!STDLIB.contains(lib) && !gemInstalled(p, lib.split("/")[0])) {
          loadError(p, file, n, lib);
          return 1;
        }
      } else if ((m = OUTPUT.matcher(line)).matches()) {
        Optional<String> s = literal(m.group(2));
        if (s.isEmpty()) {
          return unsupported(p, file, n, line);
        }
        switch (m.group(1)) {
          case "puts" -> p.stdout().print(s.get().endsWith("\n") ? s.get() : s.get() + "\n");
          case "print" -> p.stdout().print(s.get());
          case "p" -> p.stdout().println(inspect(s.get()));
          default -> p.stderr().print(s.get().endsWith("\n") ? s.get() : s.get() + "\n");
        }
      } else {
        return unsupported(p, file, n, line);
      }
    }
    return 0;
  }

  /** A Ruby string literal: double quotes with escapes, single quotes as they stand. */
  private static Optional<String> literal(String text) {
    String t = text.strip();
    if (t.length() >= 2 && t.startsWith("'") && t.endsWith("'")) {
      return Optional.of(t.substring(1, t.length() - 1).replace("\\'", "'"));
    }
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") && !t.contains("#{")) {
      return Scripts.literal(t, Map.of());
    }
    return Optional.empty();
  }

  private static String inspect(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  static boolean gemInstalled(Proc p, String name) {
    String home = p.env().getOrDefault("GEM_HOME", "/usr/local/bundle");
    try {
      return p.fs().exists(home + "/gems") && p.fs().list(home + "/gems").stream().anyMatch(g -> g.startsWith(name + "-"));
    } catch (dev.kujira.engine.fs.FsException e) {
      return false;
    }
  }

  /** Ruby 3.3's uncaught LoadError from Kernel#require (RubyGems' kernel_require.rb wraps it). */
  private static void loadError(Proc p, String file, int n, String lib) {
    String where = "<internal:/usr/local/lib/ruby/3.3.0/rubygems/core_ext/kernel_require.rb>:136:in `require'";
    p.stderr().println(where + ": cannot load such file -- " + lib + " (LoadError)");
    p.stderr().println("\tfrom " + where);
    p.stderr().println("\tfrom " + file + ":" + (n + 1) + ":in `<main>'");
  }

  private static int unsupported(Proc p, String file, int n, String line) {
    return Scripts.unsupported(p, "ruby", file, n + 1, line);
  }
}
