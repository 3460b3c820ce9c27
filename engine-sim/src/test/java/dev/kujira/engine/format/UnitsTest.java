package dev.kujira.engine.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** go-units sizes and durations, and Go's tabwriter as docker configures it. */
class UnitsTest {
  @ParameterizedTest(name = "{0} bytes")
  @CsvSource({"0,0B,0B", "34,34B,34B", "1982736,1.98MB,1.983MB", "4200,4.2kB,4.2kB", "999999,1e+03kB,1000kB",
      "1000,1kB,1kB", "188000000,188MB,188MB"})
  void humanSize_matchesGoUnits(long size, String precision3, String precision4) {
    assertThat(Units.humanSizeWithPrecision(size, 3)).isEqualTo(precision3);
    assertThat(Units.humanSize(size)).isEqualTo(precision4);
  }

  @ParameterizedTest(name = "{0} ms")
  @CsvSource({"500,Less than a second", "1000,1 second", "59000,59 seconds", "60000,About a minute",
      "300000,5 minutes", "3600000,About an hour", "7200000,2 hours", "172800000,2 days", "1209600000,2 weeks"})
  void humanDuration_matchesGoUnits(long millis, String text) {
    assertThat(Units.humanDuration(millis)).isEqualTo(text);
  }

  @Test
  void tableWriter_padsColumnsToTheirBlockWidth() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    TableWriter w = new TableWriter(new PrintStream(buf, true, StandardCharsets.UTF_8));
    w.write("CONTAINER ID\tIMAGE\tPORTS\tNAMES\nabc\tbusybox\t\tweb\n");
    w.flush();
    assertThat(buf.toString(StandardCharsets.UTF_8)).isEqualTo(
        "CONTAINER ID   IMAGE     PORTS     NAMES\nabc            busybox             web\n");
  }
}
