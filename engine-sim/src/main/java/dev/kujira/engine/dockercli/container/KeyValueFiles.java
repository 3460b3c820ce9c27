package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code --env-file} and {@code --label-file} and resolves {@code -e NAME} from the client's
 * environment, as docker/cli's opts package does (envfile.go, file.go, ValidateEnv): the files'
 * entries come first and the flags' after, so a flag overrides a file; a line is trimmed on the
 * left, blank and {@code #} lines are skipped, the value after the first {@code =} is kept as
 * written (quotes included); an env entry without {@code =} takes the client's variable when it
 * is set and stays a bare name otherwise (the container then does not see it).
 */
final class KeyValueFiles {
  private KeyValueFiles() {
  }

  /** {@code --env-file} files then {@code -e} entries, host variables filled in. */
  static List<String> env(CliContext cli, List<String> files, List<String> entries, String errorPrefix,
      String usageTail) {
    List<String> out = new ArrayList<>();
    for (String f : files) {
      out.addAll(read(cli, f, cli.env(), errorPrefix, usageTail));
    }
    for (String e : entries) {
      out.add(fromHost(e, cli.env()));
    }
    return out;
  }

  /** {@code --label-file} files then {@code --label} entries (no host lookup). */
  static List<String> labels(CliContext cli, List<String> files, List<String> entries, String errorPrefix,
      String usageTail) {
    List<String> out = new ArrayList<>();
    for (String f : files) {
      out.addAll(read(cli, f, null, errorPrefix, usageTail));
    }
    out.addAll(entries);
    return out;
  }

  private static String fromHost(String entry, Map<String, String> env) {
    if (entry.contains("=")) {
      return entry;
    }
    String value = env.get(entry);
    return value == null ? entry : entry + "=" + value;
  }

  private static List<String> read(CliContext cli, String file, Map<String, String> env, String errorPrefix,
      String usageTail) {
    if (cli.files() == null || !cli.files().exists(file)) {
      throw new CliException(errorPrefix + "open " + file + ": no such file or directory.\n" + usageTail, 125);
    }
    String text = new String(cli.files().read(file), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> out = new ArrayList<>();
    for (String raw : text.split("\n", -1)) {
      String line = raw.stripLeading();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      String name = eq < 0 ? line : line.substring(0, eq);
      if (name.chars().anyMatch(c -> c == ' ' || c == '\t')) {
        throw new CliException(errorPrefix + "poorly formatted environment: variable '" + name
            + "' contains whitespaces.\n" + usageTail, 125);
      }
      out.add(eq >= 0 ? line : env == null ? name : fromHost(name, env));
    }
    return out;
  }
}
