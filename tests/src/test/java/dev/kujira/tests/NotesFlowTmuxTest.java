package dev.kujira.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 000's volume backup and restore (L495-549) typed key by key into {@code kujira} in a real
 * terminal (tmux), with the host-side commands a learner types around it: {@code type ll}, {@code
 * cd}, {@code export}, {@code ll}, a refused {@code curl -v}, an interactive shell in a container.
 * The host shell is one session, so the directory and the variable carry from line to line.
 * Adaptation: the note's placeholder {@code ボリューム名} is a volume named {@code myvol}. With
 * KUJIRA_TMUX=1 (CI) a missing tmux fails the test instead of skipping it.
 */
class NotesFlowTmuxTest {
  private static final String PROMPT = "root@kujira:~# ";

  @TempDir
  Path dir;

  private static String kujira(Path home) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return "'" + java + "' -Duser.home='" + home + "' -cp '" + System.getProperty("java.class.path")
        + "' dev.kujira.cli.Main --load '" + ConformanceSuiteTest.BUSYBOX.toAbsolutePath() + "'";
  }

  @Test
  void seed000_volumeBackupAndRestore_typedKeyByKey() throws Exception {
    if (!TmuxScreen.available()) {
      if ("1".equals(System.getenv("KUJIRA_TMUX"))) {
        throw new AssertionError("KUJIRA_TMUX=1 but tmux cannot be run");
      }
      Assumptions.abort("tmux is not installed (set KUJIRA_TMUX=1 to make this a failure)");
    }
    Assumptions.assumeTrue(Files.exists(ConformanceSuiteTest.BUSYBOX), "no busybox archive");
    Path home = dir.resolve("home");
    Files.createDirectories(home);
    try (TmuxScreen t = TmuxScreen.start(dir, "flow", kujira(home))) {
      t.waitFor(PROMPT, 0);
      t.typed("type ll");
      t.waitFor("\nll is aliased to `ls -alF'\n", 0);
      t.typed("docker volume create myvol");
      t.waitFor("\nmyvol\n", 0);
      t.typed("docker run --rm -v myvol:/data busybox sh -c 'echo hello > /data/a.txt'");
      t.waitFor(PROMPT, 3);
      t.typed("mkdir bk && cd bk && export DEST=\"$PWD\"");
      t.waitFor("root@kujira:~/bk# ", 0);
      t.typed("docker run --rm -v myvol:/src -v \"$DEST\":/dest busybox tar czvf /dest/backup.tar.gz -C /src .");
      t.waitFor("\n./a.txt\n", 0);
      t.typed("ll backup.tar.gz");
      t.waitFor(" root root ", 0);
      t.typed("docker run --rm -v newvol:/dest -v \"$PWD\":/src busybox tar xzf /src/backup.tar.gz -C /dest");
      t.waitFor("root@kujira:~/bk# ", 3);
      t.typed("docker run -it --rm -v newvol:/d busybox sh");
      t.waitFor("/ # ", 0);
      t.typed("cat /d/a.txt");
      t.waitFor("\nhello\n", 0);
      t.typed("exit");
      t.waitFor("root@kujira:~/bk# ", 4);
      t.typed("curl -v localhost:9");
      String s = t.waitFor("curl: (7) Failed to connect to localhost port 9 after 0 ms: Couldn't connect to server\n", 0);
      assertThat(s).contains("*   Trying 127.0.0.1:9...\n* connect to 127.0.0.1 port 9 failed: Connection refused\n"
          + "*   Trying [::1]:9...\n* connect to ::1 port 9 failed: Connection refused\n");
      t.typed("echo \"$DEST\" $?");
      s = t.waitFor(" 7\n", 0);
      assertThat(s).contains("/root/bk 7\n");
      t.keys("C-d");
      t.waitFor("EXITED rc=", 0);
    }
  }
}
