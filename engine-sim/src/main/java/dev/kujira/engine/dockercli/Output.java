package dev.kujira.engine.dockercli;

import dev.kujira.engine.format.Formatter;
import dev.kujira.engine.gotemplate.GoObject;
import dev.kujira.engine.gotemplate.TemplateException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes lists through the one formatter, turning template errors into docker's failure (exit 1). */
public final class Output {
  private Output() {
  }

  /** Writes {@code rows} with {@code format} ("" or "table" for the default table). */
  public static void rows(CliContext cli, String format, String defaultTable, Map<String, String> headers,
      List<? extends GoObject> rows) {
    try {
      Formatter.write(cli.out(), format, defaultTable, headers, rows);
    } catch (TemplateException e) {
      throw new CliException(e.getMessage(), 1);
    }
  }

  /**
   * Writes an archive to standard output, or to the client's file {@code output} when one is
   * given (-o); a bad path fails with {@code failure: invalid output path: …} (save, export).
   */
  public static void archive(CliContext cli, String output, byte[] tar, String failure) {
    if (output.isEmpty()) {
      cli.out().write(tar, 0, tar.length);
      cli.out().flush();
      return;
    }
    try {
      cli.files().write(output, tar, false);
    } catch (dev.kujira.engine.fs.FsException e) {
      throw new CliException(failure + ": invalid output path: " + e.getMessage(), 1);
    }
  }

  /** Parses repeated {@code --filter key=value} flags into a map of key to values. */
  public static Map<String, List<String>> filters(List<String> terms) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String t : terms) {
      int eq = t.indexOf('=');
      if (eq < 0) {
        throw new CliException("invalid argument \"" + t + "\" for \"-f, --filter\" flag: bad format of filter"
            + " (expected name=value)\nSee 'docker --help'.", 125);
      }
      String key = t.substring(0, eq).trim().toLowerCase();
      String value = t.substring(eq + 1);
      if (key.endsWith("!")) {
        key = key.substring(0, key.length() - 1) + "!";
      }
      out.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(value);
    }
    return out;
  }
}
