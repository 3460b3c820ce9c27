package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.api.ClientTerminal;
import dev.kujira.engine.api.TtySession;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import java.util.Optional;

/**
 * Is the docker client's side of an attached terminal (docker/cli's hijacked stream with the
 * local terminal in raw mode): it forwards every key, lets the engine's time pass while no key
 * comes, and watches for the detach keys, Ctrl-P then Ctrl-Q (Docker's default; a Ctrl-P not
 * followed by Ctrl-Q is passed on with the next key).
 */
public final class TerminalClient {
  /** How long one wait for a key lasts, in the client's milliseconds. */
  private static final long POLL_MILLIS = 50;
  private static final int CTRL_P = 0x10;
  private static final int CTRL_Q = 0x11;

  private TerminalClient() {
  }

  /** Returns the learner's terminal when this client reads from it (not from a pipe or a file). */
  static Optional<ClientTerminal> of(CliContext cli) {
    return cli.terminal() ? cli.api().clientTerminal() : Optional.empty();
  }

  /** Forwards keys until the process ends (its exit code) or the client detaches (empty). */
  static Optional<Integer> pump(ClientTerminal terminal, TtySession session) {
    terminal.raw(true);
    session.resize(terminal.columns());
    try {
      boolean escape = false;
      boolean closed = false;
      terminal.elapsedMillis();
      while (!session.ended()) {
        int b = closed ? ClientTerminal.TIMEOUT : terminal.read(POLL_MILLIS);
        session.elapse(Math.max(closed ? POLL_MILLIS : 0, terminal.elapsedMillis()));
        if (b == ClientTerminal.TIMEOUT || session.ended()) {
          continue;
        }
        if (b < 0) {
          closed = true;
          session.hangUp();
          continue;
        }
        if (escape) {
          escape = false;
          if (b == CTRL_Q) {
            session.detach();
            return Optional.empty();
          }
          session.key(CTRL_P);
        }
        if (b == CTRL_P) {
          escape = true;
          continue;
        }
        session.key(b);
      }
      return Optional.of(session.exitCode());
    } finally {
      terminal.raw(false);
    }
  }

  /**
   * Runs the attach of {@code docker attach} and {@code docker exec -it}: a detach ends the command
   * with "read escape sequence" and status 1 (seen on the real engine under tmux).
   */
  static void attached(ClientTerminal terminal, TtySession session) {
    Optional<Integer> code = pump(terminal, session);
    if (code.isEmpty()) {
      throw new CliException("read escape sequence", 1);
    }
    if (code.get() != 0) {
      throw new CliException("", code.get());
    }
  }

  /**
   * Streams until the source ends or the learner presses Ctrl-C: {@code poll} prints what is new
   * after each wait, and time passes as the learner waits (always at the wall clock's pace, as
   * there is nothing to skip to). Ctrl-C ends the command with 130, as a shell
   * reports a client ended by SIGINT.
   */
  public static void follow(CliContext cli, ClientTerminal terminal, Runnable poll, java.util.function.BooleanSupplier alive) {
    follow(cli, terminal, poll, alive, null);
  }

  /**
   * Streams as {@link #follow(CliContext, ClientTerminal, Runnable, java.util.function.BooleanSupplier)},
   * but a Ctrl-C runs {@code onInterrupt} and goes on when it is given (docker attach forwarding
   * the signal to the container).
   */
  public static void follow(CliContext cli, ClientTerminal terminal, Runnable poll, java.util.function.BooleanSupplier alive,
      Runnable onInterrupt) {
    // Keys echo as on docker's cooked terminal; Ctrl-C, a signal there, comes here as a key.
    terminal.keys(true);
    try {
      terminal.elapsedMillis();
      while (alive.getAsBoolean()) {
        int b = terminal.read(POLL_MILLIS);
        cli.api().clockAdvance(terminal.elapsedMillis());
        poll.run();
        if (b == 0x03 && onInterrupt != null) {
          onInterrupt.run();
          continue;
        }
        if (b == 0x03) {
          // The terminal has echoed "^C" itself (ECHOCTL); the shell's prompt comes on the next line.
          cli.out().println();
          cli.out().flush();
          throw new CliException("", 130);
        }
      }
      poll.run();
    } finally {
      terminal.keys(false);
    }
  }
}
