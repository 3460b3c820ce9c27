package dev.kujira.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher's own command line: what an unknown subcommand or option prints (issue 16 found explain's usage there). */
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) throws Exception {
    return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void anUnknownSubcommand_namesItself_thenShowsKujirasOwnUsage() throws Exception {
    assertThat(run("explian")).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("kujira: unknown command 'explian'\n\nUsage:  kujira ")
        .contains("kujira script").contains("kujira web");
  }

  @Test
  void anUnknownOption_isRefusedBeforeAnyTerminalStarts() throws Exception {
    assertThat(run("--nope")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("kujira: unknown option '--nope'\n\nUsage:  kujira ");
  }

  @Test
  void help_printsTheUsageOnStdout() throws Exception {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Main.USAGE + "\n");
  }
}
