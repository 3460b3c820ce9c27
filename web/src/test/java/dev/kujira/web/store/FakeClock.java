package dev.kujira.web.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Is a clock that moves only when told. */
final class FakeClock extends Clock {
  private long millis;

  FakeClock(long start) {
    this.millis = start;
  }

  void advance(long by) {
    millis += by;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis);
  }
}
