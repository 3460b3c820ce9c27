package dev.kujira.engine.fs;

import java.io.ByteArrayOutputStream;

/**
 * Is an in-memory file or pipe buffer with a size bound: a write past it fails with ENOSPC, as
 * a full disk would, so an endless writer cannot exhaust the JVM's memory.
 */
public final class QuotaBuffer extends ByteArrayOutputStream {
  /** The bound every buffer gets unless told otherwise (the largest simulated file). */
  public static final int DEFAULT_LIMIT = 64 << 20;
  private final int limit;
  private final String name;

  /** Creates a buffer of at most {@code limit} bytes; {@code name} is what errors report. */
  public QuotaBuffer(int limit, String name) {
    this.limit = limit;
    this.name = name;
  }

  /** Creates a buffer bounded by {@link #DEFAULT_LIMIT}. */
  public QuotaBuffer(String name) {
    this(DEFAULT_LIMIT, name);
  }

  @Override
  public synchronized void write(int b) {
    check(1);
    super.write(b);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    check(len);
    super.write(b, off, len);
  }

  private void check(int len) {
    if ((long) count + len > limit) {
      throw new FsException(FsError.ENOSPC, name);
    }
    // Every buffer of a command line together is bounded too (a pipeline of many stages).
    dev.kujira.engine.util.Budget.hold(len);
  }
}
