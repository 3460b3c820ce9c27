package dev.kujira.engine.process.services;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDK images' {@code java}, {@code javac} and {@code jshell}: the version texts as the
 * image's build prints them (java -version on stderr, --version on stdout), javac of a class whose
 * main method prints string literals ({@code System.out.println/print}, {@code System.err}),
 * which writes a .class file per class, and java running it from the class path (".", or
 * {@code -cp}), or a source file directly (JEP 330). Messages as the JDK 17 launcher and javac
 * print them on this machine; {@code java -jar} runs the Main-Class of an archive {@link JarTool}
 * made. Anything else in a source file is one {@code kujira:} line.
 */
final class JavaTools {
  /** The first line of the .class files javac writes here; the source follows. */
  static final String CLASS_MARK = "#!kujira-class";
  private static final Pattern CLASS = Pattern.compile("(public\\s+)?(?:final\\s+)?class\\s+(\\w+)\\s*\\{");
  private static final Pattern MAIN = Pattern.compile("public\\s+static\\s+void\\s+main\\s*\\(\\s*String\\s*(?:\\[\\]\\s*\\w+"
      + "|\\.\\.\\.\\s*\\w+|\\w+\\s*\\[\\])\\s*\\)\\s*\\{");
  private static final Pattern PRINT = Pattern.compile("System\\.(out|err)\\.(println|print)\\((.*)\\);");

  /** A JDK's version texts: {@code version} "21.0.5", {@code date}, and the vendor's build names. */
  record Jdk(String version, String date, String runtime, String vm, String lts) {
    void shortVersion(Proc p) {
      p.stderr().println("openjdk version \"" + version + "\" " + date + lts);
      p.stderr().println("OpenJDK Runtime Environment " + runtime);
      p.stderr().println("OpenJDK 64-Bit Server VM " + vm);
    }

    void longVersion(Proc p) {
      p.stdout().println("openjdk " + version + " " + date + lts);
      p.stdout().println("OpenJDK Runtime Environment " + runtime);
      p.stdout().println("OpenJDK 64-Bit Server VM " + vm);
    }
  }

  /** A compiled class: its name, whether it has a main method, and what main prints. */
  record Compiled(String name, boolean hasMain, List<String[]> prints, String error) {
  }

  private JavaTools() {
  }

  /** Adds java, javac and jshell for {@code jdk} under the names the catalogue's files use. */
  static void addTo(Map<String, Program> m, String suffix, Jdk jdk) {
    m.put("java" + suffix, (p, argv) -> java(p, argv, jdk));
    m.put("javac" + suffix, (p, argv) -> javac(p, argv, jdk));
    m.put("jar" + suffix, (p, argv) -> JarTool.run(p, argv, jdk.version()));
    // jshell without a terminal reads end of input at once and ends, as the CMD does under -d.
    m.put("jshell" + suffix, Services.interpreter("jshell " + jdk.version(), ""));
  }

  private static int java(Proc p, List<String> argv, Jdk jdk) {
    String cp = ".";
    int i = 1;
    for (; i < argv.size() && argv.get(i).startsWith("-"); i++) {
      String a = argv.get(i);
      if (a.equals("-version")) {
        jdk.shortVersion(p);
        return 0;
      }
      if (a.equals("--version")) {
        jdk.longVersion(p);
        return 0;
      }
      if ((a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) && i + 1 < argv.size()) {
        cp = argv.get(++i);
      } else if (a.equals("-jar") && i + 1 < argv.size()) {
        String jar = argv.get(i + 1);
        if (!Scripts.exists(p, p.fs().absolute(jar))) {
          p.stderr().println("Error: Unable to access jarfile " + jar);
          return 1;
        }
        return runJar(p, jar);
      } else if (!a.startsWith("-D") && !a.startsWith("-X")) {
        return Scripts.unsupported(p, "java", "the option " + a);
      }
    }
    if (i >= argv.size()) {
      p.stderr().println("Usage: java [options] <mainclass> [args...]");
      p.stderr().println("           (to execute a class)");
      return 1;
    }
    String target = argv.get(i);
    if (target.endsWith(".java")) {
      String file = p.fs().absolute(target);
      java.util.Optional<String> src = Scripts.read(p, file);
      if (src.isEmpty()) {
        p.stderr().println("error: file not found: " + target);
        return 1;
      }
      List<Compiled> classes = compile(file, src.get());
      return classes.get(0).error() != null ? fail(p, classes.get(0).error(), 1) : runMain(p, classes.get(0), target);
    }
    for (String dir : cp.split(":")) {
      java.util.Optional<String> cls = dir.endsWith(".jar")
          ? JarTool.read(p, p.fs().absolute(dir)).map(j -> j.entries().get(target.replace('.', '/') + ".class"))
          : Scripts.read(p, p.fs().absolute((dir.isEmpty() ? "." : dir) + "/" + target.replace('.', '/') + ".class"));
      if (cls.isPresent() && cls.get().startsWith(CLASS_MARK + "\n")) {
        String simple = target.substring(target.lastIndexOf('.') + 1);
        for (Compiled c : compile(simple + ".java", cls.get().substring(CLASS_MARK.length() + 1))) {
          if (c.name().equals(simple)) {
            return runMain(p, c, target);
          }
        }
      }
    }
    p.stderr().println("Error: Could not find or load main class " + target);
    p.stderr().println("Caused by: java.lang.ClassNotFoundException: " + target);
    return 1;
  }

  /** java -jar: the manifest's Main-Class, loaded from the archive (JDK 17's launcher words). */
  private static int runJar(Proc p, String jar) {
    java.util.Optional<JarTool.Jar> j = JarTool.read(p, p.fs().absolute(jar));
    if (j.isEmpty()) {
      p.stderr().println("Error: Invalid or corrupt jarfile " + jar);
      return 1;
    }
    String main = j.get().mainClass();
    if (main == null) {
      p.stderr().println("no main manifest attribute, in " + jar);
      return 1;
    }
    String cls = j.get().entries().get(main.replace('.', '/') + ".class");
    if (cls != null && cls.startsWith(CLASS_MARK + "\n")) {
      String simple = main.substring(main.lastIndexOf('.') + 1);
      for (Compiled c : compile(simple + ".java", cls.substring(CLASS_MARK.length() + 1))) {
        if (c.name().equals(simple)) {
          return runMain(p, c, main);
        }
      }
    }
    p.stderr().println("Error: Could not find or load main class " + main);
    p.stderr().println("Caused by: java.lang.ClassNotFoundException: " + main);
    return 1;
  }

  private static int runMain(Proc p, Compiled c, String target) {
    if (!c.hasMain()) {
      p.stderr().println("Error: Main method not found in class " + c.name() + ", please define the main method as:");
      p.stderr().println("   public static void main(String[] args)");
      p.stderr().println("or a JavaFX application class must extend javafx.application.Application");
      return 1;
    }
    for (String[] pr : c.prints()) {
      (pr[0].equals("out") ? p.stdout() : p.stderr()).print(pr[1]);
    }
    return 0;
  }

  private static int javac(Proc p, List<String> argv, Jdk jdk) {
    List<String> files = new ArrayList<>();
    String dest = null;
    for (int i = 1; i < argv.size(); i++) {
      String a = argv.get(i);
      if (a.equals("-version") || a.equals("--version")) {
        p.stdout().println("javac " + jdk.version());
        return 0;
      } else if (a.equals("-d") && i + 1 < argv.size()) {
        dest = argv.get(++i);
      } else if (a.startsWith("-")) {
        return Scripts.unsupported(p, "javac", "the option " + a);
      } else {
        files.add(a);
      }
    }
    if (files.isEmpty()) {
      p.stderr().println("error: no source files");
      return 2;
    }
    for (String f : files) {
      String file = p.fs().absolute(f);
      java.util.Optional<String> src = Scripts.read(p, file);
      if (src.isEmpty()) {
        p.stderr().println("error: file not found: " + f);
        p.stderr().println("Usage: javac <options> <source files>");
        p.stderr().println("use --help for a list of possible options");
        return 2;
      }
      // With -d a class goes under its package's folders, which javac creates; without, beside its source.
      java.util.Optional<String> pkg = src.get().lines().map(String::strip).filter(l -> l.matches("package\\s+[\\w.]+\\s*;"))
          .map(l -> l.replaceAll("package\\s+([\\w.]+)\\s*;", "$1")).findFirst();
      String dir = dest != null ? p.fs().absolute(dest) + pkg.map(n -> "/" + n.replace('.', '/')).orElse("")
          : file.substring(0, Math.max(1, file.lastIndexOf('/')));
      if (dest != null && p.fs().exists(p.fs().absolute(dest))) {
        p.fs().mkdir(dir, true);
      }
      for (Compiled c : compile(file, src.get())) {
        if (c.error() != null) {
          return fail(p, c.error(), 1);
        }
        try {
          p.fs().write(dir + "/" + c.name() + ".class", (CLASS_MARK + "\n" + src.get()).getBytes(StandardCharsets.UTF_8),
              false);
        } catch (FsException e) {
          p.stderr().println("error: could not write " + c.name() + ".class: " + e.error().message());
          return 1;
        }
      }
    }
    return 0;
  }

  private static int fail(Proc p, String error, int status) {
    p.stderr().print(error);
    return status;
  }

  /** Compiles the classes of {@code file}; a failure is one entry with its error. */
  static List<Compiled> compile(String file, String text) {
    List<Compiled> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    String name = null;
    boolean inMain = false;
    boolean hasMain = false;
    List<String[]> prints = new ArrayList<>();
    int depth = 0;
    String base = file.substring(file.lastIndexOf('/') + 1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].replaceAll("\\s+//.*$", "").strip();
      Matcher m;
      if (line.isEmpty() || line.startsWith("//") || line.startsWith("package ")
          || line.matches("import\\s+java\\.[\\w.*]+;")) {
        continue;
      }
      if (depth == 0 && (m = CLASS.matcher(line)).matches()) {
        name = m.group(2);
        if (m.group(1) != null && base.endsWith(".java") && !base.equals(name + ".java")) {
          return List.of(new Compiled(name, false, List.of(), file + ":" + (n + 1) + ": error: class " + name
              + " is public, should be declared in a file named " + name + ".java\n" + lines[n] + "\n1 error\n"));
        }
        depth = 1;
      } else if (depth == 1 && MAIN.matcher(line).matches()) {
        inMain = true;
        hasMain = true;
        depth = 2;
      } else if (inMain && (m = PRINT.matcher(line)).matches()) {
        java.util.Optional<String> s = m.group(3).strip().startsWith("\"") ? Scripts.literal(m.group(3), Map.of())
            : java.util.Optional.empty();
        if (s.isEmpty()) {
          return unsupported(file, n, line);
        }
        prints.add(new String[] {m.group(1), m.group(2).equals("println") ? s.get() + "\n" : s.get()});
      } else if (line.equals("}") && depth > 0) {
        depth--;
        inMain = depth == 2 && inMain;
        if (depth == 0) {
          out.add(new Compiled(name, hasMain, List.copyOf(prints), null));
          hasMain = false;
          prints = new ArrayList<>();
        }
      } else {
        return unsupported(file, n, line);
      }
    }
    return out.isEmpty() ? unsupported(file, 0, "no class") : out;
  }

  private static List<Compiled> unsupported(String file, int n, String line) {
    return List.of(new Compiled("", false, List.of(), "kujira: java: " + file + " line " + (n + 1) + " is not simulated: "
        + line.strip() + "\n"));
  }
}
