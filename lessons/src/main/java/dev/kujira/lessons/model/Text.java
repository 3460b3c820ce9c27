package dev.kujira.lessons.model;

/**
 * Is a text a learner reads, in Japanese and English.
 *
 * @param ja the Japanese text ("" when missing: a lint error)
 * @param en the English text ("" when missing: a lint error)
 */
public record Text(String ja, String en) {
  /** Returns the text in {@code lang}, or the other language's when missing. */
  public String in(Lang lang) {
    String t = lang == Lang.JA ? ja : en;
    return t.isEmpty() ? (lang == Lang.JA ? en : ja) : t;
  }

  /** Returns the same text in both languages (for command lines and names). */
  public static Text both(String s) {
    return new Text(s, s);
  }
}
