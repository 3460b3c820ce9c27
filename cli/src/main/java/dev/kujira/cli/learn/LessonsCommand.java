package dev.kujira.cli.learn;

import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.detect.Detectors;
import dev.kujira.lessons.load.Catalog;
import dev.kujira.lessons.load.Diagnostic;
import dev.kujira.lessons.model.Lesson;
import dev.kujira.lessons.model.Step;
import dev.kujira.lessons.run.LessonTester;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Runs {@code kujira lessons lint|test|stats [--json] [DIR]}: the authors' tools. */
public final class LessonsCommand {
  private LessonsCommand() {
  }

  /** Runs the command with {@code args} (after "lessons") and returns its exit status. */
  public static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    if (args.isEmpty()) {
      err.println("Usage:  kujira lessons lint|test|stats [--json] [DIR]");
      return 2;
    }
    String dir = args.stream().skip(1).filter(a -> !a.startsWith("--")).findFirst().orElse(null);
    Catalog catalog = dir == null ? Catalog.bundled() : Catalog.read(Path.of(dir));
    switch (args.get(0)) {
      case "lint":
        return lint(catalog, out);
      case "test":
        return test(catalog, out);
      case "stats":
        out.println(stats(catalog));
        return 0;
      default:
        err.println("kujira lessons: unknown command '" + args.get(0) + "' (lint, test, stats)");
        return 2;
    }
  }

  static int lint(Catalog catalog, PrintStream out) {
    for (Diagnostic d : catalog.diagnostics()) {
      out.println(d);
    }
    int errors = catalog.errors().size();
    out.println("lint: " + catalog.lessons().size() + " lessons, " + errors + " errors, "
        + (catalog.diagnostics().size() - errors) + " warnings");
    return errors == 0 ? 0 : 1;
  }

  static int test(Catalog catalog, PrintStream out) {
    int passed = 0;
    int failed = 0;
    for (Diagnostic d : catalog.errors()) {
      out.println(d);
      failed++;
    }
    for (Lesson l : catalog.lessons()) {
      LessonTester.Report r = LessonTester.test(l, EngineOptions.defaults());
      out.println((r.passed() ? "ok     " : "FAILED ") + l.id() + " (solution, " + l.nearMisses().size() + " near misses, "
          + r.mutants() + " mutants, " + r.acceptedMutants() + " accepted)");
      r.failures().forEach(f -> out.println("       " + f));
      if (r.passed()) {
        passed++;
      } else {
        failed++;
      }
    }
    out.println("lessons: " + passed + " passed, " + failed + " failed");
    return failed == 0 ? 0 : 1;
  }

  /** Returns the figures for dashboards, as one JSON line. */
  static String stats(Catalog catalog) {
    int tasks = 0;
    int nearMisses = 0;
    int ja = 0;
    int en = 0;
    for (Lesson l : catalog.lessons()) {
      tasks += l.tasks().size();
      nearMisses += l.nearMisses().size();
      boolean hasJa = !l.title().ja().isBlank() && l.steps().stream().map(Step::prose).allMatch(p -> !p.ja().isBlank());
      boolean hasEn = !l.title().en().isBlank() && l.steps().stream().map(Step::prose).allMatch(p -> !p.en().isBlank());
      ja += hasJa ? 1 : 0;
      en += hasEn ? 1 : 0;
    }
    return "{\"lessons\":" + catalog.lessons().size() + ",\"tracks\":" + catalog.tracks().size() + ",\"tasks\":" + tasks
        + ",\"nearMisses\":" + nearMisses + ",\"detectors\":" + Detectors.all().size() + ",\"drillTemplates\":0"
        + ",\"translations\":{\"ja\":" + ja + ",\"en\":" + en + "}"
        + catalog.topics().map(t -> ",\"seedTopics\":" + t.rows() + ",\"seedTopicsTaught\":" + t.taught()
            + ",\"seedTopicsNotTaught\":" + t.notTaught()).orElse("") + "}";
  }
}
