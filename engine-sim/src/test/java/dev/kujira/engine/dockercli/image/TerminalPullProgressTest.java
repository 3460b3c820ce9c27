package dev.kujira.engine.dockercli.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.TerminalPrintStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a terminal a pull ends with each layer on one line with its last status, as docker/cli's
 * jsonmessage redraws it in place; into a pipe every status stays a line of its own.
 */
class TerminalPullProgressTest {
  private Engine engine;

  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults());
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  private String onTerminal(String line) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TerminalPrintStream terminal = new TerminalPrintStream(out, () -> 80);
    engine.run(line, new ByteArrayInputStream(new byte[0]), terminal, terminal);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void onATerminal_eachLayerShowsOnce_withItsLastStatus() {
    String piped = engine.run("docker pull redis:7").stdout();
    assertThat(piped).contains(": Pulling fs layer\n").contains(": Verifying Checksum\n").contains(": Pull complete\n");
    engine.run("docker rmi redis:7");
    String shown = onTerminal("docker pull redis:7");
    assertThat(shown).startsWith("7: Pulling from library/redis\n").doesNotContain("Pulling fs layer")
        .doesNotContain("Verifying Checksum").doesNotContain("Download complete").contains("Digest: sha256:")
        .endsWith("Status: Downloaded newer image for redis:7\ndocker.io/library/redis:7\n");
    long layers = piped.lines().filter(l -> l.endsWith(": Pull complete")).count();
    assertThat(shown.lines().filter(l -> l.endsWith(": Pull complete")).count()).isEqualTo(layers).isPositive();
    // A second image on the same base: the shared layers say "Already exists", each once, before the new ones.
    String run = onTerminal("docker run --rm redis:7-alpine redis-server --version");
    assertThat(run).contains("Unable to find image 'redis:7-alpine' locally\n").doesNotContain("Pulling fs layer");
  }
}
