package dev.kujira.engine.process.busybox;

import java.io.PrintStream;
import java.util.List;

/**
 * What curl 7.88.1 writes to standard error besides its error line: the {@code -v} trace and the
 * progress meter, byte for byte as this machine's curl (Debian 12) prints them against a local
 * server. The trace's header lines keep the CR of the wire ({@code "> GET / HTTP/1.1\r\n"}, curl's
 * tool_cb_dbg.c writes them as received); {@code "{ [N bytes data]"} stands for a body that does
 * not go to the terminal. The meter (lib/progress.c) shows when the body does not go to the
 * terminal and {@code -s} is not given; its speeds assume the transfer took one millisecond (the
 * simulated network takes no time; real local transfers take about that), an approximation.
 */
final class CurlTrace {
  private static final String METER_HEAD = "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
      + "                                 Dload  Upload   Total   Spent    Left  Speed\n";
  private final PrintStream err;
  private final boolean verbose;
  private final boolean meter;
  private boolean meterOpen;

  CurlTrace(PrintStream err, boolean verbose, boolean meter) {
    this.err = err;
    this.verbose = verbose;
    this.meter = meter;
  }

  /** Starts the meter: its two heading lines and a first line of zeros, left open as curl leaves it. */
  void start() {
    if (meter) {
      err.print(METER_HEAD);
      err.print(line(-1, 0));
      meterOpen = true;
    }
  }

  /** Prints one {@code * } line of the trace. */
  void info(String text) {
    if (verbose) {
      err.print("* " + text + "\n");
    }
  }

  /** Prints the request's header lines ({@code > }), each with the wire's CR. */
  void request(List<String> lines) {
    if (verbose) {
      lines.forEach(l -> err.print("> " + l + "\r\n"));
      err.print("> \r\n");
    }
  }

  /** Prints the response's header lines ({@code < }), each with the wire's CR. */
  void response(List<String> lines) {
    if (verbose) {
      lines.forEach(l -> err.print("< " + l + "\r\n"));
      err.print("< \r\n");
    }
  }

  /** Notes a body of {@code size} bytes that does not go to the terminal. */
  void data(int size) {
    if (verbose && size > 0) {
      err.print("{ [" + size + " bytes data]\n");
    }
  }

  /**
   * Ends the meter: its last line for {@code total} expected bytes ({@code -1} unknown) of which
   * {@code received} came, then the newline; a failed connection repeats the line of zeros.
   */
  void end(long total, long received) {
    if (meterOpen) {
      err.print(line(total, received) + "\n");
      meterOpen = false;
    }
  }

  private static String line(long total, long received) {
    long shownTotal = Math.max(total, received < 0 ? 0 : received);
    int percent = total > 0 ? (int) (received * 100 / total) : (total == 0 ? 100 : 0);
    if (total < 0) {
      shownTotal = 0;
      percent = 0;
    }
    long speed = received * 1000;
    return "\r" + String.format("%3d %s  %3d %s  %3d %s  %s  %s %s %s %s %s", percent, max5(shownTotal), percent,
        max5(received), 0, max5(0), max5(speed), max5(0), "--:--:--", "--:--:--", "--:--:--", max5(speed));
  }

  /** lib/progress.c's max5data: a count in five characters (k and M in units of 1024). */
  static String max5(long bytes) {
    long k = 1024;
    long m = k * k;
    if (bytes < 100000) {
      return String.format("%5d", bytes);
    }
    if (bytes < 10000 * k) {
      return String.format("%4dk", bytes / k);
    }
    if (bytes < 100 * m) {
      return String.format("%2d.%01dM", bytes / m, (bytes % m) / (m / 10));
    }
    if (bytes < 10000 * m) {
      return String.format("%4dM", bytes / m);
    }
    return String.format("%4dG", bytes / (k * m));
  }
}
