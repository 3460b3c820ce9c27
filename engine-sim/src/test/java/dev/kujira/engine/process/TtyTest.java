package dev.kujira.engine.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.util.VirtualClock;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The pty line discipline: echo, erase, control keys, newline translation, lines handed to a reader. */
class TtyTest {
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private final Tty tty = new Tty(new Scheduler(new VirtualClock(0)), screen);

  private void type(String keys) {
    for (char c : keys.toCharArray()) {
      tty.key(c);
    }
  }

  private String shown() {
    return screen.toString(StandardCharsets.ISO_8859_1);
  }

  @Test
  void typedLine_isEchoedWithCrLf_andReadyToRead() throws Exception {
    type("ls -l\r");
    assertThat(shown()).isEqualTo("ls -l\r\n");
    byte[] buf = new byte[64];
    int n = tty.input().read(buf);
    assertThat(new String(buf, 0, n, StandardCharsets.ISO_8859_1)).isEqualTo("ls -l\n");
  }

  @Test
  void erase_removesTheLastCharacter_onScreenAndInTheLine() throws Exception {
    type("abx\u007fc\r");
    assertThat(shown()).isEqualTo("abx\b \bc\r\n");
    assertThat(tty.input().available()).isEqualTo(4);
  }

  @Test
  void controlKeys_echoAsCaretLetters_andCtrlCDropsTheLine() throws Exception {
    type("ab\u0003");
    assertThat(shown()).isEqualTo("ab^C");
    assertThat(tty.input().available()).isZero();
    type("\u001b[A");
    assertThat(shown()).endsWith("^[[A");
  }

  @Test
  void output_getsACarriageReturnBeforeEachNewline() throws Exception {
    tty.output().write('a');
    tty.output().write('\n');
    assertThat(shown()).isEqualTo("a\r\n");
  }

  @Test
  void ctrlDOnAnEmptyLine_isEndOfInput_evenOutsideATask() throws Exception {
    type("\u0004");
    assertThat(tty.input().read()).isEqualTo(-1);
    // A read on the driver thread never blocks: with nothing typed it is end of input too.
    assertThat(tty.input().read()).isEqualTo(-1);
  }
}
