package dev.kujira.engine.build;

import dev.kujira.engine.api.BuildRequest;
import dev.kujira.engine.shell.WordExpander;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Is a build's variables: the ARGs declared and their values (a --build-arg given, else the
 * default), expanded with the stage's ENV by BuildKit's shell lexer rules.
 */
final class BuildVars {
  private static final Pattern VAR = Pattern.compile("\\$\\{(\\w+)}|\\$(\\w+)");
  private final BuildRequest req;
  private final Map<String, String> args = new LinkedHashMap<>();
  private final Set<String> declared = new HashSet<>();
  private final Supplier<BuildState> current;

  /** Creates the variables of a build whose current stage (its ENV wins over ARGs) {@code current} gives. */
  BuildVars(BuildRequest req, Supplier<BuildState> current) {
    this.req = req;
    this.current = current;
  }

  /** Returns the ARG values in effect so far. */
  Map<String, String> values() {
    return args;
  }

  /** Returns the build args in effect so far, for cache keys. */
  String inEffect() {
    return args.toString();
  }

  /** Returns the names the Dockerfile declared with ARG so far. */
  Set<String> declared() {
    return declared;
  }

  /** Declares an ARG and takes its value. */
  void arg(Instruction ins) {
    String[] nv = argValue(ins);
    declared.add(nv[0]);
    if (nv[1] != null) {
      args.put(nv[0], nv[1]);
    }
  }

  /** Returns an ARG's name and value: the --build-arg given, else its expanded default, else null. */
  String[] argValue(Instruction ins) {
    String a = ins.args();
    int eq = a.indexOf('=');
    String name = eq < 0 ? a.trim() : a.substring(0, eq).trim();
    String dflt = eq < 0 ? null : BuildText.unquote(a.substring(eq + 1).trim());
    String given = req.buildArgs().get(name);
    return new String[] {name, given != null ? given : dflt != null ? expand(dflt) : null};
  }

  /**
   * Returns a step's title as BuildKit shows it: a shell-form RUN has the build's variables
   * (ENV and ARG in scope) expanded, and unknown ones left as written (seen on the real engine).
   */
  String shown(Instruction ins) {
    if (!(ins instanceof Instruction.Run) || ins.isJsonForm()) {
      return ins.display();
    }
    BuildState stage = current.get();
    Matcher m = VAR.matcher(ins.display());
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      String value = stage.env.containsKey(name) ? stage.env.get(name) : args.get(name);
      m.appendReplacement(sb, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * Returns the "|N K=V … " BuildKit puts before a RUN's history line: the stage's ARGs in the order
   * declared, each with its ENV override or value (dockerfile2llb runCommandString; recorded:
   * "RUN |1 BUILD=dev /bin/sh -c …").
   */
  String runArgsPrefix() {
    BuildState stage = current.get();
    if (stage.stageArgs.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("|").append(stage.stageArgs.size());
    for (String name : stage.stageArgs) {
      sb.append(' ').append(name).append('=').append(stage.env.containsKey(name) ? stage.env.get(name)
          : args.getOrDefault(name, ""));
    }
    return sb.append(' ').toString();
  }

  /**
   * Returns the legacy builder's "|N K=V … " before a RUN's history line: the stage's ARGs with a
   * value and no ENV of the same name, sorted (moby prependEnvOnCmd; recorded "|1 BUILD=prod").
   */
  String classicArgsPrefix() {
    BuildState stage = current.get();
    List<String> pairs = new ArrayList<>();
    for (String name : stage.stageArgs) {
      if (args.containsKey(name) && !stage.env.containsKey(name)) {
        pairs.add(name + "=" + args.get(name));
      }
    }
    java.util.Collections.sort(pairs);
    return pairs.isEmpty() ? "" : "|" + pairs.size() + " " + String.join(" ", pairs) + " ";
  }

  /** Expands $VAR and ${VAR…} with the build args and ENV so far (BuildKit's shell lexer rules). */
  String expand(String text) {
    Map<String, String> vars = new HashMap<>(args);
    BuildState stage = current.get();
    vars.putAll(stage == null ? Map.of() : stage.env);
    WordExpander.Scope scope = new WordExpander.Scope() {
      @Override
      public String get(String name) {
        return vars.get(name);
      }

      @Override
      public void set(String name, String value) {
        vars.put(name, value);
      }

      @Override
      public List<String> positional() {
        return List.of();
      }

      @Override
      public String special(char c) {
        return "";
      }

      @Override
      public String substitute(String script) {
        return "$(" + script + ")";
      }

      @Override
      public dev.kujira.engine.fs.FileSystemView fs() {
        return null;
      }
    };
    // BuildKit's lexer (frontend/dockerfile/shell/lex.go) has no command substitution: "$(" and
    // a backquote are literal.
    String quoted = text.replace("\"", "\\\"").replace("'", "\\'").replace("$(", "\\$(").replace("`", "\\`");
    try {
      return new WordExpander(scope).single(quoted);
    } catch (RuntimeException e) {
      if (!e.getClass().getPackageName().equals("dev.kujira.engine.shell")) {
        throw e;
      }
      throw BuildErrors.unclosedSubstitution(text);
    }
  }
}
