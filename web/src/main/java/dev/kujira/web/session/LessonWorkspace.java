package dev.kujira.web.session;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.model.Lang;
import dev.kujira.lessons.model.Lesson;
import dev.kujira.lessons.model.Task;
import dev.kujira.lessons.model.Text;
import dev.kujira.lessons.run.CompletionCode;
import dev.kujira.lessons.run.LessonSession;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Is one lesson in the browser: the lessons module's {@link LessonSession} (the same runner as
 * {@code kujira learn}: goals checked after every line, detectors, hints, reset, undo) behind the
 * terminal, with the ticks and detector hints also printed in the terminal as {@code learn} prints
 * them, the step's "predict the output" questions ({@link Questions}), and a completion code
 * signed with the server's class key at the end.
 */
public final class LessonWorkspace extends LiveWorkspace {
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";
  private final LessonSession session;
  private final PictureSource picture;
  private final Supplier<Lang> lang;
  private final byte[] classKey;
  private final String learner;
  private final BiConsumer<LessonSession, String> progress;
  private final Questions questions;
  private List<String> mistakes = List.of();
  private String code;
  /** Set from the REPL's thread (a mistake) and the web's (the solution, which must not wait for a command). */
  private final java.util.concurrent.atomic.AtomicBoolean helped = new java.util.concurrent.atomic.AtomicBoolean();
  private volatile Keeper keeper = Keeper.NONE;
  /** The prose last rendered and its HTML; guarded by the lock. */
  private String proseMarkdown;
  private String proseHtml;

  /**
   * Keeps a workspace's answers and help mark where they survive the server (the database), as
   * its lines are kept; {@link #NONE} keeps nothing.
   */
  public interface Keeper {
    /** Keeps nothing. */
    Keeper NONE = new Keeper() {
      @Override
      public void answered(String question, String input) {
      }

      @Override
      public void helped() {
      }

      @Override
      public void reset() {
      }
    };

    /** The learner answered {@code question} with {@code input} (its first and only answer). */
    void answered(String question, String input);

    /** The learner needed help for the first time here. */
    void helped();

    /** The lesson went back to its start: the answers are gone (the help mark stays). */
    void reset();
  }

  /**
   * Opens {@code lesson} in a new engine.
   *
   * @param classKey the key completion codes are signed with, or null for no code (a drill)
   * @param learner the name the completion code carries
   * @param progress called after every line with the session and its completion code ("" until
   *     finished), to record progress
   */
  public LessonWorkspace(Lesson lesson, EngineOptions options, PictureSource picture, Supplier<Lang> lang,
      byte[] classKey, String learner, BiConsumer<LessonSession, String> progress) {
    this.session = LessonSession.open(lesson, options);
    this.questions = new Questions(session);
    this.picture = picture == null ? null : picture.forWorkspace();
    this.lang = lang;
    this.classKey = classKey == null ? null : classKey.clone();
    this.learner = learner;
    this.progress = progress;
  }

  @Override
  public Engine engine() {
    return session.engine();
  }

  /** Returns the lesson. */
  public Lesson lesson() {
    return session.lesson();
  }

  @Override
  public int run(String line, InputStream in, PrintStream out, PrintStream err) {
    return locked(() -> {
      questions.enterStep();
      LessonSession.Update u = session.run(line, in, out, err);
      questions.enterStep();
      Lang l = lang.get();
      if (u.denied()) {
        Text m = session.lesson().deniedMessage();
        out.println(YELLOW + (m.en().isEmpty() ? t(l, "このレッスンでは使えないコマンドです。",
            "This lesson does not allow that command.") : m.in(l)) + RESET);
      } else {
        lines.add(line);
        undone.clear();
      }
      for (Task task : u.newlyDone()) {
        out.println(GREEN + "✔ " + task.label().in(l) + RESET);
      }
      mistakes = u.mistakes().stream().map(m -> m.in(l)).toList();
      if (!mistakes.isEmpty()) {
        markHelped();
      }
      mistakes.forEach(m -> out.println(YELLOW + "💡 " + m + RESET));
      if (session.finished() && !u.newlyDone().isEmpty()) {
        code = completionCode();
        out.println(BOLD + GREEN + (classKey == null ? t(l, "正解です！", "Solved!")
            : t(l, "おめでとうございます！このレッスンのタスクをすべて完了しました。",
            "Well done! You have completed every task of this lesson.")) + RESET);
        if (code != null) {
          out.println(t(l, "完了コード: ", "Completion code: ") + code);
        }
      }
      progress.accept(session, code == null ? "" : code);
      changed();
      return u.exitCode();
    });
  }

  private static String t(Lang l, String ja, String en) {
    return l == Lang.JA ? ja : en;
  }

  /** Returns the next hint, or empty when the engine is busy or no task is left. */
  public Optional<Optional<String>> hint() {
    return tryLocked(() -> {
      Optional<String> h = session.hint().map(x -> x.in(lang.get()));
      progress.accept(session, code == null ? "" : code);
      return h;
    });
  }

  /** Returns the current step's solution lines (the learner was helped: a drill does not count as known). */
  public List<String> solution() {
    markHelped();
    return session.currentStep().solution();
  }

  /** Marks that the learner needed help (kept the first time). */
  private void markHelped() {
    if (helped.compareAndSet(false, true)) {
      keeper.helped();
    }
  }

  /**
   * Takes back what {@code keeper} kept from before a restart (the answers, by question id, and the
   * help mark) and from now on keeps the workspace's answers and help there. Called once the
   * workspace's lines were replayed.
   */
  public void remember(java.util.Map<String, String> answers, boolean helpedBefore, Keeper keeper) {
    locked(() -> {
      questions.restore(answers);
      if (helpedBefore) {
        helped.set(true);
      }
      this.keeper = keeper;
      return null;
    });
  }

  /**
   * Records the learner's answer {@code input} to question {@code id} of the current step: empty
   * when the engine is busy; inside, whether it was right, or empty when no such question is open.
   */
  public Optional<Optional<Boolean>> answer(String id, String input) {
    return tryLocked(() -> {
      Optional<Boolean> right = questions.answer(id, input);
      right.ifPresent(r -> {
        keeper.answered(id, input);
        changed();
      });
      return right;
    });
  }

  /**
   * Returns whether the learner got here on their own: the tasks done (or the questions answered
   * right) without the solution and without a mistake the detectors had to explain.
   */
  public boolean solvedAlone() {
    return locked(() -> !helped.get() && (session.lesson().tasks().isEmpty() ? questions.allRight() : session.finished()));
  }

  /** Signs the finished lesson's final state for this learner with the class key (null without a key). */
  private String completionCode() {
    if (classKey == null) {
      return null;
    }
    return CompletionCode.create(classKey, session.lesson().id(), session.lesson().version(), learner,
        session.engine().state().canonicalJson()).text();
  }

  @Override
  protected boolean undoEngine() {
    return session.undo();
  }

  @Override
  protected boolean redoEngine() {
    return session.engine().redo();
  }

  @Override
  public void reset() {
    locked(() -> {
      session.reset();
      lines.clear();
      undone.clear();
      mistakes = List.of();
      code = null;
      questions.reset();
      keeper.reset();
      changed();
      return null;
    });
  }

  @Override
  public int replay(List<String> script) {
    return locked(() -> {
      reset();
      int failed = 0;
      for (String line : script) {
        LessonSession.Update u = session.run(line);
        if (!u.denied()) {
          lines.add(line);
        }
        failed += u.exitCode() == 0 ? 0 : 1;
      }
      if (session.finished()) {
        code = completionCode();
      }
      changed();
      return failed;
    });
  }

  @Override
  protected Map<String, Object> describe() {
    Lang l = lang.get();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("lesson", session.lesson().id());
    v.put("step", session.step());
    v.put("steps", session.lesson().steps().size());
    String prose = session.currentStep().prose().in(l);
    if (!prose.equals(proseMarkdown)) {
      // The step's prose changes a few times a lesson; rendering its Markdown after every command would not pay.
      proseHtml = Prose.html(prose);
      proseMarkdown = prose;
    }
    v.put("prose", proseHtml);
    List<Map<String, Object>> tasks = new ArrayList<>();
    for (int s = 0; s < session.lesson().steps().size(); s++) {
      for (Task t : session.lesson().steps().get(s).tasks()) {
        tasks.add(Map.of("id", t.id(), "label", t.label().in(l), "done", session.done(t.id()), "step", s));
      }
    }
    v.put("tasks", tasks);
    v.put("mistakes", mistakes);
    v.put("questions", questions.view(l));
    v.put("finished", session.finished());
    v.put("code", code == null ? "" : code);
    v.put("lines", lines.size());
    v.put("picture", picture.draw(session.engine().state(), session, l));
    return v;
  }

  @Override
  public void close() {
    session.close();
  }
}
