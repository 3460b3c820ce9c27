package dev.kujira.engine.process.services;

import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The php images' {@code php} CLI and the PHP they run: text outside {@code <?php … ?>} as it
 * stands (the newline right after {@code ?>} eaten, as the PHP lexer does), {@code echo} and
 * {@code print} of string literals joined by {@code .} or {@code ,}, {@code PHP_EOL},
 * {@code PHP_VERSION} and {@code phpversion()}; {@code php -v}, {@code php -r CODE} and
 * {@code php FILE}; {@code php -S} is the built-in web server ({@link PhpServer}). Any other
 * statement is one {@code kujira:} line (PHP's own output goes on
 * until there, as PHP streams it).
 */
final class PhpScript {
  private final Proc p;
  private final String version;

  private PhpScript(Proc p, String version) {
    this.p = p;
    this.version = version;
  }

  /** Returns php for PHP {@code version} ("8.3.14"). */
  static Program program(String version) {
    return (p, argv) -> {
      PhpScript php = new PhpScript(p, version);
      if (argv.size() > 1 && (argv.get(1).equals("-v") || argv.get(1).equals("--version"))) {
        php.banner();
        return 0;
      }
      if (argv.size() > 2 && argv.get(1).equals("-r")) {
        StringBuilder out = new StringBuilder();
        Optional<String> error = php.code(argv.get(2), out, "Command line code");
        p.stdout().print(out);
        return error.map(e -> Scripts.unsupported(p, "php", e)).orElse(0);
      }
      if (argv.size() < 2) {
        return 0; // no script: php reads one from stdin, which is empty without a terminal
      }
      if (argv.get(1).equals("-a")) {
        // The CMD of the cli images: PHP's interactive shell, which ends at the end of its (empty) input.
        p.stdout().print("Interactive shell\n\n");
        return 0;
      }
      if (argv.stream().anyMatch(a -> a.startsWith("-S"))) {
        return PhpServer.run(p, version, argv);
      }
      if (argv.get(1).startsWith("-")) {
        return Scripts.unsupported(p, "php", "the option " + argv.get(1));
      }
      String file = p.fs().absolute(argv.get(1));
      Optional<String> text = Scripts.read(p, file);
      if (text.isEmpty()) {
        p.stdout().println("Could not open input file: " + argv.get(1));
        return 1;
      }
      StringBuilder out = new StringBuilder();
      Optional<String> error = php.template(text.get(), out, file);
      p.stdout().print(out);
      return error.map(e -> Scripts.unsupported(p, "php", e)).orElse(0);
    };
  }

  /** php -v of the image's build (the build date is approximate: it is not recorded here). */
  private void banner() {
    String zend = "4." + version.substring(version.indexOf('.') + 1);
    p.stdout().println("PHP " + version + " (cli) (built: Nov 21 2024 18:32:43) (NTS)");
    p.stdout().println("Copyright (c) The PHP Group");
    p.stdout().println("Zend Engine v" + zend + ", Copyright (c) Zend Technologies");
    p.stdout().println("    with Zend OPcache v" + version + ", Copyright (c), by Zend Technologies");
  }

  /** Runs a PHP file (template mode) into {@code out}; returns the error of a statement not simulated. */
  static Optional<String> render(Proc p, String version, String text, StringBuilder out, String file) {
    return new PhpScript(p, version).template(text, out, file);
  }

  private Optional<String> template(String text, StringBuilder out, String file) {
    int at = 0;
    while (at < text.length()) {
      int open = text.indexOf("<?php", at);
      int echoTag = text.indexOf("<?=", at);
      boolean shortEcho = echoTag >= 0 && (open < 0 || echoTag < open);
      int start = shortEcho ? echoTag : open;
      if (start < 0) {
        out.append(text, at, text.length());
        break;
      }
      out.append(text, at, start);
      int codeStart = start + (shortEcho ? 3 : 5);
      int close = text.indexOf("?>", codeStart);
      String code = text.substring(codeStart, close < 0 ? text.length() : close);
      Optional<String> error = code(shortEcho ? "echo " + code.strip() + ";" : code, out, file);
      if (error.isPresent()) {
        return error;
      }
      if (close < 0) {
        break;
      }
      at = close + 2;
      if (at < text.length() && text.charAt(at) == '\n') {
        at++;
      }
    }
    return Optional.empty();
  }

  private Optional<String> code(String code, StringBuilder out, String file) {
    for (String statement : statements(code)) {
      String s = statement.strip();
      if (s.isEmpty()) {
        continue;
      }
      String expr;
      if (s.matches("(?s)echo\\s.*|echo\\(.*")) {
        expr = s.substring(4);
      } else if (s.matches("(?s)print\\s.*|print\\(.*")) {
        expr = s.substring(5);
      } else {
        return Optional.of(file + ": " + s.replaceAll("\\s+", " "));
      }
      StringBuilder value = new StringBuilder();
      for (String part : split(expr, ',')) {
        for (String piece : split(part, '.')) {
          Optional<String> v = value(piece.strip());
          if (v.isEmpty()) {
            return Optional.of(file + ": " + s.replaceAll("\\s+", " "));
          }
          value.append(v.get());
        }
      }
      out.append(value);
    }
    return Optional.empty();
  }

  private Optional<String> value(String t) {
    String v = t.startsWith("(") && t.endsWith(")") ? t.substring(1, t.length() - 1).strip() : t;
    if (v.equals("PHP_EOL")) {
      return Optional.of("\n");
    }
    if (v.equals("PHP_VERSION") || v.equals("phpversion()")) {
      return Optional.of(version);
    }
    if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
      // Single quotes: only \' and \\ are escapes.
      return Optional.of(v.substring(1, v.length() - 1).replace("\\'", "'").replace("\\\\", "\\"));
    }
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") && !v.contains("$")) {
      return Scripts.literal(v, java.util.Map.of());
    }
    return Optional.empty();
  }

  /** Splits PHP code into statements at semicolons outside strings, dropping comments. */
  private static List<String> statements(String code) {
    StringBuilder clean = new StringBuilder();
    for (String line : code.split("\n", -1)) {
      String l = line.strip();
      if (!l.startsWith("//") && !l.startsWith("#")) {
        clean.append(line).append('\n');
      }
    }
    return split(clean.toString(), ';');
  }

  /** Splits at {@code sep} outside quotes. */
  private static List<String> split(String text, char sep) {
    List<String> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        cur.append(c);
        if (c == '\\' && i + 1 < text.length()) {
          cur.append(text.charAt(++i));
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        cur.append(c);
      } else if (c == sep) {
        parts.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    parts.add(cur.toString());
    return parts;
  }
}
