package dev.kujira.engine.process.services;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.Proc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JDK's {@code jar}: {@code c} (create) and {@code t} (list) with {@code f FILE},
 * {@code e MAINCLASS}, {@code v} and {@code -C DIR}, in the old bundled form ({@code jar cfe app.jar
 * Hello Hello.class}) or the long options ({@code --create --file --main-class}). The archive is
 * kujira's own text (a marker, the manifest's Main-Class, then each entry with its length), so
 * {@code java -jar} and {@code java -cp app.jar} find the classes that {@code javac} wrote. Words
 * and listings as JDK 17's jar prints them on this machine (META-INF/ and its MANIFEST.MF first).
 */
final class JarTool {
  static final String MARK = "#!kujira-jar";

  private JarTool() {
  }

  /** One archive: its main class (null when the manifest has none) and its entries, folders ending in "/". */
  record Jar(String mainClass, Map<String, String> entries) {
  }

  static int run(Proc p, List<String> argv, String version) {
    String mode = null;
    String file = null;
    String main = null;
    boolean verbose = false;
    List<String[]> inputs = new ArrayList<>();
    String dir = null;
    for (int i = 1; i < argv.size(); i++) {
      String a = argv.get(i);
      if (i == 1 && a.matches("-?[ctxfev]+")) {
        List<String> values = argv.subList(i + 1, argv.size());
        int used = 0;
        for (char c : a.replace("-", "").toCharArray()) {
          switch (c) {
            case 'c', 't' -> mode = String.valueOf(c);
            case 'v' -> verbose = true;
            case 'f' -> file = used < values.size() ? values.get(used++) : null;
            case 'e' -> main = used < values.size() ? values.get(used++) : null;
            default -> {
              return Scripts.unsupported(p, "jar", "the option " + c);
            }
          }
        }
        i += used;
      } else if (a.equals("--version")) {
        p.stdout().println("jar " + version);
        return 0;
      } else if (a.equals("--create") || a.equals("-c")) {
        mode = "c";
      } else if (a.equals("--list") || a.equals("-t")) {
        mode = "t";
      } else if ((a.equals("--file") || a.equals("-f")) && i + 1 < argv.size()) {
        file = argv.get(++i);
      } else if (a.startsWith("--file=")) {
        file = a.substring(7);
      } else if ((a.equals("--main-class") || a.equals("-e")) && i + 1 < argv.size()) {
        main = argv.get(++i);
      } else if (a.startsWith("--main-class=")) {
        main = a.substring(13);
      } else if (a.equals("-C") && i + 1 < argv.size()) {
        dir = argv.get(++i);
      } else if (a.startsWith("-")) {
        return Scripts.unsupported(p, "jar", "the option " + a);
      } else {
        inputs.add(new String[] {dir, a});
        dir = null;
      }
    }
    if (mode == null) {
      p.stderr().println("Usage: jar [OPTION...] [ [--release VERSION] [-C dir] files] ...");
      p.stderr().println("Try `jar --help' for more information.");
      return 1;
    }
    if (file == null) {
      return Scripts.unsupported(p, "jar", "an archive on stdin or stdout (without f)");
    }
    if (mode.equals("t")) {
      Optional<Jar> jar = read(p, p.fs().absolute(file));
      if (jar.isEmpty()) {
        p.stderr().println("java.nio.file.NoSuchFileException: " + file);
        return 1;
      }
      jar.get().entries().keySet().forEach(p.stdout()::println);
      return 0;
    }
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("META-INF/", "");
    entries.put("META-INF/MANIFEST.MF", "");
    for (String[] in : inputs) {
      String base = in[0] == null ? p.fs().cwd() : p.fs().absolute(in[0]);
      String path = base + "/" + in[1];
      if (!p.fs().exists(path)) {
        p.stderr().println(in[1] + " : no such file or directory");
        return 1;
      }
      add(p, path, in[1].equals(".") ? "" : in[1].replaceAll("/+$", ""), entries);
    }
    if (verbose) {
      p.stdout().println("added manifest");
      entries.keySet().stream().skip(2).forEach(e -> p.stdout().println("adding: " + e
          + (e.endsWith("/") ? "(in = 0) (out= 0)(stored 0%)" : "(in = " + entries.get(e).length() + ") (out= "
          + (entries.get(e).length() * 2 / 3) + ")(deflated 33%)")));
    }
    StringBuilder sb = new StringBuilder(MARK).append('\n').append(main == null ? "" : "Main-Class: " + main).append('\n');
    entries.forEach((name, body) -> sb.append("== ").append(body.length()).append(' ').append(name).append('\n')
        .append(body).append('\n'));
    try {
      p.fs().write(p.fs().absolute(file), sb.toString().getBytes(StandardCharsets.UTF_8), false);
    } catch (FsException e) {
      p.stderr().println("java.io.FileNotFoundException: " + file + " (" + e.error().message() + ")");
      return 1;
    }
    return 0;
  }

  private static void add(Proc p, String path, String name, Map<String, String> entries) {
    if (p.fs().stat(path).isDirectory()) {
      if (!name.isEmpty()) {
        entries.put(name + "/", "");
      }
      for (String child : p.fs().list(path).stream().sorted().toList()) {
        add(p, path + "/" + child, name.isEmpty() ? child : name + "/" + child, entries);
      }
    } else {
      entries.put(name, Scripts.read(p, path).orElse(""));
    }
  }

  /** Reads a jar this tool wrote; empty when the file is missing or is no such archive. */
  static Optional<Jar> read(Proc p, String path) {
    Optional<String> text = Scripts.read(p, path);
    if (text.isEmpty() || !text.get().startsWith(MARK + "\n")) {
      return Optional.empty();
    }
    String t = text.get();
    int at = t.indexOf('\n') + 1;
    int eol = t.indexOf('\n', at);
    String manifest = t.substring(at, eol);
    at = eol + 1;
    Map<String, String> entries = new LinkedHashMap<>();
    while (at < t.length() && t.startsWith("== ", at)) {
      eol = t.indexOf('\n', at);
      String[] head = t.substring(at + 3, eol).split(" ", 2);
      int len = Integer.parseInt(head[0]);
      entries.put(head[1], t.substring(eol + 1, eol + 1 + len));
      at = eol + 1 + len + 1;
    }
    return Optional.of(new Jar(manifest.startsWith("Main-Class: ") ? manifest.substring(12) : null, entries));
  }
}
