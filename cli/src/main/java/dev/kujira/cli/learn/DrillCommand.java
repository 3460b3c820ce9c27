package dev.kujira.cli.learn;

import dev.kujira.lessons.drill.Drill;
import dev.kujira.lessons.drill.DrillTemplate;
import dev.kujira.lessons.drill.Gen;
import dev.kujira.lessons.run.Leitner;
import dev.kujira.lessons.model.Lang;
import dev.kujira.lessons.run.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Runs {@code kujira drill [--lang ja|en] [--seed N] [--list] [TOPIC]}: endless generated
 * exercises, one after the other, the next template chosen by the Leitner boxes kept in
 * ~/.kujira/progress.json. The seed (from {@code --seed}, else the clock, once) is the only
 * source of randomness, and each drill's seed is shown so that it can be replayed.
 */
public final class DrillCommand {
  private DrillCommand() {
  }

  /** Runs the command with {@code args} (after "drill") and returns its exit status. */
  public static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    LangOption options = LangOption.split(args, System.getenv());
    Lang lang = options.lang();
    args = options.rest();
    Long seed = null;
    String topic = null;
    boolean list = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--seed") && i + 1 < args.size()) {
        String value = args.get(++i);
        try {
          seed = Long.parseLong(value);
        } catch (NumberFormatException e) {
          err.println(lang == Lang.JA ? "kujira drill: --seed には整数を指定します（'" + value + "' は整数ではありません）"
              : "kujira drill: --seed takes a whole number, not '" + value + "'");
          return 2;
        }
      } else if (a.equals("--list")) {
        list = true;
      } else if (!a.startsWith("--") && topic == null) {
        topic = a;
      } else {
        err.println("kujira drill: unknown option '" + a + "'");
        return 2;
      }
    }
    List<DrillTemplate> templates = DrillTemplate.of(topic);
    if (templates.isEmpty()) {
      err.println((lang == Lang.JA ? "kujira drill: トピック '" + topic + "' はありません。次のどれかを指定します: "
          : "kujira drill: no topic '" + topic + "'. Topics: ") + String.join(", ", DrillTemplate.TOPICS));
      return 2;
    }
    Path file = ProgressCommand.file();
    if (list) {
      Leitner l = Progress.read(file).drills();
      for (DrillTemplate t : templates) {
        Leitner.Box b = l.boxes().get(t.id());
        out.printf("%-10s %-24s %s%n", t.topic(), t.id(), b == null ? "-" : (lang == Lang.JA ? "箱 " : "box ") + b.box()
            + " (" + b.right() + "/" + b.seen() + ")");
      }
      return 0;
    }
    // The one place a drill session's randomness starts: every drill after comes from this seed.
    Gen gen = new Gen(seed == null ? System.currentTimeMillis() : seed);
    try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).encoding(java.nio.charset.StandardCharsets.UTF_8).build()) {
      LineReader reader = LearnRepl.reader(terminal);
      PrintStream tout = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
      tout.println(lang == Lang.JA ? "ドリルを始めます。:skip で次へ、:hint でヒント、exit で終了します。"
          : "Drills. :skip for the next one, :hint for a hint, exit to stop.");
      for (int n = 1;; n++) {
        Progress progress = Progress.read(file);
        String nextId = progress.drills().next(templates.stream().map(DrillTemplate::id).toList(), gen::pick);
        DrillTemplate t = templates.stream().filter(x -> x.id().equals(nextId)).findFirst().orElseThrow();
        long drillSeed = gen.between(0, 999_999_999);
        Drill d = t.generate(drillSeed);
        String heading = "\u001b[1m" + (lang == Lang.JA ? "ドリル " : "Drill ") + n + " · " + t.topic() + " · " + t.id()
            + " (seed " + drillSeed + ")\u001b[0m";
        LearnRepl.Outcome o = new LearnRepl(terminal, reader, d.lesson(), lang, true).run(heading);
        if (o == LearnRepl.Outcome.QUIT) {
          return 0;
        }
        Progress.read(file).withDrills(Progress.read(file).drills().record(t.id(), o == LearnRepl.Outcome.SOLVED)).write(file);
      }
    }
  }
}
