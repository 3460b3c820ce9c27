package dev.kujira.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.api.CommandResult;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The facade: determinism, snapshots, checkpoints with undo/redo, completion. */
class EngineTest {
  static final Path BUSYBOX = Path.of("../conformance/busybox-image.tar");
  private Engine engine;

  @BeforeEach
  void setUp() throws IOException {
    engine = Engine.create(EngineOptions.defaults().withArchive(BUSYBOX));
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  @Test
  void run_sameSeedAndCommands_printSameBytes() throws IOException {
    String script = "docker run -d --name app busybox sh -c 'echo hi; sleep 5'";
    try (Engine other = Engine.create(EngineOptions.defaults().withArchive(BUSYBOX))) {
      assertThat(engine.run(script).output()).isEqualTo(other.run(script).output());
      assertThat(engine.run("docker ps -a").output()).isEqualTo(other.run("docker ps -a").output());
    }
  }

  @Test
  void restore_bringsBackARemovedRunningContainer_withoutDuplicatingItsLog() {
    engine.run("docker run -d --name app busybox sh -c 'echo first; sleep 300'");
    Checkpoint saved = engine.checkpoint();
    engine.run("docker rm -f app");
    assertThat(engine.run("docker ps -aq").stdout()).isEmpty();
    engine.restore(saved);
    assertThat(engine.run("docker ps --format '{{.Names}} {{.State}}'").stdout()).isEqualTo("app running\n");
    assertThat(engine.run("docker logs app").stdout()).isEqualTo("first\n");
    engine.run("docker stop -t 1 app");
    assertThat(engine.run("docker inspect -f '{{.State.ExitCode}}' app").stdout()).isEqualTo("137\n");
  }

  @Test
  void fork_keepsAHealthyContainerHealthy_withItsChecks() {
    engine.run("docker run -d --name hc --health-cmd true --health-interval 1s busybox sleep 300");
    engine.run("sleep 3");
    String template = "docker inspect -f '{{.State.Health.Status}} {{len .State.Health.Log}}' hc";
    String here = engine.run(template).output();
    assertThat(here).startsWith("healthy ");
    try (Engine copy = Engine.fork(engine.checkpoint())) {
      assertThat(copy.run(template).output()).isEqualTo(here);
    }
  }

  @Test
  void undo_thenRedo_movesBetweenStates() {
    engine.enableUndo(true);
    engine.run("docker create --name c1 busybox");
    engine.run("docker rm c1");
    assertThat(engine.undo()).isTrue();
    assertThat(engine.run("docker ps -a --format '{{.Names}}'").stdout()).isEqualTo("c1\n");
    assertThat(engine.undo()).isTrue();
    assertThat(engine.redo()).isTrue();
    assertThat(engine.snapshot().container("c1")).isPresent();
  }

  @Test
  void snapshot_listsContainersAndImages() {
    engine.run("docker run --name done busybox true");
    assertThat(engine.snapshot().container("done")).get().extracting(c -> c.state()).isEqualTo("exited");
    assertThat(engine.snapshot().images()).hasSize(1);
  }

  @Test
  void events_followTheLifecycle() {
    engine.run("docker run --name ev busybox true");
    engine.run("docker rm ev");
    assertThat(engine.events()).extracting(e -> e.type() + " " + e.action())
        .containsExactly("container create", "container attach", "network connect", "container start",
            "network disconnect", "container die", "container destroy");
    assertThat(engine.events().get(5).attributes()).containsEntry("exitCode", "0");
  }

  @Test
  void complete_offersCommandsAndFlags() {
    assertThat(engine.complete("docker pa", 9)).containsExactly("pause");
    assertThat(engine.complete("docker ps --fo", 14)).containsExactly("--format");
  }

  @Test
  void run_foregroundContainer_printsAndReturnsItsStatus() {
    CommandResult r = engine.run("docker run --rm busybox sh -c 'echo out; echo err >&2; exit 4'");
    assertThat(r.stdout()).isEqualTo("out\n");
    assertThat(r.stderr()).isEqualTo("err\n");
    assertThat(r.exitCode()).isEqualTo(4);
  }
}
