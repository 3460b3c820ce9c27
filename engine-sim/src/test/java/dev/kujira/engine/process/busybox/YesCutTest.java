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
 * yes writes 64 KiB (a pipeline's stages are buffered) and then blocks until a signal ends it, as a
 * real yes runs until it is killed: {@code timeout 1 yes} ends with timeout's 124 (Linux: this
 * machine's coreutils 9.1 prints 124 for {@code timeout 1 yes >/dev/null; echo $?}); into a pipe
 * it ends there, as its reader runs after it, or sooner by EPIPE when the reader wants less.
 */
class YesCutTest {
  @Test
  void yesRunsUntilKilled() throws Exception {
    try (Engine engine = Engine.create(EngineOptions.defaults())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int rc = engine.run("timeout 1 yes", new ByteArrayInputStream(new byte[0]), new TerminalPrintStream(out, () -> 80),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(rc).isEqualTo(124);
      assertThat(out.size()).isEqualTo(65536);
      assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
      assertThat(engine.run("timeout 1 yes > /dev/null; echo $?").stdout()).isEqualTo("124\n");
      var piped = engine.run("yes | head -2");
      assertThat(piped.stdout()).isEqualTo("y\ny\n");
      assertThat(piped.stderr()).isEmpty();
      // Into a pipe yes ends at the 64 KiB the buffered pipe holds: its reader runs after it.
      assertThat(engine.run("timeout 1 yes | wc -c").stdout().strip()).isEqualTo("65536");
      assertThat(engine.run("yes | grep -m1 y; echo $?").stdout()).isEqualTo("y\n0\n");
    }
  }
}
