package dev.kujira.engine.process.packages;

import dev.kujira.engine.process.Program;
import java.util.LinkedHashMap;
import java.util.Map;

/** Lists the package managers by the program names image files call them by. */
public final class Packages {
  private Packages() {
  }

  /** Returns apk, apt-get, apt, pip, npm, gem and bundle. */
  public static Map<String, Program> all() {
    Map<String, Program> m = new LinkedHashMap<>();
    m.put("apk", new ApkProgram());
    m.put("apt-get", new AptProgram(false));
    m.put("apt", new AptProgram(true));
    m.put("pip", new PipProgram());
    m.put("npm", new NpmProgram());
    m.put("gem", new GemProgram(false));
    m.put("bundle", new GemProgram(true));
    return m;
  }
}
