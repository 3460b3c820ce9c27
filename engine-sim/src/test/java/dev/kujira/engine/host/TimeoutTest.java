package dev.kujira.engine.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The host's {@code timeout} around the docker client's waits, as recorded on Docker 26.1.5 with
 * this machine's GNU coreutils 9.1 (each line below was run there; the times are whole seconds of
 * {@code $SECONDS}): the client's waits end when the timer's signal comes, attached clients forward
 * it to the container, and timeout's own words and statuses are coreutils'.
 */
class TimeoutTest {
  private Engine engine;

  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults());
    assertThat(engine.run("docker run -d --name t1 busybox sleep 300").exitCode()).isZero();
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  /** Runs {@code line} and returns "rc=N t=S" with the simulated seconds it took. */
  private String timed(String line) {
    CommandResult r = engine.run("s=$(date +%s); " + line + "; rc=$?; echo \"rc=$rc t=$(( $(date +%s) - s ))\"");
    return r.stdout().lines().reduce((a, b) -> b).orElse("") + (r.stderr().isEmpty() ? "" : " err=" + r.stderr().strip());
  }

  @Test
  void logsFollowAndWait_endAtTheTimeoutWith124() {
    assertThat(timed("timeout 2 docker logs -f t1")).isEqualTo("rc=124 t=2");
    assertThat(timed("timeout 2 docker wait t1")).isEqualTo("rc=124 t=2");
    assertThat(timed("timeout -s INT 2 docker logs -f t1")).isEqualTo("rc=124 t=2");
    // --preserve-status: the client died of SIGTERM (128+15).
    assertThat(timed("timeout --preserve-status 2 docker logs -f t1")).isEqualTo("rc=143 t=2");
    // A KILL reaches timeout itself: bash reports it.
    assertThat(timed("timeout -s KILL 2 docker logs -f t1")).isEqualTo("rc=137 t=2 err=Killed");
    assertThat(engine.run("docker ps --format '{{.Names}} {{.State}}'").stdout()).isEqualTo("t1 running\n");
  }

  @Test
  void attachedClients_forwardTheSignalToTheContainer() {
    // sleep as PID 1 ignores SIGTERM: docker run waits for its end, timeout still says 124.
    assertThat(timed("timeout 2 docker run --rm busybox sleep 5")).isEqualTo("rc=124 t=5");
    String trap = "docker run --rm busybox sh -c 'trap \"echo got; exit 3\" TERM; while true; do sleep 1; done'";
    assertThat(engine.run("timeout 2 " + trap).stdout()).isEqualTo("got\n");
    assertThat(engine.run("timeout 2 " + trap + "; echo rc=$?").stdout()).isEqualTo("got\nrc=124\n");
    assertThat(engine.run("timeout --preserve-status 2 " + trap + "; echo rc=$?").stdout()).isEqualTo("got\nrc=3\n");
    // Only the KILL of -k ends an attach to a container that ignores the TERM.
    assertThat(timed("timeout -k 1 2 docker attach t1")).isEqualTo("rc=137 t=3 err=Killed");
    assertThat(engine.run("docker ps --format '{{.Names}}'").stdout()).isEqualTo("t1\n");
  }

  @Test
  void composeUp_stopsTheProjectGracefullyOnTheSignal() {
    engine.run("mkdir -p /root/proj && cd /root/proj && printf 'services:\\n  app:\\n    image: busybox\\n    command: sh -c "
        + "\"while true; do echo tick; sleep 1; done\"\\n' > compose.yaml");
    CommandResult r = engine.run("cd /root/proj && s=$(date +%s); timeout 3 docker compose up; echo \"rc=$? t=$(( $(date +%s) - s ))\"");
    // Recorded: rc=124 after 14 s (3 s, then the 10 s stop of a shell that ignores SIGTERM, and the start).
    assertThat(r.stdout()).startsWith("Attaching to app-1\n").endsWith("rc=124 t=13\n");
    assertThat(r.stderr()).contains("Gracefully stopping... (press Ctrl+C again to force)\n"
        + " Container proj-app-1  Stopping\n Container proj-app-1  Stopped\ncanceled\n");
  }

  @Test
  void hostCommands_gnuStatusesAndWords() {
    assertThat(timed("timeout 0.5 sleep 2")).isEqualTo("rc=124 t=0");
    assertThat(timed("timeout 1 false")).isEqualTo("rc=1 t=0");
    assertThat(timed("timeout 0 sleep 1")).isEqualTo("rc=0 t=1");
    assertThat(timed("timeout 1m true")).isEqualTo("rc=0 t=0");
    assertThat(timed("timeout 1 sh -c 'kill -TERM $$'")).isEqualTo("rc=143 t=0 err=Terminated");
    assertThat(timed("timeout 1 sh -c 'sleep 5; echo after'")).isEqualTo("rc=124 t=1");
    String tryHelp = "Try 'timeout --help' for more information.\n";
    assertThat(engine.run("timeout").stderr()).isEqualTo(tryHelp);
    assertThat(engine.run("timeout 2").exitCode()).isEqualTo(125);
    assertThat(engine.run("timeout x sleep 1").stderr()).isEqualTo("timeout: invalid time interval ‘x’\n" + tryHelp);
    assertThat(engine.run("timeout -s FOO 1 sleep 1").stderr()).isEqualTo("timeout: ‘FOO’: invalid signal\n" + tryHelp);
    assertThat(engine.run("timeout --bogus 1 true").stderr()).isEqualTo("timeout: unrecognized option '--bogus'\n" + tryHelp);
    assertThat(engine.run("timeout -s").stderr()).isEqualTo("timeout: option requires an argument -- 's'\n" + tryHelp);
    assertThat(engine.run("timeout -1 true").stderr()).isEqualTo("timeout: invalid option -- '1'\n" + tryHelp);
    CommandResult missing = engine.run("timeout 1 /nonexistent");
    assertThat(missing.stderr()).isEqualTo("timeout: failed to run command ‘/nonexistent’: No such file or directory\n");
    assertThat(missing.exitCode()).isEqualTo(127);
    CommandResult dir = engine.run("timeout 1 /etc");
    assertThat(dir.stderr()).isEqualTo("timeout: failed to run command ‘/etc’: Permission denied\n");
    assertThat(dir.exitCode()).isEqualTo(126);
    assertThat(engine.run("timeout -v 0.1 sleep 1").stderr()).isEqualTo("timeout: sending signal TERM to command ‘sleep’\n");
    assertThat(engine.run("timeout --version").stdout()).startsWith("timeout (GNU coreutils) 9.1\n");
    assertThat(engine.run("timeout --help").stdout()).startsWith("Usage: timeout [OPTION] DURATION COMMAND [ARG]...\n");
  }
}
