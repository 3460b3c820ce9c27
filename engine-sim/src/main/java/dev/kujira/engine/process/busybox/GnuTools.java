package dev.kujira.engine.process.busybox;

import dev.kujira.engine.process.Program;
import java.util.Map;
import java.util.TreeMap;

/**
 * The GNU tools of Debian 12's and Ubuntu 24.04's base images (coreutils, grep, sed, gzip,
 * findutils, tar: the packages their rootfs manifests list, see {@code BaseTrees}) with each one's
 * way of reading options and its usage-error status and words, as this machine's real tools print
 * them: ls, sort, printenv and grep exit 2, env 125, the others 1; grep adds its usage line, sed its
 * whole usage, gzip quotes {@code `gzip --help'}.
 */
final class GnuTools {
  private GnuTools() {
  }

  /** Returns the tools by name, each doing its work with {@code impl}'s program of that name. */
  static Map<String, Program> all(Map<String, Program> impl) {
    Map<String, Program> m = new TreeMap<>();
    String t = GnuTool.TRY;
    for (String name : new String[] {"basename", "cat", "chmod", "chown", "cp", "cut", "date", "df", "dirname", "du",
        "head", "id", "ln", "md5sum", "mkdir", "mv", "nproc", "od", "pwd", "readlink", "rm", "rmdir", "sha1sum",
        "sha256sum", "sha512sum", "stat", "tail", "tee", "touch", "tr", "uname", "uniq", "wc", "base64"}) {
      put(m, impl, new GnuTool(name, GnuTool.Mode.GETOPT, 1, "", t, impl.get(name)), name);
    }
    put(m, impl, new GnuTool("ls", GnuTool.Mode.GETOPT, 2, "", t, impl.get("ls")), "ls");
    put(m, impl, new GnuTool("sort", GnuTool.Mode.GETOPT, 2, "", t, impl.get("sort")), "sort");
    put(m, impl, new GnuTool("printenv", GnuTool.Mode.GETOPT, 2, "+", t, impl.get("printenv")), "printenv");
    put(m, impl, new GnuTool("env", GnuTool.Mode.GETOPT, 125, "+", t, impl.get("env")), "env");
    put(m, impl, new GnuTool("seq", GnuTool.Mode.GETOPT, 1, "+", t, impl.get("seq")), "seq");
    put(m, impl, new GnuTool("xargs", GnuTool.Mode.GETOPT, 1, "+", t, impl.get("xargs")), "xargs");
    put(m, impl, new GnuTool("grep", GnuTool.Mode.GETOPT, 2, "0123456789", "Usage: @PROG@ [OPTION]... PATTERNS [FILE]...\n"
        + t, impl.get("grep")), "grep");
    put(m, impl, new GnuTool("sed", GnuTool.Mode.GETOPT, 1, "", null, impl.get("sed")), "sed");
    String gz = "Try `@PROG@ --help' for more information.";
    put(m, impl, new GnuTool("gzip", GnuTool.Mode.GETOPT, 1, "2345678", gz, impl.get("gzip")), "gzip");
    put(m, impl, new GnuTool("gunzip", GnuTool.Mode.GETOPT, 1, "2345678", gz, impl.get("gunzip")), "gunzip");
    put(m, impl, new GnuTool("zcat", GnuTool.Mode.GETOPT, 1, "2345678", gz, impl.get("zcat")), "zcat");
    for (String name : new String[] {"sleep", "yes", "dd", "whoami"}) {
      put(m, impl, new GnuTool(name, GnuTool.Mode.STANDARD, 1, "+", t, impl.get(name)), name);
    }
    for (String name : new String[] {"true", "false", "echo", "printf"}) {
      put(m, impl, new GnuTool(name, GnuTool.Mode.EXACT, 1, "", t, impl.get(name)), name);
    }
    put(m, impl, new GnuTool("[", GnuTool.Mode.EXACT, 2, "", t, impl.get("[")), "[");
    put(m, impl, new GnuTool("find", GnuTool.Mode.FIRST, 1, "", t, impl.get("find")), "find");
    return m;
  }

  private static void put(Map<String, Program> m, Map<String, Program> impl, GnuTool tool, String name) {
    if (impl.get(name) != null && Texts.gnu(name + ".help") != null) {
      m.put(name, tool);
    }
  }
}
