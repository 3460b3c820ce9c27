package dev.kujira.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code kujira} in a real terminal (tmux) and types into it as a learner does: tab
 * completion of a container's name, an {@code -it} shell, Ctrl-P Ctrl-Q, {@code docker attach},
 * {@code exit}, and the history kept across two runs. With KUJIRA_TMUX=1 (CI) a missing tmux
 * fails the test instead of skipping it.
 */
class ReplTmuxTest {
  private static final String PROMPT = "root@kujira:~# ";

  private static String kujira(Path home) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return "'" + java + "' -Duser.home='" + home + "' -cp '" + System.getProperty("java.class.path")
        + "' dev.kujira.cli.Main --load '" + ConformanceSuiteTest.BUSYBOX.toAbsolutePath() + "'";
  }

  @Test
  void aLearnerAtTheTerminal_completesRunsDetachesAttaches_andFindsTheHistoryNextTime(@TempDir Path dir)
      throws Exception {
    if (!TmuxScreen.available()) {
      if ("1".equals(System.getenv("KUJIRA_TMUX"))) {
        throw new AssertionError("KUJIRA_TMUX=1 but tmux cannot be run");
      }
      Assumptions.abort("tmux is not installed (set KUJIRA_TMUX=1 to make this a failure)");
    }
    Assumptions.assumeTrue(Files.exists(ConformanceSuiteTest.BUSYBOX), "no busybox archive");
    Path home = dir.resolve("home");
    Files.createDirectories(home);
    try (TmuxScreen t = TmuxScreen.start(dir, "first", kujira(home))) {
      t.waitFor(PROMPT, 0);
      t.line("docker run -d --name web busybox sleep 1000");
      t.waitFor(PROMPT, 1);
      // Tab completes the container's name from what exists now.
      t.keys("docker inspect --format '{{.Name}}' w", "Tab");
      t.waitFor("docker inspect --format '{{.Name}}' web", 0);
      t.keys("Enter");
      t.waitFor("\n/web\n", 0);

      t.line("docker run -it --name box busybox sh");
      t.waitFor("/ # ", 0);
      t.line("echo inside $((6*7))");
      t.waitFor("\ninside 42\n", 0);
      t.keys("C-p", "C-q");
      String s = t.waitFor(PROMPT, 3);
      assertThat(s).contains("inside 42\n/ # " + PROMPT);
      t.line("docker ps --format '{{.Names}}: {{.Status}}'");
      s = t.waitFor("web: Up", 0);
      assertThat(s).contains("box: Up");

      t.line("docker attach box");
      s = t.waitFor("docker attach box\n/ # ", 0);
      t.line("echo back");
      t.waitFor("\nback\n", 0);
      t.line("exit");
      t.waitFor(PROMPT, 5);
      t.line("docker ps -a --format '{{.Names}}: {{.Status}}'");
      s = t.waitFor("box: Exited (0)", 0);
      assertThat(s).contains("web: Up");
      // An unfinished line goes on after bash's "> ": a here-document writes a Dockerfile.
      t.line("cat > Dockerfile <<'EOF'");
      t.waitFor("<<'EOF'\n> ", 0);
      t.line("FROM busybox");
      t.line("CMD [\"echo\", \"$HOME\"]");
      t.line("EOF");
      t.line("tail -n 1 Dockerfile | wc -c");
      t.waitFor("\n22\n", 0);
      t.keys("C-d");
      t.waitFor("EXITED rc=0", 0);
    }
    assertThat(home.resolve(".kujira/history")).exists();
    try (TmuxScreen t = TmuxScreen.start(dir, "second", kujira(home))) {
      t.waitFor(PROMPT, 0);
      // Up recalls the last line of the previous run.
      t.keys("Up");
      t.waitFor(PROMPT + "tail -n 1 Dockerfile | wc -c", 0);
      t.keys("C-u", "C-d");
      t.waitFor("EXITED rc=0", 0);
    }
  }
}
