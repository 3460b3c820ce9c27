package dev.kujira.engine.shell;

import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsError;
import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.shell.ShellNode.Redirect;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a command's redirections in order (so {@code 2>&1 >/dev/null} sends stderr to the old
 * stdout) and writes redirected output to its files when the command is done.
 */
final class Redirections {
  private final List<Runnable> onClose = new ArrayList<>();
  /** Whether file outputs write through at once (redirections that stay, from exec). */
  boolean writeThrough;
  /** Where a failed final write is reported (the command's stderr before redirection). */
  private PrintStream errors = new PrintStream(java.io.OutputStream.nullOutputStream());

  Io apply(Interpreter sh, List<Redirect> redirects, Io io) {
    errors = io.err();
    Io cur = io;
    for (Redirect r : redirects) {
      cur = one(sh, r, cur);
    }
    return cur;
  }

  /** Flushes redirected output into its files. */
  void close() {
    for (Runnable r : onClose) {
      try {
        r.run();
      } catch (FsException e) {
        errors.println("sh: write error: " + e.error().message());
      }
    }
  }

  private Io one(Interpreter sh, Redirect r, Io io) {
    FileSystemView fs = sh.proc().fs();
    String op = r.op();
    if (op.equals("<<<")) {
      // A here-string (bash(1), "Here Strings"; busybox ash's bash compatibility too): the word,
      // expanded, and a newline.
      String body = sh.expander().single(r.target()) + "\n";
      return new Io(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), io.out(), io.err());
    }
    if (op.startsWith("<<")) {
      String body = sh.heredoc(Integer.parseInt(r.target()));
      if (!r.quotedHeredoc()) {
        body = sh.expander().single(heredocWord(body));
      }
      return new Io(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), io.out(), io.err());
    }
    String target = sh.expander().single(r.target());
    if (op.equals(">&") || op.equals("<&")) {
      PrintStream to = target.equals("1") ? io.out() : target.equals("2") ? io.err() : null;
      if (to == null && !target.equals("-") && !target.equals("0")) {
        return output(sh, fs, r.fd(), target, false, io);
      }
      return r.fd() == 2 ? new Io(io.in(), io.out(), to == null ? nullStream() : to)
          : r.fd() == 1 ? new Io(io.in(), to == null ? nullStream() : to, io.err()) : io;
    }
    if (op.equals("<") || op.equals("<>")) {
      if (target.equals("/dev/null")) {
        return new Io(new ByteArrayInputStream(new byte[0]), io.out(), io.err());
      }
      try {
        return new Io(new ByteArrayInputStream(fs.read(target)), io.out(), io.err());
      } catch (FsException e) {
        throw new ShellRuntimeError(sh.dialect() == Dialect.ASH ? "can't open " + target + ": " + ashMessage(e, "no such file")
            : target + ": " + e.error().message(), true);
      }
    }
    if (op.equals("&>")) {
      Io both = output(sh, fs, 1, target, false, io);
      return new Io(both.in(), both.out(), both.out());
    }
    return output(sh, fs, r.fd(), target, op.equals(">>"), io);
  }

  /** Is busybox ash's errmsg(): ENOENT and ENOTDIR get its own words, others strerror. */
  private static String ashMessage(FsException e, String missing) {
    return e.error() == FsError.ENOENT || e.error() == FsError.ENOTDIR ? missing : e.error().message();
  }

  private static String heredocWord(String body) {
    // Expand as inside double quotes, but a '"' in the body is literal.
    return "\"" + body.replace("\\\"", "\\\\\"").replace("\"", "\\\"") + "\"";
  }

  private Io output(Interpreter sh, FileSystemView fs, int fd, String target, boolean append, Io io) {
    PrintStream stream;
    if (target.equals("/dev/null")) {
      stream = nullStream();
    } else if (target.equals("/dev/stdout")) {
      stream = io.out();
    } else if (target.equals("/dev/stderr")) {
      stream = io.err();
    } else {
      try {
        // Opening checks permissions at once, also for >> (O_APPEND on a read-only file fails here).
        fs.write(target, new byte[0], append);
      } catch (FsException e) {
        throw new ShellRuntimeError(sh.dialect() == Dialect.ASH
            ? "can't create " + target + ": " + ashMessage(e, "nonexistent directory")
            : target + ": " + e.error().message(), true);
      }
      if (writeThrough) {
        // A redirection that outlives the command (exec >file): each write lands in the file at once,
        // so the script can read what it wrote.
        stream = new PrintStream(new java.io.OutputStream() {
          @Override
          public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            fs.write(target, java.util.Arrays.copyOfRange(b, off, off + len), true);
          }
        }, true, StandardCharsets.UTF_8);
        return fd == 2 ? new Io(io.in(), io.out(), stream) : fd == 1 ? new Io(io.in(), stream, io.err()) : io;
      }
      ByteArrayOutputStream buf = new dev.kujira.engine.fs.QuotaBuffer(target);
      stream = new PrintStream(buf, true, StandardCharsets.UTF_8);
      PrintStream s = stream;
      onClose.add(() -> {
        s.flush();
        fs.write(target, buf.toByteArray(), true);
      });
    }
    if (fd == 2) {
      return new Io(io.in(), io.out(), stream);
    }
    if (fd == 1) {
      return new Io(io.in(), stream, io.err());
    }
    return io;
  }

  static PrintStream nullStream() {
    return new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
  }
}
