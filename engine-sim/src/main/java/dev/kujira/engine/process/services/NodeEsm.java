package dev.kujira.engine.process.services;

import dev.kujira.engine.process.Proc;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ES modules in the node images: which files node loads as modules (.mjs, or .js under a
 * package.json with {@code "type": "module"}, or, from Node 22.7 and 20.19 on, a .js file whose
 * syntax is a module's: --experimental-detect-module became the default), {@code import} of
 * built-ins, packages in node_modules and relative files (which, unlike require, need their
 * extension), {@code export const}, and the errors of Node v20.20.2 on this machine:
 * ERR_MODULE_NOT_FOUND and "require is not defined in ES module scope".
 */
final class NodeEsm {
  static final Pattern IMPORT = Pattern.compile("import\\s+(?:(\\w+)|\\{([^}]*)\\}|\\*\\s+as\\s+(\\w+))"
      + "(?:\\s*,\\s*\\{([^}]*)\\})?\\s+from\\s+['\"]([^'\"]+)['\"];?|import\\s+['\"]([^'\"]+)['\"];?");
  static final Pattern EXPORT_CONST = Pattern.compile("export\\s+(const|let|var)\\s+(.*)");

  private NodeEsm() {
  }

  /** Returns whether {@code file} is an ES module, given its text. */
  static boolean isModule(Proc p, String file, String text, String version) {
    if (file.endsWith(".mjs")) {
      return true;
    }
    if (file.endsWith(".cjs")) {
      return false;
    }
    Optional<String> type = packageType(p, file.substring(0, file.lastIndexOf('/')));
    if (type.isPresent()) {
      return type.get().equals("module");
    }
    return detects(version) && text.lines().map(String::strip).anyMatch(l -> l.startsWith("import ") || l.startsWith("export "));
  }

  /** Whether the image's Node detects module syntax by itself (v22.7+, v20.19+). */
  private static boolean detects(String version) {
    String[] v = version.split("\\.");
    int major = Integer.parseInt(v[0]);
    int minor = v.length > 1 ? Integer.parseInt(v[1]) : 0;
    return major > 22 || major == 22 && minor >= 7 || major == 20 && minor >= 19;
  }

  /** The "type" of the nearest package.json, walking up as Node does; empty when none says. */
  private static Optional<String> packageType(Proc p, String dir) {
    for (String d = dir; ; d = d.substring(0, Math.max(0, d.lastIndexOf('/')))) {
      Optional<String> json = Scripts.read(p, (d.isEmpty() ? "" : d) + "/package.json");
      if (json.isPresent()) {
        Matcher m = Pattern.compile("\"type\"\\s*:\\s*\"(\\w+)\"").matcher(json.get());
        return m.find() ? Optional.of(m.group(1)) : Optional.of("commonjs");
      }
      if (d.isEmpty()) {
        return Optional.empty();
      }
    }
  }

  /**
   * Resolves one import of {@code file}: empty when it loads, else the error Node prints
   * (status 1). Named imports from a relative module bring in its {@code export const} literals.
   */
  static Optional<String> load(Proc p, String file, Matcher m, Map<String, String> vars, boolean builtin,
      String version) {
    String spec = m.group(5) != null ? m.group(5) : m.group(6);
    if (builtin) {
      return Optional.empty();
    }
    String dir = file.substring(0, file.lastIndexOf('/'));
    if (spec.startsWith("./") || spec.startsWith("../") || spec.startsWith("/")) {
      String target = spec.startsWith("/") ? spec : p.fs().absolute(dir + "/" + spec);
      Optional<String> text = Scripts.read(p, target);
      if (text.isEmpty()) {
        return Optional.of(notFound(283, "    throw new ERR_MODULE_NOT_FOUND(\n          ^", "Cannot find module '" + target
            + "' imported from " + file, "finalizeResolution (node:internal/modules/esm/resolve:283:11)",
            "moduleResolve (node:internal/modules/esm/resolve:952:10)", "  url: 'file://" + target + "'\n", version));
      }
      for (String line : text.get().split("\n")) {
        Matcher e = EXPORT_CONST.matcher(line.strip());
        if (e.matches()) {
          String[] kv = e.group(2).split("=", 2);
          Optional<String> v = kv.length == 2 ? Scripts.literal(kv[1].strip().replaceAll(";$", ""), vars) : Optional.empty();
          v.ifPresent(s -> vars.put(kv[0].strip(), s));
        }
      }
      return Optional.empty();
    }
    String name = spec.startsWith("@") ? spec : spec.split("/")[0];
    for (String d = dir; ; d = d.substring(0, Math.max(0, d.lastIndexOf('/')))) {
      if (Scripts.exists(p, (d.isEmpty() ? "" : d) + "/node_modules/" + name)) {
        return Optional.empty();
      }
      if (d.isEmpty()) {
        break;
      }
    }
    return Optional.of(notFound(873, "  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);\n        ^",
        "Cannot find package '" + name + "' imported from " + file,
        "packageResolve (node:internal/modules/esm/resolve:873:9)", "moduleResolve (node:internal/modules/esm/resolve:946:18)",
        "", version));
  }

  private static String notFound(int line, String source, String message, String first, String second, String url,
      String version) {
    return "node:internal/modules/esm/resolve:" + line + "\n" + source + "\n\nError [ERR_MODULE_NOT_FOUND]: " + message + "\n"
        + "    at " + first + "\n    at " + second + "\n"
        + "    at defaultResolve (node:internal/modules/esm/resolve:1188:11)\n"
        + "    at ModuleLoader.defaultResolve (node:internal/modules/esm/loader:708:12)\n"
        + "    at #cachedDefaultResolve (node:internal/modules/esm/loader:657:25)\n"
        + "    at ModuleLoader.resolve (node:internal/modules/esm/loader:640:38)\n"
        + "    at ModuleLoader.getModuleJobForImport (node:internal/modules/esm/loader:264:38)\n"
        + "    at ModuleJob._link (node:internal/modules/esm/module_job:168:49) {\n"
        + "  code: 'ERR_MODULE_NOT_FOUND'" + (url.isEmpty() ? "\n" : ",\n" + url) + "}\n\n"
        + "Node.js v" + version + "\n";
  }

  /** Node's ReferenceError for require() in a module; {@code col} is the 1-based column of require. */
  static String requireInModule(Proc p, String file, int n, String raw, boolean typeModule, String version) {
    int col = raw.indexOf("require(") + 1;
    String why = file.endsWith(".mjs") ? "" : typeModule
        ? "This file is being treated as an ES module because it has a '.js' file extension and '"
            + nearestPackageJson(p, file) + "' contains \"type\": \"module\". To treat it as a CommonJS script, rename it"
            + " to use the '.cjs' file extension.\n" : "";
    return "file://" + file + ":" + (n + 1) + "\n" + raw + "\n" + " ".repeat(Math.max(0, col - 1)) + "^\n\n"
        + "ReferenceError: require is not defined in ES module scope, you can use import instead\n" + why
        + "    at file://" + file + ":" + (n + 1) + ":" + col + "\n"
        + "    at ModuleJob.run (node:internal/modules/esm/module_job:325:25)\n"
        + "    at async ModuleLoader.import (node:internal/modules/esm/loader:606:24)\n"
        + "    at async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:5)\n\n"
        + "Node.js v" + version + "\n";
  }

  static boolean typeModule(Proc p, String file) {
    return packageType(p, file.substring(0, file.lastIndexOf('/'))).orElse("").equals("module");
  }

  private static String nearestPackageJson(Proc p, String file) {
    for (String d = file.substring(0, file.lastIndexOf('/')); ; d = d.substring(0, Math.max(0, d.lastIndexOf('/')))) {
      if (Scripts.exists(p, (d.isEmpty() ? "" : d) + "/package.json")) {
        return (d.isEmpty() ? "" : d) + "/package.json";
      }
      if (d.isEmpty()) {
        return "/package.json";
      }
    }
  }
}
