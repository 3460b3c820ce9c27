package dev.kujira.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Takes a lesson with {@code kujira learn} in a real terminal (tmux), as a learner does: a task
 * ticks after the command that completes it, a mistake shows its detector's explanation, a hint
 * comes on request, and {@code :reset} returns to the start state. With KUJIRA_TMUX=1 (CI) a
 * missing tmux fails the test instead of skipping it.
 */
class LearnTmuxTest {
  private static final String PROMPT = "lesson$ ";

  @Test
  void aLearnerTakesALesson_tasksTick_mistakesAreExplained_andResetStartsOver(@TempDir Path dir) throws Exception {
    if (!TmuxScreen.available()) {
      if ("1".equals(System.getenv("KUJIRA_TMUX"))) {
        throw new AssertionError("KUJIRA_TMUX=1 but tmux cannot be run");
      }
      Assumptions.abort("tmux is not installed (set KUJIRA_TMUX=1 to make this a failure)");
    }
    Path home = dir.resolve("home");
    Files.createDirectories(home);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command = "'" + java + "' -Duser.home='" + home + "' -cp '" + System.getProperty("java.class.path")
        + "' dev.kujira.cli.Main learn --lang en first-steps-01-run-web";
    try (TmuxScreen t = TmuxScreen.start(dir, "learn", command)) {
      String s = t.waitFor(PROMPT, 0);
      assertThat(s).contains("Step 1/2").contains("✘ Start a container named web");
      t.line("docker run -d --name web nginx:1.27");
      s = t.waitFor("prediction> ", 0);
      assertThat(s).contains("✔ Start a container named web from the nginx:1.27 image").contains("Step 2/2")
          .contains("does `docker run -d --name web nginx:1.27` succeed a second time?");
      // A colon command at the prediction prompt is carried out, a line that is no yes/no asks again: neither is judged.
      t.line(":hint");
      s = t.waitFor("prediction> ", 1);
      t.line("maybe");
      s = t.waitFor("Please answer y or n.", 0);
      t.waitFor("prediction> ", 2);
      assertThat(s).doesNotContain("Not quite").doesNotContain("✔ Right.");
      t.line("n");
      s = t.waitFor(PROMPT, 1);
      assertThat(s).contains("✔ Right.").contains("(exit code 125)");
      t.line("docker run -d --name web -p 8080:80 nginx:1.27");
      s = t.waitFor("already exists (a stopped container keeps its name)", 0);
      t.line("docker rm -f web");
      t.waitFor(PROMPT, 3);
      t.line("docker run -d --name web -p 80:8080 nginx:1.27");
      t.waitFor("`-p` reads HOST:CONTAINER", 0);
      t.line(":hint");
      t.waitFor("Ports can only be published when a container is created.", 0);
      t.line(":reset");
      s = t.waitFor("Back to the lesson's start state.", 0);
      t.waitFor("Step 1/2", 1);
      t.line("docker ps -a --format '{{.Names}}' | wc -l");
      t.waitFor("\n0\n", 0);
      t.line("docker run -d --name web -p 8080:80 nginx:1.27");
      s = t.waitFor("Well done!", 0);
      assertThat(s).contains("✔ Recreate web so that host port 8080 is published to container port 80");
      t.line("exit");
      t.waitFor("EXITED rc=0", 0);
    }
  }

  private static String kujira(Path home, String args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return "'" + java + "' -Duser.home='" + home + "' -cp '" + System.getProperty("java.class.path")
        + "' dev.kujira.cli.Main " + args;
  }

  private static Path home(Path dir) throws Exception {
    if (!TmuxScreen.available()) {
      if ("1".equals(System.getenv("KUJIRA_TMUX"))) {
        throw new AssertionError("KUJIRA_TMUX=1 but tmux cannot be run");
      }
      Assumptions.abort("tmux is not installed (set KUJIRA_TMUX=1 to make this a failure)");
    }
    Path home = dir.resolve("home");
    Files.createDirectories(home);
    return home;
  }

  @Test
  void aLessonAsksItsQuestions_andTheEngineAnswersThem(@TempDir Path dir) throws Exception {
    Path home = home(dir);
    try (TmuxScreen t = TmuxScreen.start(dir, "predict", kujira(home, "learn --lang en compose-90-up-predict-down"))) {
      t.waitFor("prediction> ", 0);
      t.line("1 2");
      String s = t.waitFor(PROMPT, 0);
      assertThat(s).contains("✘ Not quite. The answer is 3 4.").contains("3) ✔  shop-web-1")
          .contains("Compose names each container PROJECT-SERVICE-NUMBER.");
      t.line("cd /root/shop");
      t.waitFor(PROMPT, 1);
      t.line("docker compose up -d");
      s = t.waitFor("prediction> ", 1);
      assertThat(s).contains("✔ Bring the shop project up").contains("Step 2/2")
          // An output block reads as an indented shell session (the fence lines are not shown).
          .contains("    $ docker compose -f /root/shop/compose.yaml ps --format '{{.Name}} {{.Service}} {{.State}}'\n"
              + "    shop-cache-1 cache running\n    shop-web-1 web running").doesNotContain("```");
      t.line("y");
      t.waitFor("✔ Right.", 0);
      t.line("docker compose down");
      t.waitFor("Well done!", 0);
      t.line("exit");
      t.waitFor("EXITED rc=0", 0);
    }
  }

  @Test
  void drillsFollowOneAnother_andTheirBoxesAreKept(@TempDir Path dir) throws Exception {
    Path home = home(dir);
    try (TmuxScreen t = TmuxScreen.start(dir, "drill", kujira(home, "drill --lang en --seed 3 networks"))) {
      // Seed 3 starts with a question (predict-resolves), then the unseen task templates come.
      String s = t.waitFor("prediction> ", 0);
      assertThat(s).contains("Drill 1 · networks · predict-resolves");
      t.line("y");
      s = t.waitFor("drill$ ", 0);
      assertThat(s).containsAnyOf("✔ Right.", "✘ Not quite. The answer is no.").contains("Drill 2 · networks · network-");
      t.line(":solution");
      t.waitFor("Show the solution? [y/N] ", 0);
      t.line("y");
      s = t.waitFor("drill$ ", 1);
      String solution = s.substring(s.lastIndexOf("[y/N] y") + "[y/N] y".length(), s.lastIndexOf("drill$ ")).strip();
      t.line(solution);
      s = t.waitFor("Drill 3 · networks · ", 0);
      assertThat(s).contains("Done!");
      t.line("exit");
      t.waitFor("EXITED rc=0", 0);
    }
    String progress = Files.readString(home.resolve(".kujira/progress.json"));
    assertThat(progress).contains("\"round\" : 2").contains("\"predict-resolves\"").contains("\"network-");
  }
}
