package dev.kujira.lessons.run;

import dev.kujira.engine.Engine;
import dev.kujira.engine.api.BuildInfo;
import dev.kujira.engine.api.CommandResult;
import dev.kujira.lessons.model.Question;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Is the engine's answer to a "predict the output" question: the command was run in a throwaway
 * fork of the learner's state, and what it printed and did decides the answer. Nobody typed it.
 *
 * @param question the question
 * @param result what the command printed and its exit status
 * @param choices the choices offered (for listed and cached questions; else empty)
 * @param correct the right choices (listed, cached), or the one right value (exit code, lines,
 *     "yes"/"no")
 */
public record Prediction(Question question, CommandResult result, List<String> choices, Set<String> correct) {
  /** Copies the collections. */
  public Prediction {
    choices = List.copyOf(choices);
    correct = Set.copyOf(correct);
  }

  /**
   * Runs {@code q} on a fork of {@code engine}'s present state (which it leaves as it was) and
   * computes the answer.
   */
  public static Prediction of(Engine engine, Question q) {
    try (Engine fork = Engine.fork(engine.checkpoint())) {
      fork.keepShellStatus(true);
      for (String line : q.setup()) {
        run(fork, line);
      }
      CommandResult r = run(fork, q.run());
      return switch (q.ask()) {
        case LISTED -> new Prediction(q, r, q.choices(), listed(r.stdout(), q.choices()));
        case EXIT_CODE -> new Prediction(q, r, List.of(), Set.of(String.valueOf(r.exitCode())));
        case SUCCEEDS -> new Prediction(q, r, List.of(), Set.of(r.exitCode() == 0 ? "yes" : "no"));
        case LINES -> new Prediction(q, r, List.of(),
            Set.of(String.valueOf(r.stdout().lines().filter(l -> !l.isBlank()).count())));
        case CACHED -> cached(q, r, fork);
      };
    }
  }

  /**
   * Returns the first line of {@code q}'s setup that fails on {@code engine}'s state, with what it
   * printed: a question whose setup fails asks about another state than its prompt describes.
   */
  public static java.util.Optional<String> setupFailure(Engine engine, Question q) {
    try (Engine fork = Engine.fork(engine.checkpoint())) {
      fork.keepShellStatus(true);
      for (String line : q.setup()) {
        CommandResult r = run(fork, line);
        if (r.exitCode() != 0) {
          return java.util.Optional.of("`" + line + "` exits " + r.exitCode() + ": " + r.stderr().strip());
        }
      }
      return java.util.Optional.empty();
    }
  }

  private static Prediction cached(Question q, CommandResult r, Engine fork) {
    List<String> steps = new ArrayList<>();
    Set<String> hits = new LinkedHashSet<>();
    BuildInfo build = fork.state().builds().last().orElse(null);
    if (build != null) {
      for (BuildInfo.Step s : build.steps()) {
        if (s.instruction().startsWith("FROM ")) {
          continue; // FROM is resolved, never "CACHED": nothing to predict
        }
        steps.add(s.title());
        if (s.cached()) {
          hits.add(s.title());
        }
      }
    }
    return new Prediction(q, r, steps, hits);
  }

  private static Set<String> listed(String out, List<String> choices) {
    Set<String> seen = new LinkedHashSet<>();
    for (String c : choices) {
      if (Pattern.compile("(?<![\\w.-])" + Pattern.quote(c) + "(?![\\w.-])").matcher(out).find()) {
        seen.add(c);
      }
    }
    return seen;
  }

  private static CommandResult run(Engine engine, String line) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(new LessonSession.Tee(o, both), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new LessonSession.Tee(e, both), true, StandardCharsets.UTF_8);
    int code = engine.run(line, new ByteArrayInputStream(new byte[0]), out, err);
    return new CommandResult(o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8),
        both.toString(StandardCharsets.UTF_8), code);
  }

  /** Returns whether the question offers choices (listed, cached) rather than a typed value. */
  public boolean multipleChoice() {
    return question.ask() == Question.Ask.LISTED || question.ask() == Question.Ask.CACHED;
  }

  /**
   * Returns whether the learner's answer is right. Choices are given by number (from 1) or by
   * text, separated by spaces or commas ("" or "-" for none); yes/no as y, yes, n, no, はい, いいえ.
   */
  public boolean accepts(String input) {
    String in = java.text.Normalizer.normalize(input, java.text.Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    if (multipleChoice()) {
      return picked(java.text.Normalizer.normalize(input, java.text.Normalizer.Form.NFKC)).equals(correct);
    }
    if (question.ask() == Question.Ask.SUCCEEDS) {
      return correct.contains(yesNo(in));
    }
    return correct.contains(in);
  }

  /** Says what a line typed at the prediction prompt is. */
  public enum Reading {
    /** An answer to judge. */
    ANSWER,
    /** A session command (":hint", ":help"…) to carry out; the question is asked again after it. */
    COMMAND,
    /** Neither: not a yes/no, a number or the choices the question wants; the question is asked again. */
    UNCLEAR
  }

  /**
   * Returns what {@code input} is at this question's prompt: a colon command is never an answer, and
   * neither is a line this question cannot take as one (a yes/no question wants y, yes, n, no, はい or
   * いいえ; an exit code or a count wants a number; choices want their numbers or texts, or "-"/nothing
   * for none). Full-width letters and digits read as their ASCII forms, as a Japanese input method may type them.
   */
  public Reading read(String input) {
    String in = java.text.Normalizer.normalize(input, java.text.Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    if (in.startsWith(":")) {
      return Reading.COMMAND;
    }
    if (multipleChoice()) {
      String typed = java.text.Normalizer.normalize(input, java.text.Normalizer.Form.NFKC).strip();
      for (String w : typed.split("[\\s,、]+")) {
        if (!w.isEmpty() && !w.equals("-") && picked(w).isEmpty()) {
          return Reading.UNCLEAR;
        }
      }
      return Reading.ANSWER;
    }
    if (question.ask() == Question.Ask.SUCCEEDS) {
      return yesNo(in).isEmpty() ? Reading.UNCLEAR : Reading.ANSWER;
    }
    return in.matches("-?\\d+") ? Reading.ANSWER : Reading.UNCLEAR;
  }

  private static String yesNo(String in) {
    return switch (in) {
      case "y", "yes", "はい" -> "yes";
      case "n", "no", "いいえ" -> "no";
      default -> "";
    };
  }

  /** Returns the choices the learner's answer names (numbers from 1, or the choices' texts). */
  public Set<String> picked(String input) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : input.strip().split("[\\s,、]+")) {
      if (w.isEmpty() || w.equals("-")) {
        continue;
      }
      if (w.matches("\\d+") && Integer.parseInt(w) >= 1 && Integer.parseInt(w) <= choices.size()) {
        out.add(choices.get(Integer.parseInt(w) - 1));
      } else {
        choices.stream().filter(c -> c.equals(w)).forEach(out::add);
      }
    }
    return out;
  }

  /** Returns the right answer as the learner would type it (choice numbers, a value, yes/no). */
  public String answerText() {
    if (multipleChoice()) {
      List<String> nums = new ArrayList<>();
      for (int i = 0; i < choices.size(); i++) {
        if (correct.contains(choices.get(i))) {
          nums.add(String.valueOf(i + 1));
        }
      }
      return nums.isEmpty() ? "-" : String.join(" ", nums);
    }
    return correct.iterator().next();
  }
}
