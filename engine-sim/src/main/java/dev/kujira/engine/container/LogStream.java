package dev.kujira.engine.container;

import dev.kujira.engine.api.LogLine;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;

/**
 * Is the stdout or stderr pipe of a container's main process: it splits what the process writes
 * into log lines and, when a client is attached, copies the bytes to it as they come.
 */
public final class LogStream extends OutputStream {
  private final LogBuffer log;
  private final boolean stderr;
  private final LongSupplier clock;
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
  private volatile OutputStream attached;
  private long muteUntil = Long.MIN_VALUE;
  private static final long LIMIT = 16L << 20;
  private long written;

  /** Creates the pipe into {@code log}. */
  public LogStream(LogBuffer log, boolean stderr, LongSupplier clock) {
    this.log = log;
    this.stderr = stderr;
    this.clock = clock;
  }

  /** Drops lines written at or before {@code time} (a process replayed after a snapshot restore). */
  public void muteUntil(long time) {
    this.muteUntil = time;
  }

  /** Attaches a client stream (or detaches with null). */
  public void attach(OutputStream client) {
    this.attached = client;
  }

  @Override
  public void write(int b) {
    // The simulator keeps a bounded amount of a container's output (real json-file logs grow
    // until the disk is full); past it, output is dropped so an endless writer stays cheap.
    if (++written > LIMIT) {
      return;
    }
    OutputStream a = attached;
    if (a != null) {
      try {
        a.write(b);
      } catch (java.io.IOException e) {
        attached = null;
      }
    }
    partial.write(b);
    if (b == '\n') {
      emit();
    }
  }

  @Override
  public void write(byte[] b, int off, int len) {
    for (int i = off; i < off + len; i++) {
      write(b[i]);
    }
  }

  /** Writes a last line that had no newline, as the process ends. */
  @Override
  public void close() {
    if (partial.size() > 0) {
      emit();
    }
    OutputStream a = attached;
    if (a != null) {
      try {
        a.flush();
      } catch (java.io.IOException e) {
        attached = null;
      }
    }
  }

  private void emit() {
    if (clock.getAsLong() <= muteUntil) {
      partial.reset();
      return;
    }
    log.add(new LogLine(clock.getAsLong(), stderr, partial.toString(StandardCharsets.UTF_8)));
    partial.reset();
  }
}
