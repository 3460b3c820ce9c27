package dev.kujira.cli.term;

import dev.kujira.engine.api.ClientTerminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * Lends the REPL's JLine terminal to an attached docker client: raw mode while it is attached and
 * key reads with a timeout (characters re-encoded as the UTF-8 bytes a real terminal sends).
 */
public final class JLineClientTerminal implements ClientTerminal {
  private final Terminal terminal;
  private final ArrayDeque<Integer> pending = new ArrayDeque<>();
  private Attributes saved;
  private long last = System.nanoTime();
  private final java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();

  /** Records a Ctrl-C that came as a signal (the terminal not raw): the next read returns it as 0x03. */
  public void interrupt() {
    interrupted.set(true);
    if (beforeCommand != null) {
      // The tty's ECHOCTL, off while the command runs quiet: bash's "^C" before the next prompt.
      write("^C".getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Forgets an interrupt that nobody read (one that came before the current command line). */
  public void clearInterrupt() {
    interrupted.set(false);
  }

  @Override
  public long elapsedMillis() {
    long now = System.nanoTime();
    long ms = (now - last) / 1_000_000;
    last = now;
    return ms;
  }

  @Override
  public int columns() {
    int w = terminal.getWidth();
    // A dumb terminal or a pipe reports 0: programs then format for the usual 80 columns.
    return w > 0 ? w : 80;
  }

  /** Wraps {@code terminal}, the learner's own. */
  public JLineClientTerminal(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public int read(long timeoutMillis) {
    if (!pending.isEmpty()) {
      return pending.poll();
    }
    if (interrupted.getAndSet(false)) {
      return 0x03;
    }
    terminal.flush();
    try {
      NonBlockingReader reader = terminal.reader();
      int c = reader.read(timeoutMillis);
      if (c == NonBlockingReader.READ_EXPIRED) {
        return TIMEOUT;
      }
      if (c < 0) {
        return -1;
      }
      if (c < 0x80) {
        return c;
      }
      for (byte b : String.valueOf((char) c).getBytes(StandardCharsets.UTF_8)) {
        pending.add(b & 0xff);
      }
      return pending.poll();
    } catch (IOException e) {
      return -1;
    }
  }

  private Attributes beforeCommand;

  /**
   * Switches the terminal for the time a command line runs (or back): keys are neither echoed nor
   * cooked by the system's tty but wait, as typed, for the engine's line discipline
   * (TerminalInput), which echoes them when a program reads them; Ctrl-C stays a signal. Without
   * this a key typed ahead would be echoed twice, and a Ctrl-D typed ahead would be the system
   * tty's end of file, which ends the REPL's input for good.
   */
  public void commandMode(boolean on) {
    if (on && beforeCommand == null) {
      beforeCommand = terminal.getAttributes();
      Attributes quiet = new Attributes(beforeCommand);
      quiet.setLocalFlags(java.util.EnumSet.of(Attributes.LocalFlag.ICANON, Attributes.LocalFlag.ECHO,
          Attributes.LocalFlag.IEXTEN), false);
      quiet.setControlChar(Attributes.ControlChar.VMIN, 1);
      quiet.setControlChar(Attributes.ControlChar.VTIME, 0);
      terminal.setAttributes(quiet);
    } else if (!on && beforeCommand != null) {
      terminal.setAttributes(beforeCommand);
      beforeCommand = null;
    }
  }

  @Override
  public void write(byte[] bytes) {
    try {
      terminal.output().write(bytes);
      terminal.output().flush();
    } catch (IOException e) {
      // The terminal went away: nothing to show.
    }
  }

  @Override
  public void keys(boolean on) {
    if (on && saved == null) {
      saved = terminal.getAttributes();
      Attributes keys = new Attributes(saved);
      keys.setLocalFlags(java.util.EnumSet.of(Attributes.LocalFlag.ICANON, Attributes.LocalFlag.ISIG), false);
      // Echoed as on docker's cooked terminal, even while a command line runs quiet (commandMode).
      keys.setLocalFlags(java.util.EnumSet.of(Attributes.LocalFlag.ECHO, Attributes.LocalFlag.ECHOCTL), true);
      terminal.setAttributes(keys);
    } else if (!on && saved != null) {
      terminal.setAttributes(saved);
      saved = null;
    }
    terminal.flush();
  }

  @Override
  public void raw(boolean raw) {
    if (raw && saved == null) {
      saved = terminal.enterRawMode();
      // As docker's own raw mode (moby/term MakeRaw): Ctrl-C, Ctrl-\ and Ctrl-Z are keys for the
      // container, not signals to kujira, and output is not post-processed (the container's tty adds "\r").
      Attributes rawAttrs = new Attributes(terminal.getAttributes());
      rawAttrs.setLocalFlags(java.util.EnumSet.of(Attributes.LocalFlag.ISIG), false);
      rawAttrs.setInputFlags(java.util.EnumSet.of(Attributes.InputFlag.IXON, Attributes.InputFlag.ICRNL), false);
      rawAttrs.setOutputFlag(Attributes.OutputFlag.OPOST, false);
      terminal.setAttributes(rawAttrs);
    } else if (!raw && saved != null) {
      terminal.setAttributes(saved);
      saved = null;
    }
    terminal.flush();
  }

}
