package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.fs.FsError;
import dev.kujira.engine.fs.FsException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The docker client's copy of an attached container's output to its own stdout. When that stdout is
 * a pipe whose reader has gone ({@code docker run … | head -1}), the write fails with EPIPE: the client
 * that proxies signals ({@code --sig-proxy}, the default) has SIGPIPE caught, so it stops copying and
 * ends with "write /dev/stdout: broken pipe" and status 1; without the proxy SIGPIPE kills it (141)
 * quietly (both recorded on Docker 26.1: conformance b49). Later output is dropped.
 */
final class ClientStdout extends OutputStream {
  private final PrintStream out;
  private boolean broken;

  private ClientStdout(PrintStream out) {
    this.out = out;
  }

  /** Wraps the client's stdout. */
  static ClientStdout of(PrintStream out) {
    return new ClientStdout(out);
  }

  /**
   * Returns the learner's terminal as a container without {@code -t} sees it: the same bytes, but no
   * terminal (isatty false), so {@code docker exec web ls} prints one name per line as on Docker
   * (seed 004, L477). The stream keeps the terminal's own flushing: a flush per byte split
   * full-width characters on the web terminal (commit 2e41c63).
   */
  static PrintStream notATerminal(PrintStream terminal) {
    if (dev.kujira.engine.api.TerminalPrintStream.columnsOf(terminal) == 0) {
      return terminal;
    }
    return new PrintStream(new java.io.FilterOutputStream(terminal) {
      @Override
      public void write(int b) {
        terminal.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        terminal.write(b, off, len);
      }

      @Override
      public void flush() {
        terminal.flush();
      }
    }, true, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Returns the wrapped stream as the client hands it to the attach. */
  PrintStream stream() {
    return new PrintStream(this, true, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Whether a write found the reader gone. */
  boolean broken() {
    return broken;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    if (broken) {
      return;
    }
    try {
      out.write(b, off, len);
      out.flush();
    } catch (FsException e) {
      if (e.error() != FsError.EPIPE) {
        throw e;
      }
      broken = true;
    }
  }

  @Override
  public void flush() {
    if (!broken) {
      try {
        out.flush();
      } catch (FsException e) {
        broken = true;
      }
    }
  }
}
