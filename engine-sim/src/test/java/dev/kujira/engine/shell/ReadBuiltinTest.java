package dev.kujira.engine.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** bash's read on the learner's host: its options and errors as bash 5.2 prints them under {@code bash -c}. */
class ReadBuiltinTest {
  private static String bash(String script) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
    int status = Shell.run(ShellSpecTest.proc(ps), script, Dialect.BASH, List.of());
    return out.toString(StandardCharsets.UTF_8) + "[exit " + status + "]";
  }

  @Test
  void exactCount_readsTheDelimiterAsData() {
    assertThat(bash("printf 'ab\\ncd\\n' | { read -N 4 x; echo \"[$x]\"; }")).isEqualTo("[ab\nc]\n[exit 0]");
  }

  @Test
  void unknownOption_printsBashsUsage() {
    assertThat(bash("read -x")).isEqualTo("bash: line 1: read: -x: invalid option\n"
        + "read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] "
        + "[-t timeout] [-u fd] [name ...]\n[exit 2]");
  }

  @Test
  void countThatIsNotANumber_isStatusOne() {
    assertThat(bash("read -n x y")).isEqualTo("bash: line 1: read: x: invalid number\n[exit 1]");
  }

  @Test
  void promptFromAPipe_isNotShown() {
    assertThat(bash("echo hi | { read -p 'Name: ' n; echo \"hello $n\"; }")).isEqualTo("hello hi\n[exit 0]");
  }
}
