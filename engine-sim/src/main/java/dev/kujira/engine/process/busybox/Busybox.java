package dev.kujira.engine.process.busybox;

import dev.kujira.engine.process.Program;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Lists the simulated busybox applets by name. */
public final class Busybox {
  private static final Map<String, Program> APPLETS = build();
  private static final Map<String, Program> COREUTILS = gnu();

  private Busybox() {
  }

  /** Returns the applets by name, sorted (shared and stateless). */
  public static Map<String, Program> applets() {
    return APPLETS;
  }

  /**
   * Returns what busybox prints above and for {@code applet}'s usage: the banner of the busybox
   * binary {@code p} has (see {@link Banner}), an empty line and busybox 1.35's usage text.
   */
  public static String usage(dev.kujira.engine.process.Proc p, String applet) {
    return Banner.usage(p, applet);
  }

  /** Returns the tools a learner's host has besides the busybox set (curl). */
  public static Map<String, Program> hostTools() {
    return Collections.unmodifiableMap(new TreeMap<>(NetApplets.hostOnly()));
  }

  /**
   * Returns the GNU tools of Debian's and Ubuntu's /usr/bin and the learner's host by name
   * (coreutils, grep, sed, gzip, findutils, tar: {@link GnuTools}): GNU's option parsing, texts and
   * wording, over the applets' work; tools outside those packages (hostname, which, rev, awk) are
   * not in the map and stay the applets.
   */
  public static Map<String, Program> coreutils() {
    return COREUTILS;
  }

  private static Map<String, Program> gnu() {
    Map<String, Program> impl = new TreeMap<>(APPLETS);
    impl.putAll(FileApplets.all(Flavour.GNU));
    for (String name : new String[] {"cat", "head", "tail", "wc", "sort", "uniq", "cut", "sed"}) {
      impl.put(name, ((Applet) APPLETS.get(name)).as(Flavour.GNU));
    }
    Map<String, Program> m = new TreeMap<>(GnuTools.all(impl));
    m.put("tar", new GnuTarProgram((Applet) ((Applet) APPLETS.get("tar")).as(Flavour.GNU)));
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Program> build() {
    Map<String, Program> m = new TreeMap<>();
    m.putAll(SysApplets.all());
    m.putAll(FileApplets.all(Flavour.BUSYBOX));
    m.putAll(NetApplets.all());
    m.putAll(NetTools.all());
    m.putAll(ProcApplets.all());
    m.putAll(DiskApplets.all());
    m.putAll(MiscApplets.all());
    m.putAll(DigestApplets.all());
    m.put("cat", new TextApplets.Cat());
    m.put("head", new HeadTail(true));
    m.put("tail", new HeadTail(false));
    m.put("wc", new TextApplets.Wc());
    m.put("sort", new TextApplets.Sort());
    m.put("uniq", new TextApplets.Uniq());
    m.put("cut", new TextApplets.Cut());
    m.put("tr", new TextApplets.Tr());
    m.put("expr", new ExprProgram());
    m.put("rev", new TextApplets.Rev());
    m.put("tee", new TextApplets.Tee());
    m.put("grep", new GrepProgram());
    m.put("sed", new SedProgram());
    m.put("awk", new AwkProgram());
    m.put("id", new IdProgram(false));
    m.put("tar", new TarProgram());
    m.put("whoami", new IdProgram(true));
    m.put("timeout", new TimeoutApplet());
    return Collections.unmodifiableMap(m);
  }
}
