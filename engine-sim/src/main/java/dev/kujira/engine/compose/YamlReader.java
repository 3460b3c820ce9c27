package dev.kujira.engine.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.ScannerException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a compose file's YAML into plain values (maps in file order, lists, strings, longs,
 * doubles, booleans, and {@link #NULL}) and reports errors in go-yaml's words, which compose
 * prints ("yaml: line 4: mapping values are not allowed in this context").
 *
 * <p>SnakeYAML finds the errors; their wording and line are translated to libyaml's, whose line is
 * the 0-based line of the error's context for parser errors and the 1-based line for scanner errors
 * (go-yaml's {@code parser.fail}; conformance c01). Two checks SnakeYAML does not make are made
 * here: a TAB in a line's indentation (YAML 1.2 allows it before a comment, libyaml never) and a
 * key repeated in one mapping.
 */
final class YamlReader {
  /** Stands for a YAML null, which maps cannot hold as a value in {@code Map.copyOf}. */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private YamlReader() {
  }

  /** Parses {@code text}; an empty document gives an empty optional. */
  static Optional<Object> read(String text) {
    tabs(text);
    Optional<Node> root;
    try {
      root = new Compose(LoadSettings.builder().setAllowDuplicateKeys(true).build()).composeString(text);
    } catch (MarkedYamlEngineException e) {
      throw new ComposeException(Errors.yaml(line(e), libyamlProblem(e)), ComposeException.INVALID);
    } catch (YamlEngineException e) {
      throw new ComposeException("yaml: " + e.getMessage(), ComposeException.INVALID);
    }
    return root.map(YamlReader::value);
  }

  private static int line(MarkedYamlEngineException e) {
    Optional<Mark> ctx = e.getContextMark();
    Mark m = ctx.isPresent() && ctx.get().getLine() != 0 ? ctx.get() : e.getProblemMark().orElse(null);
    int line = m == null ? 0 : m.getLine();
    return e instanceof ScannerException ? line + 1 : line;
  }

  private static String libyamlProblem(MarkedYamlEngineException e) {
    String p = e.getProblem();
    String ctx = e.getContext() == null ? "" : e.getContext();
    if (p.startsWith("mapping values are not allowed")) {
      return "mapping values are not allowed in this context";
    }
    if (p.contains("that cannot start any token")) {
      return "found character that cannot start any token";
    }
    if (p.startsWith("expected <block end>")) {
      return ctx.contains("sequence") ? "did not find expected '-' indicator" : "did not find expected key";
    }
    if (ctx.contains("flow sequence")) {
      return "did not find expected ',' or ']'";
    }
    if (ctx.contains("flow mapping")) {
      return "did not find expected ',' or '}'";
    }
    return p;
  }

  /**
   * Rejects a TAB in the indentation of a line outside block scalars, as libyaml's scanner does:
   * in block context it skips tabs only where no simple key may start (conformance c01, the seed's
   * WordPress file).
   */
  private static void tabs(String text) {
    String[] lines = text.split("\n", -1);
    int blockIndent = -1;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      int indent = 0;
      while (indent < l.length() && (l.charAt(indent) == ' ' || l.charAt(indent) == '\t')) {
        indent++;
      }
      boolean blank = indent == l.length();
      if (blockIndent >= 0) {
        int spaces = 0;
        while (spaces < l.length() && l.charAt(spaces) == ' ') {
          spaces++;
        }
        if (blank || spaces > blockIndent) {
          continue;
        }
        blockIndent = -1;
      }
      if (l.substring(0, indent).indexOf('\t') >= 0) {
        throw new ComposeException(Errors.yaml(i + 1, "found character that cannot start any token"),
            ComposeException.INVALID);
      }
      String t = l.strip();
      if (t.matches(".*(:|^-)\\s*[|>][-+0-9]*(\\s+#.*)?")) {
        blockIndent = indent;
      }
    }
  }

  /** The nodes being converted on this thread (an alias inside its own anchor loops) and how many were. */
  private static final ThreadLocal<java.util.Set<Node>> OPEN = new ThreadLocal<>();
  private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);
  /** go-yaml's bound on what aliases may expand to (decode.go, allowedAliasRatio), roughly. */
  private static final long MAX_VALUES = 1_000_000;

  private static Object value(Node n) {
    java.util.Set<Node> open = OPEN.get();
    boolean outer = open == null;
    if (outer) {
      open = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      OPEN.set(open);
      COUNT.get()[0] = 0;
    }
    try {
      if (++COUNT.get()[0] > MAX_VALUES) {
        throw new ComposeException("yaml: document contains excessive aliasing", ComposeException.INVALID);
      }
      dev.kujira.engine.util.Budget.tick();
      if (!(n instanceof ScalarNode) && !open.add(n)) {
        // go-yaml v3 refuses an alias used inside the value of its own anchor.
        throw new ComposeException("yaml: anchor '" + n.getAnchor().map(Object::toString).orElse("")
            + "' value contains itself", ComposeException.INVALID);
      }
      try {
        return valueOf(n);
      } finally {
        open.remove(n);
      }
    } finally {
      if (outer) {
        OPEN.remove();
      }
    }
  }

  private static Object valueOf(Node n) {
    if (n instanceof MappingNode) {
      Map<String, Object> out = new LinkedHashMap<>();
      Map<String, Integer> seen = new HashMap<>();
      for (NodeTuple t : ((MappingNode) n).getValue()) {
        Object k = value(t.getKeyNode());
        String key = String.valueOf(k);
        int line = t.getKeyNode().getStartMark().map(Mark::getLine).orElse(0) + 1;
        if (seen.containsKey(key)) {
          throw new ComposeException(Errors.duplicateKey(line, key, seen.get(key)), ComposeException.INVALID);
        }
        seen.put(key, line);
        out.put(key, value(t.getValueNode()));
      }
      return out;
    }
    if (n instanceof SequenceNode) {
      List<Object> out = new ArrayList<>();
      ((SequenceNode) n).getValue().forEach(x -> out.add(value(x)));
      return out;
    }
    ScalarNode s = (ScalarNode) n;
    String v = s.getValue();
    Tag tag = s.getTag();
    if (tag.equals(Tag.NULL)) {
      return NULL;
    }
    if (tag.equals(Tag.BOOL)) {
      return Boolean.parseBoolean(v.toLowerCase(java.util.Locale.ROOT));
    }
    if (tag.equals(Tag.INT)) {
      try {
        return Long.decode(v.replace("0o", "0"));
      } catch (NumberFormatException e) {
        return v;
      }
    }
    if (tag.equals(Tag.FLOAT)) {
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        return v;
      }
    }
    return v;
  }
}
