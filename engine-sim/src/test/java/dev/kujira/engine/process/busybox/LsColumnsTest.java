package dev.kujira.engine.process.busybox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The column layouts of {@code ls} on a terminal. The GNU expectations are coreutils 9.1's
 * {@code COLUMNS=W ls -C} / {@code ls -x} on this machine; the busybox ones are the real engine's
 * {@code docker run --rm -t busybox ls /} and {@code ls -F /etc} (busybox 1.35, an 80-column tty).
 */
class LsColumnsTest {
  private static final List<String> USR = List.of("bin", "etc", "games", "include", "lib", "lib64", "libexec",
      "local", "sbin", "share", "src");
  private static final List<String> MIXED = List.of("a.txt", "bb.conf", "ccc.longername.json", "dddd",
      "eeeee-feature-flags.yaml", "f", "g", "h", "i", "j", "k", "l", "m", "n");

  @Test
  void gnu_fitsAsManyColumnsAsTheWidthAllowsAndPadsWithTabs() {
    assertThat(LsColumns.layout(Flavour.GNU, USR, 80, false))
        .isEqualTo("bin  etc  games  include  lib  lib64  libexec  local  sbin  share  src\n");
    assertThat(LsColumns.layout(Flavour.GNU, USR, 40, false))
        .isEqualTo("bin    include\tlibexec  share\netc    lib\tlocal\t src\ngames  lib64\tsbin\n");
    assertThat(LsColumns.layout(Flavour.GNU, USR, 20, false))
        .isEqualTo("bin\t libexec\netc\t local\ngames\t sbin\ninclude  share\nlib\t src\nlib64\n");
  }

  @Test
  void gnu_columnsHaveTheirOwnWidths_acrossWithX() {
    assertThat(LsColumns.layout(Flavour.GNU, MIXED, 50, false)).isEqualTo(
        "a.txt\t\t\t  f  k\nbb.conf\t\t\t  g  l\nccc.longername.json\t  h  m\ndddd\t\t\t  i  n\n"
            + "eeeee-feature-flags.yaml  j\n");
    assertThat(LsColumns.layout(Flavour.GNU, MIXED, 50, true)).isEqualTo(
        "a.txt\t\t\t  bb.conf\nccc.longername.json\t  dddd\neeeee-feature-flags.yaml  f\ng\t\t\t  h\n"
            + "i\t\t\t  j\nk\t\t\t  l\nm\t\t\t  n\n");
  }

  @Test
  void busybox_givesEveryColumnTheLongestNamePlusTwo() {
    assertThat(LsColumns.layout(Flavour.BUSYBOX, List.of("bin", "dev", "etc", "home", "lib", "proc", "root", "sys",
        "tmp", "usr", "var"), 80, false)).isEqualTo("bin   dev   etc   home  lib   proc  root  sys   tmp   usr   var\n");
    assertThat(LsColumns.layout(Flavour.BUSYBOX, List.of("group", "hostname", "hosts", "mtab@", "passwd",
        "resolv.conf"), 80, false)).isEqualTo("group        hostname     hosts        mtab@        passwd       resolv.conf\n");
  }

  @Test
  void busybox_fillsTopToBottom() {
    assertThat(LsColumns.layout(Flavour.BUSYBOX, List.of("a", "b", "c", "d", "e"), 9, false))
        .isEqualTo("a  c  e\nb  d\n");
  }
}
