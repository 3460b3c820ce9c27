package dev.kujira.web.store;

import java.util.Map;

/**
 * Stores what a workspace ("lesson/ID", "drill/TEMPLATE/SEED") of a browser session keeps besides
 * its command lines: the answers given to its "predict the output" questions and whether the
 * learner needed help in it, so both survive a restart and are shared by every node.
 */
public interface AnswerStore {
  /**
   * Is what one workspace keeps.
   *
   * @param answers the answers given, by question id (each question is answered once)
   * @param helped whether the learner needed help (the solution, or an explained mistake)
   */
  record Marks(Map<String, String> answers, boolean helped) {
    /** Copies the map. */
    public Marks {
      answers = Map.copyOf(answers);
    }

    /** Returns the marks of a workspace with none. */
    public static Marks none() {
      return new Marks(Map.of(), false);
    }
  }

  /** Returns the workspace's marks (none when nothing was kept). */
  Marks load(String sessionId, String context);

  /** Keeps the answer {@code given} to {@code question}; a question already answered keeps its first answer. */
  void answer(String sessionId, String context, String question, String given);

  /** Marks that the learner needed help in the workspace. */
  void helped(String sessionId, String context);

  /** Forgets the workspace's answers (its lesson went back to the start); the help mark stays. */
  void clearAnswers(String sessionId, String context);

  /** Forgets the workspace's answers and help mark (a drill done with). */
  void clear(String sessionId, String context);
}
