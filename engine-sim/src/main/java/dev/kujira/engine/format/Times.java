package dev.kujira.engine.format;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Formats times as the Engine API's JSON does (Go's RFC 3339 with nanoseconds, zero time). */
public final class Times {
  /** Go's zero time as Docker prints it for "never". */
  public static final String ZERO = "0001-01-01T00:00:00Z";

  private Times() {
  }

  /** Returns RFC 3339 with up to nine fraction digits, trailing zeros dropped (Go's RFC3339Nano). */
  public static String rfc3339Nano(long millis) {
    if (millis == 0) {
      return ZERO;
    }
    return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(millis));
  }

  /** Returns RFC 3339 to the second, as volume CreatedAt. */
  public static String rfc3339Seconds(long millis) {
    return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(millis).truncatedTo(ChronoUnit.SECONDS));
  }
}
