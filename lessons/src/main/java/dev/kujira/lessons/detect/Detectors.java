package dev.kujira.lessons.detect;

import dev.kujira.lessons.model.Text;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Is the catalogue of mistake detectors. Detectors that read an error look at the daemon's
 * message as Docker 26.1 prints it (the engine reproduces it; conformance scenarios pin it);
 * the others look only at the state.
 */
public final class Detectors {
  private Detectors() {
  }

  /** Is a detector made of an id and a function. */
  private record Simple(String id, Function<Attempt, Optional<Text>> fn) implements Detector {
    @Override
    public Optional<Text> check(Attempt attempt) {
      return fn.apply(attempt);
    }
  }

  private static final List<Detector> ALL = List.of(
      new Simple("port-sides-swapped", StateDetectors::portSidesSwapped),
      new Simple("main-process-ended", StateDetectors::mainProcessEnded),
      new Simple("default-bridge-dns", StateDetectors::defaultBridgeDns),
      new Simple("bind-instead-of-volume", a -> StateDetectors.wrongMountType(a, "volume", "bind")),
      new Simple("volume-instead-of-bind", a -> StateDetectors.wrongMountType(a, "bind", "volume")),
      new Simple("host-path-missing", StateDetectors::hostPathMissing),
      new Simple("latest-moved", StateDetectors::latestMoved),
      new Simple("cache-busted-by-early-copy", StateDetectors::cacheBustedByEarlyCopy),
      new Simple("port-already-allocated", a -> error(a, "port is already allocated", new Text(
          "そのホスト側ポートは、すでに別のコンテナが使っています。`docker ps` でどのコンテナが公開しているか確かめ、"
              + "別のポート番号を選ぶか、そのコンテナを止めてください。",
          "That host port is already published by another container. Check `docker ps` to see which one, then "
              + "pick another host port or stop that container."))),
      new Simple("name-in-use", a -> error(a, "is already in use by container", new Text(
          "その名前のコンテナはすでにあります（止まっていても名前は使われたままです）。`docker ps -a` で確かめ、"
              + "`docker rm` で消す（動いているなら `docker rm -f`）か、別の名前を付けてください。",
          "A container with that name already exists (a stopped container keeps its name). Check `docker ps -a`, "
              + "then remove it with `docker rm` (`docker rm -f` if it runs) or choose another name."))),
      new Simple("rm-running", a -> error(a, "container is running", new Text(
          "動いているコンテナは、そのままでは削除できません。先に `docker stop` で止めるか、`docker rm -f` で強制的に削除します。",
          "A running container cannot be removed as is. Stop it first with `docker stop`, or force it with "
              + "`docker rm -f`."))),
      new Simple("image-in-use", a -> a.result().stderr().contains("image is being used")
          || a.result().stderr().contains("is using its referenced image") ? Optional.of(new Text(
          "このイメージから作ったコンテナが残っているため、イメージを削除できません。`docker ps -a --filter ancestor=イメージ名` で探し、"
              + "先にそのコンテナを削除してください。",
          "A container made from this image still exists, so the image cannot be removed. Find it with "
              + "`docker ps -a --filter ancestor=IMAGE` and remove that container first.")) : Optional.empty()),
      new Simple("exec-stopped", Detectors::notRunning),
      new Simple("typo", Typos::check));

  /** Returns every detector. */
  public static List<Detector> all() {
    return ALL;
  }

  /** Returns the ids of every detector. */
  public static List<String> ids() {
    return ALL.stream().map(Detector::id).collect(Collectors.toList());
  }

  /** Returns the detector called {@code id}. */
  public static Optional<Detector> byId(String id) {
    return ALL.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** A command that needs a running container (exec, pause, kill, attach) met a stopped one. */
  private static Optional<Text> notRunning(Attempt a) {
    if (!a.result().stderr().contains("is not running")) {
      return Optional.empty();
    }
    if (a.words().contains("exec")) {
      return Optional.of(new Text(
          "`docker exec` は動いているコンテナの中でしかコマンドを実行できません。`docker start` で起動してから、もう一度試してください。",
          "`docker exec` runs a command only in a running container. Start it with `docker start`, then try again."));
    }
    return a.words().stream().filter(w -> List.of("pause", "unpause", "kill", "attach").contains(w)).findFirst()
        .map(w -> new Text(
            "`docker " + w + "` は動いているコンテナにしか使えません。`docker ps -a` で状態を確かめ、止まっているなら `docker start` で"
                + "起動してから、もう一度試してください。",
            "`docker " + w + "` works only on a running container. Check its state with `docker ps -a`; if it is stopped, "
                + "start it with `docker start`, then try again."));
  }

  private static Optional<Text> error(Attempt a, String needle, Text text) {
    return a.result().exitCode() != 0 && a.result().stderr().contains(needle) ? Optional.of(text) : Optional.empty();
  }
}
