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
 * does (recorded with this machine's coreutils 9.1 and findutils 4.9; the host in its C.UTF-8
 * locale, where gnulib's quote() gives ‘ ’); the busybox image keeps
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
    assertThat(engine.run("mkdir /tmp/f").stderr()).isEqualTo("mkdir: cannot create directory ‘/tmp/f’: File exists\n");
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
  void host_sedSortAndLn_speakGnu() {
    assertThat(engine.run("sed p /nx").stderr()).isEqualTo("sed: can't read /nx: No such file or directory\n");
    assertThat(engine.run("sort /nx").stderr()).isEqualTo("sort: cannot read: /nx: No such file or directory\n");
    assertThat(engine.run("ln -s").stderr()).isEqualTo("ln: missing file operand\nTry 'ln --help' for more information.\n");
    engine.run("cd /tmp && ln -s /etc/hostname");
    assertThat(engine.run("readlink /tmp/hostname").stdout()).isEqualTo("/etc/hostname\n");
  }

  @Test
  void host_find_evaluatesFindutilsExpressions() {
    engine.run("mkdir -p /w/a/b /w/c && echo x > /w/a/f1 && : > /w/a/b/empty && echo hello > /w/c/f2.txt && cd /w");
    assertThat(engine.run("find . -maxdepth 1 -type d").stdout()).isEqualTo(".\n./a\n./c\n");
    assertThat(engine.run("find . -name '*.txt' -o -type d").stdout()).isEqualTo(".\n./a\n./a/b\n./c\n./c/f2.txt\n");
    assertThat(engine.run("find . -name b -prune -o -print").stdout()).isEqualTo(".\n./a\n./a/f1\n./c\n./c/f2.txt\n");
    assertThat(engine.run("find . -type f -exec echo F {} +").stdout()).isEqualTo("F ./a/b/empty ./a/f1 ./c/f2.txt\n");
    assertThat(engine.run("find . -type f -exec echo F {} \\;").stdout()).isEqualTo("F ./a/b/empty\nF ./a/f1\nF ./c/f2.txt\n");
    assertThat(engine.run("find . -depth -mindepth 2").stdout()).isEqualTo("./a/b/empty\n./a/b\n./a/f1\n./c/f2.txt\n");
    assertThat(engine.run("find . -empty -o -size +1 -print").stdout()).isEqualTo(".\n./a\n./a/b\n./c\n");
    assertThat(engine.run("find /nx").stderr()).isEqualTo("find: ‘/nx’: No such file or directory\n");
    assertThat(engine.run("find . -nope").stderr()).isEqualTo("find: unknown predicate `-nope'\n");
    assertThat(engine.run("find . -maxdepth x").stderr())
        .isEqualTo("find: Expected a positive decimal integer argument to -maxdepth, but got ‘x’\n");
    assertThat(engine.run("find . \\( -name a").stderr())
        .isEqualTo("find: invalid expression; I was expecting to find a ')' somewhere but did not see one.\n");
    CommandResult r = engine.run("find . -exec echo {} + x");
    assertThat(r.stderr()).isEqualTo("find: paths must precede expression: `x'\n");
    assertThat(r.exitCode()).isEqualTo(1);
    engine.run("find . -type f -delete");
    assertThat(engine.run("find .").stdout()).isEqualTo(".\n./a\n./a/b\n./c\n");
  }

  @Test
  void host_tar_speaksGnuTar() {
    engine.run("mkdir -p /w/d && echo hi > /w/d/f && cd /w");
    CommandResult abs = engine.run("tar cf a.tar /w/d");
    assertThat(abs.stderr()).isEqualTo("tar: Removing leading `/' from member names\n");
    assertThat(engine.run("tar cvf b.tar d").stdout()).isEqualTo("d/\nd/f\n");
    assertThat(engine.run("tar tvf b.tar").stdout())
        .matches("drwxr-xr-x root/root         0 \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d d/\n"
            + "-rw-r--r-- root/root         3 \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d d/f\n");
    CommandResult open = engine.run("tar xf nope.tar");
    assertThat(open.stderr()).isEqualTo("tar: nope.tar: Cannot open: No such file or directory\n"
        + "tar: Error is not recoverable: exiting now\n");
    assertThat(open.exitCode()).isEqualTo(2);
    CommandResult stat = engine.run("tar cf c.tar nope");
    assertThat(stat.stderr()).isEqualTo("tar: nope: Cannot stat: No such file or directory\n"
        + "tar: Exiting with failure status due to previous errors\n");
    assertThat(stat.exitCode()).isEqualTo(2);
    assertThat(engine.run("tar tf b.tar zz").stderr()).isEqualTo("tar: zz: Not found in archive\n"
        + "tar: Exiting with failure status due to previous errors\n");
    assertThat(engine.run("tar xf b.tar -C /w/x").stderr()).isEqualTo("tar: /w/x: Cannot open: No such file or directory\n"
        + "tar: Error is not recoverable: exiting now\n");
    assertThat(engine.run("tar").stderr()).isEqualTo("tar: You must specify one of the '-Acdtrux', '--delete' or "
        + "'--test-label' options\nTry 'tar --help' or 'tar --usage' for more information.\n");
    assertThat(engine.run("tar cf").stderr()).isEqualTo("tar: Old option 'f' requires an argument.\n"
        + "Try 'tar --help' or 'tar --usage' for more information.\n");
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
