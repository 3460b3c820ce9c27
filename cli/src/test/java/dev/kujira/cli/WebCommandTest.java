package dev.kujira.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kujira.web.WebOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks {@code kujira web}'s options and its refusal of mirror mode off loopback. */
class WebCommandTest {
  private final WebOptions defaults = WebOptions.defaults(new byte[] {1});

  @Test
  void optionsArePassedOn() {
    WebOptions o = WebCommand.parse(List.of("--host", "0.0.0.0", "--port", "8000", "--lessons", "my", "--db",
        "jdbc:sqlite:x.db"), defaults);
    assertThat(o.host()).isEqualTo("0.0.0.0");
    assertThat(o.port()).isEqualTo(8000);
    assertThat(o.lessons()).isEqualTo(Path.of("my"));
    assertThat(o.db()).isEqualTo("jdbc:sqlite:x.db");
    assertThat(o.mirror()).isFalse();
    assertThat(defaults.host() + ":" + defaults.port()).isEqualTo("127.0.0.1:7070");
  }

  @Test
  void badOptionsAndMirrorOnAPublicAddressAreRefused() throws Exception {
    assertThatThrownBy(() -> WebCommand.parse(List.of("--port", "x"), defaults)).hasMessageContaining("--port");
    assertThatThrownBy(() -> WebCommand.parse(List.of("--port"), defaults)).hasMessageContaining("needs a value");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(Main.run(List.of("web", "--mirror", "--host", "0.0.0.0"), e, e)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--mirror is only allowed on 127.0.0.1");
  }
}
