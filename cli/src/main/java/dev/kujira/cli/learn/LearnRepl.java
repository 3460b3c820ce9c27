package dev.kujira.cli.learn;

import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.model.Lang;
import dev.kujira.lessons.model.Lesson;
import dev.kujira.lessons.model.Task;
import dev.kujira.lessons.model.Text;
import dev.kujira.lessons.run.LessonSession;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
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
  private Lang lang;
  private long since = System.nanoTime();

  LearnRepl(Terminal terminal, Lesson lesson, Lang lang) {
    this.terminal = terminal;
    this.lang = lang;
    this.out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
    this.session = LessonSession.open(lesson, EngineOptions.defaults());
    session.engine().setTerminal(false);
  }

  int run() {
    LineReader reader = LineReaderBuilder.builder().terminal(terminal)
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
    terminal.handle(Terminal.Signal.INT, s -> session.engine().interrupt());
    out.println(BOLD + session.lesson().title().in(lang) + RESET);
    showStep();
    try {
      while (true) {
        String line;
        try {
          line = reader.readLine(t("レッスン", "lesson") + "$ ");
        } catch (UserInterruptException e) {
          continue;
        } catch (EndOfFileException e) {
          return 0;
        }
        String l = line.strip();
        if (l.equals("exit") || l.equals(":quit") || l.equals(":q")) {
          return 0;
        }
        if (l.isEmpty()) {
          continue;
        }
        if (l.startsWith(":")) {
          command(l, reader);
        } else {
          docker(line);
        }
      }
    } finally {
      saveProgress();
      session.close();
    }
  }

  private void docker(String line) {
    int step = session.step();
    LessonSession.Update u = session.run(line, terminal.input(), out, out);
    if (u.denied()) {
      Text m = session.lesson().deniedMessage();
      out.println(YELLOW + (m.en().isEmpty() ? t("このレッスンでは使えないコマンドです。", "This lesson does not allow that command.")
          : m.in(lang)) + RESET);
      return;
    }
    saveProgress();
    for (Task task : u.newlyDone()) {
      out.println(GREEN + "✔ " + task.label().in(lang) + RESET);
    }
    for (Text m : u.mistakes()) {
      out.println(YELLOW + "💡 " + m.in(lang) + RESET);
    }
    if (session.finished() && !u.newlyDone().isEmpty()) {
      out.println(BOLD + GREEN + t("おめでとうございます！このレッスンのタスクをすべて完了しました。",
          "Well done! You have completed every task of this lesson.") + RESET);
      completionCode();
    } else if (session.step() != step) {
      showStep();
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
        break;
      case ":prev":
        session.goToStep(session.step() - 1);
        showStep();
        break;
      case ":reset":
        session.reset();
        out.println(t("レッスンの最初の状態に戻しました。", "Back to the lesson's start state."));
        showStep();
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
            + ":solution 解答  :lang ja|en 言語  exit 終了",
            ":tasks tasks  :hint a hint  :next / :prev move between steps  :reset start over  :undo undo  "
            + ":solution the answer  :lang ja|en language  exit leave"));
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
      session.currentStep().solution().forEach(s -> out.println("  " + s));
    }
  }

  private void showStep() {
    out.println();
    out.println(BOLD + t("ステップ ", "Step ") + (session.step() + 1) + "/" + session.lesson().steps().size() + RESET);
    out.println(session.currentStep().prose().in(lang).strip());
    out.println();
    showTasks();
    out.println(t("（:hint でヒント、:help でコマンド一覧を表示します）", "(:hint for a hint, :help for the commands)"));
  }

  private void showTasks() {
    for (Task task : session.currentStep().tasks()) {
      boolean done = session.done(task.id());
      out.println((done ? GREEN + "✔ " : "✘ ") + task.label().in(lang) + (done ? RESET : ""));
    }
  }

  private String t(String ja, String en) {
    return lang == Lang.JA ? ja : en;
  }
}
