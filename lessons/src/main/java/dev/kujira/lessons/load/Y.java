package dev.kujira.lessons.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a composed YAML node tree (snakeyaml-engine keeps each node's position) and reports every
 * problem at its line and column into one list, so a file shows all its errors at once.
 */
final class Y {
  private final String file;
  private final List<Diagnostic> diagnostics;

  Y(String file, List<Diagnostic> diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  void error(Node at, String message) {
    report(at, Diagnostic.Severity.ERROR, message);
  }

  void warning(Node at, String message) {
    report(at, Diagnostic.Severity.WARNING, message);
  }

  private void report(Node at, Diagnostic.Severity severity, String message) {
    Mark m = at == null ? null : at.getStartMark().orElse(null);
    diagnostics.add(new Diagnostic(file, m == null ? 1 : m.getLine() + 1, m == null ? 1 : m.getColumn() + 1, severity, message));
  }

  /** Returns the mapping's entries by key; reports a non-mapping and every key not in {@code allowed}. */
  Map<String, Node> map(Node node, String what, Set<String> allowed) {
    Map<String, Node> out = new LinkedHashMap<>();
    if (!(node instanceof MappingNode)) {
      error(node, what + " must be a mapping");
      return out;
    }
    for (NodeTuple t : ((MappingNode) node).getValue()) {
      String key = t.getKeyNode() instanceof ScalarNode ? ((ScalarNode) t.getKeyNode()).getValue() : "";
      if (out.containsKey(key)) {
        error(t.getKeyNode(), "duplicate field '" + key + "' in " + what);
      } else if (allowed != null && !allowed.contains(key)) {
        error(t.getKeyNode(), "unknown field '" + key + "' in " + what + " (expected one of: "
            + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
      }
      out.put(key, t.getValueNode());
    }
    return out;
  }

  /** Returns the key node of {@code key} in a mapping (for positions), or the mapping. */
  static Node keyNode(Node mapping, String key) {
    if (mapping instanceof MappingNode) {
      for (NodeTuple t : ((MappingNode) mapping).getValue()) {
        if (t.getKeyNode() instanceof ScalarNode && ((ScalarNode) t.getKeyNode()).getValue().equals(key)) {
          return t.getKeyNode();
        }
      }
    }
    return mapping;
  }

  List<Node> seq(Node node, String what) {
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof SequenceNode)) {
      error(node, what + " must be a list");
      return List.of();
    }
    return ((SequenceNode) node).getValue();
  }

  String str(Node node, String what) {
    if (node == null) {
      return "";
    }
    if (!(node instanceof ScalarNode)) {
      error(node, what + " must be a text");
      return "";
    }
    return ((ScalarNode) node).getValue();
  }

  int integer(Node node, String what, int otherwise) {
    if (node == null) {
      return otherwise;
    }
    String s = str(node, what);
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      error(node, what + " must be a number, not '" + s + "'");
      return otherwise;
    }
  }

  List<String> strings(Node node, String what) {
    List<String> out = new ArrayList<>();
    if (node instanceof ScalarNode) {
      out.add(((ScalarNode) node).getValue());
      return out;
    }
    for (Node n : seq(node, what)) {
      out.add(str(n, what));
    }
    return out;
  }

  Map<String, String> stringMap(Node node, String what) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    map(node, what, null).forEach((k, v) -> out.put(k, str(v, what + "." + k)));
    return out;
  }
}
