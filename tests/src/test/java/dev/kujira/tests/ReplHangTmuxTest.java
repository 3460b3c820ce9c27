package dev.kujira.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Types into {@code kujira} in a real terminal (tmux) every command that reads the learner's
 * terminal and once hung the session for good (issue 16): each is ended with Ctrl-D or Ctrl-C as
 * on a real terminal, and the prompt comes back and answers {@code echo}. With KUJIRA_TMUX=1 (CI)
 * a missing tmux fails the test instead of skipping it.
 */
class ReplHangTmuxTest {
  private Path home;
  private TmuxScreen t;
  private int step;

  @TempDir
  Path dir;

  @BeforeEach
  void requireTmux() throws Exception {
    if (!TmuxScreen.available()) {
      if ("1".equals(System.getenv("KUJIRA_TMUX"))) {
        throw new AssertionError("KUJIRA_TMUX=1 but tmux cannot be run");
      }
      Assumptions.abort("tmux is not installed (set KUJIRA_TMUX=1 to make this a failure)");
    }
    Assumptions.assumeTrue(Files.exists(ConformanceSuiteTest.BUSYBOX), "no busybox archive");
    home = dir.resolve("home");
    Files.createDirectories(home);
  }

  private static String kujira(Path home) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return "'" + java + "' -Duser.home='" + home + "' -cp '" + System.getProperty("java.class.path")
        + "' dev.kujira.cli.Main --load '" + ConformanceSuiteTest.BUSYBOX.toAbsolutePath() + "'";
  }

  /** Checks that the REPL answers again: {@code echo ok-N $?} prints its line; returns the status it shows. */
  private String answers() throws Exception {
    step++;
    t.line("echo ok-" + step + " $?");
    String s = t.waitFor("\nok-" + step + " ", 0);
    String rest = s.substring(s.indexOf("\nok-" + step + " ") + ("\nok-" + step + " ").length());
    return rest.substring(0, rest.indexOf('\n')).strip();
  }

  @Test
  void hostToolsReadingTheTerminal_endOnCtrlDAndCtrlC() throws Exception {
    try (TmuxScreen screen = TmuxScreen.start(dir, "host", kujira(home))) {
      t = screen;
      t.waitFor("root@kujira:~# ", 0);
      t.line("cat");
      t.line("hello");
      t.waitFor("\nhello\nhello\n", 0);
      t.keys("C-d");
      assertThat(answers()).isEqualTo("0");
      t.line("cat");
      t.keys("abc");
      t.waitFor("abc", 0);
      t.keys("C-c");
      assertThat(answers()).isEqualTo("130");
      t.line("grep x");
      t.line("axb");
      t.line("yyy");
      t.keys("C-d");
      t.waitFor("\naxb\naxb\nyyy\n", 0);
      assertThat(answers()).isEqualTo("0");
      t.line("sort");
      t.line("b");
      t.waitFor("\nb\n", 0);
      t.keys("C-c");
      assertThat(answers()).isEqualTo("130");
      t.line("sort");
      t.line("b");
      t.line("a");
      t.keys("C-d");
      t.waitFor("\na\nb\n", 0);
      assertThat(answers()).isEqualTo("0");
      t.line("wc -l");
      t.keys("C-d");
      assertThat(answers()).isEqualTo("0");
      // cat --version prints GNU's version and reads nothing; Ctrl-C at the idle prompt after it
      // gives a fresh prompt (typed on once it shows: JLine takes Ctrl-C as a signal on its own
      // thread, so a key sent in the same millisecond may land on the line it discards).
      t.line("cat --version");
      t.waitFor("cat (GNU coreutils) 9.1", 0);
      int prompts = TmuxScreen.count(t.screen(), "root@kujira:~# ");
      t.keys("C-c");
      t.waitFor("root@kujira:~# ", prompts);
      assertThat(answers()).isEqualTo("130");
      t.keys("C-d");
      t.waitFor("EXITED rc=", 0);
    }
  }

  @Test
  void dockerClientsReadingTheTerminal_endOnCtrlDAndCtrlC_orRefuseIt() throws Exception {
    try (TmuxScreen screen = TmuxScreen.start(dir, "docker", kujira(home))) {
      t = screen;
      t.waitFor("root@kujira:~# ", 0);
      t.line("docker load");
      t.waitFor("\nrequested load from stdin, but stdin is empty\n", 0);
      assertThat(answers()).isEqualTo("1");

      // docker run -i: lines go to the container's cat; Ctrl-C is proxied to its init, which
      // ignores it as on the real engine; Ctrl-D ends its input.
      t.line("docker run -i --rm busybox cat");
      t.line("hi");
      t.waitFor("\nhi\nhi\n", 0);
      // Proxied to cat, pid 1 of the container, which ignores it (as on the real engine).
      t.keys("C-c");
      t.keys("C-d");
      assertThat(answers()).isEqualTo("0");

      t.line("docker run -it --rm busybox cat");
      t.line("typed");
      t.waitFor("\ntyped\ntyped\n", 0);
      t.keys("C-d");
      assertThat(answers()).isEqualTo("0");

      t.line("docker run -d --name box busybox sleep 1000");
      answers();
      t.line("docker exec -i box cat");
      t.line("in-exec");
      t.waitFor("\nin-exec\nin-exec\n", 0);
      t.keys("C-d");
      assertThat(answers()).isEqualTo("0");
      t.line("docker exec -i box cat");
      // A key echoed shows the command reads the terminal (a Ctrl-C before would be bash's, not cat's).
      t.keys("zq");
      t.waitFor("\nzq", 0);
      t.keys("C-c");
      assertThat(answers()).isEqualTo("130");

      t.line("docker run -dit --name sh1 busybox sh");
      answers();
      t.line("docker attach sh1");
      t.waitFor("docker attach sh1\n/ # ", 0);
      t.line("echo attached");
      t.waitFor("\nattached\n", 0);
      t.keys("C-c");
      t.keys("C-d");
      assertThat(answers()).isEqualTo("0");

      t.line("docker import -");
      t.line("not a tar");
      t.keys("C-d");
      answers();
      t.line("docker build -");
      t.keys("zq");
      t.waitFor("\nzq", 0);
      t.keys("C-c");
      assertThat(answers()).isEqualTo("130");
      t.line("docker build -t fromstdin -");
      t.line("FROM busybox");
      t.keys("C-d");
      assertThat(answers()).isEqualTo("0");

      t.line("docker login localhost:5000");
      t.waitFor("Username: ", 0);
      t.keys("C-c");
      assertThat(answers()).isEqualTo("130");
      t.line("docker login localhost:5000");
      t.keys("C-d");
      t.waitFor("error while reading input: EOF", 0);
      assertThat(answers()).isEqualTo("1");
      t.keys("C-d");
      t.waitFor("EXITED rc=", 0);
    }
  }

  @Test
  void theHostShell_keepsItsVariablesFunctionsAndDirectory() throws Exception {
    try (TmuxScreen screen = TmuxScreen.start(dir, "shell", kujira(home))) {
      t = screen;
      t.waitFor("root@kujira:~# ", 0);
      t.line("export GREETING=hello; count=3");
      t.line("hi() { echo \"$GREETING $1 x$count\"; }");
      t.line("cd /tmp");
      t.line("hi there");
      t.waitFor("\nhello there x3\n", 0);
      t.line("sh -c 'echo child sees $GREETING'");
      t.waitFor("\nchild sees hello\n", 0);
      t.waitFor("root@kujira:/tmp# ", 0);
      t.keys("C-d");
      t.waitFor("EXITED rc=", 0);
    }
  }
}
