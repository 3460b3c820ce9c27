package dev.kujira.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kujira.engine.api.ContainerStatus;
import dev.kujira.engine.api.EngineEvent;
import dev.kujira.engine.api.EventSubscription;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sessions that fork from a checkpoint, persist as a durable log and replay byte for byte. */
class SessionTest {

  private static Engine lessonStart() throws IOException {
    Engine e = Engine.create(EngineOptions.defaults().withArchive(EngineTest.BUSYBOX));
    e.writeHostFile("/root/app/Dockerfile", 0644,
        "FROM busybox\nCOPY msg.txt /msg.txt\nCMD [\"cat\", \"/msg.txt\"]\n".getBytes(StandardCharsets.UTF_8));
    e.writeHostFile("/root/app/msg.txt", 0644, "hi\n".getBytes(StandardCharsets.UTF_8));
    e.cd("/root/app");
    e.run("docker build -q -t app .");
    e.run("docker network create appnet");
    e.run("docker run -d --name db --network appnet -v data:/data busybox sleep 1000");
    return e;
  }

  @Test
  void fork_isIndependent_andStartsInTheCheckpointsState() throws IOException {
    try (Engine base = lessonStart()) {
      Checkpoint start = base.checkpoint();
      try (Engine a = Engine.fork(start); Engine b = Engine.fork(start)) {
        assertThat(a.state().canonicalJson()).isEqualTo(base.state().canonicalJson());
        assertThat(a.cwd()).isEqualTo("/root/app");
        assertThat(a.state().containers().byName("db").orElseThrow().status()).isEqualTo(ContainerStatus.RUNNING);
        a.run("docker rm -f db");
        a.run("docker run --name once app");
        assertThat(a.run("docker logs once").stdout()).isEqualTo("hi\n");
        assertThat(b.state().containers().byName("db")).isPresent();
        assertThat(b.state().containers().byName("once")).isEmpty();
        assertThat(base.state().containers().byName("once")).isEmpty();
        assertThat(b.state().canonicalJson()).isEqualTo(base.state().canonicalJson());
      }
    }
  }

  @Test
  void sessionLog_replays_toTheSameStateByteForByte() throws IOException {
    try (Engine original = lessonStart()) {
      original.advance(5_000);
      original.run("docker run --name job app");
      original.run("docker stop db");
      String text = original.sessionLog().toText();
      assertThat(text).startsWith("kujira-session 1\n").contains("\nrun \"docker build -q -t app .\"\n");
      SessionLog parsed = SessionLog.parse(text);
      assertThat(parsed.toText()).isEqualTo(text);
      try (Engine replayed = parsed.replay()) {
        assertThat(replayed.state().canonicalJson()).isEqualTo(original.state().canonicalJson());
        assertThat(replayed.run("docker ps -a").output()).isEqualTo(original.run("docker ps -a").output());
      }
    }
  }

  @Test
  void aFork_replays_fromTheOriginalOptions_throughItsCheckpoint() throws IOException {
    try (Engine base = lessonStart(); Engine learner = Engine.fork(base.checkpoint())) {
      learner.run("docker run --name job app");
      try (Engine replayed = SessionLog.parse(learner.sessionLog().toText()).replay()) {
        assertThat(replayed.state().containers().byName("job").orElseThrow().exitCode()).isZero();
        assertThat(replayed.state().images().byReference("app").orElseThrow().id())
            .isEqualTo(learner.state().images().byReference("app").orElseThrow().id());
      }
    }
  }

  @Test
  void undo_dropsTheUndoneLine_fromTheDurableForm() throws IOException {
    try (Engine e = Engine.create(EngineOptions.defaults().withArchive(EngineTest.BUSYBOX))) {
      e.enableUndo(true);
      e.run("docker create --name one busybox");
      e.run("docker create --name two busybox");
      e.undo();
      assertThat(e.sessionLog().steps()).containsExactly(new SessionLog.Run("docker create --name one busybox"));
    }
  }

  @Test
  void parse_refusesAnotherVersion() {
    assertThatThrownBy(() -> SessionLog.parse("kujira-session 2\nseed 1\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version 1");
  }

  @Test
  void onEvent_handle_unsubscribes() throws IOException {
    try (Engine e = Engine.create(EngineOptions.defaults().withArchive(EngineTest.BUSYBOX))) {
      List<EngineEvent> heard = new ArrayList<>();
      EventSubscription sub = e.onEvent(heard::add);
      e.run("docker create --name one busybox");
      int once = heard.size();
      assertThat(once).isPositive();
      sub.close();
      sub.close();
      e.run("docker create --name two busybox");
      assertThat(heard).hasSize(once);
    }
  }
}
