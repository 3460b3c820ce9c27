package dev.kujira.cli.learn;

import dev.kujira.lessons.load.Catalog;
import dev.kujira.lessons.model.Lang;
import dev.kujira.lessons.model.Lesson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Runs {@code kujira learn [--lang ja|en] [--lessons DIR] [ID]}: without an id, lists the tracks
 * and lessons; with one, opens the lesson in the terminal ({@link LearnRepl}).
 */
public final class LearnCommand {
  private LearnCommand() {
  }

  /** Runs the command with {@code args} (after "learn") and returns its exit status. */
  public static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    LangOption options = LangOption.split(args, System.getenv());
    Lang lang = options.lang();
    args = options.rest();
    Path dir = null;
    String id = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--lessons") && i + 1 < args.size()) {
        dir = Path.of(args.get(++i));
      } else if (!a.startsWith("--")) {
        id = a;
      } else {
        err.println("kujira learn: unknown option '" + a + "'");
        return 2;
      }
    }
    Catalog catalog = dir == null ? Catalog.bundled() : Catalog.read(dir);
    if (id == null) {
      list(catalog, lang, dev.kujira.lessons.run.Progress.read(ProgressCommand.file()), out);
      return 0;
    }
    Optional<Lesson> lesson = catalog.lesson(id);
    if (lesson.isEmpty()) {
      err.println(lang == Lang.JA ? "kujira learn: レッスン '" + id + "' は見つかりません。`./kujira learn` で一覧を表示できます。"
          : "kujira learn: no lesson '" + id + "'. `./kujira learn` lists them.");
      return 2;
    }
    // Lessons print UTF-8 whatever the locale says (Main does too): the prompt and the input must match.
    try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).encoding(java.nio.charset.StandardCharsets.UTF_8).build()) {
      List<Lesson> all = catalog.lessons();
      int at = all.indexOf(lesson.get());
      String next = at >= 0 && at + 1 < all.size() ? all.get(at + 1).id() : null;
      return new LearnRepl(terminal, lesson.get(), lang).next(next).run();
    }
  }

  static void list(Catalog catalog, Lang lang, dev.kujira.lessons.run.Progress progress, PrintStream out) {
    for (String track : catalog.tracks()) {
      out.println(track);
      for (Lesson l : catalog.lessons()) {
        if (l.track().equals(track)) {
          dev.kujira.lessons.run.Progress.LessonProgress p = progress.lessons().get(l.id());
          String mark = p == null ? " " : p.finished() ? "✔" : "…";
          out.printf("%s %-32s %s (%d %s)%n", mark, l.id(), l.title().in(lang), l.minutes(), lang == Lang.JA ? "分" : "min");
        }
      }
    }
    out.println(lang == Lang.JA ? "\nレッスンを始めるには: ./kujira learn ID" : "\nTo start a lesson: ./kujira learn ID");
    // The list is longer than a terminal: its top (where a beginner starts) has scrolled away.
    catalog.lessons().stream().filter(l -> !progress.lessons().containsKey(l.id()) || !progress.lessons().get(l.id()).finished())
        .findFirst().ifPresent(l -> out.println((lang == Lang.JA ? "次のレッスン: ./kujira learn " : "Next lesson: ./kujira learn ") + l.id()));
  }
}
