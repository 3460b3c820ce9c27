package dev.kujira.engine.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which lines an interactive bash would continue on its "> " prompt before running them. */
class ContinuationTest {
  @Test
  void unfinishedLines_needMore() {
    assertThat(Shell.incomplete("cat > Dockerfile <<'EOF'")).isTrue();
    assertThat(Shell.incomplete("cat > Dockerfile <<'EOF'\nFROM busybox")).isTrue();
    assertThat(Shell.incomplete("echo \"a")).isTrue();
    assertThat(Shell.incomplete("echo 'a")).isTrue();
    assertThat(Shell.incomplete("echo one \\")).isTrue();
    assertThat(Shell.incomplete("for i in 1 2")).isTrue();
    assertThat(Shell.incomplete("if true; then echo x")).isTrue();
    assertThat(Shell.incomplete("docker run --rm busybox \\\n  echo hi \\")).isTrue();
  }

  @Test
  void finishedLines_runAsTheyAre() {
    assertThat(Shell.incomplete("cat > Dockerfile <<'EOF'\nFROM busybox\nEOF")).isFalse();
    assertThat(Shell.incomplete("echo \"a\nb\"")).isFalse();
    assertThat(Shell.incomplete("echo one \\\ntwo")).isFalse();
    assertThat(Shell.incomplete("for i in 1 2\ndo echo $i; done")).isFalse();
    assertThat(Shell.incomplete("docker ps")).isFalse();
    assertThat(Shell.incomplete("echo \\\\")).isFalse();
    // A plain syntax error is not continued: bash reports it at once.
    assertThat(Shell.incomplete("echo )")).isFalse();
    assertThat(Shell.incomplete("fi")).isFalse();
  }
}
