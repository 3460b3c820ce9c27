package dev.kujira.engine.daemon.filters;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validates a list's {@code --filter} keys and evaluates the terms shared by several lists (label=, label!=). */
public final class Filters {
  /** The container list's filters (moby daemon/list.go acceptedPsFilterTags). */
  public static final Set<String> CONTAINERS = Set.of("id", "name", "label", "label!", "status", "exited", "ancestor",
      "before", "since", "volume", "network", "health", "publish", "expose", "is-task");
  /** The image list's filters (moby daemon/images/image_list.go acceptedImageFilterTags). */
  public static final Set<String> IMAGES = Set.of("before", "dangling", "label", "reference", "since", "until");

  private Filters() {
  }

  /** Refuses a filter key the list does not accept, as the daemon does before it lists anything. */
  public static void check(Map<String, List<String>> filters, Set<String> accepted) {
    for (String key : filters.keySet()) {
      if (!accepted.contains(key)) {
        throw FilterErrors.invalidFilter(key);
      }
    }
  }

  /** Returns whether {@code labels} satisfy every {@code label=k} / {@code label=k=v} term. */
  public static boolean matchesLabels(Map<String, String> labels, Map<String, List<String>> filters) {
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

  /**
   * Returns whether an object created at {@code created} passes every {@code until=} term: a prune
   * keeps what is newer (moby's prune filters: a Go duration back from now, Unix seconds or an RFC 3339 time).
   */
  public static boolean createdBefore(long created, Map<String, List<String>> filters, long now) {
    for (String term : filters.getOrDefault("until", List.of())) {
      if (created >= until(term.trim(), now)) {
        return false;
      }
    }
    return true;
  }

  private static long until(String v, long now) {
    if (v.matches("(\\d+(\\.\\d+)?(ns|us|ms|s|m|h))+")) {
      double millis = 0;
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|ms|s|m|h)").matcher(v);
      while (m.find()) {
        double n = Double.parseDouble(m.group(1));
        millis += switch (m.group(2)) {
          case "h" -> n * 3_600_000;
          case "m" -> n * 60_000;
          case "s" -> n * 1000;
          case "ms" -> n;
          default -> 0;
        };
      }
      return now - (long) millis;
    }
    if (v.matches("\\d+(\\.\\d+)?")) {
      return (long) (Double.parseDouble(v) * 1000);
    }
    try {
      return java.time.OffsetDateTime.parse(v).toInstant().toEpochMilli();
    } catch (java.time.DateTimeException e) {
      return Long.MAX_VALUE;
    }
  }

  /** Returns whether {@code text} matches a docker glob-free "contains"/regex name filter. */
  public static boolean matchesName(String name, List<String> terms) {
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
