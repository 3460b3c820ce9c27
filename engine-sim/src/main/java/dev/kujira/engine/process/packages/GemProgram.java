package dev.kujira.engine.process.packages;

import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RubyGems 3.5 and Bundler 2.5 of the ruby images: {@code gem install NAME...}, {@code gem list},
 * {@code gem -v}, {@code bundle install} of a Gemfile's {@code gem} lines (writing Gemfile.lock),
 * {@code bundle -v}. Gems come from the simulated rubygems.org mirror, reachable as pip's and
 * npm's are (not under {@code --network none}); they install under GEM_HOME (/usr/local/bundle),
 * without documentation, as the image's gemrc ({@code gem: --no-document}) asks. Versions are
 * those rubygems.org served in December 2024; the order of the "Fetching" lines is approximate.
 */
final class GemProgram implements Program {
  static final Map<String, Pkg> GEMS = new LinkedHashMap<>();
  private static final Pattern GEMFILE_LINE = Pattern.compile("gem\\s+['\"]([^'\"]+)['\"].*");

  static {
    gem("ruby2_keywords", "0.0.5", List.of());
    gem("mustermann", "3.0.3", List.of("ruby2_keywords"));
    gem("rack", "3.1.8", List.of());
    gem("rack-protection", "4.1.1", List.of("rack"));
    gem("rack-session", "2.0.0", List.of("rack"));
    gem("tilt", "2.4.0", List.of());
    gem("logger", "1.6.2", List.of());
    gem("base64", "0.2.0", List.of());
    gem("sinatra", "4.1.1", List.of("logger", "mustermann", "rack", "rack-protection", "rack-session", "tilt"));
    gem("rackup", "2.2.1", List.of("rack"), "/usr/local/bundle/bin/rackup", Pkg.exe("rackup"));
    gem("nio4r", "2.7.4", List.of());
    gem("puma", "6.5.0", List.of("nio4r"), "/usr/local/bundle/bin/puma", Pkg.exe("puma"));
    gem("webrick", "1.9.1", List.of());
    gem("rake", "13.2.1", List.of(), "/usr/local/bundle/bin/rake", Pkg.exe("rake"));
  }

  private final boolean bundler;

  /** The RubyGems or Bundler version the image's Ruby bundles ("3.5.22", "2.5.22"). */
  private final String version;

  GemProgram(boolean bundler, String version) {
    this.bundler = bundler;
    this.version = version;
  }

  private static void gem(String name, String version, List<String> deps, String... files) {
    GEMS.put(name, Pkg.of(name, version, 0, deps, files));
  }

  @Override
  public int run(Proc p, List<String> argv) {
    String cmd = argv.size() > 1 ? argv.get(1) : "";
    if (cmd.equals("-v") || cmd.equals("--version")) {
      p.stdout().println(bundler ? "Bundler version " + version : version);
      return 0;
    }
    if (bundler) {
      if (cmd.equals("exec") && argv.size() > 2) {
        // bundle exec: the command with the bundle's gems, found on PATH as Bundler's exec does.
        dev.kujira.engine.process.Resolution r = p.resolve(argv.get(2));
        if (!r.isFound()) {
          p.stderr().println("bundler: command not found: " + argv.get(2));
          p.stderr().println("Install missing gem executables with `bundle install`");
          return 127;
        }
        return p.exec(r.program(), argv.subList(2, argv.size()), null, true);
      }
      return cmd.equals("install") || cmd.isEmpty() ? bundle(p) : unsupported(p, "bundle " + cmd);
    }
    if (cmd.equals("list")) {
      p.stdout().println();
      p.stdout().println("*** LOCAL GEMS ***");
      p.stdout().println();
      installed(p).forEach((n, v) -> p.stdout().println(n + " (" + v + ")"));
      return 0;
    }
    if (!cmd.equals("install") && !cmd.equals("i")) {
      return unsupported(p, "gem " + cmd);
    }
    List<String> names = new ArrayList<>();
    for (int i = 2; i < argv.size(); i++) {
      String a = argv.get(i);
      if (a.equals("-v") || a.equals("--version")) {
        i++; // one version per gem here: the catalogue's
      } else if (!a.startsWith("-")) {
        names.add(a);
      }
    }
    if (names.isEmpty()) {
      p.stderr().println("ERROR:  While executing gem ... (Gem::CommandLineError)");
      p.stderr().println("    Please specify at least one gem name (e.g. gem build GEMNAME)");
      return 1;
    }
    for (String n : names) {
      if (!Installer.online(p)) {
        p.stderr().println("ERROR:  Could not find a valid gem '" + n + "' (>= 0), here is why:");
        p.stderr().println("          Unable to download data from https://rubygems.org/ - no such name "
            + "(https://rubygems.org/specs.4.8.gz)");
        return 2;
      }
      if (!GEMS.containsKey(n)) {
        p.stderr().println("ERROR:  Could not find a valid gem '" + n + "' (>= 0) in any repository");
        return 2;
      }
    }
    List<Pkg> all = Catalogs.closure(GEMS, names);
    Map<String, String> have = installed(p);
    List<Pkg> fresh = all.stream().filter(g -> !g.version().equals(have.get(g.name()))).toList();
    fresh.forEach(g -> p.stdout().println("Fetching " + g.name() + "-" + g.version() + ".gem"));
    for (Pkg g : all) {
      if (fresh.contains(g)) {
        install(p, g);
      }
      if (fresh.contains(g) || names.contains(g.name())) {
        p.stdout().println("Successfully installed " + g.name() + "-" + g.version());
      }
    }
    long count = all.stream().filter(g -> fresh.contains(g) || names.contains(g.name())).count();
    p.stdout().println(count + " gem" + (count == 1 ? "" : "s") + " installed");
    return 0;
  }

  private static int bundle(Proc p) {
    List<String> lines = Installer.lines(p.fs(), p.fs().cwd() + "/Gemfile");
    if (lines.isEmpty()) {
      p.stderr().println("Could not locate Gemfile");
      return 10;
    }
    List<String> wanted = new ArrayList<>();
    for (String l : lines) {
      Matcher m = GEMFILE_LINE.matcher(l.strip());
      if (m.matches()) {
        wanted.add(m.group(1));
      }
    }
    if (!Installer.online(p)) {
      p.stderr().println("Could not reach host index.rubygems.org. Check your network connection and try again.");
      return 17;
    }
    p.stdout().println("Fetching gem metadata from https://rubygems.org/...");
    p.stdout().println("Resolving dependencies...");
    for (String w : wanted) {
      if (!GEMS.containsKey(w)) {
        p.stderr().println("Could not find gem '" + w + "' in rubygems repository https://rubygems.org/ or installed locally.");
        return 7;
      }
    }
    List<Pkg> all = Catalogs.closure(GEMS, wanted);
    Map<String, String> have = installed(p);
    for (Pkg g : all) {
      if (g.version().equals(have.get(g.name()))) {
        p.stdout().println("Using " + g.name() + " " + g.version());
      } else {
        p.stdout().println("Fetching " + g.name() + " " + g.version());
        p.stdout().println("Installing " + g.name() + " " + g.version());
        install(p, g);
      }
    }
    p.stdout().println("Using bundler 2.5.23");
    StringBuilder lock = new StringBuilder("GEM\n  remote: https://rubygems.org/\n  specs:\n");
    for (Pkg g : all.stream().sorted(java.util.Comparator.comparing(Pkg::name)).toList()) {
      lock.append("    ").append(g.name()).append(" (").append(g.version()).append(")\n");
      g.deps().forEach(d -> lock.append("      ").append(d).append('\n'));
    }
    lock.append("\nPLATFORMS\n  x86_64-linux\n\nDEPENDENCIES\n");
    wanted.stream().sorted().forEach(w -> lock.append("  ").append(w).append('\n'));
    lock.append("\nBUNDLED WITH\n   2.5.23\n");
    Installer.write(p.fs(), p.fs().cwd() + "/Gemfile.lock", lock.toString(), 0644);
    int n = wanted.size();
    p.stdout().println("Bundle complete! " + n + " Gemfile dependenc" + (n == 1 ? "y" : "ies") + ", " + (all.size() + 1)
        + " gems now installed.");
    p.stdout().println("Use `bundle info [gemname]` to see where a bundled gem is installed.");
    return 0;
  }

  private static void install(Proc p, Pkg g) {
    String dir = "/usr/local/bundle/gems/" + g.name() + "-" + g.version();
    Installer.write(p.fs(), dir + "/" + g.name() + ".gemspec", "# " + g.name() + " " + g.version() + "\n", 0644);
    Installer.write(p.fs(), "/usr/local/bundle/specifications/" + g.name() + "-" + g.version() + ".gemspec",
        "Gem::Specification.new { |s| s.name = \"" + g.name() + "\"; s.version = \"" + g.version() + "\" }\n", 0644);
    Installer.unpack(p.fs(), g);
  }

  private static Map<String, String> installed(Proc p) {
    Map<String, String> out = new java.util.TreeMap<>();
    try {
      for (String spec : p.fs().list("/usr/local/bundle/specifications")) {
        String base = spec.replaceAll("\\.gemspec$", "");
        int dash = base.lastIndexOf('-');
        out.put(base.substring(0, dash), base.substring(dash + 1));
      }
    } catch (dev.kujira.engine.fs.FsException e) {
      return out;
    }
    return out;
  }

  private static int unsupported(Proc p, String what) {
    p.stderr().println("kujira: " + what + " is not simulated");
    return 1;
  }
}
