package dev.kujira.lessons.model;

import java.util.Locale;

/** Is a language every learner-facing text exists in. */
public enum Lang {
  JA, EN;

  /** Returns the language code (ja, en). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the language {@code code} names (ja, en; anything else is null). */
  public static Lang of(String code) {
    String c = code == null ? "" : code.toLowerCase(Locale.ROOT);
    return c.startsWith("ja") ? JA : c.startsWith("en") ? EN : null;
  }

  /** Returns the language of the environment: LC_ALL, then LANG; English otherwise. */
  public static Lang fromEnvironment(java.util.Map<String, String> env) {
    for (String key : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String v = env.get(key);
      if (v != null && !v.isEmpty()) {
        Lang l = of(v);
        return l == null ? EN : l;
      }
    }
    return EN;
  }
}
