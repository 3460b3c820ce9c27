package dev.kujira.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which lines mirror mode sends to the real daemon, which it refuses, and how it reports a difference. */
class MirrorTest {

  private static final java.nio.file.Path WORK = java.nio.file.Path.of("/home/me/.kujira/mirror");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "docker run --privileged busybox true | true",
      "docker run --pid host busybox ps | true",
      "docker run --pid=host busybox ps | true",
      "docker run -v /:/host busybox ls /host | true",
      "docker run -v/:/host busybox ls /host | true",
      "docker run -dv/:/host busybox ls /host | true",
      "docker run -v=/:/host busybox ls | true",
      "docker run --volume //:/host busybox ls | true",
      "docker run --volume=/etc/../:/host busybox ls | true",
      "docker run --volume=/:/host busybox ls | true",
      "docker run --mount type=bind,source=/,target=/host busybox ls | true",
      "docker run --mount type=bind,src=//,dst=/host busybox ls | true",
      "docker run --mount 'type=bind,source=/etc,target=/h' busybox ls | true",
      "docker run -v /tmp:/host busybox ls | true",
      "docker run -v ./data:/data busybox ls | false",
      "docker run -v ../../../etc:/data busybox ls | true",
      "docker run --cap-add SYS_ADMIN busybox ls | true",
      "docker run --device /dev/sda busybox ls | true",
      "docker cp web:/etc/passwd /tmp/x | true",
      "docker cp web:/etc/passwd x | false",
      "docker save -o /etc/cron.d/x busybox | true",
      "docker build -f /etc/shadow . | true",
      "docker build / | true",
      "docker run -e A=/ busybox env | false",
      "docker run -v data:/data busybox ls | false",
      "docker run busybox ls / | false",
      "docker ps | false"})
  void danger_isParsedAsDockersFlagsAre(String line, boolean dangerous) {
    assertThat(MirrorLine.danger(MirrorLine.words(line), WORK) != null).as(line).isEqualTo(dangerous);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "docker ps; touch /tmp/x",
      "docker images $(id > f)",
      "docker ps & sh",
      "docker ps && rm -rf ~",
      "docker ps `id`",
      "docker run busybox ls > /tmp/out",
      "docker run -v ~/x:/x busybox ls",
      "docker ps \\; id",
      "docker run busybox echo \"$HOME\"",
      "docker run busybox ls *"})
  void shellSyntax_isNeverMirrored(String line) {
    assertThat(MirrorLine.words(line)).as(line).isNull();
  }

  @Test
  void words_areSplitAsAShellSplitsQuotes() {
    assertThat(MirrorLine.words("docker ps --format '{{.Names}} {{.ID}}' -f \"name=web\""))
        .containsExactly("docker", "ps", "--format", "{{.Names}} {{.ID}}", "-f", "name=web");
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
