package dev.kujira.engine.util;

import java.util.function.ToDoubleFunction;

/**
 * A duration as {@code timeout} takes it: a number with an optional s, m, h or d suffix (coreutils'
 * apply_suffix and busybox's parse_duration_str share the units; each reads the number its own way).
 */
public final class DurationSuffix {
  private DurationSuffix() {
  }

  /** Seconds in {@code text}, its number read by {@code number} (negative when invalid); -1 when invalid. */
  public static double seconds(String text, ToDoubleFunction<String> number) {
    String t = text;
    double unit = 1;
    if (!t.isEmpty() && "smhd".indexOf(t.charAt(t.length() - 1)) >= 0) {
      unit = switch (t.charAt(t.length() - 1)) {
        case 'm' -> 60;
        case 'h' -> 3600;
        case 'd' -> 86400;
        default -> 1;
      };
      t = t.substring(0, t.length() - 1);
    }
    double v = number.applyAsDouble(t);
    return v < 0 ? -1 : v * unit;
  }
}
