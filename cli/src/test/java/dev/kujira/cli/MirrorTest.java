package dev.kujira.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which lines mirror mode sends to the real daemon, which it refuses, and how it reports a difference. */
class MirrorTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "docker run --privileged busybox true | true",
      "docker run --pid host busybox ps | true",
      "docker run --pid=host busybox ps | true",
      "docker run -v /:/host busybox ls /host | true",
      "docker run --volume=/:/host busybox ls | true",
      "docker run --mount type=bind,source=/,target=/host busybox ls | true",
      "docker run -v /tmp:/host busybox ls | false",
      "docker run -v data:/data busybox ls | false",
      "docker ps | false"})
  void dangerous_isAHostRootMountPrivilegedOrHostPid(String line, boolean dangerous) {
    assertThat(Mirror.dangerous(line)).isEqualTo(dangerous);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "docker ps -a | true",
      "docker run --rm busybox echo hi | true",
      "docker run -it busybox sh | false",
      "docker run -t busybox echo | false",
      "docker exec -it web sh | false",
      "docker attach web | false",
      "docker logs -f web | false",
      "docker logs web | true",
      "docker events | false",
      "docker stats | false",
      "docker build -t app . | true",
      "docker run -d --name web busybox sleep 9 | true",
      "docker start -ai web | false",
      "ls -l | false"})
  void mirrored_areDockerCommandsThatNeitherStreamNorNeedATerminal(String line, boolean mirrored) {
    assertThat(Mirror.mirrored(line)).isEqualTo(mirrored);
  }

  @Test
  void compare_sameAfterNormalisation_evenWithOtherIdsAndTimes() {
    List<String> a = dev.kujira.engine.TranscriptNormalizer.lines("abcdef012345   busybox   Up 3 seconds   2 minutes ago\n", null);
    List<String> b = dev.kujira.engine.TranscriptNormalizer.lines("0123456789ab   busybox   Up 5 seconds   3 minutes ago\n", null);
    assertThat(Mirror.compare(a, 0, b, 0)).isEqualTo("=== mirror: same output and exit status after normalisation");
  }

  @Test
  void compare_namesTheExitStatusesAndTheLinesThatDiffer() {
    assertThat(Mirror.compare(List.of("Version: 26.1.5", "same"), 0, List.of("Version: 26.1.5+dfsg1", "same"), 1))
        .isEqualTo(String.join("\n", "=== mirror: they differ after normalisation",
            "  exit status: kujira 0, real 1",
            "  line 1:",
            "    kujira: Version: 26.1.5",
            "    real:   Version: 26.1.5+dfsg1"));
  }
}
