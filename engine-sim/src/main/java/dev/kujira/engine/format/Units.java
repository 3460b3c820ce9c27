package dev.kujira.engine.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Formats sizes and durations exactly as docker/go-units does (size.go, duration.go). */
public final class Units {
  private static final String[] DECIMAL = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};
  private static final String[] BINARY = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};

  private Units() {
  }

  /** go-units HumanSize: four significant digits, decimal units ("1.983MB"). */
  public static String humanSize(long size) {
    return humanSizeWithPrecision(size, 4);
  }

  /** go-units HumanSizeWithPrecision ("%.*g%s" over powers of 1000). */
  public static String humanSizeWithPrecision(long size, int precision) {
    return scaled(size, 1000.0, DECIMAL, precision);
  }

  /** go-units BytesSize: binary units ("23.54GiB"). */
  public static String bytesSize(long size) {
    return scaled(size, 1024.0, BINARY, 4);
  }

  private static String scaled(double size, double base, String[] units, int precision) {
    int i = 0;
    while (size >= base && i < units.length - 1) {
      size /= base;
      i++;
    }
    return formatG(size, precision) + units[i];
  }

  /** Go's %.Ng: N significant digits, trailing zeros dropped. */
  static String formatG(double v, int precision) {
    if (v == 0) {
      return "0";
    }
    BigDecimal b = new BigDecimal(v).round(new MathContext(precision, RoundingMode.HALF_EVEN));
    int exp = b.precision() - b.scale() - 1;
    if (exp < -4 || exp >= precision) {
      BigDecimal mant = b.movePointLeft(exp).stripTrailingZeros();
      return mant.toPlainString() + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }
    return b.stripTrailingZeros().toPlainString();
  }

  /** go-units HumanDuration, from milliseconds: "Less than a second", "About a minute", "3 hours"… */
  public static String humanDuration(long millis) {
    long seconds = millis / 1000;
    if (seconds < 1) {
      return "Less than a second";
    } else if (seconds == 1) {
      return "1 second";
    } else if (seconds < 60) {
      return seconds + " seconds";
    }
    long minutes = seconds / 60;
    if (minutes == 1) {
      return "About a minute";
    } else if (minutes < 60) {
      return minutes + " minutes";
    }
    long hours = Math.round(seconds / 3600.0);
    if (hours == 1) {
      return "About an hour";
    } else if (hours < 48) {
      return hours + " hours";
    } else if (hours < 24 * 7 * 2) {
      return hours / 24 + " days";
    } else if (hours < 24 * 30 * 2) {
      return hours / 24 / 7 + " weeks";
    } else if (hours < 24 * 365 * 2) {
      return hours / 24 / 30 + " months";
    }
    return hours / 24 / 365 + " years";
  }

  /** Returns a Go duration ("1m30s", "500ms", "2h", "0") in milliseconds; the text must already be valid. */
  public static long goDurationMillis(String text) {
    double total = 0;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)").matcher(text);
    while (m.find()) {
      double n = Double.parseDouble(m.group(1));
      switch (m.group(2)) {
        case "h": total += n * 3_600_000; break;
        case "m": total += n * 60_000; break;
        case "s": total += n * 1000; break;
        case "ms": total += n; break;
        default: total += n / (m.group(2).equals("ns") ? 1_000_000 : 1000); break;
      }
    }
    return (long) total;
  }
}
