package dev.kujira.engine.process;

/**
 * Is the outcome of looking up a command word.
 *
 * @param kind found, not found, or found but not executable
 * @param path the file that was found (absolute), or the word itself
 * @param program the program to run when {@code kind} is FOUND, else null
 */
public record Resolution(Kind kind, String path, Program program) {

  /** Names the lookup outcomes. */
  public enum Kind { FOUND, NOT_FOUND, NOT_EXECUTABLE, IS_DIRECTORY }

  /** Returns a successful lookup. */
  public static Resolution found(String path, Program program) {
    return new Resolution(Kind.FOUND, path, program);
  }

  /** Returns a failed lookup of {@code kind}. */
  public static Resolution failed(Kind kind, String path) {
    return new Resolution(kind, path, null);
  }

  /** Returns whether a program was found. */
  public boolean isFound() {
    return kind == Kind.FOUND;
  }
}
