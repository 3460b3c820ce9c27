package dev.kujira.lessons.drill;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes "predict the output" drills: a random start state and one command; the engine computes
 * the answer. Their {@link Drill#wrong()} is empty: nothing is typed but the prediction.
 */
final class QuestionDrills {
  private QuestionDrills() {
  }

  static final List<DrillTemplate> TEMPLATES = List.of(
      new DrillTemplate("predict-ps", "lifecycle", QuestionDrills::ps),
      new DrillTemplate("predict-running-count", "lifecycle", QuestionDrills::runningCount),
      new DrillTemplate("predict-resolves", "networks", QuestionDrills::resolves),
      new DrillTemplate("predict-exit-code", "exec", QuestionDrills::exitCode),
      new DrillTemplate("predict-logs", "exec", QuestionDrills::logs),
      new DrillTemplate("predict-cache", "builds", QuestionDrills::cache));


  /** Starts some containers running, some exited, some created; returns the start lines. */
  private static List<String> mixedContainers(Gen g, List<String> names) {
    List<String> start = new ArrayList<>();
    for (String n : names) {
      switch (g.between(0, 2)) {
        case 0 -> start.add("docker run -d --name " + n + " nginx:alpine");
        case 1 -> start.add("docker run --name " + n + " busybox true");
        default -> start.add("docker create --name " + n + " nginx:alpine");
      }
    }
    return start;
  }

  private static Drill ps(Gen g, long seed) {
    List<String> names = g.names(4);
    boolean all = g.between(0, 3) == 0;
    String run = all ? "docker ps -a" : "docker ps";
    List<String> start = mixedContainers(g, names);
    String stop = names.get(g.between(0, 3));
    return question("predict-ps", "lifecycle", seed, g, start, List.of("docker stop " + stop),
        "`docker stop " + stop + "` の後、`" + run + "` に表示されるのはどのコンテナですか？",
        "After `docker stop " + stop + "`, which containers does `" + run + "` list?", run, "listed", names,
        "`docker ps` は動いているコンテナだけを表示します。止まったものや作っただけのものも見るには `-a` を付けます。",
        "`docker ps` lists running containers only; `-a` adds the stopped and the merely created ones.");
  }

  private static Drill runningCount(Gen g, long seed) {
    List<String> names = g.names(g.between(3, 5));
    List<String> start = mixedContainers(g, names);
    return question("predict-running-count", "lifecycle", seed, g, start, List.of(),
        "`docker ps -q` は何行表示しますか？（数字で）", "How many lines does `docker ps -q` print? (a number)",
        "docker ps -q", "lines", List.of(),
        "`-q` は動いているコンテナの ID を 1 行に 1 つずつ表示します。`docker run` した busybox true はすぐに終わっています。",
        "`-q` prints one running container's id per line. The busybox true run has already ended.");
  }

  private static Drill resolves(Gen g, long seed) {
    List<String> n = g.names(2);
    String net = g.word() + "-net";
    boolean shared = g.between(0, 1) == 0;
    List<String> start = List.of("docker network create " + net,
        "docker run -d --name " + n.get(0) + " --network " + net + " redis:7",
        "docker run -d --name " + n.get(1) + (shared ? " --network " + net : "") + " busybox sleep 100000");
    String run = "docker exec " + n.get(1) + " ping -c 1 " + n.get(0);
    return question("predict-resolves", "networks", seed, g, start, List.of(),
        "`" + run + "` は成功しますか？", "Does `" + run + "` succeed?", run, "succeeds", List.of(),
        "コンテナ名が引けるのは、同じユーザー定義ネットワークにいるときだけです。既定のブリッジでは名前は引けません。",
        "A container's name resolves only on a shared user-defined network; the default bridge resolves none.");
  }

  private static Drill exitCode(Gen g, long seed) {
    String name = g.name();
    int code = g.pick(List.of(0, 1, 2, 3, 42));
    String how = g.pick(List.of("sh -c 'exit " + code + "'", "sh -c 'false'", "sh -c 'true'", "nosuchcommand"));
    String run = "docker run --name " + name + " busybox " + how;
    return question("predict-exit-code", "exec", seed, g, List.of("docker pull busybox"), List.of(),
        "`" + run + "` の終了コードはいくつですか？（数字で）", "What exit code does `" + run + "` end with? (a number)",
        run, "exitCode", List.of(),
        "`docker run` はコンテナのメインプロセスの終了コードをそのまま返します。コマンドが見つからないときは Docker 自身のエラー（127）です。",
        "`docker run` ends with the exit code of the container's main process; a command that is not found is Docker's own error (127).");
  }

  private static Drill logs(Gen g, long seed) {
    String name = g.name();
    List<String> words = g.distinct(List.of("kujira", "sakura", "umi", "sora", "yama", "kumo", "hoshi", "tsuki"), 4);
    String printed = words.get(0) + " " + words.get(1);
    List<String> choices = new ArrayList<>(words);
    java.util.Collections.sort(choices);
    return question("predict-logs", "exec", seed, g,
        List.of("docker run -d --name " + name + " busybox sh -c 'echo " + words.get(0) + "; echo " + words.get(1)
            + " >&2; sleep 100000'"),
        List.of("docker exec " + name + " sh -c 'echo " + words.get(2) + "'"),
        "`docker exec " + name + " sh -c 'echo " + words.get(2) + "'` の後、`docker logs " + name
            + "` の標準出力に出る言葉はどれですか？",
        "After `docker exec " + name + " sh -c 'echo " + words.get(2) + "'`, which words does `docker logs " + name
            + "` print on standard output?",
        "docker logs " + name, "listed", choices,
        "`docker logs` はメインプロセスの出力だけを表示し、標準エラーは標準エラーに出します。`docker exec` の出力はログに残りません。",
        "`docker logs` shows the main process's output only, its standard error on standard error; `docker exec`'s output is not logged.");
  }

  private static Drill cache(Gen g, long seed) {
    String dir = "/root/" + g.pick(List.of("app", "api", "site"));
    String change = g.pick(List.of("deps.txt", "app.txt"));
    String word = g.word();
    boolean copyFirst = g.between(0, 1) == 0;
    String dockerfile = copyFirst
        ? "FROM busybox\nWORKDIR /app\nCOPY . .\nRUN cat deps.txt > installed.txt\nCMD cat app.txt\n"
        : "FROM busybox\nWORKDIR /app\nCOPY deps.txt .\nRUN cat deps.txt > installed.txt\nCOPY . .\nCMD cat app.txt\n";
    List<String> start = List.of("mkdir -p " + dir, "printf '" + dockerfile.replace("\n", "\\n") + "' > " + dir + "/Dockerfile",
        "printf 'busybox\\n' > " + dir + "/deps.txt", "printf 'v1\\n' > " + dir + "/app.txt",
        "docker build -q -t app " + dir);
    String run = "docker build -t app " + dir;
    return question("predict-cache", "builds", seed, g, start, List.of("echo " + word + " > " + dir + "/" + change),
        dir + "/" + change + " を書き換えました。`" + run + "` で、キャッシュが使われる（CACHED）のはどの手順ですか？",
        dir + "/" + change + " was changed. Which steps of `" + run + "` does the build cache answer (CACHED)?",
        run, "cached", List.of(),
        "ある手順のキャッシュが外れると、その後の手順もすべてやり直しになります。COPY はコピーするファイルが変わるとキャッシュが外れます。",
        "Once a step misses the cache, every later step runs again; a COPY misses when the files it copies changed.");
  }

  private static Drill question(String template, String topic, long seed, Gen g, List<String> start, List<String> setup,
      String promptJa, String promptEn, String run, String ask, List<String> choices, String explainJa, String explainEn) {
    DrillYaml y = new DrillYaml(template, seed).start(start.toArray(String[]::new))
        .prose("出力を予想してください。", "Predict the output.")
        .question(promptJa, promptEn, setup, run, ask, choices, explainJa, explainEn);
    return new Drill(template, topic, seed, y.yaml(), List.of());
  }
}
