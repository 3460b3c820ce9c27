package dev.kujira.engine.process.busybox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.TerminalPrintStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * yes is cut at 64 KiB of output (a pipeline's stages are buffered): into a pipe silently, as its reader
 * takes what it wants; on a terminal, where a real yes scrolls on until killed, with one kujira: line.
 */
class YesCutTest {
  @Test
  void onATerminal_theCutIsSaid_inAPipeNot() throws Exception {
    try (Engine engine = Engine.create(EngineOptions.defaults())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int rc = engine.run("timeout 1 yes", new ByteArrayInputStream(new byte[0]), new TerminalPrintStream(out, () -> 80),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(rc).isZero();
      assertThat(out.size()).isEqualTo(65536);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .isEqualTo("kujira: yes: stopped after 64 KiB of output; a real yes writes until it is killed (Ctrl-C)\n");
      var piped = engine.run("yes | head -2");
      assertThat(piped.stdout()).isEqualTo("y\ny\n");
      assertThat(piped.stderr()).isEmpty();
      assertThat(engine.run("timeout 1 yes | wc -c").stdout().strip()).isEqualTo("65536");
    }
  }
}
