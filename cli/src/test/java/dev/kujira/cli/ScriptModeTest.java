package dev.kujira.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Script mode is the recordings' machine: offline (a pull fails as Docker 26.1 printed there,
 * conformance audit run1), the simulated Hub only with --hub, and a foreground command that never
 * ends is stopped at the limit with a line saying so.
 */
class ScriptModeTest {
  @TempDir
  Path dir;

  private String script(List<String> options, String... lines) throws Exception {
    Path file = dir.resolve("commands.txt");
    Files.write(file, List.of(lines));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> args = new java.util.ArrayList<>(options);
    args.add(dir.toString());
    args.add(file.toString());
    int rc = ScriptMode.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertThat(rc).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aMissingWorkFolder_isOneLineOnStderr_notAStackTrace() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path missing = dir.resolve("gone");
    int rc = ScriptMode.run(List.of(missing.toString(), dir.resolve("commands.txt").toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(rc).isNotZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("kujira script: " + missing + ": no such directory\n");
  }

  @Test
  void offline_aForegroundServerFailsToPull() throws Exception {
    assertThat(script(List.of(), "docker run --rm nginx")).isEqualTo("$ docker run --rm nginx\n"
        + "Unable to find image 'nginx:latest' locally\n"
        + "docker: Error response from daemon: Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup"
        + " registry-1.docker.io on 10.255.255.53:53: no such host.\n"
        + "See 'docker run --help'.\n"
        + "[exit 125]\n");
  }

  @Test
  void hub_pullsAndAForegroundServerIsStoppedAtTheLimit() throws Exception {
    String t = script(List.of("--hub"), "docker run --rm nginx", "docker ps -a -q | wc -l");
    assertThat(t).contains("Status: Downloaded newer image for nginx:latest\n")
        .contains("kujira: still running after 10 minutes; stopped as by Ctrl-C"
            + " (script mode stops a command that never ends)\n[exit 130]\n")
        .endsWith("$ docker ps -a -q | wc -l\n0\n[exit 0]\n");
  }

  @Test
  void offline_aRegistryStartedInTheScriptStillAnswers() throws Exception {
    try (dev.kujira.engine.Engine engine = dev.kujira.engine.Engine.create(dev.kujira.engine.EngineOptions.defaults())) {
      engine.run("docker pull registry:2");
      engine.run("docker pull busybox");
      engine.offline(true);
      String t = ScriptMode.transcript(engine, List.of("docker run -d -p 5000:5000 registry:2",
          "docker tag busybox localhost:5000/bb", "docker push localhost:5000/bb", "docker rmi localhost:5000/bb",
          "docker pull localhost:5000/bb", "docker pull alpine"), engine.cwd());
      assertThat(t.split("\\[exit ")).as(t).extracting(x -> x.substring(0, 1)).containsExactly("$", "0", "0", "0", "0",
          "0", "1");
      assertThat(t).contains("Status: Downloaded newer image for localhost:5000/bb:latest\n");
    }
  }
}
