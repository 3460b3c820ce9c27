package dev.kujira.lessons.load;

/**
 * Is one problem found in a lesson file, with its position.
 *
 * @param file the file
 * @param line the line, from 1
 * @param column the column, from 1
 * @param severity error or warning
 * @param message what is wrong
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message) {
  /** Is how bad a problem is: errors fail lint, warnings are shown. */
  public enum Severity { ERROR, WARNING }

  /** Returns {@code file:line:column: error: message}, as compilers print. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
  }
}
