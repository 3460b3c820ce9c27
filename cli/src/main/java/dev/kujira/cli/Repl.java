package dev.kujira.cli;

import dev.kujira.cli.term.JLineClientTerminal;
import dev.kujira.engine.EngineOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Is the interactive terminal: a prompt like a Debian shell's that reads a line (JLine: editing,
 * history kept in {@code ~/.kujira/history}, tab completion from {@code Engine.complete}) and
 * runs it on the session's engine, as a shell with docker installed would. Ctrl-C cancels the
 * line, Ctrl-D or {@code exit} ends; lines starting with ":" are the session's own commands
 * ({@link SessionCommands}). On a pipe ({@code echo 'docker ps' | ./kujira}) there is no banner
 * and no prompt, and the exit status is the last command's.
 */
public final class Repl {
  private static final String GREEN = "\u001b[01;32m";
  private static final String BLUE = "\u001b[01;34m";
  private static final String RESET = "\u001b[0m";
  /** The first line a terminal shows. */
  static final String BANNER = "kujira: a simulated Docker 26.1 terminal (offline). Type docker commands; :help for more, "
      + "Ctrl-D to leave.";

  /**
   * Says how to start the REPL.
   *
   * @param archives {@code docker save} archives loaded silently first
   * @param history the history file, or null for none
   * @param mirror whether mirror mode starts on
   * @param mirrorEnv the real docker CLI's environment
   * @param mirrorWork the real folder mirrored commands run in
   * @param access what of the real machine {@code :save}, {@code :load} and mirror may touch
   */
  public record Options(List<Path> archives, Path history, boolean mirror, Map<String, String> mirrorEnv,
      Path mirrorWork, HostAccess access) {
    /** Copies the collections. */
    public Options {
      archives = List.copyOf(archives);
      mirrorEnv = Map.copyOf(mirrorEnv);
      access = access == null ? HostAccess.NONE : access;
      mirror &= access.mirror();
    }

    /** Creates options that touch nothing of the real machine ({@link HostAccess#NONE}). */
    public Options(List<Path> archives, Path history, boolean mirror, Map<String, String> mirrorEnv, Path mirrorWork) {
      this(archives, history, mirror, mirrorEnv, mirrorWork, HostAccess.NONE);
    }

    /** Returns the options of {@code ./kujira} itself: history under ~/.kujira, the process's environment. */
    public static Options defaults() {
      Path home = Path.of(System.getProperty("user.home"), ".kujira");
      return new Options(List.of(), home.resolve("history"), false, System.getenv(), home.resolve("mirror"),
          HostAccess.local());
    }

    /** Returns a copy with {@code access} to the real machine ({@link HostAccess#NONE} for strangers' sessions). */
    public Options withHostAccess(HostAccess access) {
      return new Options(archives, history, mirror, mirrorEnv, mirrorWork, access);
    }

    /** Returns a copy with {@code archive} loaded too. */
    public Options withArchive(Path archive) {
      List<Path> list = new java.util.ArrayList<>(archives);
      list.add(archive);
      return new Options(list, history, mirror, mirrorEnv, mirrorWork, access);
    }

    /** Returns a copy with mirror mode on or off. */
    public Options withMirror(boolean on) {
      return new Options(archives, history, on, mirrorEnv, mirrorWork, access);
    }

    /** Returns a copy with another history file (null: none). */
    public Options withHistory(Path file) {
      return new Options(archives, file, mirror, mirrorEnv, mirrorWork, access);
    }
  }

  private Repl() {
  }

  /** Runs the REPL on the process's terminal (a dumb one when stdin is a pipe). */
  public static int runOnSystemTerminal(Options options) throws IOException {
    try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
      return run(terminal, options);
    }
  }

  /** Returns whether {@code terminal} is a pipe or a file rather than a terminal. */
  static boolean isDumb(Terminal terminal) {
    return Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
  }

  /** Runs the REPL on {@code terminal} until end of input; returns the last exit status. */
  public static int run(Terminal terminal, Options options) throws IOException {
    return run(terminal, options, null, true);
  }

  /**
   * Runs the REPL on {@code terminal} with its lines on {@code workspace} (null: a fresh one of
   * its own); without {@code hostAccess} (a browser's terminal) :save, :load and :mirror are refused.
   */
  static int run(Terminal terminal, Options options, dev.kujira.web.term.Workspace workspace, boolean hostAccess)
      throws IOException {
    if (!hostAccess) {
      // A browser's terminal: nothing of the server's machine is reachable (:save, :load, mirror).
      options = options.withHostAccess(HostAccess.NONE);
    }
    boolean dumb = isDumb(terminal);
    JLineClientTerminal client = dumb ? null : new JLineClientTerminal(terminal);
    // On a terminal, programs see one (ls prints columns as wide as the window); on a pipe, a pipe.
    PrintStream out = client == null ? new PrintStream(terminal.output(), true, StandardCharsets.UTF_8)
        : new dev.kujira.engine.api.TerminalPrintStream(terminal.output(), client::columns);
    EngineOptions engineOptions = EngineOptions.defaults();
    if (client != null) {
      // A learner at a terminal sees today's date and times (date, docker ps, logs); pipes and
      // tests keep the fixed start, so their transcripts stay the same from run to run.
      engineOptions = engineOptions.withStart(System.currentTimeMillis());
    }
    for (Path a : options.archives()) {
      engineOptions = engineOptions.withArchive(a);
    }
    try (Session session = workspace == null ? new Session(engineOptions, client, !dumb)
        : new Session(workspace, client, !dumb)) {
      LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal)
          .completer((reader, line, candidates) -> {
            String text = line.line().substring(0, line.cursor());
            for (String c : session.engine().complete(text, text.length())) {
              candidates.add(new Candidate(c));
            }
          })
          .variable(LineReader.HISTORY_FILE, dumb ? null : options.history())
          .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
      if (!dumb && options.history() != null) {
        java.nio.file.Files.createDirectories(options.history().getParent());
      }
      LineReader reader = builder.build();
      // Ctrl-C during a command must not end kujira: a following client (logs -f) reads it as a key
      // (readLine handles its own).
      terminal.handle(Terminal.Signal.INT, signal -> {
        if (client != null) {
          client.interrupt();
        }
        session.interrupt();
      });
      Mirror mirror = new Mirror(options.mirrorEnv(), options.mirrorWork(), question -> !dumb && confirm(reader, question));
      SessionCommands commands = new SessionCommands(session, mirror, options.access());
      if (!dumb) {
        out.println(BANNER);
      }
      if (options.mirror()) {
        mirror.enable(out);
      }
      // The terminal stays in command mode between the prompts (JLine's line editing saves and
      // restores it around each prompt): keys typed ahead of a command that reads the terminal
      // wait for the engine's line discipline instead of being echoed by the system's tty in the
      // moment between the prompt and the command (seen as "hellohello" under load).
      if (client != null) {
        client.commandMode(true);
      }
      return loop(reader, terminal, session, commands, mirror, out, client);
    } finally {
      if (client != null) {
        client.commandMode(false);
      }
      terminal.flush();
    }
  }

  private static int loop(LineReader reader, Terminal terminal, Session session, SessionCommands commands,
      Mirror mirror, PrintStream out, JLineClientTerminal client) {
    boolean dumb = client == null;
    int status = 0;
    long idleSince = System.nanoTime();
    while (true) {
      String line;
      try {
        line = reader.readLine(dumb ? "" : prompt(session.engine().cwd()));
      } catch (UserInterruptException e) {
        session.engine().interruptPrompt();
        status = 130;
        continue;
      } catch (EndOfFileException e) {
        String partial = e.getPartialLine();
        if (partial != null && !partial.isBlank()) {
          status = runLine(partial, terminal.input(), session, commands, mirror, out);
        }
        return status;
      }
      line = continued(reader, session, line, dumb);
      if (line == null) {
        continue;
      }
      if (session.realTime()) {
        // The wall clock's time since the last command passes on the simulated machine too.
        session.engine().advance((System.nanoTime() - idleSince) / 1_000_000);
      }
      String trimmed = line.strip();
      if (trimmed.equals("exit") || trimmed.startsWith("exit ")) {
        return exitStatus(trimmed, status);
      }
      if (!trimmed.isEmpty()) {
        if (client != null) {
          client.clearInterrupt();
        }
        session.takeInterrupt();
        status = runLine(line, terminal.input(), session, commands, mirror, out);
        if (session.takeInterrupt() && status == 130) {
          // After a command given up with Ctrl-C the shell's next prompt starts a new line.
          out.println();
        }
      }
      idleSince = System.nanoTime();
    }
  }

  /**
   * Reads the rest of an unfinished command line as bash does, with its PS2 prompt "> ": an open
   * quote, if/for/while, a here-document or a trailing backslash. Ctrl-C drops it all (null);
   * Ctrl-D runs what there is, and the shell reports what is missing.
   */
  private static String continued(LineReader reader, Session session, String line, boolean dumb) {
    String text = line;
    while (!SessionCommands.isSessionCommand(text) && session.engine().needsMoreInput(text)) {
      try {
        text = text + "\n" + reader.readLine(dumb ? "" : "> ");
      } catch (UserInterruptException e) {
        return null;
      } catch (EndOfFileException e) {
        return text;
      }
    }
    return text;
  }

  /**
   * Runs one complete line: a session command, a mirrored docker command, or a host command line
   * whose standard input is the learner's terminal ({@code raw}: the terminal's own stream, for a pipe).
   */
  static int runLine(String line, java.io.InputStream raw, Session session, SessionCommands commands, Mirror mirror,
      PrintStream out) {
    if (SessionCommands.isSessionCommand(line)) {
      return commands.run(line, raw, out);
    }
    if (mirror.on() && Mirror.mirrored(line)) {
      return mirror.run(session, line, raw, out);
    }
    // The learner's terminal with a tty's line discipline (Ctrl-D ends, Ctrl-C interrupts); a pipe as it is.
    java.io.InputStream stdin = session.engine().terminalInput();
    int status = session.run(line, stdin == null ? raw : stdin, out, out);
    out.flush();
    return status;
  }

  /** Returns the status {@code exit [N]} asks for, as a shell does (the last status without N). */
  static int exitStatus(String exitLine, int last) {
    String arg = exitLine.substring(4).strip();
    if (arg.isEmpty()) {
      return last;
    }
    try {
      return Integer.parseInt(arg) & 0xff;
    } catch (NumberFormatException e) {
      return 2;
    }
  }

  private static boolean confirm(LineReader reader, String question) {
    try {
      String answer = reader.readLine(question);
      return answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes");
    } catch (UserInterruptException | EndOfFileException e) {
      return false;
    }
  }

  /** Returns the prompt of Debian's bash for root on host kujira, in its colours. */
  static String prompt(String cwd) {
    String dir = cwd.equals("/root") ? "~" : cwd.startsWith("/root/") ? "~" + cwd.substring(5) : cwd;
    return GREEN + "root@kujira" + RESET + ":" + BLUE + dir + RESET + "# ";
  }
}
