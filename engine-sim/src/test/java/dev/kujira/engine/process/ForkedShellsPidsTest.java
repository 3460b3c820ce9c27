package dev.kujira.engine.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A command substitution, a {@code ( … )} subshell and every stage of a pipeline are forks the
 * pids cgroup counts, and a program in last position of one replaces it instead of forking
 * again: each row of {@code pids/forked-shells.txt}, recorded on Docker 26.1.5 with
 * {@code docker run --rm --pids-limit N busybox sh -c LINE}, gives the same output and status.
 */
class ForkedShellsPidsTest {
  private static final Path BUSYBOX = Path.of("../conformance/busybox-image.tar");
  private static final Pattern ROW = Pattern.compile("## (\\d+) (.*)\\n((?:.*\\n)*?)\\[exit (\\d+)]\\n");

  @Test
  void forkedShellsCountAgainstThePidsLimit_asRecorded() throws IOException {
    String recorded;
    try (InputStream in = getClass().getResourceAsStream("/pids/forked-shells.txt")) {
      recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> differences = new ArrayList<>();
    int rows = 0;
    try (Engine engine = Engine.create(EngineOptions.defaults().withArchive(BUSYBOX))) {
      Matcher m = ROW.matcher(recorded);
      while (m.find()) {
        rows++;
        String line = m.group(2);
        CommandResult r = engine.run("docker run --rm --pids-limit " + m.group(1) + " busybox sh -c '" + line + "'");
        String want = m.group(3) + "[exit " + m.group(4) + "]\n";
        String got = r.output() + "[exit " + r.exitCode() + "]\n";
        if (!got.equals(want)) {
          differences.add("--pids-limit " + m.group(1) + " " + line + "\nwant:\n" + want + "got:\n" + got);
        }
      }
      assertThat(engine.run("echo $(echo a | cat) $(sleep 0; echo b)").output()).isEqualTo("a b\n");
    }
    assertThat(rows).isEqualTo(49);
    assertThat(differences).isEmpty();
  }
}
