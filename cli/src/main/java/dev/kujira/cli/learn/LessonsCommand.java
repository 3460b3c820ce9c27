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
      err.println("Usage:  kujira lessons lint|test|render|stats [--json] [--lessons DIR | DIR]");
      return 2;
    }
    String dir = null;
    for (int i = 1; i < args.size(); i++) {
      if (args.get(i).equals("--lessons") && i + 1 < args.size()) {
        dir = args.get(++i);
      } else if (args.get(i).startsWith("--lessons=")) {
        dir = args.get(i).substring("--lessons=".length());
      } else if (!args.get(i).startsWith("--")) {
        dir = args.get(i);
      }
    }
    Catalog catalog = dir == null ? Catalog.bundled() : Catalog.read(Path.of(dir));
    switch (args.get(0)) {
      case "lint":
        return lint(catalog, out);
      case "test":
        return test(catalog, out);
      case "render":
        return render(dir, catalog, out, err);
      case "stats":
        out.println(stats(catalog));
        return 0;
      default:
        err.println("kujira lessons: unknown command '" + args.get(0) + "' (lint, test, render, stats)");
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

  /**
   * Fills in every output block of the lessons of {@code dir} (the bundled lessons' source folder
   * when none is given and kujira runs from its repository) with its command's output now.
   */
  static int render(String dir, Catalog catalog, PrintStream out, PrintStream err) throws IOException {
    Path root = dir != null ? Path.of(dir) : Path.of("lessons/src/main/resources/lessons");
    if (!java.nio.file.Files.isDirectory(root)) {
      err.println("kujira lessons render: give the folder of the lessons' YAML files (no " + root + " here)");
      return 2;
    }
    Catalog here = dir != null ? catalog : Catalog.read(root);
    int changed = 0;
    for (Lesson l : here.lessons()) {
      Path file = Path.of(l.source()); // read from root, so the path is the file's
      String before = java.nio.file.Files.readString(file);
      String after = dev.kujira.lessons.run.OutputBlocks.render(l, before, EngineOptions.defaults());
      if (!after.equals(before)) {
        java.nio.file.Files.writeString(file, after);
        out.println("rendered " + file);
        changed++;
      }
    }
    out.println("render: " + here.lessons().size() + " lessons, " + changed + " files changed");
    return 0;
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
        + ",\"nearMisses\":" + nearMisses + ",\"detectors\":" + Detectors.all().size() + ",\"drillTemplates\":"
        + dev.kujira.lessons.drill.DrillTemplate.all().size()
        + ",\"translations\":{\"ja\":" + ja + ",\"en\":" + en + "}"
        + catalog.topics().map(t -> ",\"seedTopics\":" + t.rows() + ",\"seedTopicsTaught\":" + t.taught()
            + ",\"seedTopicsNotTaught\":" + t.notTaught()).orElse("") + "}";
  }
}
