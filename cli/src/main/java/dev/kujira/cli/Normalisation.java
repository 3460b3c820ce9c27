package dev.kujira.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Is the conformance normalisation ({@code ../shared/conformance/README.md}, {@code normalize()}
 * of conformance.py): ids numbered by first appearance, times, "ago" phrases, "Up" durations,
 * sizes, seconds and MAC addresses replaced by placeholders, trailing blanks dropped and runs of
 * spaces squeezed, so a simulated and a real transcript compare on what must agree.
 */
final class Normalisation {
  private static final Pattern HEX = Pattern.compile("(?<![0-9a-z])(?:sha256:)?([0-9a-f]{64}|[0-9a-f]{12})(?![0-9a-z])");
  private static final List<Pattern> RULES = List.of(
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)"),
      Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d( [+-]\\d{4} [A-Z]+)?"),
      Pattern.compile("(Less than a second|About an? (second|minute|hour)|\\d+ (second|minute|hour|day|week|month|year)s?) ago"),
      Pattern.compile("\\bUp (Less than a second|About an? (minute|hour)|\\d+ (second|minute|hour|day|week|month|year)s?)"),
      Pattern.compile("(?<![\\w.])\\d+(\\.\\d+)?\\s?(B|kB|KB|MB|GB|TB|KiB|MiB|GiB)\\b"),
      Pattern.compile("\\b\\d+(\\.\\d+)?s\\b"),
      Pattern.compile("\\b([0-9a-f]{2}:){5}[0-9a-f]{2}\\b"));
  private static final List<String> PLACEHOLDERS = List.of("<TIME>", "<TIME>", "<AGO>", "Up <DUR>", "<SIZE>", "<T>", "<MAC>");

  private Normalisation() {
  }

  /** Returns the normalised lines of {@code text}, with {@code work} (the work folder) as {@code <WORK>}. */
  static List<String> lines(String text, String work) {
    if (work != null && !work.isEmpty()) {
      text = text.replace(work, "<WORK>");
    }
    List<String> fulls = new ArrayList<>();
    Matcher m = HEX.matcher(text);
    while (m.find()) {
      if (m.group(1).length() == 64) {
        fulls.add(m.group(1));
      }
    }
    Map<String, Integer> numbers = new HashMap<>();
    m = HEX.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String h = m.group(1);
      String key = fulls.stream().filter(f -> f.startsWith(h)).findFirst().orElse(h);
      int n = numbers.computeIfAbsent(key, k -> numbers.size() + 1);
      m.appendReplacement(sb, Matcher.quoteReplacement("<ID" + h.length() + "#" + n + ">"));
    }
    m.appendTail(sb);
    text = sb.toString();
    for (int i = 0; i < RULES.size(); i++) {
      text = RULES.get(i).matcher(text).replaceAll(Matcher.quoteReplacement(PLACEHOLDERS.get(i)));
    }
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      out.add(line.stripTrailing().replaceAll(" {2,}", "  "));
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
