package dev.kujira.engine.shell;

import java.util.List;

/** Is one node of a parsed shell script (POSIX sh grammar, the subset busybox ash users meet). */
sealed interface ShellNode {

  /** A redirection: {@code [fd]op target}; for here-documents {@code target} is the body. */
  record Redirect(int fd, String op, String target, boolean quotedHeredoc) {
  }

  /** A simple command: assignments, words (raw source, expanded at run time), redirections. */
  record Simple(List<String> assigns, List<String> words, List<Redirect> redirects, int line) implements ShellNode {
  }

  /** Commands joined by "|", optionally negated with "!". */
  record Pipeline(List<ShellNode> stages, boolean negate) implements ShellNode {
  }

  /** Commands joined by "&&" / "||": {@code ops.get(i)} joins {@code parts.get(i)} and the next. */
  record AndOr(List<ShellNode> parts, List<String> ops) implements ShellNode {
  }

  /** A list of commands run one after another. */
  record Sequence(List<ShellNode> commands) implements ShellNode {
  }

  /** if / elif / else. */
  record If(ShellNode cond, ShellNode then, ShellNode otherwise) implements ShellNode {
  }

  /** while or until. */
  record Loop(ShellNode cond, ShellNode body, boolean until) implements ShellNode {
  }

  /** for NAME [in WORDS]; do BODY; done ({@code words} null means "$@"). */
  record For(String name, List<String> words, ShellNode body) implements ShellNode {
  }

  /** case WORD in PATTERNS) BODY;; esac. */
  record Case(String word, List<List<String>> patterns, List<ShellNode> bodies) implements ShellNode {
  }

  /** { LIST; } or ( LIST ) when {@code subshell}. */
  record Group(ShellNode body, boolean subshell) implements ShellNode {
  }

  /** NAME() COMPOUND. */
  record FunctionDef(String name, ShellNode body) implements ShellNode {
  }

  /** A compound command with redirections. */
  record Redirected(ShellNode body, List<Redirect> redirects) implements ShellNode {
  }

  /** A command run in the background with "&". */
  record Background(ShellNode body) implements ShellNode {
  }
}
