package dev.kujira.cli.learn;

import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.model.Lang;
import dev.kujira.lessons.model.Lesson;
import dev.kujira.lessons.model.Question;
import dev.kujira.lessons.run.Prediction;
import dev.kujira.lessons.model.Task;
import dev.kujira.lessons.model.Text;
import dev.kujira.lessons.run.LessonSession;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * Is a lesson in the terminal: the step's prose and tasks, a prompt that runs docker commands on
 * the lesson's engine, ticks (✔) as tasks complete after each command, a detector's explanation
 * after a mistake, and the session commands :tasks :hint :next :prev :reset :undo :solution
 * :lang :help.
 */
final class LearnRepl {
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";
  private final Terminal terminal;
  private final LessonSession session;
  private final PrintStream out;
  private final boolean drill;
  private final LineReader reader;
  private Lang lang;
  private long since = System.nanoTime();
  private boolean solutionShown;
  private boolean stumbled;
  private Outcome outcome;
  private final dev.kujira.cli.term.JLineClientTerminal client;
  private String next;

  /** Says how a lesson or drill in the terminal ended. */
  enum Outcome {
    /** The learner left (exit, Ctrl-D). */
    QUIT,
    /** A drill was solved (every task done, or its question answered). */
    SOLVED,
    /** A drill was solved after showing the solution, answered wrongly, or skipped. */
    MISSED
  }

  LearnRepl(Terminal terminal, LineReader reader, Lesson lesson, Lang lang, boolean drill) {
    this.terminal = terminal;
    this.reader = reader;
    this.lang = lang;
    this.drill = drill;
    this.out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
    this.session = LessonSession.open(lesson, EngineOptions.defaults());
    // The learner's own terminal, as in the free REPL: -it shells, attach, Ctrl-P Ctrl-Q, and
    // programs reading the terminal end on Ctrl-D and Ctrl-C.
    this.client = isDumb() ? null : new dev.kujira.cli.term.JLineClientTerminal(terminal);
    session.engine().setTerminal((dev.kujira.engine.api.ClientTerminal) client);
    terminal.handle(Terminal.Signal.INT, signal -> {
      if (client != null) {
        client.interrupt();
      }
      session.engine().interrupt();
    });
  }

  LearnRepl(Terminal terminal, Lesson lesson, Lang lang) {
    this(terminal, reader(terminal), lesson, lang, false);
  }

  /** Names the lesson that follows this one in its track's order, shown once every task is done. */
  LearnRepl next(String lessonId) {
    this.next = lessonId;
    return this;
  }

  static LineReader reader(Terminal terminal) {
    return LineReaderBuilder.builder().terminal(terminal).option(LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
  }

  int run() {
    run(BOLD + session.lesson().title().in(lang) + RESET);
    return 0;
  }

  /** Runs the lesson (or drill) under {@code heading} until the learner leaves or, for a drill, until it ends. */
  Outcome run(String heading) {
    terminal.handle(Terminal.Signal.INT, s -> session.engine().interrupt());
    out.println(heading);
    showStep();
    try {
      askQuestions();
      while (outcome == null) {
        String line;
        try {
          line = reader.readLine(drill ? t("ドリル", "drill") + "$ " : t("レッスン", "lesson") + "$ ");
        } catch (UserInterruptException e) {
          continue;
        } catch (EndOfFileException e) {
          return Outcome.QUIT;
        }
        line = continued(line);
        if (line == null) {
          continue;
        }
        String l = line.strip();
        if (l.equals("exit") || l.equals(":quit") || l.equals(":q")) {
          return Outcome.QUIT;
        }
        if (l.isEmpty()) {
          continue;
        }
        if (drill && l.equals(":skip")) {
          return Outcome.MISSED;
        }
        if (l.startsWith(":")) {
          command(l, reader);
        } else {
          docker(line);
        }
      }
      return outcome;
    } finally {
      if (!drill) {
        saveProgress();
      }
      session.close();
    }
  }

  /** Asks the current step's "predict the output" questions not answered yet; the engine computes each answer. */
  private void askQuestions() {
    for (Question q : session.pendingQuestions()) {
      out.println();
      out.println(BOLD + "? " + q.prompt().in(lang) + RESET);
      q.setup().forEach(l -> out.println(t("  （先に実行）$ ", "  (first)    $ ") + l));
      out.println("  $ " + q.run());
      Prediction p = session.predict(q);
      for (int i = 0; i < p.choices().size(); i++) {
        out.println("  " + (i + 1) + ") " + p.choices().get(i));
      }
      if (p.multipleChoice()) {
        // How to answer is the terminal's to say (the browser shows checkboxes instead).
        out.println(t("  （番号をスペース区切りで入力します。なければ -）", "  (numbers, space-separated; - for none)"));
      } else if (q.ask() == Question.Ask.SUCCEEDS) {
        out.println(t("  （y か n で答えます）", "  (y or n)"));
      }
      Boolean judged = null;
      int step = session.step();
      while (judged == null) {
        String answer;
        try {
          answer = reader.readLine(t("予想> ", "prediction> "));
        } catch (UserInterruptException | EndOfFileException e) {
          judged = session.answer(p, ""); // giving up on the question counts as a miss, as before
          break;
        }
        java.util.Optional<Boolean> r = session.tryAnswer(p, answer);
        if (r.isPresent()) {
          judged = r.get();
        } else if (p.read(answer) == Prediction.Reading.COMMAND) {
          String l = answer.strip();
          if (l.equals(":quit") || l.equals(":q")) {
            outcome = Outcome.QUIT;
            return;
          }
          command(l, reader);
          if (session.step() != step || l.equals(":reset") || l.equals(":next") || l.equals(":prev")) {
            return; // the command moved on (and asked the new step's questions itself)
          }
        } else {
          out.println(YELLOW + (q.ask() == Question.Ask.SUCCEEDS ? t("y か n で答えてください。", "Please answer y or n.")
              : p.multipleChoice() ? t("番号をスペース区切りで入力してください（なければ -）。",
                  "Please type the numbers, space-separated (- for none).")
              : t("数を入力してください。", "Please type a number.")) + RESET);
        }
      }
      boolean right = judged;
      out.println(right ? GREEN + t("✔ 正解です。", "✔ Right.") + RESET
          : YELLOW + t("✘ 違います。正解は ", "✘ Not quite. The answer is ") + p.answerText() + t(" です。", ".") + RESET);
      if (p.multipleChoice()) {
        for (int i = 0; i < p.choices().size(); i++) {
          String c = p.choices().get(i);
          boolean yes = p.correct().contains(c);
          String mark = q.ask() == Question.Ask.CACHED ? (yes ? "CACHED" : t("実行", "ran")) : (yes ? "✔" : "-");
          out.println("  " + (i + 1) + ") " + mark + "  " + c);
        }
      }
      if (q.ask() != Question.Ask.CACHED) {
        out.println(t("実際の出力:", "What it printed:"));
        List<String> lines = p.result().output().lines().toList();
        // The end is what answers the question (a pull's progress comes first, the error last).
        if (lines.size() > 12) {
          out.println("  ...");
        }
        lines.stream().skip(Math.max(0, lines.size() - 12)).forEach(l -> out.println("  " + l));
        out.println(t("  （終了コード ", "  (exit code ") + p.result().exitCode() + t("）", ")"));
      }
      if (!q.explain().en().isEmpty()) {
        out.println("💡 " + q.explain().in(lang));
      }
      if (drill && session.lesson().tasks().isEmpty()) {
        outcome = right ? Outcome.SOLVED : Outcome.MISSED;
      }
    }
  }

  private void docker(String line) {
    int step = session.step();
    PrintStream shown = out;
    if (client != null) {
      shown = new dev.kujira.engine.api.TerminalPrintStream(new LayerLines(terminal.output()), client::columns);
    }
    java.io.InputStream stdin = session.engine().terminalInput();
    if (client != null) {
      client.clearInterrupt();
      client.commandMode(true);
    }
    LessonSession.Update u;
    try {
      u = session.run(line, stdin == null ? terminal.input() : stdin, shown, shown);
    } finally {
      if (client != null) {
        client.commandMode(false);
      }
    }
    shown.flush();
    if (u.denied()) {
      Text m = session.lesson().deniedMessage();
      out.println(YELLOW + (m.en().isEmpty() ? t("このレッスンでは使えないコマンドです。", "This lesson does not allow that command.")
          : m.in(lang)) + RESET);
      return;
    }
    if (!drill) {
      saveProgress();
    }
    for (Task task : u.newlyDone()) {
      out.println(GREEN + "✔ " + task.label().in(lang) + RESET);
    }
    stumbled |= !u.mistakes().isEmpty();
    for (Text m : u.mistakes()) {
      out.println(YELLOW + "💡 " + m.in(lang) + RESET);
    }
    if (drill && session.finished() && !u.newlyDone().isEmpty()) {
      out.println(BOLD + GREEN + t("できました！", "Done!") + RESET);
      // Solved at once: up a box; after a detector had to explain a mistake, or with the solution: box 1.
      outcome = solutionShown || stumbled ? Outcome.MISSED : Outcome.SOLVED;
    } else if (session.finished() && !u.newlyDone().isEmpty()) {
      out.println(BOLD + GREEN + t("おめでとうございます！このレッスンのタスクをすべて完了しました。",
          "Well done! You have completed every task of this lesson.") + RESET);
      if (next != null) {
        out.println(t("`exit` で抜けて、次のレッスンに進みましょう: ./kujira learn " + next,
            "Leave with `exit` and go on with the next lesson: ./kujira learn " + next));
      }
      completionCode();
    } else if (session.step() != step) {
      showStep();
      askQuestions();
    }
  }

  /** Records the session in ~/.kujira/progress.json (a failure to write never ends the lesson). */
  private void saveProgress() {
    long now = System.nanoTime();
    try {
      Path file = ProgressCommand.file();
      dev.kujira.lessons.run.Progress.read(file).with(session, (now - since) / 1_000_000_000L).write(file);
      since = now;
    } catch (java.io.IOException | RuntimeException e) {
      out.println("kujira: cannot save progress: " + e.getMessage());
    }
  }

  /** Prints the completion code when a class key is installed. */
  private void completionCode() {
    try {
      java.util.Optional<byte[]> key = CodeCommands.classKey(CodeCommands.keyFile());
      if (key.isPresent()) {
        String learner = System.getenv().getOrDefault("KUJIRA_LEARNER", System.getProperty("user.name"));
        String code = dev.kujira.lessons.run.CompletionCode.create(key.get(), session.lesson().id(),
            session.lesson().version(), learner, session.engine().state().canonicalJson()).text();
        out.println(t("完了コード: ", "Completion code: ") + code);
      }
    } catch (java.io.IOException e) {
      out.println("kujira: cannot read the class key: " + e.getMessage());
    }
  }

  private void command(String l, LineReader reader) {
    String[] w = l.split("\\s+");
    switch (w[0]) {
      case ":tasks":
        showTasks();
        break;
      case ":hint":
        Optional<Text> h = session.hint();
        out.println(YELLOW + h.map(x -> x.in(lang)).orElse(t("残っているタスクはありません。", "No task left.")) + RESET);
        break;
      case ":next":
        session.goToStep(session.step() + 1);
        showStep();
        askQuestions();
        break;
      case ":prev":
        session.goToStep(session.step() - 1);
        showStep();
        askQuestions();
        break;
      case ":reset":
        session.reset();
        out.println(t("レッスンの最初の状態に戻しました。", "Back to the lesson's start state."));
        showStep();
        askQuestions();
        break;
      case ":undo":
        out.println(session.undo() ? t("直前のコマンドを取り消しました。", "Undid the last command.")
            : t("取り消せるコマンドはありません。", "Nothing to undo."));
        break;
      case ":solution":
        solution(reader);
        break;
      case ":lang":
        Lang next = w.length > 1 ? Lang.of(w[1]) : null;
        if (next == null) {
          out.println(":lang ja|en");
        } else {
          lang = next;
          showStep();
        }
        break;
      default:
        out.println(t(":tasks タスク一覧  :hint ヒント  :next / :prev ステップ移動  :reset 最初からやり直す  :undo 取り消し  "
            + ":solution 解答  :lang ja|en 言語" + (drill ? "  :skip 次のドリルへ" : "") + "  exit 終了",
            ":tasks tasks  :hint a hint  :next / :prev move between steps  :reset start over  :undo undo  "
            + ":solution the answer  :lang ja|en language" + (drill ? "  :skip next drill" : "") + "  exit leave"));
    }
  }

  private void solution(LineReader reader) {
    String answer;
    try {
      answer = reader.readLine(t("解答を表示しますか？ [y/N] ", "Show the solution? [y/N] "));
    } catch (UserInterruptException | EndOfFileException e) {
      return;
    }
    if (answer.strip().equalsIgnoreCase("y")) {
      solutionShown = true;
      session.currentStep().solution().forEach(s -> out.println("  " + s));
    }
  }

  private void showStep() {
    out.println();
    if (!drill) {
      out.println(BOLD + t("ステップ ", "Step ") + (session.step() + 1) + "/" + session.lesson().steps().size() + RESET);
    }
    out.println(ProseText.render(session.currentStep().prose().in(lang), !isDumb()));
    out.println();
    showTasks();
    if (!session.currentStep().tasks().isEmpty()) {
      out.println(t("（:hint でヒント、:help でコマンド一覧を表示します）", "(:hint for a hint, :help for the commands)"));
    }
  }

  private void showTasks() {
    for (Task task : session.currentStep().tasks()) {
      boolean done = session.done(task.id());
      out.println((done ? GREEN + "✔ " : "✘ ") + task.label().in(lang) + (done ? RESET : ""));
    }
  }

  /** Reads the rest of an unfinished shell line after bash's "> " (see Engine#needsMoreInput); null on Ctrl-C. */
  private String continued(String line) {
    String text = line;
    while (!text.strip().startsWith(":") && session.engine().needsMoreInput(text)) {
      try {
        text = text + "\n" + reader.readLine("> ");
      } catch (UserInterruptException e) {
        return null;
      } catch (EndOfFileException e) {
        return text;
      }
    }
    return text;
  }

  private boolean isDumb() {
    return Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
  }

  private String t(String ja, String en) {
    return lang == Lang.JA ? ja : en;
  }
}
