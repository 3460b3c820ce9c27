package dev.kujira.engine.process.busybox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Debian's and Ubuntu's GNU tools against the real ones: every expected text here was printed by
 * this machine's real programs (Debian 12: coreutils 9.1, tar 1.34, grep 3.8, sed 4.9, gzip 1.12,
 * bash 5.2.15, run as {@code exec -a NAME /usr/bin/NAME ...} in the POSIX locale); Ubuntu 24.04's
 * version lines are its packages' releases (coreutils 9.4, tar 1.35, bash 5.2.21).
 */
class GnuUserlandTest {
  private static Engine engine;

  @BeforeAll
  static void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults());
    for (String image : new String[] {"debian:12", "ubuntu", "alpine", "busybox"}) {
      assertThat(engine.run("docker pull -q " + image).exitCode()).isZero();
    }
  }

  @AfterAll
  static void tearDown() {
    engine.close();
  }

  private static String run(String line) {
    CommandResult r = engine.run(line);
    return r.output() + "[exit " + r.exitCode() + "]";
  }

  private static String in(String image, String command) {
    return run("docker run --rm " + image + " " + command);
  }

  @Test
  void getoptLongErrors_asGlibcWordsThem() {
    assertThat(in("ubuntu", "head -c 3 /etc/hostname --bogus"))
        .isEqualTo("head: unrecognized option '--bogus'\nTry 'head --help' for more information.\n[exit 1]");
    assertThat(in("debian:12", "ls --al")).isEqualTo("ls: option '--al' is ambiguous; possibilities: '--all' "
        + "'--almost-all'\nTry 'ls --help' for more information.\n[exit 2]");
    assertThat(in("debian:12", "ls --a")).startsWith("ls: option '--a' is ambiguous; possibilities: '--all' "
        + "'--almost-all' '--author'");
    assertThat(in("debian:12", "ls -y")).isEqualTo("ls: invalid option -- 'y'\nTry 'ls --help' for more information.\n[exit 2]");
    assertThat(in("debian:12", "ls --all=x"))
        .isEqualTo("ls: option '--all' doesn't allow an argument\nTry 'ls --help' for more information.\n[exit 2]");
    assertThat(in("debian:12", "head -n"))
        .isEqualTo("head: option requires an argument -- 'n'\nTry 'head --help' for more information.\n[exit 1]");
    assertThat(in("debian:12", "head --lines"))
        .isEqualTo("head: option '--lines' requires an argument\nTry 'head --help' for more information.\n[exit 1]");
    assertThat(in("debian:12", "ls --format")).startsWith("ls: option '--format' requires an argument\n");
    assertThat(in("debian:12", "sort --bogus")).endsWith("Try 'sort --help' for more information.\n[exit 2]");
    assertThat(in("debian:12", "env --bogus")).isEqualTo("env: unrecognized option '--bogus'\n"
        + "Try 'env --help' for more information.\n[exit 125]");
    assertThat(in("debian:12", "grep --bogus")).isEqualTo("grep: unrecognized option '--bogus'\n"
        + "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n[exit 2]");
    assertThat(in("debian:12", "gzip -y")).isEqualTo("gzip: invalid option -- 'y'\nTry `gzip --help' for more information.\n[exit 1]");
    // sed prints its whole usage: the --help text without its last line (the bug-report address).
    String sed = in("debian:12", "sed --bogus");
    assertThat(sed).startsWith("sed: unrecognized option '--bogus'\nUsage: sed [OPTION]... {script-only-if-no-other-script}")
        .endsWith("General help using GNU software: <https://www.gnu.org/gethelp/>.\n[exit 1]");
    // argv[0] as given: a path stays a path.
    assertThat(in("debian:12", "/usr/bin/ls --bogus")).startsWith("/usr/bin/ls: unrecognized option '--bogus'\n"
        + "Try '/usr/bin/ls --help' for more information.");
  }

  @Test
  void optionsAfterOperands_abbreviations_andDoubleDash() {
    assertThat(in("debian:12", "ls /etc -d")).isEqualTo("/etc\n[exit 0]");
    assertThat(in("debian:12", "ls -- -x")).isEqualTo("ls: cannot access '-x': No such file or directory\n[exit 2]");
    assertThat(in("debian:12", "sh -c 'printf \"a\\nb\\nc\\n\" > /f; head /f --lines=2; head -2 /f; tail /f -n1'"))
        .isEqualTo("a\nb\na\nb\nc\n[exit 0]");
    assertThat(in("debian:12", "sleep --he")).startsWith("Usage: sleep NUMBER[SUFFIX]...\n  or:  sleep OPTION\n");
    assertThat(in("ubuntu", "sleep --help")).endsWith("or available locally via: info '(coreutils) sleep invocation'\n[exit 0]");
    assertThat(in("debian:12", "sleep --bogus"))
        .isEqualTo("sleep: unrecognized option '--bogus'\nTry 'sleep --help' for more information.\n[exit 1]");
    assertThat(in("debian:12", "sh -c 'touch /f; chmod -w /f; ls -l /f'")).startsWith("-r--r--r--");
  }

  @Test
  void versions_fromEachImagesPackages() {
    assertThat(in("debian:12", "ls --version")).startsWith("ls (GNU coreutils) 9.1\nCopyright (C) 2022 Free Software");
    assertThat(in("ubuntu", "ls --version")).startsWith("ls (GNU coreutils) 9.4\nCopyright (C) 2023 Free Software");
    assertThat(in("debian:12", "tar --version")).startsWith("tar (GNU tar) 1.34\nCopyright (C) 2021 Free Software");
    assertThat(in("ubuntu", "tar --version")).startsWith("tar (GNU tar) 1.35\nCopyright (C) 2023 Free Software");
    assertThat(in("debian:12", "bash --version"))
        .startsWith("GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)\nCopyright (C) 2022");
    assertThat(in("ubuntu", "bash --version")).startsWith("GNU bash, version 5.2.21(1)-release (x86_64-pc-linux-gnu)\n");
    assertThat(in("debian:12", "bash --versio")).startsWith("bash: --versio: invalid option\nUsage:\tbash [GNU long option]");
    assertThat(in("debian:12", "grep --version")).startsWith("grep (GNU grep) 3.8\n");
    assertThat(in("ubuntu", "grep --version")).startsWith("grep (GNU grep) 3.11\n");
    assertThat(in("debian:12", "sed --version")).startsWith("sed (GNU sed) 4.9\n");
    assertThat(in("debian:12", "true --version")).startsWith("true (GNU coreutils) 9.1\n");
    assertThat(in("debian:12", "echo --version")).startsWith("echo (GNU coreutils) 9.1\n"); // /usr/bin/echo
    assertThat(in("debian:12", "sh -c 'echo --version'")).isEqualTo("--version\n[exit 0]"); // dash's builtin
    assertThat(run("ls --version")).startsWith("ls (GNU coreutils) 9.1\n"); // the learner's Debian host
  }

  @Test
  void gnuTar_optionsMessagesAndListing() {
    String setup = "mkdir -p /src/sub && echo a > /src/a && echo b > /src/sub/b.log && ";
    assertThat(in("debian:12", "sh -c '" + setup + "tar czvf /t.tgz -C /src . --exclude=\"*.log\" >/dev/null; "
        + "tar -tzf /t.tgz; tar tzf /t.tgz --exclude=sub; tar -C / -czf /u.tgz src/a; tar --list -zf /u.tgz'"))
        .isEqualTo("./\n./a\n./sub/\n./\n./a\nsrc/a\n[exit 0]");
    assertThat(in("debian:12", "sh -c 'echo a > /a; tar cf - /a | tar tv'"))
        .matches("(?s)tar: Removing leading `/' from member names\n-rw-r--r-- root/root\\s+2 \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d a\n"
            + "\\[exit 0\\]");
    assertThat(in("debian:12", "tar cf x.tar")).isEqualTo("tar: Cowardly refusing to create an empty archive\n"
        + "Try 'tar --help' or 'tar --usage' for more information.\n[exit 2]");
    assertThat(in("debian:12", "tar cxf x.tar")).isEqualTo("tar: You may not specify more than one '-Acdtrux', "
        + "'--delete' or  '--test-label' option\nTry 'tar --help' or 'tar --usage' for more information.\n[exit 2]");
    assertThat(in("debian:12", "tar cf")).isEqualTo("tar: Old option 'f' requires an argument.\n"
        + "Try 'tar --help' or 'tar --usage' for more information.\n[exit 2]");
    assertThat(in("debian:12", "tar -c -f")).isEqualTo("tar: option requires an argument -- 'f'\n"
        + "Try 'tar --help' or 'tar --usage' for more information.\n[exit 64]");
    assertThat(in("debian:12", "tar cyf x.tar /etc")).isEqualTo("tar: invalid option -- 'y'\n"
        + "Try 'tar --help' or 'tar --usage' for more information.\n[exit 64]");
    assertThat(in("debian:12", "tar --help")).startsWith("Usage: tar [OPTION...] [FILE]...\n");
    assertThat(in("debian:12", "tar --usage")).startsWith("Usage: tar [-AcdrtuxGnSkUWOmpsMBiajJzZhPlRvwo?]");
  }

  @Test
  void baseImages_haveWhatTheirPackagesHave() {
    for (String image : new String[] {"debian:12", "ubuntu"}) {
      for (String missing : new String[] {"ps", "ping", "ip", "curl", "wget", "vi", "nano", "less"}) {
        assertThat(in(image, missing)).as(image + " " + missing).contains("exec: \"" + missing
            + "\": executable file not found in $PATH").endsWith("[exit 127]");
      }
    }
    assertThat(in("ubuntu", "sh -c 'apt-get update -qq >/dev/null; apt-get install -y -qq procps >/dev/null 2>&1; "
        + "command -v ps'")).isEqualTo("/usr/bin/ps\n[exit 0]");
  }

  @Test
  void busybox_helpAndBannerFromTheImage() {
    assertThat(in("busybox", "md5sum --help")).isEqualTo("BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\n"
        + "Usage: md5sum [-c[sw]] [FILE]...\n\nPrint or check MD5 checksums\n\n"
        + "\t-c\tCheck sums against list in FILEs\n\t-s\tDon't output anything, status code shows success\n"
        + "\t-w\tWarn about improperly formatted checksum lines\n[exit 0]");
    assertThat(in("alpine", "md5sum --help")).startsWith("BusyBox v1.36.1 (2024-06-10 07:11:47 UTC) multi-call binary.\n");
    assertThat(in("alpine", "tar --version")).isEqualTo("tar (busybox) 1.36.1\n[exit 0]");
    assertThat(in("busybox", "tar --version")).isEqualTo("tar (busybox) 1.35.0\n[exit 0]");
    assertThat(in("alpine", "sleep")).startsWith("BusyBox v1.36.1 (2024-06-10 07:11:47 UTC) multi-call binary.\n\n"
        + "Usage: sleep [N]...").endsWith("[exit 1]");
  }
}
