package dev.kujira.lessons.detect;

import dev.kujira.lessons.model.Text;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Suggests the closest docker subcommand or flag after a typo, as docker itself does for commands. */
final class Typos {
  private static final Pattern COMMAND = Pattern.compile("docker: '([^']+)' is not a docker command");
  private static final Pattern FLAG = Pattern.compile("unknown flag: --([A-Za-z0-9-]+)");
  static final List<String> COMMANDS = List.of("attach", "build", "builder", "commit", "compose", "container", "cp",
      "create", "diff", "events", "exec", "export", "history", "image", "images", "import", "info", "inspect", "kill",
      "load", "login", "logout", "logs", "network", "pause", "port", "ps", "pull", "push", "rename", "restart", "rm",
      "rmi", "run", "save", "search", "start", "stats", "stop", "system", "tag", "top", "unpause", "update", "version",
      "volume", "wait");
  static final List<String> FLAGS = List.of("detach", "interactive", "tty", "name", "publish", "publish-all", "volume",
      "mount", "network", "network-alias", "env", "env-file", "label", "restart", "rm", "hostname", "user", "workdir",
      "entrypoint", "all", "quiet", "force", "format", "filter", "follow", "tail", "tag", "file", "no-cache", "target",
      "build-arg", "read-only", "tmpfs", "volumes-from", "ip", "alias", "driver", "subnet", "timestamps", "volumes");

  private Typos() {
  }

  static Optional<Text> check(Attempt a) {
    Matcher m = COMMAND.matcher(a.result().stderr());
    if (m.find()) {
      String best = closest(m.group(1), COMMANDS);
      return best == null ? Optional.empty() : Optional.of(new Text(
          "`" + m.group(1) + "` という docker のサブコマンドはありません。`docker " + best + "` のことではありませんか？",
          "There is no docker subcommand `" + m.group(1) + "`. Did you mean `docker " + best + "`?"));
    }
    m = FLAG.matcher(a.result().stderr());
    if (m.find()) {
      String best = closest(m.group(1), FLAGS);
      return best == null ? Optional.empty() : Optional.of(new Text(
          "`--" + m.group(1) + "` というフラグはありません。`--" + best + "` のことではありませんか？",
          "There is no flag `--" + m.group(1) + "`. Did you mean `--" + best + "`?"));
    }
    return Optional.empty();
  }

  /** Returns the candidate at the smallest edit distance (at most 2, or a shared prefix), or null. */
  static String closest(String word, List<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(word, c);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return bestDistance <= 2 ? best : null;
  }

  /** Returns the Levenshtein distance (Docker's own suggestion uses the same measure). */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int[] cur = new int[b.length() + 1];
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      prev = cur;
    }
    return prev[b.length()];
  }
}
