package dev.kujira.engine.daemon;

import java.util.List;
import java.util.Map;

/** Evaluates {@code --filter} terms shared by several lists (label=, label!=). */
final class Filters {
  private Filters() {
  }

  /** Returns whether {@code labels} satisfy every {@code label=k} / {@code label=k=v} term. */
  static boolean matchesLabels(Map<String, String> labels, Map<String, List<String>> filters) {
    for (String term : filters.getOrDefault("label", List.of())) {
      int eq = term.indexOf('=');
      if (eq < 0) {
        if (!labels.containsKey(term)) {
          return false;
        }
      } else if (!term.substring(eq + 1).equals(labels.get(term.substring(0, eq)))) {
        return false;
      }
    }
    for (String term : filters.getOrDefault("label!", List.of())) {
      int eq = term.indexOf('=');
      if (eq < 0 ? labels.containsKey(term) : term.substring(eq + 1).equals(labels.get(term.substring(0, eq)))) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether {@code text} matches a docker glob-free "contains"/regex name filter. */
  static boolean matchesName(String name, List<String> terms) {
    if (terms == null || terms.isEmpty()) {
      return true;
    }
    for (String t : terms) {
      try {
        if (java.util.regex.Pattern.compile(t).matcher("/" + name).find()) {
          return true;
        }
      } catch (java.util.regex.PatternSyntaxException e) {
        if (name.contains(t)) {
          return true;
        }
      }
    }
    return false;
  }
}
