package dev.kujira.engine.dockercli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.TerminalPrintStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docker cp on a terminal ends with docker/cli's "Successfully copied SIZE to DEST" on stderr, SIZE
 * being the tar stream's (recorded on Docker 26.1.5 under script(1): a 3-byte file is 2.05kB, a
 * directory of a 2-byte and a 3,893-byte file 7.17kB); -q and a stdout that is no terminal keep it quiet.
 */
class CpProgressTest {
  private Engine engine;

  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults());
    engine.run("cd /tmp && echo hi > f.txt && mkdir d && echo a > d/a && seq 1 1000 > d/b");
    engine.run("docker run -d --name cpx busybox sleep 300");
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  private String onTerminal(String line) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    engine.run(line, new ByteArrayInputStream(new byte[0]), new TerminalPrintStream(out, () -> 80),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void onATerminal_saysWhatWasCopied() {
    assertThat(onTerminal("docker cp f.txt cpx:/tmp/")).isEqualTo("Successfully copied 2.05kB to cpx:/tmp/\n");
    assertThat(onTerminal("docker cp d cpx:/tmp/d2")).isEqualTo("Successfully copied 7.17kB to cpx:/tmp/d2\n");
    assertThat(onTerminal("docker cp cpx:/tmp/f.txt out.txt")).isEqualTo("Successfully copied 2.05kB to /tmp/out.txt\n");
    assertThat(onTerminal("docker cp cpx:/tmp/d2 ./d3")).isEqualTo("Successfully copied 7.17kB to /tmp/d3\n");
    assertThat(onTerminal("docker cp cpx:/etc/passwd .")).isEqualTo("Successfully copied 2.05kB to /tmp/.\n");
  }

  @Test
  void quietOrNotATerminal_saysNothing() {
    assertThat(onTerminal("docker cp -q cpx:/etc/passwd p2")).isEmpty();
    assertThat(engine.run("docker cp cpx:/etc/passwd p3").output()).isEmpty();
  }
}
