package dev.kujira.engine.process.packages;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Is {@code pip}/{@code pip3} of the python images (pip 24.3): install (names, {@code name==version},
 * {@code -r requirements.txt}, --no-cache-dir, --upgrade), list and freeze. Packages land in
 * site-packages with their console scripts in /usr/local/bin; unknown names fail as PyPI's
 * "from versions: none".
 */
final class PipProgram implements Program {
  /** pip list: columns as wide as their longest cell (pip's tabulate), the rule of dashes under each header. */
  private static void list(Proc p, Map<String, String> packages) {
    int name = "Package".length();
    int version = "Version".length();
    for (Map.Entry<String, String> e : packages.entrySet()) {
      name = Math.max(name, e.getKey().length());
      version = Math.max(version, e.getValue().length());
    }
    String row = "%-" + name + "s %s";
    p.stdout().println(String.format(row, "Package", "Version").stripTrailing());
    p.stdout().println("-".repeat(name) + " " + "-".repeat(version));
    packages.forEach((k, v) -> p.stdout().println(String.format(row, k, v)));
  }

  /** The Python it runs under ("3.12": its shebang's python3.12) and that Python's site-packages. */
  private final String python;
  private final String site;

  /** Returns pip of the Python {@code python} ("3.11"). */
  PipProgram(String python) {
    this.python = python;
    this.site = "/usr/local/lib/python" + python + "/site-packages";
  }

  @Override
  public int run(Proc p, List<String> argv) {
    if (argv.size() < 2) {
      p.stdout().println("\nUsage:   \n  pip <command> [options]\n");
      return 0;
    }
    switch (argv.get(1)) {
      case "install":
        return install(p, argv.subList(2, argv.size()));
      case "list":
        list(p, installed(p));
        return 0;
      case "freeze":
        installed(p).forEach((k, v) -> {
          if (!k.equals("pip")) {
            p.stdout().println(k + "==" + v);
          }
        });
        return 0;
      case "--version":
      case "-V":
        // pip's version is its own dist-info's, as importlib.metadata finds it (the image's ensurepip-bundled pip).
        p.stdout().println("pip " + installed(p).get("pip") + " from " + site + "/pip (python " + python + ")");
        return 0;
      default:
        p.stderr().println("ERROR: unknown command \"" + argv.get(1) + "\"");
        return 1;
    }
  }

  private Map<String, String> installed(Proc p) {
    Map<String, String> out = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    out.put("pip", "24.3.1");
    try {
      for (String n : p.fs().list(site)) {
        if (n.endsWith(".dist-info")) {
          String base = n.substring(0, n.length() - ".dist-info".length());
          out.put(base.substring(0, base.lastIndexOf('-')), base.substring(base.lastIndexOf('-') + 1));
        }
      }
    } catch (FsException e) {
      // nothing installed yet
    }
    return out;
  }

  private int install(Proc p, List<String> args) {
    Map<String, String> wanted = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-r") && i + 1 < args.size()) {
        String file = args.get(++i);
        try {
          for (String l : new String(p.fs().read(file), StandardCharsets.UTF_8).split("\n")) {
            String t = l.replaceAll("#.*", "").trim();
            if (!t.isEmpty()) {
              spec(t, wanted);
            }
          }
        } catch (FsException e) {
          p.stderr().println("ERROR: Could not open requirements file: [Errno 2] No such file or directory: '"
              + file + "'");
          return 1;
        }
      } else if (!a.startsWith("-")) {
        spec(a, wanted);
      }
    }
    if (wanted.isEmpty()) {
      p.stderr().println("ERROR: You must give at least one requirement to install (see \"pip help install\")");
      return 1;
    }
    Map<String, String> have = installed(p);
    List<String> roots = new ArrayList<>();
    for (Map.Entry<String, String> w : wanted.entrySet()) {
      String name = w.getKey();
      if (name.equalsIgnoreCase("pip")) {
        p.stdout().println("Requirement already satisfied: pip in " + site + " (" + have.get("pip") + ")");
        continue;
      }
      if (!Installer.online(p) || !Catalogs.PIP.containsKey(name.toLowerCase())) {
        p.stderr().println("ERROR: Could not find a version that satisfies the requirement " + name + w.getValue()
            + " (from versions: none)");
        p.stderr().println("ERROR: No matching distribution found for " + name + w.getValue());
        return 1;
      }
      if (have.containsKey(name)) {
        p.stdout().println("Requirement already satisfied: " + name + " in " + site + " (" + have.get(name) + ")");
        continue;
      }
      roots.add(name);
    }
    List<Pkg> todo = new ArrayList<>();
    for (Pkg pkg : Catalogs.closure(Catalogs.PIP, roots)) {
      if (!have.containsKey(pkg.name())) {
        todo.add(pkg);
      }
    }
    if (todo.isEmpty()) {
      return 0;
    }
    // pip's resolver collects the requirements as given, then their dependencies, breadth first.
    List<Pkg> order = new ArrayList<>();
    java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(roots);
    while (!queue.isEmpty()) {
      Pkg pkg = Catalogs.PIP.get(queue.poll().toLowerCase());
      if (order.contains(pkg) || !todo.contains(pkg)) {
        continue;
      }
      order.add(pkg);
      queue.addAll(pkg.deps());
    }
    for (Pkg pkg : order) {
      String version = version(pkg, wanted);
      String from = roots.contains(pkg.name()) ? "" : " (from " + parentOf(pkg, todo) + ")";
      p.stdout().println("Collecting " + (from.isEmpty() ? pkg.name() + wanted.getOrDefault(pkg.name(), "")
          : pkg.name() + ">=" + version.replaceFirst("\\.\\d+$", "") + from));
      p.stdout().println("  Downloading " + wheel(pkg, version) + ".metadata (" + Math.max(1, pkg.kb() / 40) + " kB)");
    }
    for (Pkg pkg : order) {
      p.stdout().println("Downloading " + wheel(pkg, version(pkg, wanted)) + " (" + pkg.kb() + " kB)");
    }
    List<String> names = todo.stream().map(Pkg::name).toList();
    p.stdout().println("Installing collected packages: " + String.join(", ", names));
    List<String> done = new ArrayList<>();
    for (Pkg pkg : todo) {
      String version = version(pkg, wanted);
      String dir = pkg.name().toLowerCase().replace('-', '_');
      Installer.write(p.fs(), site + "/" + dir + "/__init__.py", "", 0644);
      Installer.write(p.fs(), site + "/" + pkg.name() + "-" + version + ".dist-info/METADATA",
          "Metadata-Version: 2.1\nName: " + pkg.name() + "\nVersion: " + version + "\n", 0644);
      Installer.unpack(p.fs(), pkg);
      done.add(pkg.name() + "-" + version);
    }
    done.sort(String.CASE_INSENSITIVE_ORDER);
    p.stdout().println("Successfully installed " + String.join(" ", done));
    p.stderr().println("WARNING: Running pip as the 'root' user can result in broken permissions and conflicting "
        + "behaviour with the system package manager, possibly rendering your system unusable. It is recommended to "
        + "use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the --root-user-action option "
        + "if you know what you are doing and want to suppress this warning.");
    return 0;
  }

  private static void spec(String text, Map<String, String> wanted) {
    int at = text.indexOf("==");
    if (at > 0) {
      wanted.put(text.substring(0, at).trim(), "==" + text.substring(at + 2).trim());
    } else {
      wanted.put(text.replaceAll("[<>=!~].*", "").trim(), "");
    }
  }

  private static String version(Pkg pkg, Map<String, String> wanted) {
    String pinned = wanted.getOrDefault(pkg.name(), "");
    return pinned.startsWith("==") ? pinned.substring(2) : pkg.version();
  }

  private static String parentOf(Pkg pkg, List<Pkg> all) {
    for (Pkg other : all) {
      if (other.deps().contains(pkg.name())) {
        return other.name();
      }
    }
    return pkg.name();
  }

  private static String wheel(Pkg pkg, String version) {
    return pkg.name().toLowerCase().replace('-', '_') + "-" + version + "-py3-none-any.whl";
  }
}
