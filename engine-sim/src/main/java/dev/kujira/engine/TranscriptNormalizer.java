package dev.kujira.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Is the conformance normalisation ({@code shared/conformance/README.md}, {@code normalize()} of
 * conformance.py): ids numbered by first appearance (a 12-hex id takes the number of the 64-hex
 * id it starts), times, "ago" phrases, "Up" durations, sizes, seconds and MAC addresses replaced
 * by placeholders, trailing blanks dropped and runs of spaces squeezed, so that a simulated and a
 * real transcript compare on what must agree. The test suite and the REPL's mirror mode share it.
 */
public final class TranscriptNormalizer {
  private static final Pattern HEX =
      Pattern.compile("(?<![0-9a-z])(?:sha256:)?([0-9a-f]{64}|[0-9a-f]{12})(?![0-9a-z])");
  private static final List<Pattern> RULES = List.of(
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)"),
      Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d( [+-]\\d{4} [A-Z]+)?"),
      Pattern.compile("(Less than a second|About an? (second|minute|hour)|\\d+ (second|minute|hour|day|week|month|year)s?) ago"),
      Pattern.compile("\\bUp (Less than a second|About an? (minute|hour)|\\d+ (second|minute|hour|day|week|month|year)s?)"),
      Pattern.compile("(?<![\\w.])\\d+(\\.\\d+)?\\s?(B|kB|KB|MB|GB|TB|KiB|MiB|GiB)\\b"),
      Pattern.compile("\\b\\d+(\\.\\d+)?s\\b"),
      Pattern.compile("\\b([0-9a-f]{2}:){5}[0-9a-f]{2}\\b"));
  private static final List<String> REPLACEMENTS = List.of("<TIME>", "<TIME>", "<AGO>", "Up <DUR>", "<SIZE>", "<T>", "<MAC>");

  private TranscriptNormalizer() {
  }

  /**
   * Returns {@code text} normalised, with the work folder {@code work} (may be null) as {@code <WORK>}:
   * every line ended by a newline, as conformance.py joins them.
   */
  public static String normalize(String text, String work) {
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
      String key = h;
      if (h.length() == 12) {
        for (String f : fulls) {
          if (f.startsWith(h)) {
            key = f;
            break;
          }
        }
      }
      int n = numbers.computeIfAbsent(key, k -> numbers.size() + 1);
      m.appendReplacement(sb, Matcher.quoteReplacement("<ID" + h.length() + "#" + n + ">"));
    }
    m.appendTail(sb);
    text = sb.toString();
    for (int i = 0; i < RULES.size(); i++) {
      text = RULES.get(i).matcher(text).replaceAll(Matcher.quoteReplacement(REPLACEMENTS.get(i)));
    }
    // As Python's splitlines(): a final newline ends the last line rather than starting an empty one.
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    StringBuilder out = new StringBuilder();
    if (!text.isEmpty()) {
      for (String line : body.split("\n", -1)) {
        out.append(line.stripTrailing().replaceAll(" {2,}", "  ")).append('\n');
      }
    } else {
      out.append('\n');
    }
    return out.toString();
  }

  /** Returns the normalised lines of {@code text}, without trailing empty ones. */
  public static List<String> lines(String text, String work) {
    List<String> out = new ArrayList<>(List.of(normalize(text, work).split("\n", -1)));
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
