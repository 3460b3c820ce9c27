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
