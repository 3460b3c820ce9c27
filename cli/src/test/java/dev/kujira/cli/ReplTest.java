package dev.kujira.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the REPL on JLine terminals over plain streams: a pipe, and a virtual xterm. */
class ReplTest {
  private static final Path BUSYBOX = Path.of("../conformance/busybox-image.tar");

  private static Repl.Options options(Path dir) {
    Repl.Options o = new Repl.Options(List.of(), null, false, Map.of(), dir.resolve("mirror"))
        .withHostAccess(new HostAccess(dir.resolve("sessions"), true));
    return Files.exists(BUSYBOX) ? o.withArchive(BUSYBOX) : o;
  }

  private static String[] piped(String input, Path dir) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status;
    try (Terminal t = new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream(input.getBytes(UTF_8)),
        out, UTF_8)) {
      status = Repl.run(t, options(dir));
    }
    return new String[] {out.toString(UTF_8), String.valueOf(status)};
  }

  @Test
  void pipe_printsNoPromptOrBanner_andExitsWithTheLastStatus(@TempDir Path dir) throws IOException {
    String[] r = piped("docker volume create data\ndocker volume ls -q\nfalse\n", dir);
    assertThat(r[0]).isEqualTo("data\ndata\n");
    assertThat(r[1]).isEqualTo("1");
  }

  @Test
  void theHostShell_startsInRootsHome_neverInTheRealWorkingFolder(@TempDir Path dir) throws IOException {
    // Issue 18's reproduction: $PWD showed the real folder kujira was started in.
    String[] r = piped("echo $PWD\npwd\ncd -\n", dir);
    assertThat(r[0]).startsWith("/root\n/root\n").doesNotContain(System.getProperty("user.dir"));
  }

  @Test
  void atATerminal_theSimulatedClockStartsAtTheHostsTime_soImagesDoNotLookDaysOld(@TempDir Path dir) throws Exception {
    long before = System.currentTimeMillis() / 1000;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("EPOCH=(\\d+)")
        .matcher(typed(dir, "echo EPOCH=$(date +%s)\r", "exit\r"));
    assertThat(m.find()).isTrue();
    // a pipe keeps the fixed start of 2026-12-01 (reproducible transcripts); a terminal starts now
    assertThat(Long.parseLong(m.group(1))).isBetween(before - 5, before + 600);
  }

  @Test
  void pipe_lastLineWithoutNewline_runs_andDollarQuestionCarriesOver(@TempDir Path dir) throws IOException {
    String[] r = piped("sh -c 'exit 7'\necho $?", dir);
    assertThat(r[0]).isEqualTo("7\n");
    assertThat(r[1]).isEqualTo("0");
    assertThat(piped("exit 3\necho never\n", dir)[1]).isEqualTo("3");
  }

  @Test
  void pipe_itNeedsATerminal(@TempDir Path dir) throws IOException {
    String[] r = piped("docker run -it busybox sh\n", dir);
    assertThat(r[0]).isEqualTo("the input device is not a TTY\n");
    assertThat(r[1]).isEqualTo("1");
  }

  @Test
  void sessionCommands_undoRedoSaveLoad(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("sessions").resolve("s1");
    String[] r = piped(String.join("\n", "docker volume create aa", "docker volume create bb", ":undo",
        ":undo", ":redo", "docker volume ls -q", ":save s1", ":reset", "docker volume ls -q",
        ":load s1", "docker volume ls -q", "kujira undo", ":redo", ":redo", ":clock", ":nope", ""), dir);
    assertThat(r[0]).isEqualTo(String.join("\n", "aa", "bb", "undone: docker volume create bb",
        "undone: docker volume create aa", "redone: docker volume create aa", "aa", "saved 2 command lines as s1",
        "a fresh session: the simulated machine is as new",
        "loaded s1: replayed 2 command lines", "aa", "undone: docker volume ls -q",
        "redone: docker volume ls -q", "nothing to redo", "clock: fast (waiting takes no time)",
        "kujira: unknown session command :nope (try :help)", ""));
    assertThat(Files.readAllLines(file)).containsExactly("docker volume create aa", "docker volume ls -q");
  }

  @Test
  void saveAndLoad_takeNamesUnderTheirFolder_neverAPath(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret");
    Files.writeString(secret, "docker volume create leaked\n");
    Files.createDirectories(dir.resolve("sessions"));
    Files.createSymbolicLink(dir.resolve("sessions").resolve("link"), secret);
    String[] r = piped(String.join("\n", ":save /tmp/kujira-escape", ":save ../x", ":load /etc/shadow",
        ":load " + secret, ":load ../secret", ":load link", "docker volume ls -q", ""), dir);
    assertThat(r[0]).isEqualTo(String.join("\n",
        ":save: give a name (letters, digits, '.', '_', '-'), not a path: sessions are kept in ~/.kujira/sessions/",
        ":save: give a name (letters, digits, '.', '_', '-'), not a path: sessions are kept in ~/.kujira/sessions/",
        ":load: give a name (letters, digits, '.', '_', '-'), not a path: sessions are kept in ~/.kujira/sessions/",
        ":load: give a name (letters, digits, '.', '_', '-'), not a path: sessions are kept in ~/.kujira/sessions/",
        ":load: give a name (letters, digits, '.', '_', '-'), not a path: sessions are kept in ~/.kujira/sessions/",
        ":load: cannot read link: no saved session of that name", ""));
    assertThat(Files.exists(Path.of("/tmp/kujira-escape"))).isFalse();
    assertThat(Files.exists(dir.resolve("x"))).isFalse();
  }

  @Test
  void withoutHostAccess_saveLoadAndMirrorAreNotAvailable(@TempDir Path dir) throws IOException {
    Repl.Options o = options(dir).withHostAccess(HostAccess.NONE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Terminal t = new DumbTerminal("test", Terminal.TYPE_DUMB,
        new ByteArrayInputStream(":save s\n:load s\n:mirror on\n".getBytes(UTF_8)), out, UTF_8)) {
      Repl.run(t, o);
    }
    assertThat(out.toString(UTF_8)).isEqualTo(":save is not available here (only in kujira on your own machine)\n"
        + ":load is not available here (only in kujira on your own machine)\n"
        + ":mirror is not available here (only in kujira on your own machine)\n");
    assertThat(Files.exists(dir.resolve("sessions"))).isFalse();
  }

  @Test
  void completion_offersCommandsFlagsAndTheNamesThatExist() throws IOException {
    try (Engine e = Engine.create(EngineOptions.defaults())) {
      e.run("docker volume create data");
      e.run("docker network create backend");
      e.run("docker create --name web busybox");
      assertThat(e.complete("docker sto", 10)).contains("stop");
      assertThat(e.complete("docker run --rest", 17)).contains("--restart");
      assertThat(e.complete("docker stop w", 13)).containsExactly("web");
      assertThat(e.complete("docker volume rm d", 18)).containsExactly("data");
      assertThat(e.complete("docker network inspect b", 24)).containsExactly("backend", "bridge");
      assertThat(e.complete("docker run bu", 13)).containsExactly("busybox:latest");
    }
  }

  /** Types {@code keys} into a virtual xterm running the REPL and returns what the screen got. */
  private static String typed(Path dir, String... keys) throws Exception {
    PipedInputStream in = new PipedInputStream(1 << 16);
    PipedOutputStream feed = new PipedOutputStream(in);
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    Terminal t = new ExternalTerminal(null, "test", "xterm-256color", in, screen, UTF_8,
        Terminal.SignalHandler.SIG_DFL, true);
    // Raw from the start, as the keys are all typed ahead: Ctrl-C must reach the container as a key.
    org.jline.terminal.Attributes raw = t.enterRawMode();
    raw = new org.jline.terminal.Attributes(t.getAttributes());
    raw.setLocalFlag(org.jline.terminal.Attributes.LocalFlag.ISIG, false);
    t.setAttributes(raw);
    t.resume();
    CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> {
      try {
        return Repl.run(t, options(dir));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    for (String k : keys) {
      feed.write(k.getBytes(UTF_8));
      feed.flush();
    }
    feed.write(4);
    feed.flush();
    run.get(60, TimeUnit.SECONDS);
    t.close();
    // Without JLine's escape sequences and carriage returns: what the lines say.
    // (a character erased by "\b \b" goes too).
    return screen.toString(UTF_8).replaceAll("\u001b\\[[0-9;?]*[a-zA-Z]|\u001b[=>]|\r|.\b \b", "");
  }

  @Test
  void interactiveShell_runsTypedCommands_andExitLeavesWithItsStatus(@TempDir Path dir) throws Exception {
    String screen = typed(dir, ":clock fast\r", "docker run -it --name box busybox sh\r", "echo hi $((1+2))\r",
        "cd /etc; pwd\r", "exit 3\r", "echo status=$?\r", "docker ps -a --format '{{.Names}} {{.Status}}'\r");
    assertThat(screen).contains("built-in shell (ash)\nEnter 'help' for a list of built-in commands.\n\n/ # ");
    assertThat(screen).contains("/ # echo hi $((1+2))\nhi 3\n/ # cd /etc; pwd\n/etc\n/etc # exit 3\n");
    assertThat(screen).contains("status=3");
    assertThat(screen).containsPattern("box Exited \\(3\\) ");
  }

  @Test
  void ctrlPCtrlQ_detaches_andAttachComesBackToTheShell(@TempDir Path dir) throws Exception {
    String screen = typed(dir, ":clock fast\r", "docker run -it --name box busybox sh\r", "x=kept\r", "\u0010\u0011",
        "echo run=$?\r", "docker ps --format '{{.Names}} {{.Status}}'\r", "docker attach box\r", "echo $x\r",
        "\u0010\u0011", "echo attach=$?\r", "docker exec -it box sh\r", "ps\r", "exit 4\r", "echo exec=$?\r",
        "docker attach box\r", "exit\r", "docker ps -a --format '{{.Names}} {{.Status}}'\r");
    assertThat(screen).contains("run=0");
    assertThat(screen).containsPattern("box Up ");
    // The attach redraws the prompt; the shell kept its variable.
    assertThat(screen).contains("docker attach box\n/ # echo $x\nkept\n/ # read escape sequence");
    assertThat(screen).contains("attach=1");
    assertThat(screen).contains("    1 root     sh\n");
    assertThat(screen).contains("exec=4");
    assertThat(screen).containsPattern("box Exited \\(0\\) ");
  }

  @Test
  void psqlOnTheContainersTerminal_showsItsBannerAndPrompt_andQuitsOnBackslashQ(@TempDir Path dir) throws Exception {
    String screen = typed(dir, ":clock fast\r", "docker run -d --name db -e POSTGRES_USER=user -e POSTGRES_PASSWORD=pw"
        + " -e POSTGRES_DB=mydb postgres\r", "docker exec -it db psql -U user -d mydb\r", "CREATE TABLE t (id int);\r",
        "INSERT INTO t\r", "VALUES (1);\r", "SELECT * FROM t;\r", "\\q\r", "echo psql=$?\r");
    assertThat(screen).contains("psql (17.2 (Debian 17.2-1.pgdg120+1))\nType \"help\" for help.\n\n"
        + "mydb=# CREATE TABLE t (id int);\nCREATE TABLE\nmydb=# INSERT INTO t\nmydb-# VALUES (1);\nINSERT 0 1\n"
        + "mydb=# SELECT * FROM t;\n id \n----\n  1\n(1 row)\n\nmydb=# \\q\n");
    assertThat(screen).contains("psql=0");
  }

  @Test
  void ctrlC_interruptsTheShellsCommand_ctrlDEndsIt(@TempDir Path dir) throws Exception {
    String screen = typed(dir, ":clock fast\r", "docker run -it busybox sh\r", "abc\u007fd\r", "cat\r", "line\r",
        "\u0003", "echo after\r", "\u0004", "echo shell=$?\r");
    assertThat(screen).contains("/ # abd\nsh: abd: not found\n");
    assertThat(screen).contains("/ # cat\nline\nline\n^C\n/ # echo after\nafter\n/ # \n");
    assertThat(screen).contains("shell=0");
  }

  @Test
  void startAi_runsTheShellAgain_andDetachesQuietly(@TempDir Path dir) throws Exception {
    String screen = typed(dir, ":clock fast\r", "docker run -it --name sa busybox sh\r", "exit 2\r",
        "docker start -ai sa\r", "echo again\r", "\u0010\u0011", "echo start=$?\r");
    assertThat(screen).contains("docker start -ai sa\n\n\nBusyBox v1.35.0");
    assertThat(screen).contains("/ # echo again\nagain\n/ # root@kujira:~# echo start=$?\nstart=0");
  }

  @Test
  void interrupt_givesUpAForegroundCommandThatWouldNeverEnd() throws Exception {
    try (Engine e = Engine.create(EngineOptions.defaults())) {
      e.keepShellStatus(true);
      e.run("docker run -d --name bg busybox sh -c 'while true; do sleep 1; done'");
      CompletableFuture<Integer> wait = CompletableFuture.supplyAsync(() -> e.run("docker wait bg").exitCode());
      while (!wait.isDone()) {
        e.interrupt();
        Thread.sleep(20);
      }
      assertThat(wait.get()).isEqualTo(130);
      assertThat(e.run("echo $?").output()).isEqualTo("130\n");
      assertThat(e.run("docker ps --format '{{.Names}}'").output()).isEqualTo("bg\n");
    }
  }

  @Test
  void quickItContainer_endsAtOnce_andStreamingCommandsEndOnCtrlC(@TempDir Path dir) throws Exception {
    String screen = typed(dir, ":clock fast\r", "docker run -it --name quick busybox echo hi\r", "echo run=$?\r",
        "docker run -d --name web busybox sh -c 'echo one; sleep 1000'\r", "docker logs -f web\r", "\u0003",
        "echo logs=$?\r", "docker events --filter type=container\r", "\u0003", "echo events=$?\r",
        "docker stats --format '{{.Name}} {{.PIDs}}'\r", "\u0003", "echo stats=$?\r");
    assertThat(screen).contains("docker run -it --name quick busybox echo hi\nhi\n");
    assertThat(screen).contains("run=0");
    assertThat(screen).contains("docker logs -f web\none\n");
    assertThat(screen).contains("logs=130");
    assertThat(screen).contains("events=130");
    // docker stats draws its table (on a cleared screen), until Ctrl-C.
    assertThat(screen).contains("docker stats --format '{{.Name}} {{.PIDs}}'\nweb 1\n");
    assertThat(screen).contains("stats=130");
  }

  @Test
  void theShellsLineEditor_movesInTheLine_andRecallsEarlierLines(@TempDir Path dir) throws Exception {
    String screen = typed(dir, ":clock fast\r", "docker run -it busybox sh\r", "echo ac\u001b[DX\r",
        "echo one\r", "\u001b[A\u001b[A\r", "\u0001#\r", "echo 12\u001b[D\u001b[D\u001b[3~\r", "exit\r");
    // Left then X gives "aXc"; Up twice recalls it; Ctrl-A then # comments a line out; Delete removes the 1.
    assertThat(screen.split("\n")).containsSubsequence("aXc", "one", "aXc", "2");
    assertThat(screen).doesNotContain("\n12\n");
  }

  // Every read of the learner's terminal ends on Ctrl-D and Ctrl-C (issue 16: the REPL hung for good).

  @Test
  void hostToolsReadingTheTerminal_echoLines_andEndOnCtrlD(@TempDir Path dir) throws Exception {
    String screen = typed(dir, ":clock fast\r", "cat\r", "hello\r", "\u0004", "echo cat=$?\r",
        "grep x\r", "axb\r", "yyy\r", "\u0004", "echo grep=$?\r", "sort\r", "b\r", "a\r", "\u0004",
        "wc -l\r", "1\r", "2\r", "\u0004", "echo ok\r");
    assertThat(screen).contains("# cat\nhello\nhello\n");
    assertThat(screen).contains("cat=0");
    assertThat(screen).contains("# grep x\naxb\naxb\nyyy\n");
    assertThat(screen).contains("grep=0");
    assertThat(screen).contains("# sort\nb\na\na\nb\n");
    assertThat(screen).contains("# wc -l\n1\n2\n2\n");
    assertThat(screen).contains("# echo ok\nok\n");
  }

  @Test
  void ctrlC_killsTheHostCommandReadingTheTerminal_with130(@TempDir Path dir) throws Exception {
    String screen = typed(dir, ":clock fast\r", "cat; echo never\r", "abc", "\u0003", "echo rc=$?\r",
        "head -n 1\r", "\u0003", "echo rc=$?\r", "echo ok\r");
    assertThat(screen).contains("# cat; echo never\nabc^C\n");
    assertThat(screen).doesNotContain("\nnever\n");
    assertThat(screen).contains("# head -n 1\n^C\n");
    assertThat(screen.split("\nrc=130\n", -1)).hasSize(3);
    assertThat(screen).contains("# echo ok\nok\n");
  }

  @Test
  void theLineDiscipline_erases_andCtrlDInMidLinePushesTheLine(@TempDir Path dir) throws Exception {
    String screen = typed(dir, ":clock fast\r", "cat > f.txt\r", "abX\u007fc\r", "junk words\u0015one two\u0017three\r",
        "tail\u0004", "\u0004", "cat f.txt | od -c | head -n 2\r", "cat -A f.txt 2>/dev/null || cat f.txt\r");
    assertThat(screen).contains("abc\none three\ntail");
  }

  @Test
  void dockerClientsReadingTheTerminal_endOnCtrlD(@TempDir Path dir) throws Exception {
    String screen = typed(dir, ":clock fast\r", "docker run -i --rm busybox cat\r", "hi\r", "\u0003",
        "there\r", "\u0004", "echo run=$?\r", "docker run -d --name box busybox sleep 1000\r",
        "docker exec -i box cat\r", "in-exec\r", "\u0004", "echo exec=$?\r", "docker exec -i box sh\r",
        "echo from-sh\r", "\u0003", "echo exec2=$?\r", "docker import -\r", "abc\r", "\u0004", "echo import=$?\r",
        "docker build -\r", "FROM busybox\r", "\u0004", "echo build=$?\r", "echo ok\r");
    assertThat(screen).contains("# docker run -i --rm busybox cat\nhi\nhi\n^Cthere\nthere\n");
    assertThat(screen).contains("run=0");
    assertThat(screen).contains("in-exec\nin-exec\n").contains("exec=0");
    assertThat(screen).contains("echo from-sh\nfrom-sh\n^C").contains("exec2=130");
    
    assertThat(screen).contains("build=0");
    assertThat(screen).contains("# echo ok\nok\n");
  }

  @Test
  void dockerLoad_refusesTheTerminal_asDockerDoes(@TempDir Path dir) throws Exception {
    String screen = typed(dir, ":clock fast\r", "docker load\r", "echo load=$?\r");
    assertThat(screen).contains("# docker load\nrequested load from stdin, but stdin is empty\n");
    assertThat(screen).contains("load=1");
  }

  @Test
  void dockerLogin_promptsOnTheTerminal_withoutEchoingThePassword(@TempDir Path dir) throws Exception {
    String screen = typed(dir, ":clock fast\r", "docker login localhost:5999\r", "\u0004", "echo login=$?\r",
        "docker login -u bob localhost:5999\r", "s3cret\r", "echo ok\r");
    assertThat(screen).contains("Username: error while reading input: EOF").contains("login=1");
    assertThat(screen).contains("Password: \n").doesNotContain("s3cret");
    assertThat(screen).contains("# echo ok\nok\n");
  }

  @Test
  void theHostShell_isOneSession_variablesFunctionsAndCdCarryOver_andUndoRestoresThem(@TempDir Path dir) throws IOException {
    String[] r = piped(String.join("\n", "export X=1", "Y=2", "greet() { echo hi $1; }", "set -- a b", "cd /tmp",
        "echo $X $Y $1 $#; pwd", "greet you", "sh -c 'echo child X=$X Y=$Y'", "false", "echo $?", "X=3",
        ":undo", "echo X=$X", "unset -f greet", "greet me", ""), dir);
    assertThat(r[0]).isEqualTo(String.join("\n", "1 2 a 2", "/tmp", "hi you", "child X=1 Y=", "1",
        "undone: X=3", "X=1", "bash: greet: command not found", ""));
  }

  @Test
  void ctrlL_inAContainersShell_clearsTheScreenAndRedrawsTheLine_asAshDoes(@TempDir Path dir) throws Exception {
    String screen = typed(dir, ":clock fast\r", "docker run -it --rm busybox sh\r", "echo a\r", "echo b\u000c", "\r",
        "exit\r");
    assertThat(screen).doesNotContain("^L").contains("/ # echo b/ # echo b\nb\n");
  }

  @Test
  void aliases_carryOverInTheHostShell_andExpandAsBashDoes(@TempDir Path dir) throws IOException {
    String[] r = piped(String.join("\n", "alias hi='echo hello'", "alias two='echo one && echo two'", "hi there",
        "two", "alias", "alias hi", "bash -c 'hi' 2>&1 | head -n 1", "unalias hi", "hi", "alias nope",
        "alias y='echo why'; y", "y", "(y)", ""), dir);
    // alias lists ~/.bashrc's ll, la and l too, which the REPL's bash read before its first line.
    assertThat(r[0]).isEqualTo(String.join("\n", "hello there", "one", "two", "alias hi='echo hello'",
        "alias l='ls -CF'", "alias la='ls -A'", "alias ll='ls -alF'", "alias two='echo one && echo two'", "alias hi='echo hello'", "bash: line 1: hi: command not found",
        "bash: hi: command not found", "bash: alias: nope: not found",
        // Aliases expand as a line is read: one defined on the line applies from the next line on.
        "bash: y: command not found", "why", "why", ""));
  }
}
