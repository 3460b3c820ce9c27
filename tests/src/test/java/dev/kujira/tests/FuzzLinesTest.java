package dev.kujira.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.tests.bench.FuzzRun;
import org.junit.jupiter.api.Test;

/**
 * A short run of the hostile line generators (format widths, huge numbers, nested expansions,
 * mutated docker lines, Dockerfiles and compose files): none may end in an internal error or let
 * an Error escape. The long run is the FuzzRun bench, not part of the build.
 */
class FuzzLinesTest {
  @Test
  void generatedLines_endInTheirProgramsErrors_neverAnInternalError() throws Exception {
    FuzzRun.Result r = FuzzRun.run(400, 1, 20261205, ConformanceSuiteTest.BUSYBOX);
    assertThat(r.lines()).isEqualTo(400);
    assertThat(r.examples()).as("lines that went wrong").isEmpty();
    assertThat(r.internalErrors()).isZero();
    assertThat(r.escaped()).isZero();
  }
}
