package dev.kujira.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import org.junit.jupiter.api.Test;

/**
 * The lines the 1,000,000-line fuzz runs (FuzzRun, seeds 18 and 19) found ending in an internal
 * error, each now ending as the real tool ends it (recorded with bash 5.2, busybox 1.35 and Docker
 * 26.1).
 */
class FuzzFindingsTest {
  @Test
  void memoryWithAnUpperCaseI_isGoUnitsRamInBytes() throws Exception {
    // Line 275,437: go-units' pattern takes an optional i or I after the unit (64mI is 64 MiB).
    try (Engine e = Engine.create(EngineOptions.defaults().withArchive(ConformanceSuiteTest.BUSYBOX))) {
      CommandResult r = e.run("docker run --name mem --memory 64mI --cpus 1 busybox true");
      assertThat(r.output()).isEmpty();
      assertThat(r.exitCode()).isZero();
      assertThat(e.run("docker inspect -f '{{.HostConfig.Memory}}' mem").stdout()).isEqualTo("67108864\n");
    }
  }

  @Test
  void printfConversionOutOfOrder_isAnInvalidFormat() throws Exception {
    // Line 900,555 (a Dockerfile's RUN printf 'R%999999  999d' 1): the text before it is printed, then status 1.
    try (Engine e = Engine.create(EngineOptions.defaults().withArchive(ConformanceSuiteTest.BUSYBOX))) {
      CommandResult host = e.run("printf 'R%9  9d|' 1");
      assertThat(host.stdout()).isEqualTo("R");
      assertThat(host.stderr()).isEqualTo("bash: printf: ` ': invalid format character\n");
      assertThat(host.exitCode()).isEqualTo(1);
      CommandResult ash = e.run("docker run --rm busybox sh -c \"printf 'R%999999  999d' 1; echo \\\" \\$?\\\"\"");
      assertThat(ash.output()).isEqualTo("Rprintf: %999999  999d: invalid format\n 1\n");
      CommandResult applet = e.run("docker run --rm busybox printf 'R%9  9d|' 1");
      assertThat(applet.output()).isEqualTo("Rprintf: %9  9d|: invalid format\n");
      assertThat(applet.exitCode()).isEqualTo(1);
      assertThat(e.run("awk 'BEGIN{printf \"R%9  9d|\", 1}'").output()).isEqualTo("R%9  9d|");
    }
  }

  @Test
  void backquoteInADockerfile_isLiteral_asBuildKitsLexerHasNoCommandSubstitution() throws Exception {
    // Seed 19, lines 268,403 and 748,785: an unpaired backquote in FROM and COPY was expanded as a
    // shell's `…` and overran the word. BuildKit's lexer keeps it as a character (Docker 26.1.5).
    try (Engine e = Engine.create(EngineOptions.defaults().withArchive(ConformanceSuiteTest.BUSYBOX))) {
      e.writeHostFile("/root/Dockerfile", 0644, "FROM `  -1 1 busybox\nCOPY --from=base /f /g\n".getBytes());
      CommandResult from = e.run("cd /root && docker build -q .");
      assertThat(from.output()).endsWith(
          "ERROR: failed to solve: dockerfile parse error on line 1: FROM requires either one or three arguments\n");
      assertThat(from.exitCode()).isEqualTo(1);
      e.writeHostFile("/root/Dockerfile", 0644, "FROM busybox\nCOPY [  on-failure:99999999999 \"b\"`] x\n".getBytes());
      CommandResult copy = e.run("cd /root && docker build -q .");
      assertThat(copy.output()).contains("ERROR: failed to solve: ").doesNotContain("internal error");
      assertThat(copy.exitCode()).isEqualTo(1);
      e.writeHostFile("/root/Dockerfile", 0644, "FROM busybox\nENV A=`x` B=\"`y\"\nRUN echo \"$A $B\"\nLABEL l=a`b\n"
          .getBytes());
      CommandResult env = e.run("cd /root && docker build --no-cache --progress=plain .");
      assertThat(env.output()).containsPattern("\\n#5 [0-9.]+ `x` `y\\n");
      assertThat(env.exitCode()).isZero();
    }
  }
}
