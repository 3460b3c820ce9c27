package dev.kujira.lessons.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The build-order mutant moves {@code COPY . .} before the install, and leaves other lines alone. */
class MutantsTest {
  @Test
  void copyAllMovesBeforeTheFirstRun() {
    String line = "printf 'FROM busybox\\nCOPY deps.txt .\\nRUN cat deps.txt\\nCOPY . .\\nCMD sh\\n' > Dockerfile";
    assertThat(Mutants.copyAllBeforeInstall(line))
        .isEqualTo("printf 'FROM busybox\\nCOPY deps.txt .\\nCOPY . .\\nRUN cat deps.txt\\nCMD sh\\n' > Dockerfile");
    assertThat(Mutants.copyAllBeforeInstall("docker build -t app .")).isEqualTo("docker build -t app .");
    assertThat(Mutants.of(List.of(line, "docker build -t app .")).stream().map(Mutants.Mutant::name))
        .contains("copy-all-before-install@1");
  }
}
