package dev.kujira.tests;

import java.util.List;

/** Shows where two transcripts part: a few lines of context around the first difference. */
final class Diff {
  private Diff() {
  }

  static String unified(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    int i = 0;
    while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
      i++;
    }
    StringBuilder sb = new StringBuilder();
    int from = Math.max(0, i - 3);
    for (int k = from; k < i; k++) {
      sb.append("  ").append(a.get(k)).append('\n');
    }
    for (int k = i; k < Math.min(a.size(), i + 6); k++) {
      sb.append("- ").append(a.get(k)).append('\n');
    }
    for (int k = i; k < Math.min(b.size(), i + 6); k++) {
      sb.append("+ ").append(b.get(k)).append('\n');
    }
    return sb.toString();
  }
}
