package dev.kujira.engine.dockercli;

import java.io.IOException;

/** Asks docker's "Are you sure you want to continue? [y/N]" (docker/cli command.PromptForConfirmation). */
public final class Confirm {
  private Confirm() {
  }

  /** Prints {@code warning} and the question, reads a line, and returns whether it was y/yes. */
  public static boolean ask(CliContext cli, String warning) {
    return askPrompt(cli, warning + "\nAre you sure you want to continue? [y/N] ");
  }

  /** Prints {@code prompt} as it stands (buildx asks on one line), reads a line, and returns whether it was y/yes. */
  public static boolean askPrompt(CliContext cli, String prompt) {
    String answer = prompt(cli, prompt);
    answer = answer == null ? "" : answer.trim().toLowerCase();
    return answer.equals("y") || answer.equals("yes");
  }

  /** Prints {@code prompt}, reads one line from the client's input; null at end of input (or an unreadable one). */
  public static String prompt(CliContext cli, String prompt) {
    cli.out().print(prompt);
    cli.out().flush();
    StringBuilder sb = new StringBuilder();
    try {
      int c;
      while ((c = cli.in().read()) >= 0 && c != '\n') {
        sb.append((char) c);
      }
      return c < 0 && sb.length() == 0 ? null : sb.toString();
    } catch (IOException e) {
      return null;
    }
  }
}
