package dev.kujira.cli.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kujira lessons lint|stats} and {@code kujira learn} on the bundled lessons and on an instructor's folder. */
class LessonsCommandTest {
  private static String run(int expected, String... args) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(b, true, StandardCharsets.UTF_8);
    assertThat(Main.run(List.of(args), out, out)).as(b.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    return b.toString(StandardCharsets.UTF_8);
  }

  @Test
  void lint_bundled_isClean_andStatsCountThem() throws Exception {
    // Warnings: the topic map names lessons of tracks written on other branches.
    assertThat(run(0, "lessons", "lint")).containsPattern("lint: \\d+ lessons, 0 errors, \\d+ warnings\n$");
    assertThat(run(0, "lessons", "stats", "--json")).matches(
        "\\{\"lessons\":[1-9]\\d*,\"tracks\":\\d+,\"tasks\":\\d+,\"nearMisses\":\\d+,\"detectors\":"
            + dev.kujira.lessons.detect.Detectors.ids().size() + ",\"drillTemplates\":"
            + dev.kujira.lessons.drill.DrillTemplate.all().size() + ","
            + "\"translations\":\\{\"ja\":\\d+,\"en\":\\d+},\"seedTopics\":214,\"seedTopicsTaught\":\\d+,"
            + "\"seedTopicsNotTaught\":\\d+}\n");
  }

  @Test
  void lint_instructorsFolder_reportsFileLineColumn(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.yaml"), "id: bad\ntitle: {ja: 題, en: Title}\ntrack: t\nstepz: []\n");
    String out = run(1, "lessons", "lint", dir.toString());
    assertThat(out).contains("bad.yaml:4:1: error: unknown field 'stepz' in lesson")
        .contains("bad.yaml:1:1: error: missing field 'steps'");
  }

  @Test
  void drill_seedThatIsNotANumber_isAUsageError() throws Exception {
    assertThat(run(2, "drill", "--lang", "en", "--seed", "abc"))
        .isEqualTo("kujira drill: --seed takes a whole number, not 'abc'\n");
  }

  @Test
  void learn_listsTracksAndLessons() throws Exception {
    assertThat(run(0, "learn", "--lang", "en")).contains("first-steps\n").contains(" first-steps-01-run-web ")
        .contains("To start a lesson: ./kujira learn ID").containsPattern("Next lesson: ./kujira learn [a-z0-9-]+\n");
  }
}
