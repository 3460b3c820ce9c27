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
  private static final Pattern NOT_FOUND = Pattern.compile("exec: \"([^\"]+)\": executable file not found");
  private static final Pattern NO_IMAGE = Pattern.compile("pull access denied for ([^,\\s]+), repository does not exist");
  private static final Pattern CP_SOURCE = Pattern.compile("(?:lstat|stat|path) ([^:\\s]+): no such file or directory|Could not find the file ([^\\s]+) in container");
  /** Shell builtins: no file in the image has their name, so only a shell can run them. */
  private static final List<String> BUILTINS = List.of("exit", "cd", "export", "source", "set", "unset", "alias", "ulimit", "umask");
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
    m = NOT_FOUND.matcher(a.result().stderr());
    if (m.find()) {
      String cmd = m.group(1);
      return Optional.of(BUILTINS.contains(cmd) ? new Text(
          "`" + cmd + "` はシェルの組み込みコマンドで、イメージの中にそういう名前のプログラムはありません（終了コード 127）。"
              + "`sh -c '" + cmd + " …'` のようにシェルに渡して実行します。",
          "`" + cmd + "` is a shell builtin: no program of that name exists in the image (exit code 127). "
              + "Hand it to a shell: `sh -c '" + cmd + " …'`.")
          : new Text(
          "コマンド `" + cmd + "` がイメージの中に見つかりません（終了コード 127）。つづりを確かめてください。",
          "The image has no command `" + cmd + "` (exit code 127). Check the spelling."));
    }
    m = CP_SOURCE.matcher(a.result().stderr());
    if (m.find() && a.words().contains("cp")) {
      String path = m.group(1) != null ? m.group(1) : m.group(2);
      return Optional.of(new Text(
          "コピー元の `" + path + "` がありません。`docker cp` は「コピー元 コピー先」の順に書きます。引数の順番と"
              + "パスを確かめてください。",
          "The source `" + path + "` does not exist. `docker cp` takes the source first, then the destination: "
              + "check the order of the arguments and the path."));
    }
    m = NO_IMAGE.matcher(a.result().stderr());
    if (m.find()) {
      return Optional.of(new Text(
          "イメージ `" + m.group(1) + "` が見つかりません。イメージ名のつづりと、`--name` を付け忘れて名前がイメージ名として"
              + "読まれていないかを確かめてください。",
          "There is no image `" + m.group(1) + "`. Check the image name's spelling, and whether a missing `--name` made "
              + "the container's name read as the image."));
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
