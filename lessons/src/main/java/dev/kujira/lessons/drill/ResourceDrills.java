package dev.kujira.lessons.drill;

import java.util.List;

/** Writes the drills about what containers use: volumes, networks, images, builds, compose. */
final class ResourceDrills {
  private ResourceDrills() {
  }

  static final List<DrillTemplate> TEMPLATES = List.of(
      new DrillTemplate("named-volume", "volumes", ResourceDrills::namedVolume),
      new DrillTemplate("volume-file", "volumes", ResourceDrills::volumeFile),
      new DrillTemplate("network-dns", "networks", ResourceDrills::networkDns),
      new DrillTemplate("network-connect", "networks", ResourceDrills::networkConnect),
      new DrillTemplate("image-tag", "images", ResourceDrills::imageTag),
      new DrillTemplate("image-remove", "images", ResourceDrills::imageRemove),
      new DrillTemplate("build-tag", "builds", ResourceDrills::buildTag),
      new DrillTemplate("build-file", "builds", ResourceDrills::buildFile),
      new DrillTemplate("compose-scale", "compose", ResourceDrills::composeScale));

  private static List<String> hints(String ja1, String en1, String ja2, String en2, String cmd) {
    return List.of(ja1, en1, ja2, en2, "`" + cmd + "`", "`" + cmd + "`");
  }

  private static Drill namedVolume(Gen g, long seed) {
    String name = g.name();
    String volume = g.word() + "-data";
    String path = g.pick(List.of("/data", "/srv/data", "/var/lib/app", "/cache"));
    String cmd = "docker run -d --name " + name + " -v " + volume + ":" + path + " nginx:alpine";
    return new Drill("named-volume", "volumes", seed, new DrillYaml("named-volume", seed)
        .prose("名前付きボリュームは Docker が管理する保存場所で、コンテナを消しても残ります。",
            "A named volume is storage Docker manages; it outlives the container.")
        .task(name + " という名前で nginx:alpine を起動し、ボリューム " + volume + " を " + path + " にマウントしてください",
            "Run nginx:alpine as " + name + " with the volume " + volume + " mounted at " + path,
            "{container: {name: " + DrillYaml.quote(name) + ", state: running, mount: {type: volume, source: "
                + DrillYaml.quote(volume) + ", target: " + DrillYaml.quote(path) + "}}}",
            hints("マウントは `docker run` の `-v` で指定します。", "Mount with `-v` of `docker run`.",
                "`-v ボリューム名:コンテナ内のパス` です。左が / で始まるとボリュームではなくホストのフォルダー（バインドマウント）になります。",
                "`-v VOLUME:PATH`; a left side starting with / is a host folder (a bind mount), not a volume.", cmd),
            "bind-instead-of-volume", "name-in-use")
        .solution(cmd).yaml(), List.of(cmd.replace("-v " + volume, "-v /tmp/" + volume)));
  }

  private static Drill volumeFile(Gen g, long seed) {
    String volume = g.word() + "-vol";
    String file = g.pick(List.of("message.txt", "config.txt", "seed.txt", "hello.txt"));
    String word = g.word() + g.between(10, 99);
    String cmd = "docker run --rm -v " + volume + ":/data busybox sh -c 'echo " + word + " > /data/" + file + "'";
    return new Drill("volume-file", "volumes", seed, new DrillYaml("volume-file", seed)
        .start("docker volume create " + volume)
        .prose("ボリュームの中身は、それをマウントしたコンテナから読み書きします。",
            "A volume is read and written by a container that mounts it.")
        .task("ボリューム " + volume + " に、" + word + " と書いたファイル " + file + " を置いてください",
            "Put a file " + file + " containing " + word + " into the volume " + volume,
            "{volume: {name: " + DrillYaml.quote(volume) + ", file: " + DrillYaml.quote(file) + ", contains: " + DrillYaml.quote(word) + "}}",
            hints("ボリュームをマウントした使い捨てのコンテナで書き込みます。", "Write it from a throwaway container that mounts the volume.",
                "`--rm` を付けると、終わったコンテナは自動で消えます。ボリュームの中身は残ります。",
                "With `--rm` the container goes away when done; the volume keeps what was written.", cmd),
            "bind-instead-of-volume")
        .solution(cmd).yaml(), List.of(cmd.replace("-v " + volume + ":/data", "-v /tmp/" + volume + ":/data")));
  }

  private static Drill networkDns(Gen g, long seed) {
    List<String> n = g.names(2);
    String net = g.word() + "-net";
    String cmd = "docker run -d --name " + n.get(1) + " --network " + net + " nginx:alpine";
    return new Drill("network-dns", "networks", seed, new DrillYaml("network-dns", seed)
        .start("docker network create " + net, "docker run -d --name " + n.get(0) + " --network " + net + " redis:7")
        .prose(n.get(0) + " はネットワーク " + net + " につながっています。",
            n.get(0) + " is attached to the network " + net + ".")
        .task(n.get(1) + " という名前で nginx:alpine を起動し、その中で " + n.get(0) + " という名前を名前解決できるようにしてください",
            "Run nginx:alpine as " + n.get(1) + " so that the name " + n.get(0) + " resolves from inside it",
            "{all: [{container: {name: " + DrillYaml.quote(n.get(1)) + ", state: running}}, {resolves: {name: "
                + DrillYaml.quote(n.get(0)) + ", from: " + DrillYaml.quote(n.get(1)) + "}}]}",
            hints("コンテナ名で互いを引けるのは、同じユーザー定義ネットワークにいるときだけです。",
                "Containers resolve each other's names only on a shared user-defined network.",
                "`--network " + net + "` を付けて起動します。既定のブリッジでは名前は引けません。",
                "Start it with `--network " + net + "`; the default bridge resolves no names.", cmd),
            "default-bridge-dns", "name-in-use")
        .solution(cmd).yaml(), List.of(cmd.replace(" --network " + net, "")));
  }

  private static Drill networkConnect(Gen g, long seed) {
    String name = g.name();
    List<String> nets = g.distinct(List.of("front", "back", "blue", "green", "red", "edge", "core"), 2);
    String cmd = "docker network connect " + nets.get(0) + " " + name;
    return new Drill("network-connect", "networks", seed, new DrillYaml("network-connect", seed)
        .start("docker network create " + nets.get(0), "docker network create " + nets.get(1),
            "docker run -d --name " + name + " nginx:alpine")
        .prose(name + " は既定のブリッジだけにつながっています。", name + " is attached to the default bridge only.")
        .task("動いている " + name + " を、作り直さずにネットワーク " + nets.get(0) + " にもつないでください",
            "Attach the running " + name + " to the network " + nets.get(0) + " as well, without recreating it",
            "{container: {name: " + DrillYaml.quote(name) + ", state: running, network: " + DrillYaml.quote(nets.get(0)) + "}}",
            hints("動いているコンテナは、後からネットワークにつなげます。", "A running container can join a network later.",
                "`docker network connect ネットワーク コンテナ` の順です。", "It is `docker network connect NETWORK CONTAINER`.", cmd))
        .solution(cmd).yaml(), List.of("docker network connect " + nets.get(1) + " " + name));
  }

  private static Drill imageTag(Gen g, long seed) {
    String source = g.pick(List.of("nginx:1.27", "redis:7", "alpine:3.20", "busybox:1.37"));
    String repo = g.pick(List.of("myapp", "shop", "team/web", "kujira/base"));
    String version = g.between(1, 3) + "." + g.between(0, 9);
    String cmd = "docker tag " + source + " " + repo + ":" + version;
    return new Drill("image-tag", "images", seed, new DrillYaml("image-tag", seed)
        .start("docker pull " + source)
        .prose("タグは、同じイメージに付ける別の名前です。", "A tag is one more name for the same image.")
        .task(source + " に " + repo + ":" + version + " という名前を付けてください",
            "Give " + source + " the name " + repo + ":" + version,
            "{image: " + DrillYaml.quote(repo + ":" + version) + "}",
            hints("イメージに名前を足すのは `docker tag` です。", "`docker tag` adds a name to an image.",
                "タグを省くと latest になります。バージョンまで書きます。", "Leave the tag out and it is latest: write the version.", cmd),
            "latest-moved")
        .solution(cmd).yaml(), List.of("docker tag " + source + " " + repo));
  }

  private static Drill imageRemove(Gen g, long seed) {
    List<String> images = g.distinct(List.of("nginx:1.27", "redis:7", "alpine:3.20", "busybox:1.37", "httpd:2.4"), 2);
    String cmd = "docker rmi " + images.get(0);
    return new Drill("image-remove", "images", seed, new DrillYaml("image-remove", seed)
        .start("docker pull " + images.get(0), "docker pull " + images.get(1))
        .prose("`docker images` で手元のイメージを確認できます。", "`docker images` lists the local images.")
        .task(images.get(0) + " を削除し、" + images.get(1) + " は残してください",
            "Remove " + images.get(0) + "; keep " + images.get(1),
            "{all: [{not: {image: " + DrillYaml.quote(images.get(0)) + "}}, {image: " + DrillYaml.quote(images.get(1)) + "}]}",
            hints("イメージを消すコマンドは、コンテナを消すコマンドとは別です。", "Removing an image is not removing a container.",
                "`docker rmi`（または `docker image rm`）に名前:タグを渡します。", "Give name:tag to `docker rmi` (or `docker image rm`).", cmd),
            "image-in-use")
        .solution(cmd).yaml(), List.of("docker rmi " + images.get(1)));
  }

  private static Drill buildTag(Gen g, long seed) {
    String dir = "/root/" + g.pick(List.of("app", "site", "tool", "svc"));
    String word = g.word();
    String repo = g.pick(List.of("hello", "greeter", "myapp", "demo"));
    String version = g.between(1, 3) + "." + g.between(0, 9);
    String cmd = "docker build -t " + repo + ":" + version + " " + dir;
    return new Drill("build-tag", "builds", seed, new DrillYaml("build-tag", seed)
        .file(dir + "/Dockerfile", "FROM busybox\nCMD [\"echo\", \"" + word + "\"]\n")
        .prose(dir + " に Dockerfile があります。", "There is a Dockerfile in " + dir + ".")
        .task(dir + " の Dockerfile から、" + repo + ":" + version + " という名前のイメージをビルドしてください",
            "Build the image " + repo + ":" + version + " from the Dockerfile in " + dir,
            "{image: {ref: " + DrillYaml.quote(repo + ":" + version) + ", config: {Cmd: " + DrillYaml.quote(word) + "}}}",
            hints("`docker build` の最後に、Dockerfile のあるフォルダーを渡します。", "Give `docker build` the folder with the Dockerfile last.",
                "`-t 名前:タグ` でビルドしたイメージに名前を付けます。", "`-t NAME:TAG` names the image built.", cmd))
        .solution(cmd).yaml(), List.of("docker build -t " + repo + " " + dir));
  }

  private static Drill buildFile(Gen g, long seed) {
    String dir = "/root/" + g.pick(List.of("app", "site", "tool", "svc"));
    String word = g.word();
    String variant = g.pick(List.of("dev", "test", "debug"));
    String repo = g.pick(List.of("hello", "greeter", "myapp", "demo"));
    String cmd = "docker build -t " + repo + " -f " + dir + "/Dockerfile." + variant + " " + dir;
    return new Drill("build-file", "builds", seed, new DrillYaml("build-file", seed)
        .file(dir + "/Dockerfile", "FROM busybox\nCMD [\"echo\", \"production\"]\n")
        .file(dir + "/Dockerfile." + variant, "FROM busybox\nCMD [\"echo\", \"" + variant + "-" + word + "\"]\n")
        .prose(dir + " には Dockerfile と Dockerfile." + variant + " の 2 つがあります。",
            dir + " holds two files: Dockerfile and Dockerfile." + variant + ".")
        .task("Dockerfile." + variant + " のほうから " + repo + " という名前のイメージをビルドしてください",
            "Build the image " + repo + " from Dockerfile." + variant,
            "{image: {ref: " + DrillYaml.quote(repo) + ", config: {Cmd: " + DrillYaml.quote(variant + "-" + word) + "}}}",
            hints("`docker build` は何も指定しないと、フォルダーの中の Dockerfile を読みます。",
                "By default `docker build` reads the file named Dockerfile in the folder.",
                "別のファイルを使うには `-f ファイル` を付けます。", "`-f FILE` picks another file.", cmd))
        .solution(cmd).yaml(), List.of("docker build -t " + repo + " " + dir));
  }

  private static Drill composeScale(Gen g, long seed) {
    String project = g.pick(List.of("shop", "blog", "wiki", "forum"));
    int replicas = g.between(2, 4);
    String cache = g.pick(List.of("redis:7", "busybox:1.37"));
    String cacheCmd = cache.startsWith("busybox") ? "\n    command: sleep 100000" : "";
    String dir = "/root/" + project;
    String cmd = "docker compose -f " + dir + "/compose.yaml up -d --scale web=" + replicas;
    return new Drill("compose-scale", "compose", seed, new DrillYaml("compose-scale", seed)
        .file(dir + "/compose.yaml", "services:\n  web:\n    image: nginx:alpine\n  cache:\n    image: " + cache + cacheCmd + "\n")
        .prose(dir + "/compose.yaml には web と cache の 2 つのサービスがあります。",
            dir + "/compose.yaml defines two services, web and cache.")
        .task("このプロジェクトを起動し、web のコンテナを " + replicas + " 個、cache を 1 個動かしてください",
            "Start the project with " + replicas + " containers of web and one of cache",
            "{compose: {project: " + project + ", services: {web: " + replicas + ", cache: 1}}}",
            hints("`docker compose up -d` でプロジェクトを起動します。", "`docker compose up -d` starts the project.",
                "サービスのコンテナ数は `--scale サービス=数` で指定します。", "`--scale SERVICE=N` sets how many containers a service runs.", cmd))
        .solution(cmd).yaml(), List.of("docker compose -f " + dir + "/compose.yaml up -d"));
  }
}
