package dev.kujira.lessons.detect;

import dev.kujira.engine.api.CommandResult;
import dev.kujira.lessons.goal.ContainerGoal;
import dev.kujira.lessons.goal.ContainerProp;
import dev.kujira.lessons.goal.Goal;
import dev.kujira.lessons.model.Text;
import dev.kujira.lessons.state.ContainerFacts;
import dev.kujira.lessons.state.ImageFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Detectors that read the state (and the goals still open), not error messages. */
final class StateDetectors {
  private static final Set<String> SHELLS = Set.of("sh", "bash", "/bin/sh", "/bin/bash", "ash", "/bin/ash");

  private StateDetectors() {
  }

  static Optional<Text> portSidesSwapped(Attempt a) {
    for (ContainerFacts c : a.created()) {
      for (ContainerFacts.PortFacts p : c.ports()) {
        boolean wantedReverse = openProps(a).stream().anyMatch(x -> x instanceof ContainerProp.Publishes
            && ((ContainerProp.Publishes) x).hostPort() == p.containerPort()
            && ((ContainerProp.Publishes) x).containerPort() == p.hostPort());
        Object exposed = a.after().facts().image(c.image()).map(i -> i.config().get("ExposedPorts")).orElse(null);
        boolean imageSaysReverse = exposed instanceof Map && ((Map<?, ?>) exposed).containsKey(p.hostPort() + "/" + p.proto())
            && !((Map<?, ?>) exposed).containsKey(p.containerPort() + "/" + p.proto());
        if (p.hostPort() != p.containerPort() && (wantedReverse || imageSaysReverse)) {
          return Optional.of(new Text(
              "`-p` は「ホスト側:コンテナ側」の順に書きます。いまは、ホストの " + p.hostPort() + " 番をコンテナの "
                  + p.containerPort() + " 番につないでいます。左右が逆になっていないか確かめてください。",
              "`-p` reads HOST:CONTAINER. Right now host port " + p.hostPort() + " goes to container port "
                  + p.containerPort() + ". Check whether the two sides are swapped."));
        }
      }
    }
    return Optional.empty();
  }

  static Optional<Text> mainProcessEnded(Attempt a) {
    if (a.words().contains("attach")) {
      return endedWhileAttached(a);
    }
    if (!a.words().contains("run")) {
      return Optional.empty();
    }
    for (ContainerFacts c : a.created()) {
      if (!c.state().equals("exited")) {
        continue;
      }
      boolean shell = !c.command().isEmpty() && SHELLS.contains(c.command().get(c.command().size() - 1));
      // 130 = 128 + SIGINT: a beginner ran a server in the foreground and pressed Ctrl-C to get the
      // prompt back; "run something long-lived" would be the wrong advice for nginx.
      // `docker run nginx --name web`: docker stops reading its own options at the image, so the
      // rest became the container's command (which then fails, 127 or the program's own error).
      List<String> w = a.words();
      int at = w.indexOf(c.image());
      if (at > 0 && at + 1 < w.size() && w.get(at + 1).startsWith("-")) {
        String rest = String.join(" ", w.subList(at + 1, w.size()));
        return Optional.of(new Text(
            "イメージ名のあとに書いた `" + rest + "` は、docker のオプションではなく、コンテナの中で実行するコマンドになりました。"
                + "docker のオプションは、イメージ名より前に書きます。",
            "`" + rest + "`, written after the image name, became the command run in the container, not docker's options. "
                + "Put docker's options before the image name."));
      }
      if (c.exitCode() == 130) {
        return Optional.of(new Text(
            "Ctrl-C で止めたので、コンテナ " + c.name() + " のメインプロセスも終了しました（終了コード 130）。`-d` を付けて"
                + "起動すると、コンテナはバックグラウンドで動き続け、プロンプトもすぐに戻ります。",
            "Ctrl-C stopped container " + c.name() + "'s main process too (exit code 130). Start it with `-d` and it "
                + "keeps running in the background while you get your prompt back at once."));
      }
      boolean interactive = w.contains("--interactive") || w.stream().anyMatch(x -> x.matches("-[a-zA-Z]*i[a-zA-Z]*"));
      boolean detached = w.contains("--detach") || w.stream().anyMatch(x -> x.matches("-[a-zA-Z]*d[a-zA-Z]*"));
      if (shell && interactive && !detached) {
        // The learner was in the shell and typed exit: the shell had input, it was told to end.
        return Optional.of(new Text(
            "シェルを `exit` で終えたので、メインプロセスが終わり、コンテナ " + c.name() + " も止まりました。コンテナを動かしたまま"
                + "抜けるには、Ctrl-P に続けて Ctrl-Q を押します（デタッチ）。`-dit` で起動すれば、最初からバックグラウンドで動きます。",
            "Leaving the shell with `exit` ended the main process, so container " + c.name() + " stopped. To leave it "
                + "running, press Ctrl-P then Ctrl-Q (detach) instead; started with `-dit`, it runs in the background from "
                + "the start."));
      }
      if (shell) {
        return Optional.of(new Text(
            "コンテナ " + c.name() + " はすぐに終了しました。シェルは入力がないとすぐ終わります。対話的に使うなら "
                + "`docker run -it ...`、バックグラウンドで動かし続けるなら `-dit` を付けるか、`sleep 1000` のような終わらない"
                + "コマンドを指定します。",
            "Container " + c.name() + " stopped at once: a shell with no input ends immediately. To use it "
                + "interactively, run `docker run -it ...`; to keep it running in the background, use `-dit` or give a "
                + "command that does not end, such as `sleep 1000`."));
      }
      return Optional.of(new Text(
          "コンテナ " + c.name() + " は終了しています（終了コード " + c.exitCode() + "）。コンテナはメインプロセスが動いている間だけ"
              + "動き続けます。ずっと動くコマンド（サーバーや `sleep 1000` など）を指定したか確かめてください。終了する前に何を"
              + "出力したかは `docker logs " + c.name() + "` で見られます。",
          "Container " + c.name() + " has exited (code " + c.exitCode() + "). A container lives only as long as its "
              + "main process: check that it runs something long-lived (a server, `sleep 1000`, …). `docker logs "
              + c.name() + "` shows what it printed before it ended."));
    }
    return Optional.empty();
  }

  /** `docker attach` and then `exit` (or Ctrl-D) in the main process's shell: the container stops. */
  private static Optional<Text> endedWhileAttached(Attempt a) {
    for (String w : a.words()) {
      Optional<ContainerFacts> before = a.before().container(w);
      Optional<ContainerFacts> after = a.after().facts().container(w);
      if (before.isPresent() && after.isPresent() && before.get().state().equals("running")
          && after.get().state().equals("exited")) {
        String name = after.get().name();
        return Optional.of(new Text(
            "attach したメインプロセスを `exit` で終えたので、コンテナ " + name + " は止まりました。動かしたまま抜けるには、"
                + "Ctrl-P に続けて Ctrl-Q を押します。止まったコンテナは `docker start " + name + "` でもう一度起動できます"
                + "（書いたファイルは残っています）。",
            "Typing `exit` in the attached main process ended it, so container " + name + " stopped. To leave it running, "
                + "press Ctrl-P then Ctrl-Q. `docker start " + name + "` starts the stopped container again (the files "
                + "written in it are still there)."));
      }
    }
    return Optional.empty();
  }

  static Optional<Text> defaultBridgeDns(Attempt a) {
    CommandResult r = a.result();
    String out = r.output().toLowerCase(java.util.Locale.ROOT);
    if (r.exitCode() == 0 || !(out.contains("bad address") || out.contains("could not resolve")
        || out.contains("name or service not known") || out.contains("can't resolve") || out.contains("unknown host") || out.contains("can't find"))) {
      return Optional.empty();
    }
    for (String w : a.words()) {
      Optional<ContainerFacts> c = a.after().facts().container(w);
      if (c.isPresent() && c.get().networks().stream().allMatch(e -> e.network().equals("bridge"))) {
        return Optional.of(new Text(
            "コンテナ " + c.get().name() + " はデフォルトの bridge ネットワークにいます。デフォルトの bridge では、"
                + "コンテナ名による名前解決ができません。`docker network create` で作ったネットワークに両方のコンテナをつなぐと、名前で通信できます。",
            "Container " + c.get().name() + " is on the default bridge network, where container names do not "
                + "resolve. Attach both containers to a network made with `docker network create`, and names will work."));
      }
    }
    return Optional.empty();
  }

  static Optional<Text> wrongMountType(Attempt a, String wanted, String got) {
    for (ContainerProp p : openProps(a)) {
      if (!(p instanceof ContainerProp.Mount) || !((ContainerProp.Mount) p).type().equals(wanted)) {
        continue;
      }
      String target = ((ContainerProp.Mount) p).target();
      for (ContainerFacts c : a.created()) {
        if (c.mounts().stream().anyMatch(m -> m.target().equals(target) && m.type().equals(got))) {
          return Optional.of(wanted.equals("volume") ? new Text(
              target + " にはバインドマウント（ホストのディレクトリ）がつながっています。ここではボリュームを使います。"
                  + "`-v` の左側に `/` や `./` で始まるパスを書くとバインドマウント、名前だけを書くとボリュームになります。",
              target + " got a bind mount (a host directory), but this task wants a volume. In `-v`, a left side "
                  + "starting with `/` or `./` is a host path (bind mount); a plain name is a volume.")
              : new Text(
              target + " にはボリュームがつながっています。ここではホストのディレクトリをバインドマウントします。"
                  + "`-v` の左側には `/` か `./` で始まるホストのパス（例: `$(pwd)/site`）を書きます。",
              target + " got a volume, but this task wants a host directory (bind mount). In `-v`, write a host path "
                  + "starting with `/` or `./` on the left (for example `$(pwd)/site`)."));
        }
      }
    }
    return Optional.empty();
  }

  static Optional<Text> hostPathMissing(Attempt a) {
    for (ContainerFacts c : a.created()) {
      for (ContainerFacts.MountFacts m : c.mounts()) {
        if (m.type().equals("bind") && a.after().probe("ls -A " + m.source()).stdout().isEmpty()
            && !a.line().contains("--mount")) {
          return Optional.of(new Text(
              "ホストの " + m.source() + " は空のディレクトリです。`-v` ではホスト側のパスが存在しないと、空のディレクトリが"
                  + "作られてマウントされます。パスのつづりと、いまいるディレクトリ（`pwd`）を確かめてください。",
              "Host directory " + m.source() + " is empty. With `-v`, a host path that does not exist is created as an "
                  + "empty directory and mounted. Check the path's spelling and your current directory (`pwd`)."));
        }
      }
    }
    return Optional.empty();
  }

  static Optional<Text> latestMoved(Attempt a) {
    for (ImageFacts old : a.before().images()) {
      for (String tag : old.tags()) {
        if (!tag.endsWith(":latest")) {
          continue;
        }
        Optional<ImageFacts> now = a.after().facts().image(tag);
        boolean used = a.after().facts().containers().stream().anyMatch(c -> c.imageId().equals(old.id()));
        if (now.isPresent() && !now.get().id().equals(old.id()) && used) {
          return Optional.of(new Text(
              "タグ " + tag + " が新しいイメージを指すようになりました。前から動いているコンテナは古いイメージのままです。"
                  + "`latest` は「最新」を保証するものではなく、動くタグです。決まった版を使うなら `nginx:1.27` のようにタグを固定します。",
              "Tag " + tag + " now points to a new image; containers created earlier still use the old one. `latest` is "
                  + "just a tag that moves, not a promise of newness: pin a version such as `nginx:1.27`."));
        }
      }
    }
    return Optional.empty();
  }

  /** Returns the container properties the open goals ask for. */
  static List<ContainerProp> openProps(Attempt a) {
    List<ContainerProp> out = new ArrayList<>();
    for (Goal g : a.pending()) {
      collect(g, out);
    }
    return out;
  }

  private static void collect(Goal g, List<ContainerProp> out) {
    if (g instanceof ContainerGoal) {
      out.addAll(((ContainerGoal) g).props());
    } else if (g instanceof Goal.All) {
      ((Goal.All) g).parts().forEach(p -> collect(p, out));
    } else if (g instanceof Goal.Any) {
      ((Goal.Any) g).parts().forEach(p -> collect(p, out));
    }
  }

  /**
   * Fires when the build just run copied the whole context ({@code COPY . .} or {@code ADD . .})
   * before a {@code RUN} and both missed the cache: any change in the folder re-runs the install.
   */
  static Optional<Text> cacheBustedByEarlyCopy(Attempt a) {
    if (!a.words().contains("build") || a.result().exitCode() != 0) {
      return Optional.empty();
    }
    Optional<dev.kujira.engine.api.BuildInfo> build = a.after().lastBuild();
    if (build.isEmpty() || build.get().noCache()) {
      return Optional.empty();
    }
    boolean copiedAll = false;
    for (dev.kujira.engine.api.BuildInfo.Step s : build.get().steps()) {
      String[] w = s.instruction().trim().split("\\s+");
      if ((w[0].equals("COPY") || w[0].equals("ADD")) && w.length == 3 && w[1].equals(".") && !s.cached()) {
        copiedAll = true;
      } else if (copiedAll && w[0].equals("RUN") && !s.cached()) {
        return Optional.of(new Text(
            "`COPY . .` がインストールの `RUN` より前にあるため、フォルダーのどのファイルを変えても、その後の手順はキャッシュが使えずやり直しになります。"
                + "依存関係の一覧（package.json や requirements.txt など）だけを先にコピーしてインストールし、`COPY . .` はその後に置いてください。",
            "`COPY . .` comes before the install `RUN`, so changing any file in the folder busts the cache and every "
                + "step after it runs again. Copy only the dependency list (package.json, requirements.txt, ...) first, "
                + "install, and put `COPY . .` after that."));
      }
    }
    return Optional.empty();
  }
}
