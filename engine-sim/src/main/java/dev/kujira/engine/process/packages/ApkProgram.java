package dev.kujira.engine.process.packages;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Is Alpine's {@code apk}: add (--no-cache, --update, -q), del, update, info. It fetches the
 * two indexes of the release in /etc/alpine-release, installs dependencies first with
 * {@code (i/n) Installing …} lines, runs the triggers, and refuses unknown names as apk-tools 2 does.
 */
final class ApkProgram implements Program {
  private static final String DB = "/lib/apk/db/installed";
  private static final int BASE_KB = 7_600;

  @Override
  public int run(Proc p, List<String> argv) {
    List<String> args = new ArrayList<>();
    boolean quiet = false;
    for (String a : argv.subList(1, argv.size())) {
      if (a.equals("-q") || a.equals("--quiet")) {
        quiet = true;
      } else if (!a.startsWith("-")) {
        args.add(a);
      }
    }
    if (args.isEmpty()) {
      p.stdout().println("apk-tools 2.14.4, compiled for x86_64.");
      return 1;
    }
    String cmd = args.remove(0);
    switch (cmd) {
      case "add":
        return add(p, args, quiet, argv.contains("--update") || argv.contains("-U"));
      case "del":
        return del(p, args);
      case "update":
        return update(p);
      case "info":
        installed(p).forEach(p.stdout()::println);
        return 0;
      default:
        p.stderr().println("ERROR: unknown command '" + cmd + "'");
        return 1;
    }
  }

  private static String release(Proc p) {
    try {
      String v = new String(p.fs().read("/etc/alpine-release"), StandardCharsets.UTF_8).trim();
      return "v" + v.substring(0, v.lastIndexOf('.'));
    } catch (FsException | StringIndexOutOfBoundsException e) {
      return "v3.20";
    }
  }

  private static List<String> repos(Proc p) {
    String base = "https://dl-cdn.alpinelinux.org/alpine/" + release(p);
    return List.of(base + "/main", base + "/community");
  }

  /** Prints the index fetches; returns false (after apk's warnings) when there is no network. */
  private static boolean fetch(Proc p) {
    boolean online = Installer.online(p);
    for (String r : repos(p)) {
      p.stdout().println("fetch " + r + "/x86_64/APKINDEX.tar.gz");
      if (!online) {
        p.stderr().println("WARNING: fetching " + r + ": DNS lookup error");
      }
    }
    return online;
  }

  private static List<String> installed(Proc p) {
    List<String> out = new ArrayList<>();
    for (String l : Installer.lines(p.fs(), DB)) {
      if (l.startsWith("P:")) {
        out.add(l.substring(2));
      }
    }
    return out;
  }

  private static int add(Proc p, List<String> names, boolean quiet, boolean update) {
    boolean online = fetch(p);
    List<String> missing = new ArrayList<>();
    for (String n : names) {
      if (!online || !Catalogs.APK.containsKey(n.replaceAll("[<>=~].*", ""))) {
        missing.add(n);
      }
    }
    if (!missing.isEmpty()) {
      p.stderr().println("ERROR: unable to select packages:");
      for (String m : missing) {
        p.stderr().println("  " + m + " (no such package):");
        p.stderr().println("    required by: world[" + m + "]");
      }
      return 1;
    }
    List<String> have = installed(p);
    List<Pkg> todo = new ArrayList<>();
    for (Pkg pkg : Catalogs.closure(Catalogs.APK, names.stream().map(n -> n.replaceAll("[<>=~].*", "")).toList())) {
      if (!have.contains(pkg.name())) {
        todo.add(pkg);
      }
    }
    List<String> db = new ArrayList<>();
    for (int i = 0; i < todo.size(); i++) {
      Pkg pkg = todo.get(i);
      if (!quiet) {
        p.stdout().println("(" + (i + 1) + "/" + todo.size() + ") Installing " + pkg.name() + " (" + pkg.version() + ")");
      }
      Installer.unpack(p.fs(), pkg);
      db.add("P:" + pkg.name());
      db.add("V:" + pkg.version());
    }
    Installer.append(p.fs(), DB, db);
    Installer.append(p.fs(), "/etc/apk/world", names);
    if (!quiet) {
      if (!todo.isEmpty()) {
        p.stdout().println("Executing busybox-1.36.1-r29.trigger");
      }
      if (todo.stream().anyMatch(x -> x.name().equals("ca-certificates"))) {
        p.stdout().println("Executing ca-certificates-20240705-r0.trigger");
      }
      summary(p);
    }
    return 0;
  }

  private static void summary(Proc p) {
    List<String> have = installed(p);
    int kb = BASE_KB;
    for (String n : have) {
      Pkg pkg = Catalogs.APK.get(n);
      kb += pkg == null ? 0 : pkg.kb() * 2;
    }
    p.stdout().println("OK: " + (kb + 1023) / 1024 + " MiB in " + have.size() + " packages");
  }

  private static int del(Proc p, List<String> names) {
    List<String> have = installed(p);
    List<String> kept = new ArrayList<>();
    int i = 0;
    List<String> gone = names.stream().filter(have::contains).toList();
    for (String n : gone) {
      p.stdout().println("(" + (++i) + "/" + gone.size() + ") Purging " + n + " (" + Catalogs.APK.get(n).version() + ")");
      for (String f : Catalogs.APK.get(n).files().keySet()) {
        try {
          p.fs().remove(f, false);
        } catch (FsException e) {
          // already gone
        }
      }
    }
    List<String> db = Installer.lines(p.fs(), DB);
    for (int k = 0; k + 1 < db.size(); k += 2) {
      if (!gone.contains(db.get(k).substring(2))) {
        kept.add(db.get(k));
        kept.add(db.get(k + 1));
      }
    }
    p.fs().write(DB, (String.join("\n", kept) + (kept.isEmpty() ? "" : "\n")).getBytes(StandardCharsets.UTF_8), false);
    summary(p);
    return 0;
  }

  private static int update(Proc p) {
    if (!fetch(p)) {
      p.stderr().println("2 unavailable, 0 stale; 14 distinct packages available");
      return 2;
    }
    String rel = release(p);
    List<String> repos = repos(p);
    p.stdout().println(rel + ".3-211-g8a8c6c0c2a3 [" + repos.get(0) + "]");
    p.stdout().println(rel + ".3-210-g0c0cb2bfa20 [" + repos.get(1) + "]");
    p.stdout().println("OK: 24166 distinct packages available");
    return 0;
  }
}
