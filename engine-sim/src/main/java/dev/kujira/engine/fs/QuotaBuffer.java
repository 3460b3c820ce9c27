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
  private boolean pipe;
  private boolean full;
  private long demandLines = -1;
  private long demandBytes = -1;
  private long lines;
  private java.util.function.LongSupplier clock;
  private long readerGone = Long.MAX_VALUE;

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
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    check(len);
    if (demandLines >= 0 && lines < demandLines) {
      for (int i = off; i < off + len && lines < demandLines; i++) {
        if (b[i] == '\n' && ++lines == demandLines) {
          demandBytes = count + (i - off) + 1;
        }
      }
    }
    super.write(b, off, len);
    if (clock != null && readerGone == Long.MAX_VALUE && demandBytes >= 0 && count >= demandBytes) {
      // The reader has what it wanted and exits now: what the writer writes later finds no reader.
      readerGone = clock.getAsLong();
    }
  }

  /**
   * Makes this buffer a pipe between two stages: past its bound the writer is stopped with EPIPE
   * (as SIGPIPE would end it) instead of ENOSPC; {@link #full()} then tells the pipeline.
   */
  public QuotaBuffer asPipe() {
    pipe = true;
    return this;
  }

  /**
   * Says that this pipe's reader takes only its first {@code lines} lines (or, if {@code bytes}
   * is not negative, bytes) and then exits, as {@code head} does: once the pipe holds them and
   * the {@link #PIPE_BYTES} a real pipe would hold past them, the writer's next write fails with
   * EPIPE, as it would once the reader has gone.
   */
  public QuotaBuffer demand(long lines, long bytes) {
    this.demandLines = bytes < 0 ? lines : -1;
    this.demandBytes = bytes < 0 && lines == 0 ? 0 : bytes;
    return this;
  }

  /**
   * Gives the pipe the writer's clock: once the reader has its lines it is gone, so a write at a later
   * moment fails with EPIPE at once (a container's {@code echo a; sleep 1; echo b} into {@code head -1}),
   * while what the writer writes in the same moment still fits the pipe's buffer.
   */
  public QuotaBuffer clock(java.util.function.LongSupplier now) {
    this.clock = now;
    return this;
  }

  /** What a Linux pipe holds before its writer blocks (16 pages). */
  public static final int PIPE_BYTES = 64 << 10;

  /** Returns whether the reader has taken what it wanted and gone, as the writer's clock reads now. */
  public synchronized boolean readerGone() {
    return clock != null && readerGone != Long.MAX_VALUE && clock.getAsLong() > readerGone;
  }

  /** Returns whether a write found this pipe full (its writer was stopped). */
  public synchronized boolean full() {
    return full;
  }

  private void check(int len) {
    if (readerGone()) {
      throw new FsException(FsError.EPIPE, name);
    }
    if ((long) count + len > limit || demandBytes >= 0 && (long) count + len > demandBytes + PIPE_BYTES) {
      full = pipe;
      throw new FsException(pipe ? FsError.EPIPE : FsError.ENOSPC, name);
    }
    // Every buffer of a command line together is bounded too (a pipeline of many stages).
    dev.kujira.engine.util.Budget.hold(len);
  }

  /**
   * Is the writing end of a pipeline's pipe, as a stream a program can recognise: an endless writer
   * (yes) ends at what the buffered pipe holds there, since its reader runs only after it, where
   * into a file or a terminal it blocks until a signal ends it.
   */
  public static final class PipeEnd extends java.io.PrintStream {
    /** Wraps {@code pipe}'s writing end (UTF-8, flushing as a pipe's writes go at once). */
    public PipeEnd(QuotaBuffer pipe) {
      super(pipe, true, java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
