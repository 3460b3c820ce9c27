package dev.kujira.engine.process.busybox;

import dev.kujira.engine.process.Program;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Lists the simulated busybox applets by name. */
public final class Busybox {
  private static final Map<String, Program> APPLETS = build();

  private Busybox() {
  }

  /** Returns the applets by name, sorted (shared and stateless). */
  public static Map<String, Program> applets() {
    return APPLETS;
  }

  /** Returns the tools a learner's host has besides the busybox set (curl). */
  public static Map<String, Program> hostTools() {
    return Collections.unmodifiableMap(new TreeMap<>(NetApplets.hostOnly()));
  }

  private static Map<String, Program> build() {
    Map<String, Program> m = new TreeMap<>();
    m.putAll(SysApplets.all());
    m.putAll(FileApplets.all());
    m.putAll(NetApplets.all());
    m.putAll(NetTools.all());
    m.putAll(ProcApplets.all());
    m.putAll(DiskApplets.all());
    m.putAll(MiscApplets.all());
    m.putAll(DigestApplets.all());
    m.put("cat", new TextApplets.Cat());
    m.put("head", new TextApplets.HeadTail(true));
    m.put("tail", new TextApplets.HeadTail(false));
    m.put("wc", new TextApplets.Wc());
    m.put("sort", new TextApplets.Sort());
    m.put("uniq", new TextApplets.Uniq());
    m.put("cut", new TextApplets.Cut());
    m.put("tr", new TextApplets.Tr());
    m.put("rev", new TextApplets.Rev());
    m.put("tee", new TextApplets.Tee());
    m.put("grep", new GrepProgram());
    m.put("sed", new SedProgram());
    m.put("awk", new AwkProgram());
    m.put("id", new IdProgram(false));
    m.put("tar", new TarProgram());
    m.put("whoami", new IdProgram(true));
    return Collections.unmodifiableMap(m);
  }
}
