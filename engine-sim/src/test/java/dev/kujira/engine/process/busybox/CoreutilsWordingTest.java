package dev.kujira.engine.process.busybox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The learner's Debian host and the Debian/Ubuntu images word their errors as GNU coreutils 9
 * does (recorded with this machine's coreutils 9.1 in the POSIX locale); the busybox image keeps
 * busybox's wording (recorded on the real engine).
 */
class CoreutilsWordingTest {
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
  void host_lsOfAMissingFile_saysCannotAccessAndExits2() {
    CommandResult r = engine.run("ls /nx");
    assertThat(r.stderr()).isEqualTo("ls: cannot access '/nx': No such file or directory\n");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void host_fileToolsSpeakCoreutils() {
    engine.run("mkdir /tmp/d && touch /tmp/f");
    assertThat(engine.run("rm /nx").stderr()).isEqualTo("rm: cannot remove '/nx': No such file or directory\n");
    assertThat(engine.run("rm /tmp/d").stderr()).isEqualTo("rm: cannot remove '/tmp/d': Is a directory\n");
    assertThat(engine.run("rmdir /nx").stderr()).isEqualTo("rmdir: failed to remove '/nx': No such file or directory\n");
    assertThat(engine.run("mkdir /tmp/f").stderr()).isEqualTo("mkdir: cannot create directory '/tmp/f': File exists\n");
    assertThat(engine.run("touch /nx/a").stderr()).isEqualTo("touch: cannot touch '/nx/a': No such file or directory\n");
    assertThat(engine.run("cp /nx /tmp/").stderr()).isEqualTo("cp: cannot stat '/nx': No such file or directory\n");
    assertThat(engine.run("mv /nx /tmp/").stderr()).isEqualTo("mv: cannot stat '/nx': No such file or directory\n");
    assertThat(engine.run("cp /tmp/d /tmp/e").stderr()).isEqualTo("cp: -r not specified; omitting directory '/tmp/d'\n");
    assertThat(engine.run("chmod 7 /nx").stderr()).isEqualTo("chmod: cannot access '/nx': No such file or directory\n");
    assertThat(engine.run("head /nx").stderr()).isEqualTo("head: cannot open '/nx' for reading: No such file or directory\n");
    assertThat(engine.run("cat /nx").stderr()).isEqualTo("cat: /nx: No such file or directory\n");
    assertThat(engine.run("ln /tmp/f /tmp/f").stderr()).isEqualTo("ln: failed to create hard link '/tmp/f': File exists\n");
    assertThat(engine.run("cp").stderr()).isEqualTo("cp: missing file operand\nTry 'cp --help' for more information.\n");
  }

  @Test
  void host_lsLong_alignsEachColumnToItsWidestEntry() {
    engine.run("mkdir -p /tmp/w/x && touch /tmp/w/aaa /tmp/w/bb && ln -s x /tmp/w/link");
    String out = engine.run("ls -lF /tmp/w").stdout();
    assertThat(out).matches("total 4\n"
        + "-rw-r--r-- 1 root root    0 \\w{3} [ \\d]\\d \\d\\d:\\d\\d aaa\n"
        + "-rw-r--r-- 1 root root    0 \\w{3} [ \\d]\\d \\d\\d:\\d\\d bb\n"
        + "lrwxrwxrwx 1 root root    1 \\w{3} [ \\d]\\d \\d\\d:\\d\\d link -> x/\n"
        + "drwxr-xr-x 2 root root 4096 \\w{3} [ \\d]\\d \\d\\d:\\d\\d x/\n");
  }

  @Test
  void images_debianSpeaksCoreutils_busyboxSpeaksBusybox() {
    engine.run("docker pull -q debian");
    engine.run("docker pull -q busybox");
    CommandResult gnu = engine.run("docker run --rm debian sh -c 'ls /nx; rm /x; mkdir /etc'");
    assertThat(gnu.stderr()).isEqualTo("ls: cannot access '/nx': No such file or directory\n"
        + "rm: cannot remove '/x': No such file or directory\nmkdir: cannot create directory '/etc': File exists\n");
    CommandResult bb = engine.run("docker run --rm busybox sh -c 'ls /nx; echo $?; rm /x; mkdir /etc; cat /nx'");
    assertThat(bb.stdout()).isEqualTo("1\n");
    assertThat(bb.stderr()).isEqualTo("ls: /nx: No such file or directory\nrm: can't remove '/x': No such file or directory\n"
        + "mkdir: can't create directory '/etc': File exists\ncat: can't open '/nx': No such file or directory\n");
  }

  @Test
  void ls_printsColumnsOnATerminalOnly() {
    engine.run("docker pull -q debian");
    String tty = engine.run("docker run --rm -t debian ls /").stdout();
    assertThat(tty).startsWith("bin   dev  home  lib64\tmnt  proc  run\t srv  tmp  var\r\n");
    String pipe = engine.run("docker run --rm debian ls /").stdout();
    assertThat(pipe).startsWith("bin\nboot\ndev\netc\n");
  }
}
