package dev.kujira.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import dev.kujira.engine.dockercli.program.Commands;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs every command of the docker command table with no arguments, with one unknown word, and
 * with each of its flags given an odd value: each must end in Docker's own answer, never an
 * internal error (a bare {@code docker volume create} once reached a flag its spec lacked).
 */
class EveryCommandBareTest {
  @Test
  void everyCommand_withNoOrOddArguments_answersWithoutAnInternalError() throws IOException {
    List<String> failures = new ArrayList<>();
    try (Engine engine = Engine.create(EngineOptions.defaults().withArchive(ConformanceSuiteTest.BUSYBOX))) {
      engine.run("docker run -d --name web busybox sleep 300");
      for (List<String> path : Commands.standard().paths()) {
        String cmd = "docker " + String.join(" ", path);
        for (String line : List.of(cmd, cmd + " nosuch", cmd + " web", cmd + " -q web", cmd + " --format '{{.ID}}'")) {
          CommandResult r = engine.run(line);
          if (r.output().contains("internal error") || r.output().contains("Exception")) {
            failures.add(line + "\n" + r.output());
          }
        }
      }
    }
    assertThat(failures).isEmpty();
  }
}
