package dev.kujira.engine.process.packages;

import dev.kujira.engine.process.CompiledProgram;
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
    // pip, gem and bundle take their Python's minor and their own versions from the lines after their marker (the
    // catalogue's images write them per tag); a bare marker (a package's executable) is the newest image's.
    m.put("pip", (CompiledProgram) body -> new PipProgram(CompiledProgram.field(body, "python", "3.12")));
    m.put("npm", new NpmProgram());
    m.put("gem", (CompiledProgram) body -> new GemProgram(false, CompiledProgram.field(body, "version", "3.5.22")));
    m.put("bundle", (CompiledProgram) body -> new GemProgram(true, CompiledProgram.field(body, "version", "2.5.22")));
    return m;
  }
}
