package dev.kujira.cli;

import dev.kujira.engine.api.TerminalPrintStream;
import dev.kujira.web.term.CommandKeys;
import dev.kujira.web.term.LineEditor;
import dev.kujira.web.term.ScreenOutput;
import dev.kujira.web.term.TerminalProgram;
import dev.kujira.web.term.Workspace;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Is the REPL of one browser terminal, driven by its keys: at the prompt the keys go to a
 * {@link LineEditor} on the WebSocket's thread (no thread waits for the learner); a complete line
 * runs on the server's command pool with the terminal's keys ({@link CommandKeys}) as the learner's
 * tty, exactly as {@link Repl} runs it ({@link Repl#runLine}); when it ends, the next prompt shows
 * and keys typed ahead meanwhile go to the editor. Unfinished lines continue after "> " as in the
 * REPL; {@code exit} and Ctrl-D end the terminal.
 */
final class WebRepl implements TerminalProgram.Attached {
  private final TerminalProgram.Wiring wiring;
  private final Workspace workspace;
  private final ScreenOutput screen;
  private final CommandKeys keys;
  private final PrintStream out;
  private final Session session;
  private final SessionCommands commands;
  private final Mirror mirror;
  private final LineEditor editor;
  private final boolean mirrorOn;
  private final Object lock = new Object();
  /** Guarded by lock: a command line runs on the pool. */
  private boolean running;
  /** Guarded by lock: keys typed after the prompt came back, while the page's view is published. */
  private final java.io.ByteArrayOutputStream afterPrompt = new java.io.ByteArrayOutputStream();
  /** Guarded by lock: the prompt is back though the command's views are still being published. */
  private boolean prompted;
  /** Guarded by lock: the terminal ended (exit, Ctrl-D, hang-up). */
  private boolean ended;
  /** Guarded by lock: an unfinished line waiting for its continuation. */
  private String unfinished;
  private volatile int status;
  private long idleSince = System.nanoTime();

  WebRepl(TerminalProgram.Wiring wiring, Workspace workspace, Repl.Options options) {
    this.wiring = wiring;
    this.workspace = workspace;
    this.screen = wiring.screen();
    this.keys = new CommandKeys(screen, wiring.cols(), this::interrupt);
    this.out = new TerminalPrintStream(screen, keys::columns);
    this.session = new Session(workspace, keys, true);
    this.mirror = new Mirror(options.mirrorEnv(), options.mirrorWork(), this::confirm);
    this.commands = new SessionCommands(session, mirror, options.access());
    this.editor = new LineEditor(text -> screen.write(text.getBytes(StandardCharsets.UTF_8), 0,
        text.getBytes(StandardCharsets.UTF_8).length), this::complete);
    this.mirrorOn = options.mirror();
  }

  /** Shows the banner and the first prompt. */
  void start() {
    synchronized (lock) {
      out.println(Repl.BANNER);
      if (mirrorOn) {
        mirror.enable(out);
      }
      editor.start(prompt());
      screen.flush();
    }
  }

  @Override
  public void keys(byte[] bytes) {
    synchronized (lock) {
      if (ended) {
        return;
      }
      if (running && prompted) {
        // The prompt is back: these keys are the editor's, after those typed ahead of it.
        afterPrompt.writeBytes(bytes);
      } else if (running) {
        keys.type(bytes);
      } else {
        feed(bytes);
      }
    }
  }

  /** Gives {@code bytes} to the editor until a line starts running; the rest waits for that command. */
  private void feed(byte[] bytes) {
    for (int i = 0; i < bytes.length && !ended; i++) {
      LineEditor.Event e = editor.key(bytes[i]);
      if (e != null) {
        handle(e);
      }
      if (running) {
        if (i + 1 < bytes.length) {
          keys.type(java.util.Arrays.copyOfRange(bytes, i + 1, bytes.length));
        }
        break;
      }
    }
    screen.flush();
  }

  private void handle(LineEditor.Event e) {
    if (e instanceof LineEditor.Event.Line l) {
      line(l.text());
    } else if (e instanceof LineEditor.Event.Interrupt) {
      unfinished = null;
      session.engine().interruptPrompt();
      status = 130;
      editor.start(prompt());
    } else if (unfinished != null) {
      // Ctrl-D in a continuation runs what there is, and the shell reports what is missing.
      String text = unfinished;
      unfinished = null;
      submit(text);
    } else {
      end();
    }
  }

  private void line(String typed) {
    String text = unfinished == null ? typed : unfinished + "\n" + typed;
    if (!SessionCommands.isSessionCommand(text) && session.engine().needsMoreInput(text)) {
      unfinished = text;
      editor.start("> ");
      return;
    }
    unfinished = null;
    String trimmed = text.strip();
    if (trimmed.equals("exit") || trimmed.startsWith("exit ")) {
      status = Repl.exitStatus(trimmed, status);
      end();
    } else if (trimmed.isEmpty()) {
      editor.start(prompt());
    } else {
      submit(text);
    }
  }

  /** Runs {@code text} on the command pool; the prompt comes back when it ends. */
  private void submit(String text) {
    running = true;
    long idle = (System.nanoTime() - idleSince) / 1_000_000;
    wiring.commands().execute(() -> run(text, idle));
  }

  private void run(String text, long idleMillis) {
    // The page's picture and the session's records follow the prompt rather than delay it.
    workspace.holdViews();
    try {
      if (session.realTime()) {
        // The wall clock's time since the last command passes on the simulated machine too.
        session.engine().advance(idleMillis);
      }
      session.takeInterrupt();
      status = Repl.runLine(text, InputStream.nullInputStream(), session, commands, mirror, out);
      if (session.takeInterrupt() && status == 130) {
        // After a command given up with Ctrl-C the shell's next prompt starts a new line.
        out.println();
      }
    } catch (RuntimeException e) {
      out.println("kujira: internal error: " + e);
      status = 1;
    } finally {
      out.flush();
      synchronized (lock) {
        idleSince = System.nanoTime();
        if (ended) {
          session.close();
        } else {
          editor.start(prompt());
          screen.flush();
          prompted = true;
        }
      }
      try {
        workspace.publishViews();
      } finally {
        // Keys typed until now waited for the command; they go to the editor in the order typed.
        synchronized (lock) {
          running = false;
          prompted = false;
          byte[] ahead = keys.drain();
          byte[] after = afterPrompt.toByteArray();
          afterPrompt.reset();
          if (!ended) {
            feed(ahead);
            if (!running) {
              feed(after);
            } else {
              keys.type(after);
            }
          }
        }
      }
    }
  }

  private String prompt() {
    return Repl.prompt(session.engine().cwd());
  }

  private java.util.List<String> complete(String text) {
    return session.engine().complete(text, text.length());
  }

  /** Ctrl-C while a command runs. */
  private void interrupt() {
    session.interrupt();
  }

  /** Asks mirror mode's question on the terminal and reads the answer (on the command's thread). */
  private boolean confirm(String question) {
    out.print(question);
    out.flush();
    keys.keys(true);
    StringBuilder answer = new StringBuilder();
    try {
      int c;
      while ((c = keys.read(60_000)) >= 0 && c != '\n' && c != 3) {
        answer.append((char) c);
      }
      return c == '\n' && (answer.toString().strip().equalsIgnoreCase("y")
          || answer.toString().strip().equalsIgnoreCase("yes"));
    } finally {
      keys.keys(false);
    }
  }

  /** Ends the terminal by itself (exit, Ctrl-D); called with the lock held. */
  private void end() {
    ended = true;
    screen.flush();
    session.close();
    wiring.ended().run();
  }

  @Override
  public void resize(int cols, int rows) {
    keys.columns(cols);
  }

  @Override
  public void hangUp() {
    boolean idle;
    synchronized (lock) {
      if (ended) {
        return;
      }
      ended = true;
      idle = !running;
    }
    keys.hangUp();
    if (idle) {
      session.close();
    } else {
      session.interrupt();
    }
  }
}
