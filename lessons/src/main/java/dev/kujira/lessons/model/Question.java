package dev.kujira.lessons.model;

import java.util.List;

/**
 * Is a "predict the output" question: from the state at that point of the lesson, the learner
 * predicts what one command will do, then sees what it did. The answer is never written by the
 * author: the engine computes it by running the command in a throwaway fork of the state.
 *
 * @param id the question's id, unique in its lesson
 * @param prompt what is asked
 * @param setup command lines run (in the fork) before {@code run}, to prepare what is asked about
 * @param run the command whose outcome is predicted
 * @param ask what is predicted
 * @param choices the choices offered for {@link Ask#LISTED} (for {@link Ask#CACHED}: empty, the
 *     build's steps are the choices)
 * @param explain what to understand from the answer ("" in both languages when none)
 */
public record Question(String id, Text prompt, List<String> setup, String run, Ask ask, List<String> choices,
    Text explain) {

  /** Copies the lists. */
  public Question {
    setup = List.copyOf(setup);
    choices = List.copyOf(choices);
  }

  /** Names what a question asks the learner to predict. */
  public enum Ask {
    /** Which of the choices the command prints (as whole words): the names {@code docker ps} lists. */
    LISTED,
    /** The command's exit status, typed as a number. */
    EXIT_CODE,
    /** Whether the command succeeds (exit status 0): yes or no. */
    SUCCEEDS,
    /** Which steps of the build the command runs are answered by the build cache. */
    CACHED,
    /** How many non-empty lines the command prints on standard output. */
    LINES;

    /** Returns the name used in YAML (listed, exitCode, succeeds, cached, lines). */
    public String yamlName() {
      return this == EXIT_CODE ? "exitCode" : name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Returns the kind named {@code s} in YAML, or null. */
    public static Ask of(String s) {
      for (Ask a : values()) {
        if (a.yamlName().equals(s)) {
          return a;
        }
      }
      return null;
    }
  }
}
