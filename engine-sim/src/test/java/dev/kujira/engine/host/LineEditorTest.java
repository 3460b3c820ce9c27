package dev.kujira.engine.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** nano and vi on the host are a line editor that says so; man shows docker's pages. */
class LineEditorTest {
  private Engine engine;

  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults());
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  private String typeInto(String line, String typed) {
    engine.setTerminal(true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
    int code = engine.run(line, new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), ps, ps);
    assertThat(code).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void nano_showsTheLines_thenWritesWhatWasTyped() {
    engine.run("printf 'FROM busybox\\nCMD [\"sh\"]\\n' > Dockerfile");
    String shown = typeInto("nano Dockerfile", "FROM alpine\nRUN apk add curl\n");
    assertThat(shown).contains("Dockerfile has 2 line(s):\n   1  FROM busybox\n   2  CMD [\"sh\"]\n")
        .contains("wrote 2 line(s) to Dockerfile");
    assertThat(engine.run("cat Dockerfile").stdout()).isEqualTo("FROM alpine\nRUN apk add curl\n");
  }

  @Test
  void vi_withNothingTyped_leavesTheFile() {
    engine.run("echo keep > f");
    assertThat(typeInto("vi f", "")).contains("f is unchanged");
    assertThat(engine.run("cat f").stdout()).isEqualTo("keep\n");
  }

  @Test
  void offATerminal_theEditorRefuses() {
    CommandResult r = engine.run("nano f");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).contains("needs the terminal");
    assertThat(engine.run("ls f").exitCode()).isEqualTo(2);
  }

  @Test
  void man_docker_showsItsHelp_otherPagesAreMissing() {
    assertThat(engine.run("man docker").stdout()).contains("Usage:  docker [OPTIONS] COMMAND");
    assertThat(engine.run("man docker-run").stdout()).contains("Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]");
    CommandResult missing = engine.run("man ls");
    assertThat(missing.exitCode()).isEqualTo(16);
    assertThat(missing.stderr()).isEqualTo("No manual entry for ls\n");
  }
}
