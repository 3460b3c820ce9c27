package dev.kujira.lessons.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import dev.kujira.lessons.detect.Attempt;
import dev.kujira.lessons.detect.Detector;
import dev.kujira.lessons.detect.Detectors;
import dev.kujira.lessons.goal.ContainerGoal;
import dev.kujira.lessons.goal.ContainerProp;
import dev.kujira.lessons.goal.Goal;
import dev.kujira.lessons.model.Text;
import dev.kujira.lessons.state.StateFacts;
import dev.kujira.lessons.state.StateReader;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each mistake detector fires on its mistake (and the right command does not fire it). */
class DetectorsTest {
  private static final Goal WANTS_VOLUME = new ContainerGoal(List.of(new ContainerProp.Mount("volume", "/data", "", null)));
  private static final Goal WANTS_BIND = new ContainerGoal(List.of(new ContainerProp.Mount("bind", "/data", "", null)));
  private static final Goal WANTS_8080 = new ContainerGoal(List.of(new ContainerProp.Publishes(8080, 80, "tcp", "")));

  private static Optional<Text> fire(String detector, String setup, String mistake, Goal pending) throws Exception {
    try (Engine e = Engine.create(EngineOptions.defaults())) {
      for (String line : setup.isEmpty() ? new String[0] : setup.split(" ; ")) {
        e.run(line);
      }
      StateFacts before = StateReader.read(e.state());
      CommandResult r = e.run(mistake);
      Attempt a = new Attempt(mistake, r, before, new EngineWorld(e, false), pending == null ? List.of() : List.of(pending));
      Detector d = Detectors.byId(detector).orElseThrow();
      return d.check(a);
    }
  }

  /** Runs {@code run} but shows the detector {@code line}: for what a test cannot type, as a terminal's keys. */
  private static Optional<Text> fireAs(String detector, String setup, String run, String line) throws Exception {
    try (Engine e = Engine.create(EngineOptions.defaults())) {
      e.run(setup);
      StateFacts before = StateReader.read(e.state());
      CommandResult r = e.run(run);
      return Detectors.byId(detector).orElseThrow().check(new Attempt(line, r, before, new EngineWorld(e, false), List.of()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "port-sides-swapped | | docker run -d --name web -p 80:8080 nginx:1.27 | docker run -d --name web -p 8080:80 nginx:1.27",
      "main-process-ended | | docker run -d --name box ubuntu | docker run -d --name box ubuntu sleep 1000",
      "port-already-allocated | docker run -d -p 8080:80 nginx:1.27 | docker run -d -p 8080:80 nginx:1.27 | docker run -d -p 8081:80 nginx:1.27",
      "name-in-use | docker run -d --name web nginx:1.27 | docker run -d --name web nginx:1.27 | docker run -d --name web2 nginx:1.27",
      "rm-running | docker run -d --name web nginx:1.27 | docker rm web | docker rm -f web",
      "image-in-use | docker run -d --name web nginx:1.27 | docker rmi nginx:1.27 | docker images",
      "exec-stopped | docker run -d --name web nginx:1.27 ; docker stop web | docker exec web ls | docker start web",
      "typo | | docker pss | docker ps",
      "default-bridge-dns | docker run -d --name aa busybox sleep 1000 ; docker run -d --name bb busybox sleep 1000 | docker exec aa ping -c1 bb | docker exec aa ping -c1 127.0.0.1",
      "latest-moved | docker pull busybox ; docker run -d --name old busybox sleep 1000 ; docker pull nginx:1.27 | docker tag nginx:1.27 busybox:latest | docker tag nginx:1.27 mine:latest",
      "cache-busted-by-early-copy | mkdir -p /root/a /root/b ; echo busybox > /root/a/deps.txt ; echo busybox > /root/b/deps.txt ; echo FROM busybox > /root/a/Dockerfile ; echo COPY . . >> /root/a/Dockerfile ; echo RUN cat deps.txt >> /root/a/Dockerfile ; echo FROM busybox > /root/b/Dockerfile ; echo COPY deps.txt . >> /root/b/Dockerfile ; echo RUN cat deps.txt >> /root/b/Dockerfile ; echo COPY . . >> /root/b/Dockerfile | docker build -t a /root/a | docker build -t b /root/b",
      "host-path-missing | mkdir site ; echo hi > site/index.html | docker run -d -v /root/sites:/data --name cc busybox sleep 100 | docker run -d -v /root/site:/data --name cc busybox sleep 100",
  })
  void detector_firesOnItsMistake_notOnTheRightCommand(String id, String setup, String mistake, String right) throws Exception {
    String s = setup == null ? "" : setup;
    Goal pending = id.equals("port-sides-swapped") ? WANTS_8080 : null;
    assertThat(fire(id, s, mistake, pending)).as("fires on: " + mistake).isPresent();
    assertThat(fire(id, s, right, pending)).as("silent on: " + right).isEmpty();
  }

  @Test
  void typo_suggestsTheClosestCommandAndFlag() throws Exception {
    assertThat(fire("typo", "", "docker pss", null).orElseThrow().en()).contains("Did you mean `docker ps`?");
    assertThat(fire("typo", "", "docker run --publsh 80 nginx", null).orElseThrow().ja()).contains("`--publish` のことではありませんか");
  }

  @Test
  void typo_explainsABuiltinRunAsAProgram_aMissingImage_andCpArgumentsTheWrongWayRound() throws Exception {
    assertThat(fire("typo", "", "docker run --name code busybox exit 3", null).orElseThrow().en())
        .contains("`exit` is a shell builtin").contains("sh -c 'exit …'");
    assertThat(fire("typo", "", "docker run --name code busybox slep 3", null).orElseThrow().ja())
        .contains("コマンド `slep` がイメージの中に見つかりません");
    assertThat(fire("typo", "", "docker create box busybox sleep 1000", null).orElseThrow().en())
        .contains("There is no image `box`").contains("--name");
    assertThat(fire("typo", "docker run -d --name web nginx:1.27", "docker cp /root/nginx.conf web:/etc/nginx/nginx.conf", null)
        .orElseThrow().en()).contains("The source `/root/nginx.conf` does not exist");
    assertThat(fire("typo", "docker run -d --name web nginx:1.27", "docker cp web:/etc/nginx/nginx.con /root/", null)
        .orElseThrow().ja()).contains("`/etc/nginx/nginx.con` がありません");
    assertThat(fire("typo", "docker run -d --name web nginx:1.27", "docker cp web:/etc/nginx/nginx.conf /root/", null)).isEmpty();
  }

  @Test
  void execStopped_coversPauseAndKillOnAStoppedContainer() throws Exception {
    String setup = "docker run -d --name box busybox sleep 1000 ; docker stop box";
    assertThat(fire("exec-stopped", setup, "docker pause box", null).orElseThrow().en())
        .contains("`docker pause` works only on a running container");
    assertThat(fire("exec-stopped", setup, "docker kill box", null).orElseThrow().ja()).contains("`docker kill` は動いているコンテナ");
  }

  @Test
  void mainProcessEnded_afterCtrlC_saysDetachRatherThanALongerCommand() throws Exception {
    assertThat(fire("main-process-ended", "", "docker run --name web busybox sh -c 'exit 130'", null).orElseThrow().en())
        .contains("Ctrl-C").contains("`-d`");
    assertThat(fire("main-process-ended", "", "docker run -d --name box busybox", null).orElseThrow().en())
        .contains("`-dit`").contains("sleep 1000");
    // What `exit` typed in an attached shell leaves (`docker kill` stands in: a test has no terminal to attach).
    assertThat(fireAs("main-process-ended", "docker run -dit --name sh2 busybox sh", "docker kill sh2", "docker attach sh2")
        .orElseThrow().ja()).contains("コンテナ sh2 は止まりました").contains("docker start sh2");
    assertThat(fireAs("main-process-ended", "docker run -dit --name sh2 busybox sh", "docker exec sh2 true", "docker attach sh2"))
        .isEmpty();
    assertThat(fire("main-process-ended", "", "docker run -i --name sh1 busybox sh", null).orElseThrow().en())
        .contains("Leaving the shell with `exit`").contains("Ctrl-P then Ctrl-Q");
    assertThat(fire("main-process-ended", "", "docker run -d nginx:1.27 --name web", null).orElseThrow().en())
        .contains("`--name web`, written after the image name, became the command");
  }

  @Test
  void mountTypes_bindWhereVolumeWasAsked_andTheReverse() throws Exception {
    assertThat(fire("bind-instead-of-volume", "", "docker run -d -v /root:/data --name cc busybox sleep 100", WANTS_VOLUME)).isPresent();
    assertThat(fire("bind-instead-of-volume", "", "docker run -d -v data:/data --name cc busybox sleep 100", WANTS_VOLUME)).isEmpty();
    assertThat(fire("volume-instead-of-bind", "", "docker run -d -v data:/data --name cc busybox sleep 100", WANTS_BIND)).isPresent();
  }

  @Test
  void everyDetector_hasJapaneseAndEnglish_andATestHere() throws Exception {
    assertThat(Detectors.ids()).doesNotHaveDuplicates();
    String source = new String(DetectorsTest.class.getResourceAsStream("DetectorsTest.class").readAllBytes(),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    List<String> untested = Detectors.ids().stream().filter(id -> !source.contains(id)).collect(Collectors.toList());
    assertThat(untested).as("detectors without a test").isEmpty();
  }
}
