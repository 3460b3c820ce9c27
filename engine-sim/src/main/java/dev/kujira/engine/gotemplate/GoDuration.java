package dev.kujira.engine.gotemplate;

/**
 * A Go time.Duration field of a typed struct: a template prints it as Go's Duration.String ("2s",
 * "1m30s"), JSON as its nanoseconds (docker inspect's {@code .Config.Healthcheck.Interval}).
 */
final class GoDuration extends Number {
  private static final long serialVersionUID = 1L;
  private final long nanos;

  GoDuration(long nanos) {
    this.nanos = nanos;
  }

  @Override
  public long longValue() {
    return nanos;
  }

  @Override
  public int intValue() {
    return (int) nanos;
  }

  @Override
  public float floatValue() {
    return nanos;
  }

  @Override
  public double doubleValue() {
    return nanos;
  }

  /** Go's time.Duration.String. */
  @Override
  public String toString() {
    long d = Math.abs(nanos);
    String sign = nanos < 0 ? "-" : "";
    if (d == 0) {
      return "0s";
    }
    if (d < 1_000) {
      return sign + d + "ns";
    }
    if (d < 1_000_000) {
      return sign + fraction(d, 1_000) + "µs";
    }
    if (d < 1_000_000_000) {
      return sign + fraction(d, 1_000_000) + "ms";
    }
    long h = d / 3_600_000_000_000L;
    long m = d / 60_000_000_000L % 60;
    String s = fraction(d % 60_000_000_000L, 1_000_000_000) + "s";
    if (h > 0) {
      return sign + h + "h" + m + "m" + s;
    }
    return sign + (m > 0 ? m + "m" : "") + s;
  }

  private static String fraction(long v, long unit) {
    String frac = String.format("%0" + String.valueOf(unit).length() + "d", v % unit).substring(1)
        .replaceAll("0+$", "");
    return (v / unit) + (frac.isEmpty() ? "" : "." + frac);
  }
}
