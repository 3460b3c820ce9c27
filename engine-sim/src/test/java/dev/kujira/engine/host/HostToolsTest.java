package dev.kujira.engine.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The learner's host is a Debian Docker host and the learner is root: whoami, id, sudo, ll, curl's flags, the socket. */
class HostToolsTest {
  private Engine engine;

  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults());
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  @Test
  void theLearnerIsRoot() {
    assertThat(engine.run("whoami").stdout()).isEqualTo("root\n");
    assertThat(engine.run("id").stdout()).isEqualTo("uid=0(root) gid=0(root) groups=0(root)\n");
    assertThat(engine.run("sudo id -u").stdout()).isEqualTo("0\n");
  }

  @Test
  void sudo_runsTheCommand_orSaysItIsMissing() {
    assertThat(engine.run("sudo docker ps").stdout()).startsWith("CONTAINER ID");
    CommandResult r = engine.run("sudo nosuchcmd");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).isEqualTo("sudo: nosuchcmd: command not found\n");
  }

  /**
   * ll is an alias the interactive shell's ~/.bashrc defines (Ubuntu's skeleton's ls -alF), not a
   * program: bash's type names the alias, which finds nothing, bash -c does not expand it.
   */
  @Test
  void ll_isTheBashrcAlias_inTheInteractiveShell() {
    engine.keepShellStatus(true);
    engine.run("mkdir -p /tmp/d/sub && touch /tmp/d/f");
    assertThat(engine.run("ll /tmp/d").stdout()).contains(" sub/\n").contains(" ./\n").contains(" f\n");
    assertThat(engine.run("type ll").stdout()).isEqualTo("ll is aliased to `ls -alF'\n");
    assertThat(engine.run("alias ll").stdout()).isEqualTo("alias ll='ls -alF'\n");
    CommandResult which = engine.run("which ll");
    assertThat(which.exitCode()).isEqualTo(1);
    assertThat(which.stdout()).isEmpty();
    assertThat(engine.run("bash -c 'll /tmp'").stderr()).isEqualTo("bash: line 1: ll: command not found\n");
    assertThat(engine.run("sudo ll").stderr()).isEqualTo("sudo: ll: command not found\n");
  }

  /** The REPL's host shell is one session: variables, exports, functions, aliases and cd carry over. */
  @Test
  void theHostShell_isOneSession() {
    engine.keepShellStatus(true);
    engine.run("export GREETING=hi; COUNT=2; f() { echo \"f:$1\"; }; alias say='echo said'");
    engine.run("mkdir -p /tmp/w && cd /tmp/w");
    assertThat(engine.run("echo $GREETING $COUNT; f x; say it; pwd").stdout()).isEqualTo("hi 2\nf:x\nsaid it\n/tmp/w\n");
    assertThat(engine.run("bash -c 'echo \"[$GREETING][$COUNT]\"'").stdout()).isEqualTo("[hi][]\n");
    assertThat(engine.run("false; echo $?").stdout()).isEqualTo("1\n");
  }

  /**
   * Ctrl-C at the idle prompt makes the next line's $? 130, as bash 5.2 does (tmux on this
   * machine: ^C, then echo $? prints 130); a replay of the session's log keeps it.
   */
  @Test
  void ctrlCAtThePrompt_setsTheStatusTo130() throws Exception {
    engine.keepShellStatus(true);
    engine.run("true");
    engine.interruptPrompt();
    assertThat(engine.run("echo $?").stdout()).isEqualTo("130\n");
    assertThat(engine.run("echo $?").stdout()).isEqualTo("0\n");
    String log = engine.sessionLog().toText();
    assertThat(log).contains("\nprompt-interrupt\n");
    try (dev.kujira.engine.Engine replayed = dev.kujira.engine.SessionLog.parse(log).replay()) {
      assertThat(replayed.sessionLog().toText()).isEqualTo(log);
    }
  }

  /**
   * Without -t a container's output is a pipe to the docker client even when the client writes to
   * a terminal: ls prints one name per line (seed 004, L477: docker container exec nginx /bin/ls),
   * while the host's own ls fills the terminal's columns.
   */
  @Test
  void aContainerWithoutTty_writesToNoTerminal() {
    engine.run("docker pull -q busybox");
    engine.run("docker run -d --name box busybox sleep 100");
    java.io.ByteArrayOutputStream screen = new java.io.ByteArrayOutputStream();
    java.io.PrintStream terminal = new dev.kujira.engine.api.TerminalPrintStream(screen, () -> 80);
    java.io.InputStream none = java.io.InputStream.nullInputStream();
    engine.run("docker exec box ls /; docker run --rm busybox sh -c '[ -t 1 ] || echo pipe'", none, terminal, terminal);
    assertThat(screen.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("bin\ndev\netc\nhome\n").endsWith("pipe\n");
    screen.reset();
    engine.run("ls /var/lib/docker /var/run", none, terminal, terminal);
    assertThat(screen.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("/var/lib/docker:\nvolumes\n");
    screen.reset();
    engine.run("mkdir -p /tmp/c && touch /tmp/c/a /tmp/c/b && ls /tmp/c", none, terminal, terminal);
    assertThat(screen.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("a  b\n");
  }

  /**
   * Seed 004, L163: {@code sudo usermod -aG docker $USER} adds the user to the docker group in
   * /etc/group (errors and statuses as shadow 4.13's usermod on this machine); the host says it is
   * Debian 12 as this machine's /etc/os-release does.
   */
  @Test
  void usermod_addsToTheGroup_andTheHostIsDebian12() {
    assertThat(engine.run("sudo usermod -aG docker $USER").exitCode()).isZero();
    assertThat(engine.run("grep ^docker: /etc/group").stdout()).isEqualTo("docker:x:999:root\n");
    CommandResult noGroup = engine.run("usermod -aG nosuch root");
    assertThat(noGroup.exitCode()).isEqualTo(6);
    assertThat(noGroup.stderr()).isEqualTo("usermod: group 'nosuch' does not exist\n");
    CommandResult noUser = engine.run("usermod -aG docker nosuchuser");
    assertThat(noUser.exitCode()).isEqualTo(6);
    assertThat(noUser.stderr()).isEqualTo("usermod: user 'nosuchuser' does not exist\n");
    assertThat(engine.run("usermod").exitCode()).isEqualTo(2);
    engine.run("usermod -rG docker root");
    assertThat(engine.run("grep ^docker: /etc/group").stdout()).isEqualTo("docker:x:999:\n");
    assertThat(engine.run(". /etc/os-release && echo $PRETTY_NAME").stdout()).isEqualTo("Debian GNU/Linux 12 (bookworm)\n");
    assertThat(engine.run("readlink /etc/os-release").stdout()).isEqualTo("../usr/lib/os-release\n");
  }

  @Test
  void theDaemonsSocketAndDataRootAreThere() {
    // A socket, as docker.socket makes it (srw-rw---- root:docker); /var/run is Debian's symlink to /run.
    assertThat(engine.run("ls -l /var/run/docker.sock").stdout()).matches("srw-rw---- 1 root docker 0 .* /var/run/docker.sock\n");
    assertThat(engine.run("ls -F /run/docker.sock").stdout()).isEqualTo("/run/docker.sock=\n");
    assertThat(engine.run("readlink /var/run").stdout()).isEqualTo("/run\n");
    assertThat(engine.run("ls -l /var/run").stdout()).matches("lrwxrwxrwx 1 root root 4 .* /var/run -> /run\n");
    assertThat(engine.run("ls -F /var/run").stdout()).isEqualTo("/var/run@\n");
    assertThat(engine.run("ls /var/run").stdout()).isEqualTo("docker.sock\n");
    assertThat(engine.run("test -S /var/run/docker.sock && echo socket; test -f /var/run/docker.sock || echo notfile").stdout())
        .isEqualTo("socket\nnotfile\n");
    assertThat(engine.run("stat -c %F /var/run/docker.sock").stdout()).isEqualTo("socket\n");
    assertThat(engine.run("file /var/run/docker.sock /var/run /etc/passwd").stdout()).isEqualTo(
        "/var/run/docker.sock: socket\n/var/run:             symbolic link to /run\n/etc/passwd:          ASCII text\n");
    assertThat(engine.run("find /run -type s").stdout()).isEqualTo("/run/docker.sock\n");
    assertThat(engine.run("ls -d /var/lib/docker/volumes").exitCode()).isZero();
  }

  @Test
  void curl_headIncludeVerboseAndVersion() {
    engine.run("docker pull -q nginx");
    engine.run("docker run -d -p 8080:80 --name web nginx");
    CommandResult head = engine.run("curl -I http://localhost:8080/");
    assertThat(head.exitCode()).isZero();
    assertThat(head.stdout()).startsWith("HTTP/1.1 200 OK\r\n").endsWith("\r\n\r\n").doesNotContain("<html");
    assertThat(engine.run("curl --head -s localhost:8080").stdout()).isEqualTo(head.stdout());
    CommandResult include = engine.run("curl -i -s localhost:8080/nope");
    assertThat(include.stdout()).startsWith("HTTP/1.1 404 Not Found\r\n").contains("404 Not Found</h1>");
    // curl 7.88.1 on this machine: the trace keeps the wire's CRs; a body not on the terminal is "{ [N bytes data]".
    CommandResult verbose = engine.run("curl -v -s -o /dev/null localhost:8080");
    assertThat(verbose.stderr()).startsWith("*   Trying 127.0.0.1:8080...\n* Connected to localhost (127.0.0.1) port 8080 (#0)\n"
        + "> GET / HTTP/1.1\r\n> Host: localhost:8080\r\n> User-Agent: curl/7.88.1\r\n> Accept: */*\r\n> \r\n"
        + "< HTTP/1.1 200 OK\r\n").endsWith("< \r\n{ [615 bytes data]\n* Connection #0 to host localhost left intact\n");
    assertThat(engine.run("curl -sf localhost:8080/nope").exitCode()).isEqualTo(22);
    assertThat(engine.run("curl --version").stdout()).startsWith("curl 7.88.1 (x86_64-pc-linux-gnu)");
  }

  /** On a terminal curl 7.88 shows header names in bold (-I, -i) and no progress meter. */
  @Test
  void curl_onATerminal_boldsHeaderNames_andShowsNoMeter() {
    engine.run("docker pull -q nginx");
    engine.run("docker run -d -p 8080:80 nginx");
    java.io.ByteArrayOutputStream screen = new java.io.ByteArrayOutputStream();
    java.io.PrintStream terminal = new dev.kujira.engine.api.TerminalPrintStream(screen, () -> 80);
    engine.run("curl -I localhost:8080", java.io.InputStream.nullInputStream(), terminal, terminal);
    String shown = screen.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(shown).startsWith("HTTP/1.1 200 OK\r\n\u001b[1mServer\u001b[0m: nginx/1.27.3\r\n").doesNotContain("% Total");
    assertThat(engine.run("curl -I localhost:8080").stdout()).startsWith("HTTP/1.1 200 OK\r\nServer: nginx/1.27.3\r\n");
  }

  /** As this machine's curl 7.88.1 prints them (`curl -v localhost:9`, `curl localhost:9 | cat`, a redirect). */
  @Test
  void curl_verboseToAClosedPort_triesBothLoopbacks_andTheMeterShowsInAPipe() {
    CommandResult closed = engine.run("curl -v localhost:9 > out.txt");
    assertThat(closed.exitCode()).isEqualTo(7);
    String meterHead = "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
        + "                                 Dload  Upload   Total   Spent    Left  Speed\n";
    String zeros = "  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0";
    assertThat(closed.stderr()).isEqualTo(meterHead + "\r" + zeros + "*   Trying 127.0.0.1:9...\n"
        + "* connect to 127.0.0.1 port 9 failed: Connection refused\n*   Trying [::1]:9...\n"
        + "* connect to ::1 port 9 failed: Connection refused\n"
        + "* Failed to connect to localhost port 9 after 0 ms: Couldn't connect to server\n"
        + "\r" + zeros + "\n* Closing connection 0\n"
        + "curl: (7) Failed to connect to localhost port 9 after 0 ms: Couldn't connect to server\n");
    assertThat(engine.run("curl -sv 127.0.0.1:9").stderr()).isEqualTo("*   Trying 127.0.0.1:9...\n"
        + "* connect to 127.0.0.1 port 9 failed: Connection refused\n"
        + "* Failed to connect to 127.0.0.1 port 9 after 0 ms: Couldn't connect to server\n* Closing connection 0\n");
    engine.run("docker pull -q nginx");
    engine.run("docker run -d -p 8080:80 nginx");
    CommandResult piped = engine.run("curl localhost:8080 | head -c 15");
    assertThat(piped.stdout()).isEqualTo("<!DOCTYPE html>");
    assertThat(piped.stderr()).isEqualTo(meterHead + "\r" + zeros
        + "\r100   615  100   615    0     0   600k      0 --:--:-- --:--:-- --:--:--  600k\n");
  }
}
