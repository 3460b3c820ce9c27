package dev.kujira.engine.process.packages;

import java.util.List;
import java.util.Map;

/**
 * Is one package of a catalog.
 *
 * @param name the package name as the tool spells it
 * @param version the version the tool would install today
 * @param kb the download size in kB
 * @param deps the packages it pulls in (names in the same catalog)
 * @param files the files it installs: path to content ("#!kujira:NAME" makes an executable)
 */
record Pkg(String name, String version, int kb, List<String> deps, Map<String, String> files) {

  static Pkg of(String name, String version, int kb, List<String> deps, String... files) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < files.length; i += 2) {
      m.put(files[i], files[i + 1]);
    }
    return new Pkg(name, version, kb, deps, m);
  }

  static String exe(String program) {
    return "#!kujira:" + program + "\n";
  }
}
