package dev.kujira.engine.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kujira.engine.api.ClientTerminal;
import dev.kujira.engine.util.VirtualClock;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import org.junit.jupiter.api.Test;

/** The host terminal's line discipline: what a program reading the learner's terminal gets, and what is echoed. */
class TerminalInputTest {
  /** A terminal whose keys are typed ahead; the echo is kept; after the keys, reads time out (or end). */
  private static final class Keys implements ClientTerminal {
    final ArrayDeque<Integer> keys = new ArrayDeque<>();
    final ByteArrayOutputStream shown = new ByteArrayOutputStream();
    boolean closed;
    int waits;
    boolean raw;

    Keys(String typed) {
      for (byte b : typed.getBytes(StandardCharsets.UTF_8)) {
        keys.add(b & 0xff);
      }
    }

    @Override
    public int read(long timeoutMillis) {
      if (!keys.isEmpty()) {
        return keys.poll();
      }
      if (++waits > 3 || closed) {
        return -1;
      }
      return TIMEOUT;
    }

    @Override
    public long elapsedMillis() {
      return 10;
    }

    @Override
    public void raw(boolean on) {
      raw = on;
    }

    @Override
    public void keys(boolean on) {
    }

    @Override
    public void write(byte[] bytes) {
      shown.writeBytes(bytes);
    }

    String shown() {
      return shown.toString(StandardCharsets.UTF_8);
    }
  }

  private static TerminalInput on(Keys keys) {
    return new TerminalInput(keys, new Scheduler(new VirtualClock(0)));
  }

  private static String readLine(TerminalInput in) {
    byte[] buf = new byte[256];
    int n = in.read(buf, 0, buf.length);
    return n < 0 ? null : new String(buf, 0, n, StandardCharsets.UTF_8);
  }

  @Test
  void aLineIsEchoed_andReadWholeWithItsNewline_oneLinePerRead() {
    Keys k = new Keys("hello\rworld\r");
    TerminalInput in = on(k);
    assertThat(readLine(in)).isEqualTo("hello\n");
    assertThat(readLine(in)).isEqualTo("world\n");
    assertThat(k.shown()).isEqualTo("hello\r\nworld\r\n");
    assertThat(k.raw).isFalse();
  }

  @Test
  void eraseKillAndWordErase_editTheLine_andTheScreen() {
    Keys k = new Keys("abX\u007fc d\u0015one two\u0017thr\u00e9\u007fee\r");
    assertThat(readLine(on(k))).isEqualTo("one three\n");
    assertThat(k.shown()).isEqualTo("abX\b \bc d" + "\b \b".repeat(5) + "one two" + "\b \b".repeat(3)
        + "thr\u00e9\b \bee\r\n");
  }

  @Test
  void ctrlD_endsInputAtTheStartOfALine_andPushesAPartialLine() {
    TerminalInput in = on(new Keys("part\u0004\u0004again\r"));
    assertThat(readLine(in)).isEqualTo("part");
    assertThat(readLine(in)).isNull();
    // One Ctrl-D is one end of input: the terminal is read again afterwards, as a tty is.
    assertThat(readLine(in)).isEqualTo("again\n");
  }

  @Test
  void ctrlC_dropsTheLine_andKillsTheReaderWithSigint_unlessAProxyTakesIt() {
    Keys k = new Keys("abc\u0003");
    assertThatThrownBy(() -> readLine(on(k))).isInstanceOfSatisfying(ProcessKilled.class,
        e -> assertThat(e.exitStatus()).isEqualTo(130));
    assertThat(k.shown()).isEqualTo("abc^C\r\n");
    assertThat(k.raw).isFalse();

    Keys proxied = new Keys("abc\u0003def\r");
    TerminalInput in = on(proxied);
    int[] forwarded = {0};
    try (TerminalInput.Handle h = in.onInterrupt(() -> forwarded[0]++)) {
      assertThat(readLine(in)).isEqualTo("def\n");
    }
    assertThat(forwarded[0]).isEqualTo(1);
    assertThat(proxied.shown()).isEqualTo("abc^Cdef\r\n");
  }

  @Test
  void ctrlBackslash_isSigquit_controlKeysEchoAsCarets_andEchoCanBeOff() {
    assertThatThrownBy(() -> readLine(on(new Keys("\u001c")))).isInstanceOfSatisfying(ProcessKilled.class,
        e -> assertThat(e.exitStatus()).isEqualTo(131));
    Keys arrows = new Keys("\u001b[A\r");
    assertThat(readLine(on(arrows))).isEqualTo("\u001b[A\n");
    assertThat(arrows.shown()).isEqualTo("^[[A\r\n");
    Keys secret = new Keys("s3cret\r");
    TerminalInput in = on(secret);
    in.echo(false);
    assertThat(readLine(in)).isEqualTo("s3cret\n");
    assertThat(secret.shown()).isEqualTo("\r\n");
  }

  @Test
  void theTerminalClosing_endsInput_withWhatWasTyped() {
    Keys k = new Keys("tail");
    k.closed = true;
    TerminalInput in = on(k);
    assertThat(readLine(in)).isEqualTo("tail");
    assertThat(readLine(in)).isNull();
  }
}
