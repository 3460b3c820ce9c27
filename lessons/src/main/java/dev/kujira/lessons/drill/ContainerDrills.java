package dev.kujira.lessons.drill;

import java.util.List;

/** Writes the drills about containers: running, stopping, removing, ports, env, restart, exec. */
final class ContainerDrills {
  /** Images whose main process keeps running, with the port they listen on. */
  static final List<String[]> SERVERS = List.of(new String[] {"nginx:1.27", "80"}, new String[] {"nginx:alpine", "80"},
      new String[] {"httpd:2.4", "80"}, new String[] {"redis:7", "6379"});

  private ContainerDrills() {
  }

  static final List<DrillTemplate> TEMPLATES = List.of(
      new DrillTemplate("run-detached", "lifecycle", ContainerDrills::runDetached),
      new DrillTemplate("stop-one", "lifecycle", ContainerDrills::stopOne),
      new DrillTemplate("remove-stopped", "lifecycle", ContainerDrills::removeStopped),
      new DrillTemplate("restart-policy", "lifecycle", ContainerDrills::restartPolicy),
      new DrillTemplate("publish-port", "ports", ContainerDrills::publishPort),
      new DrillTemplate("serve-on-host", "ports", ContainerDrills::serveOnHost),
      new DrillTemplate("env-var", "exec", ContainerDrills::envVar),
      new DrillTemplate("exec-write-file", "exec", ContainerDrills::execWriteFile));

  private static Drill runDetached(Gen g, long seed) {
    String name = g.name();
    String image = g.pick(SERVERS)[0];
    String cmd = "docker run -d --name " + name + " " + image;
    return new Drill("run-detached", "lifecycle", seed, new DrillYaml("run-detached", seed)
        .prose("コンテナを 1 つ起動します。", "Start one container.")
        .task(name + " という名前のコンテナを " + image + " から起動し、動かしたままにしてください",
            "Start a container named " + name + " from " + image + " and leave it running",
            "{container: {name: " + DrillYaml.quote(name) + ", image: " + DrillYaml.quote(image) + ", state: running}}",
            List.of("`docker run` を使います。", "Use `docker run`.",
                "`--name` で名前を付け、`-d` でバックグラウンドで動かし続けます。", "`--name` names it; `-d` keeps it running in the background.",
                "`" + cmd + "`", "`" + cmd + "`"),
            "main-process-ended", "name-in-use")
        .solution(cmd).yaml(), List.of("docker create --name " + name + " " + image));
  }

  private static Drill stopOne(Gen g, long seed) {
    List<String> n = g.names(2);
    String image = g.pick(SERVERS)[0];
    return new Drill("stop-one", "lifecycle", seed, new DrillYaml("stop-one", seed)
        .start("docker run -d --name " + n.get(0) + " " + image, "docker run -d --name " + n.get(1) + " " + image)
        .prose(n.get(0) + " と " + n.get(1) + " の 2 つのコンテナが動いています。",
            "Two containers run: " + n.get(0) + " and " + n.get(1) + ".")
        .task(n.get(0) + " だけを停止し、" + n.get(1) + " は動かしたままにしてください",
            "Stop " + n.get(0) + " only; leave " + n.get(1) + " running",
            "{all: [{container: {name: " + DrillYaml.quote(n.get(0)) + ", state: exited}}, {container: {name: "
                + DrillYaml.quote(n.get(1)) + ", state: running}}]}",
            List.of("`docker ps` で動いているコンテナを確認できます。", "`docker ps` lists the running containers.",
                "`docker stop` はコンテナを止めるだけで、削除はしません。", "`docker stop` stops a container without removing it.",
                "`docker stop " + n.get(0) + "`", "`docker stop " + n.get(0) + "`"),
            "rm-running")
        .solution("docker stop " + n.get(0)).yaml(), List.of("docker stop " + n.get(1)));
  }

  private static Drill removeStopped(Gen g, long seed) {
    List<String> n = g.names(3);
    String image = g.pick(SERVERS)[0];
    return new Drill("remove-stopped", "lifecycle", seed, new DrillYaml("remove-stopped", seed)
        .start("docker run -d --name " + n.get(0) + " " + image, "docker run --name " + n.get(1) + " busybox true",
            "docker create --name " + n.get(2) + " busybox")
        .prose("`docker ps -a` には、動いていないコンテナも表示されます。",
            "`docker ps -a` also lists the containers that are not running.")
        .task("動いていないコンテナをすべて削除し、" + n.get(0) + " は動かしたままにしてください",
            "Remove every container that is not running; leave " + n.get(0) + " running",
            "{all: [{noStoppedContainers: true}, {container: {name: " + DrillYaml.quote(n.get(0)) + ", state: running}}]}",
            List.of("まず `docker ps -a` で、動いていないコンテナ（Exited と Created）を確かめます。",
                "First list the containers that are not running (Exited and Created) with `docker ps -a`.",
                "`docker rm` には名前をいくつでも並べられます。`docker container prune` なら止まっているものをまとめて消せます。",
                "`docker rm` takes several names; `docker container prune` removes every stopped one at once.",
                "`docker rm " + n.get(1) + " " + n.get(2) + "`", "`docker rm " + n.get(1) + " " + n.get(2) + "`"),
            "rm-running")
        .solution("docker rm " + n.get(1) + " " + n.get(2)).yaml(), List.of("docker rm " + n.get(1)));
  }

  private static Drill restartPolicy(Gen g, long seed) {
    String name = g.name();
    String image = g.pick(SERVERS)[0];
    List<String> policies = g.distinct(List.of("always", "unless-stopped", "on-failure"), 2);
    String cmd = "docker run -d --name " + name + " --restart " + policies.get(0) + " " + image;
    return new Drill("restart-policy", "lifecycle", seed, new DrillYaml("restart-policy", seed)
        .prose("再起動ポリシーは、コンテナが止まったときに Docker がどうするかを決めます。",
            "A restart policy says what Docker does when the container stops.")
        .task(name + " という名前のコンテナを " + image + " から起動し、再起動ポリシーを " + policies.get(0) + " にしてください",
            "Run a container named " + name + " from " + image + " with the restart policy " + policies.get(0),
            "{container: {name: " + DrillYaml.quote(name) + ", state: running, restart: " + policies.get(0) + "}}",
            List.of("再起動ポリシーは `docker run` のオプションで指定します。", "The restart policy is an option of `docker run`.",
                "`--restart` に always、unless-stopped、on-failure などを指定します。", "`--restart` takes always, unless-stopped, on-failure, ...",
                "`" + cmd + "`", "`" + cmd + "`"),
            "name-in-use")
        .solution(cmd).yaml(), List.of(cmd.replace("--restart " + policies.get(0), "--restart " + policies.get(1))));
  }

  private static Drill publishPort(Gen g, long seed) {
    String name = g.name();
    String[] server = g.pick(SERVERS);
    int host = g.port();
    String cmd = "docker run -d --name " + name + " -p " + host + ":" + server[1] + " " + server[0];
    return new Drill("publish-port", "ports", seed, new DrillYaml("publish-port", seed)
        .prose(server[0] + " のコンテナは、コンテナの中で " + server[1] + " 番ポートを待ち受けます。",
            "A container from " + server[0] + " listens on port " + server[1] + " inside the container.")
        .task(name + " という名前で " + server[0] + " を起動し、ホストの " + host + " 番ポートをコンテナの " + server[1] + " 番ポートにつないでください",
            "Run " + server[0] + " as " + name + ", publishing host port " + host + " to container port " + server[1],
            "{container: {name: " + DrillYaml.quote(name) + ", state: running, publish: \"" + host + ":" + server[1] + "\"}}",
            List.of("ポートの公開は `docker run` の `-p` で行います。", "Publish a port with `-p` of `docker run`.",
                "`-p ホスト側:コンテナ側` の順に書きます。", "`-p` reads HOST:CONTAINER.", "`" + cmd + "`", "`" + cmd + "`"),
            "port-sides-swapped", "port-already-allocated")
        .solution(cmd).yaml(), List.of(cmd.replace(host + ":" + server[1], server[1] + ":" + host)));
  }

  private static Drill serveOnHost(Gen g, long seed) {
    String name = g.name();
    String image = g.pick(List.of("nginx:1.27", "nginx:alpine", "httpd:2.4"));
    int host = g.port();
    String cmd = "docker run -d --name " + name + " -p " + host + ":80 " + image;
    return new Drill("serve-on-host", "ports", seed, new DrillYaml("serve-on-host", seed)
        .prose(image + " は 80 番ポートで Web ページを返します。",
            image + " serves web pages on port 80.")
        .task(name + " という名前で " + image + " を起動し、ホストから http://localhost:" + host + "/ で見られるようにしてください",
            "Run " + image + " as " + name + " so that http://localhost:" + host + "/ answers on the host",
            "{all: [{container: {name: " + DrillYaml.quote(name) + ", state: running}}, {http: {url: \"http://localhost:" + host + "/\"}}]}",
            List.of("ホストから届くようにするには、ポートを公開します。", "To reach it from the host, publish a port.",
                "`-p " + host + ":80` はホストの " + host + " 番をコンテナの 80 番につなぎます。",
                "`-p " + host + ":80` maps host port " + host + " to the container's port 80.", "`" + cmd + "`", "`" + cmd + "`"),
            "port-sides-swapped", "port-already-allocated")
        .solution(cmd).yaml(), List.of(cmd.replace(host + ":80", "80:" + host)));
  }

  private static Drill envVar(Gen g, long seed) {
    String name = g.name();
    String key = g.pick(List.of("APP_MODE", "GREETING", "LOG_LEVEL", "TEAM", "REGION"));
    List<String> values = g.distinct(List.of("kujira", "sakura", "debug", "tokyo", "blue", "green"), 2);
    String cmd = "docker run -d --name " + name + " -e " + key + "=" + values.get(0) + " nginx:alpine";
    return new Drill("env-var", "exec", seed, new DrillYaml("env-var", seed)
        .prose("環境変数は、イメージを作り直さずにコンテナの設定を変える方法です。",
            "Environment variables configure a container without rebuilding its image.")
        .task(name + " という名前で nginx:alpine を起動し、環境変数 " + key + " を " + values.get(0) + " にしてください",
            "Run nginx:alpine as " + name + " with the environment variable " + key + " set to " + values.get(0),
            "{container: {name: " + DrillYaml.quote(name) + ", state: running, env: {" + key + ": " + values.get(0) + "}}}",
            List.of("環境変数は `docker run` のオプションで渡します。", "Environment variables are an option of `docker run`.",
                "`-e 名前=値` と書きます。", "Write `-e NAME=VALUE`.", "`" + cmd + "`", "`" + cmd + "`"),
            "name-in-use")
        .solution(cmd).yaml(), List.of(cmd.replace("=" + values.get(0), "=" + values.get(1))));
  }

  private static Drill execWriteFile(Gen g, long seed) {
    String name = g.name();
    String file = "/tmp/" + g.pick(List.of("note", "hello", "memo", "flag")) + ".txt";
    String word = g.word();
    String cmd = "docker exec " + name + " sh -c 'echo " + word + " > " + file + "'";
    return new Drill("exec-write-file", "exec", seed, new DrillYaml("exec-write-file", seed)
        .start("docker run -d --name " + name + " nginx:alpine")
        .prose(name + " というコンテナが動いています。", "A container named " + name + " is running.")
        .task("動いている " + name + " の中に、" + word + " と書いたファイル " + file + " を作ってください",
            "Inside the running " + name + ", create the file " + file + " containing " + word,
            "{file: {container: " + DrillYaml.quote(name) + ", path: " + DrillYaml.quote(file) + ", contains: " + word + "}}",
            List.of("動いているコンテナの中でコマンドを実行するのは `docker exec` です。", "`docker exec` runs a command in a running container.",
                "リダイレクト（>）をコンテナの中で働かせるには `sh -c '...'` で包みます。",
                "Wrap the redirection (>) in `sh -c '...'` so that it happens inside the container.", "`" + cmd + "`", "`" + cmd + "`"),
            "exec-stopped")
        .solution(cmd).yaml(), List.of("docker run --rm nginx:alpine sh -c 'echo " + word + " > " + file + "'"));
  }
}
