package dev.kujira.engine.process.packages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import dev.kujira.engine.process.Resolution;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Is {@code npm} of the node images (npm 10.9): install/i/ci (the dependencies of package.json,
 * or named packages saved into it; -g into /usr/local/lib), init -y, start and run SCRIPT (through
 * {@code sh -c}), -v. Unknown names fail with the registry's E404.
 */
final class NpmProgram implements Program {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * npm's version: its own package.json's, as npm reads it (the node images' under /usr/local,
   * Alpine's npm package's under /usr); 10.9.2 when neither is there.
   */
  private static String version(Proc p) {
    for (String dir : List.of("/usr/local/lib", "/usr/lib")) {
      try {
        JsonNode json = new ObjectMapper().readTree(p.fs().read(dir + "/node_modules/npm/package.json"));
        if (json.has("version")) {
          return json.get("version").asText();
        }
      } catch (FsException | IOException e) {
        // not this npm's place
      }
    }
    return "10.9.2";
  }

  @Override
  public int run(Proc p, List<String> argv) {
    if (argv.size() < 2) {
      p.stdout().println("npm <command>");
      return 1;
    }
    List<String> rest = argv.subList(2, argv.size());
    switch (argv.get(1)) {
      case "-v":
      case "--version":
        p.stdout().println(version(p));
        return 0;
      case "install":
      case "i":
      case "ci":
      case "add":
        return install(p, rest);
      case "init":
        return init(p);
      case "start":
        return script(p, "start");
      case "run":
      case "run-script":
        return rest.isEmpty() ? 1 : script(p, rest.get(0));
      default:
        p.stderr().println("Unknown command: \"" + argv.get(1) + "\"");
        return 1;
    }
  }

  private static ObjectNode packageJson(Proc p) {
    try {
      return (ObjectNode) JSON.readTree(p.fs().read("package.json"));
    } catch (FsException | IOException | ClassCastException e) {
      return null;
    }
  }

  private static int install(Proc p, List<String> args) {
    boolean global = args.contains("-g") || args.contains("--global");
    List<String> named = args.stream().filter(a -> !a.startsWith("-")).toList();
    ObjectNode pkg = packageJson(p);
    List<String> wanted = new ArrayList<>();
    for (String n : named) {
      wanted.add(n.lastIndexOf('@') > 0 ? n.substring(0, n.lastIndexOf('@')) : n);
    }
    if (named.isEmpty() && pkg != null) {
      for (String section : List.of("dependencies", "devDependencies")) {
        JsonNode deps = pkg.get(section);
        if (deps != null) {
          for (Iterator<String> it = deps.fieldNames(); it.hasNext();) {
            wanted.add(it.next());
          }
        }
      }
    }
    for (String w : wanted) {
      if (!Installer.online(p) || !Catalogs.NPM.containsKey(w)) {
        return notFound(p, w);
      }
    }
    Set<String> all = new LinkedHashSet<>();
    for (Pkg x : Catalogs.closure(Catalogs.NPM, wanted)) {
      all.add(x.name());
    }
    String root = global ? "/usr/local/lib/node_modules" : "node_modules";
    for (String n : all) {
      Installer.write(p.fs(), root + "/" + n + "/package.json", "{\n  \"name\": \"" + n + "\",\n  \"version\": \""
          + Catalogs.NPM.get(n).version() + "\"\n}\n", 0644);
    }
    if (!global && !named.isEmpty()) {
      ObjectNode json = pkg != null ? pkg : JSON.createObjectNode();
      ObjectNode deps = json.has("dependencies") ? (ObjectNode) json.get("dependencies") : json.putObject("dependencies");
      for (String w : wanted) {
        deps.put(w, "^" + Catalogs.NPM.get(w).version());
      }
      save(p, "package.json", json);
    }
    p.stdout().println();
    if (all.isEmpty()) {
      p.stdout().println("up to date, audited 1 package in 154ms");
    } else {
      p.stdout().println("added " + all.size() + " package" + (all.size() == 1 ? "" : "s") + ", and audited "
          + (all.size() + 1) + " packages in 2s");
      int funding = all.size() / 5;
      if (funding > 0) {
        p.stdout().println();
        p.stdout().println(funding + " package" + (funding == 1 ? " is" : "s are") + " looking for funding");
        p.stdout().println("  run `npm fund` for details");
      }
    }
    p.stdout().println();
    p.stdout().println("found 0 vulnerabilities");
    return 0;
  }

  private static int notFound(Proc p, String name) {
    p.stderr().println("npm error code E404");
    p.stderr().println("npm error 404 Not Found - GET https://registry.npmjs.org/" + name + " - Not found");
    p.stderr().println("npm error 404");
    p.stderr().println("npm error 404  '" + name + "@*' is not in this registry.");
    p.stderr().println("npm error 404");
    p.stderr().println("npm error 404 Note that you can also install from a");
    p.stderr().println("npm error 404 tarball, folder, http url, or git url.");
    p.stderr().println("npm error A complete log of this run can be found in: /root/.npm/_logs/debug-0.log");
    return 1;
  }

  private static int init(Proc p) {
    String dir = p.fs().cwd();
    String name = dir.equals("/") ? "root" : dir.substring(dir.lastIndexOf('/') + 1);
    ObjectNode json = JSON.createObjectNode();
    json.put("name", name);
    json.put("version", "1.0.0");
    json.put("main", "index.js");
    json.putObject("scripts").put("test", "echo \"Error: no test specified\" && exit 1");
    json.put("keywords", JSON.createArrayNode());
    json.put("author", "");
    json.put("license", "ISC");
    json.put("description", "");
    String text = save(p, "package.json", json);
    p.stdout().println("Wrote to " + (dir.equals("/") ? "" : dir) + "/package.json:\n");
    p.stdout().println(text);
    p.stdout().println();
    return 0;
  }

  private static String save(Proc p, String path, ObjectNode json) {
    try {
      String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
      p.fs().write(path, (text + "\n").getBytes(StandardCharsets.UTF_8), false);
      return text;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int script(Proc p, String name) {
    ObjectNode json = packageJson(p);
    JsonNode scripts = json == null ? null : json.get("scripts");
    String line = scripts == null || !scripts.has(name) ? null : scripts.get(name).asText();
    if (line == null && name.equals("start")) {
      line = "node server.js";
    }
    if (line == null) {
      p.stderr().println("npm error Missing script: \"" + name + "\"");
      return 1;
    }
    String pkgName = json == null || !json.has("name") ? "" : json.get("name").asText();
    String version = json == null || !json.has("version") ? "" : json.get("version").asText();
    p.stdout().println();
    p.stdout().println("> " + pkgName + "@" + version + " " + name);
    p.stdout().println("> " + line);
    p.stdout().println();
    Resolution sh = p.resolve("sh");
    if (!sh.isFound()) {
      return 127;
    }
    return p.child(p.env(), p.stdin(), p.stdout(), p.stderr()).exec(sh.program(), List.of("sh", "-c", line), null);
  }
}
