package dev.kujira.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The docker CLI's call to the daemon takes virtual time (two commands never share an instant)
 * but no real time on a terminal's real clock; what a container does still takes real time.
 */
class DockerCallPacingTest {
  @Test
  void theCallToTheDaemonIsNotWaitedOutButAContainersSleepIs() throws Exception {
    try (Engine e = Engine.create(EngineOptions.defaults().withArchive(EngineTest.BUSYBOX))) {
      e.run("docker pull busybox");
      List<Long> waits = new ArrayList<>();
      e.pacer(waits::add);
      e.run("docker network create a");
      e.run("docker network create b");
      assertThat(waits).as("no real wait for the CLI's calls").isEmpty();
      assertThat(e.run("docker network inspect -f '{{.Created}}' a b").stdout().lines().distinct().count())
          .as("still distinct instants").isEqualTo(2);
      e.run("docker run --rm busybox sleep 1");
      assertThat(waits.stream().mapToLong(Long::longValue).sum()).as("the container's second").isGreaterThanOrEqualTo(1000);
    }
  }
}
