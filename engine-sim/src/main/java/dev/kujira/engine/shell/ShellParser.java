package dev.kujira.engine.shell;

import dev.kujira.engine.shell.ShellNode.Redirect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses shell scripts by recursive descent over the source text.
 *
 * <pre>
 * list      := and_or ((";" | "&" | NEWLINE) and_or)*
 * and_or    := pipeline (("&&" | "||") NEWLINE* pipeline)*
 * pipeline  := ["!"] command ("|" NEWLINE* command)*
 * command   := compound redirect* | NAME "()" compound | simple
 * compound  := "{" list "}" | "(" list ")" | if | while | until | for | case
 * simple    := (ASSIGNMENT | WORD | redirect)+
 * </pre>
 * Words are kept as written (quotes included) and expanded when run.
 */
final class ShellParser {
  private static final Set<String> RESERVED_END = Set.of("then", "elif", "else", "fi", "do", "done", "esac", "}", ";;");
  private final String src;
  private int pos;
  private int line = 1;
  private final List<Object[]> heredocTargets = new ArrayList<>();
  private int resumeAfterNewline = -1;
  /** Whether a here-document's body ran to the end of the text without its delimiter line. */
  private boolean heredocOpen;

  /** bash reads {@code <<<} here-strings; the real engine's busybox ash refuses them ("unexpected redirection"). */
  private final boolean hereStrings;

  ShellParser(String src, boolean hereStrings) {
    this.src = src;
    this.hereStrings = hereStrings;
  }

  /**
   * Says whether {@code text} stops in the middle of a command, where an interactive shell shows
   * its PS2 prompt ("> ") and reads another line: a quote or a compound command still open, a
   * here-document without its delimiter line, or a line that ends in a backslash.
   */
  static boolean incomplete(String text) {
    int backslashes = 0;
    for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    if (backslashes % 2 == 1) {
      return true;
    }
    ShellParser p = new ShellParser(text, true);
    try {
      p.parse();
      // A here-document whose operator ends the text has not had its body yet.
      return p.heredocOpen || p.heredocBodies.size() < p.heredocTargets.size();
    } catch (ShellSyntaxError e) {
      return e.unterminated || p.pos >= text.length();
    }
  }

  /** Parses the whole script. */
  ShellNode parse() {
    ShellNode n = list(Set.of());
    skipBlank(true);
    if (pos < src.length()) {
      throw new ShellSyntaxError("unexpected \"" + peekWord() + "\"", line);
    }
    return n;
  }

  private ShellNode list(Set<String> terminators) {
    List<ShellNode> cmds = new ArrayList<>();
    while (true) {
      skipBlank(true);
      if (pos >= src.length() || terminators.contains(peekWord()) || peek() == ')' && terminators.contains(")")) {
        break;
      }
      if (RESERVED_END.contains(peekWord())) {
        throw new ShellSyntaxError("unexpected \"" + peekWord() + "\"", line);
      }
      ShellNode n = andOr();
      skipBlank(false);
      if (peek() == '&' && !src.startsWith("&&", pos)) {
        pos++;
        n = new ShellNode.Background(n);
      } else if (peek() == ';' && !src.startsWith(";;", pos)) {
        pos++;
      }
      cmds.add(n);
    }
    return cmds.size() == 1 ? cmds.get(0) : new ShellNode.Sequence(cmds);
  }

  private ShellNode andOr() {
    List<ShellNode> parts = new ArrayList<>();
    List<String> ops = new ArrayList<>();
    parts.add(pipeline());
    while (true) {
      skipBlank(false);
      if (src.startsWith("&&", pos) || src.startsWith("||", pos)) {
        ops.add(src.substring(pos, pos + 2));
        pos += 2;
        skipBlank(true);
        parts.add(pipeline());
      } else {
        break;
      }
    }
    return parts.size() == 1 ? parts.get(0) : new ShellNode.AndOr(parts, ops);
  }

  private ShellNode pipeline() {
    skipBlank(false);
    boolean negate = false;
    if (peekWord().equals("!")) {
      negate = true;
      pos++;
    }
    List<ShellNode> stages = new ArrayList<>();
    stages.add(command());
    while (true) {
      skipBlank(false);
      if (peek() == '|' && !src.startsWith("||", pos)) {
        pos++;
        skipBlank(true);
        stages.add(command());
      } else {
        break;
      }
    }
    return stages.size() == 1 && !negate ? stages.get(0) : new ShellNode.Pipeline(stages, negate);
  }

  private ShellNode command() {
    skipBlank(false);
    String w = peekWord();
    ShellNode compound = null;
    switch (w) {
      case "{":
        pos++;
        compound = new ShellNode.Group(list(Set.of("}")), false);
        expect("}");
        break;
      case "if":
        compound = ifClause();
        break;
      case "while":
      case "until":
        consume(w);
        ShellNode cond = list(Set.of("do"));
        expect("do");
        ShellNode body = list(Set.of("done"));
        expect("done");
        compound = new ShellNode.Loop(cond, body, w.equals("until"));
        break;
      case "for":
        compound = forClause();
        break;
      case "case":
        compound = caseClause();
        break;
      default:
        if (peek() == '(') {
          pos++;
          ShellNode inner = list(Set.of(")"));
          skipBlank(true);
          if (peek() != ')') {
            throw new ShellSyntaxError("unexpected end of file (expecting \")\")", line);
          }
          pos++;
          compound = new ShellNode.Group(inner, true);
        }
    }
    if (compound != null) {
      List<Redirect> redirects = new ArrayList<>();
      while (true) {
        skipBlank(false);
        Redirect r = redirect();
        if (r == null) {
          break;
        }
        redirects.add(r);
      }
      return redirects.isEmpty() ? compound : new ShellNode.Redirected(compound, redirects);
    }
    return simple();
  }

  private ShellNode ifClause() {
    consume("if");
    ShellNode cond = list(Set.of("then"));
    expect("then");
    ShellNode then = list(Set.of("elif", "else", "fi"));
    ShellNode otherwise = null;
    String w = peekWord();
    if (w.equals("elif")) {
      // "elif" is "else if … fi" without the inner "fi": skip "el" and parse the rest as an if.
      pos += 2;
      return new ShellNode.If(cond, then, ifClause());
    }
    if (w.equals("else")) {
      consume("else");
      otherwise = list(Set.of("fi"));
    }
    expect("fi");
    return new ShellNode.If(cond, then, otherwise);
  }

  private ShellNode forClause() {
    consume("for");
    skipBlank(false);
    String name = word();
    skipBlank(false);
    if (peek() == ';') {
      pos++;
    }
    skipBlank(true);
    List<String> words = null;
    if (peekWord().equals("in")) {
      consume("in");
      words = new ArrayList<>();
      while (true) {
        skipBlank(false);
        if (peek() == ';' || peek() == '\n' || pos >= src.length()) {
          break;
        }
        words.add(word());
      }
      if (peek() == ';' || peek() == '\n') {
        pos++;
      }
    }
    skipBlank(true);
    expect("do");
    ShellNode body = list(Set.of("done"));
    expect("done");
    return new ShellNode.For(name, words, body);
  }

  private ShellNode caseClause() {
    consume("case");
    skipBlank(false);
    String subject = word();
    skipBlank(true);
    expect("in");
    List<List<String>> patterns = new ArrayList<>();
    List<ShellNode> bodies = new ArrayList<>();
    while (true) {
      skipBlank(true);
      if (peekWord().equals("esac")) {
        consume("esac");
        break;
      }
      if (peek() == '(') {
        pos++;
      }
      List<String> pats = new ArrayList<>();
      while (true) {
        skipBlank(false);
        pats.add(word());
        skipBlank(false);
        if (peek() == '|') {
          pos++;
          continue;
        }
        if (peek() != ')') {
          throw new ShellSyntaxError("unexpected \"" + peekWord() + "\" (expecting \")\")", line);
        }
        pos++;
        break;
      }
      ShellNode body = list(Set.of(";;", "esac"));
      patterns.add(pats);
      bodies.add(body);
      skipBlank(true);
      if (src.startsWith(";;", pos)) {
        pos += 2;
      }
    }
    return new ShellNode.Case(subject, patterns, bodies);
  }

  private ShellNode simple() {
    List<String> assigns = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<Redirect> redirects = new ArrayList<>();
    int startLine = line;
    while (true) {
      skipBlank(false);
      if (pos >= src.length()) {
        break;
      }
      char c = peek();
      if (c == '\n' || c == ';' || c == '&' || c == '|' || c == ')') {
        break;
      }
      if (c == '(' && words.size() == 1 && src.startsWith("()", pos)) {
        pos += 2;
        skipBlank(true);
        return new ShellNode.FunctionDef(words.get(0), command());
      }
      Redirect r = redirect();
      if (r != null) {
        redirects.add(r);
        continue;
      }
      if (c == '(') {
        throw new ShellSyntaxError("unexpected \"(\"", line);
      }
      String w = word();
      if (words.isEmpty() && w.matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
        assigns.add(w);
      } else {
        words.add(w);
      }
    }
    if (assigns.isEmpty() && words.isEmpty() && redirects.isEmpty()) {
      throw new ShellSyntaxError(pos >= src.length() ? "unexpected end of file" : "unexpected \"" + peek() + "\"", line);
    }
    return new ShellNode.Simple(assigns, words, redirects, startLine);
  }

  private Redirect redirect() {
    int save = pos;
    int fd = -1;
    int start = pos;
    while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
      pos++;
    }
    if (pos > start) {
      // A number too big for a descriptor is an ordinary word, as bash and ash read it:
      // `echo 99999999999>x` writes "99999999999" into x.
      if (pos - start > 9) {
        pos = save;
        return null;
      }
      fd = Integer.parseInt(src.substring(start, pos));
    }
    String op = null;
    for (String o : new String[] {"<<<", "<<-", "<<", ">>", ">&", "<&", "&>", "<>", ">|", ">", "<"}) {
      if (src.startsWith(o, pos)) {
        op = o;
        break;
      }
    }
    if ("<<<".equals(op) && !hereStrings) {
      throw new ShellSyntaxError("unexpected redirection", line);
    }
    if (op == null || (op.equals("&>") && fd >= 0)) {
      pos = save;
      return null;
    }
    pos += op.length();
    skipBlank(false);
    String target = word();
    if (op.startsWith("<<") && !op.equals("<<<")) {
      boolean quoted = target.contains("'") || target.contains("\"") || target.contains("\\");
      String delim = target.replace("'", "").replace("\"", "").replace("\\", "");
      heredocTargets.add(new Object[] {fd < 0 ? 0 : fd, op, delim, quoted});
      return new Redirect(fd < 0 ? 0 : fd, op, String.valueOf(heredocTargets.size() - 1), quoted);
    }
    return new Redirect(fd < 0 ? (op.startsWith("<") ? 0 : 1) : fd, op, target, false);
  }

  private final List<String> heredocBodies = new ArrayList<>();

  /** Returns the bodies of the here-documents read so far, by index. */
  List<String> heredocBodies() {
    return heredocBodies;
  }

  private void readHeredocs() {
    while (heredocBodies.size() < heredocTargets.size()) {
      Object[] h = heredocTargets.get(heredocBodies.size());
      String delim = (String) h[2];
      boolean strip = h[1].equals("<<-");
      StringBuilder body = new StringBuilder();
      boolean found = false;
      while (pos < src.length()) {
        int eol = src.indexOf('\n', pos);
        String l = eol < 0 ? src.substring(pos) : src.substring(pos, eol);
        pos = eol < 0 ? src.length() : eol + 1;
        line++;
        String cmp = strip ? l.replaceFirst("^\t+", "") : l;
        if (cmp.equals(delim)) {
          found = true;
          break;
        }
        body.append(cmp).append('\n');
      }
      heredocOpen |= !found;
      heredocBodies.add(body.toString());
    }
  }

  /** Reads one word as written: quotes, escapes and substitutions kept, up to an unquoted metacharacter. */
  private String word() {
    int start = pos;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '&' || c == '|' || c == '<' || c == '>'
          || c == '(' || c == ')') {
        break;
      }
      if (c == '\\') {
        pos += 2;
      } else if (c == '\'') {
        int close = src.indexOf('\'', pos + 1);
        if (close < 0) {
          throw ShellSyntaxError.unterminatedQuote(line);
        }
        pos = close + 1;
      } else if (c == '"') {
        pos = Scan.doubleQuoted(src, pos + 1, line) + 1;
      } else if (c == '`') {
        int close = src.indexOf('`', pos + 1);
        if (close < 0) {
          throw ShellSyntaxError.unterminatedQuote(line);
        }
        pos = close + 1;
      } else if (c == '$' && pos + 1 < src.length() && (src.charAt(pos + 1) == '(' || src.charAt(pos + 1) == '{')) {
        pos = Scan.dollar(src, pos, line);
      } else {
        pos++;
      }
    }
    pos = Math.min(pos, src.length());
    if (pos == start) {
      throw new ShellSyntaxError("unexpected \"" + (pos < src.length() ? String.valueOf(src.charAt(pos)) : "newline")
          + "\"", line);
    }
    return src.substring(start, pos);
  }

  private void skipBlank(boolean newlines) {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == ' ' || c == '\t') {
        pos++;
      } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
        pos += 2;
      } else if (c == '#') {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '\n') {
        if (!heredocTargets.isEmpty() && heredocBodies.size() < heredocTargets.size()) {
          // Here-document bodies start after this newline; the command ends at it, so read the
          // bodies now and jump over them once the newline itself is consumed.
          int saved = pos;
          pos++;
          readHeredocs();
          resumeAfterNewline = pos;
          pos = saved;
        }
        if (!newlines) {
          return;
        }
        pos++;
        line++;
        if (resumeAfterNewline >= 0) {
          pos = resumeAfterNewline;
          resumeAfterNewline = -1;
        }
      } else {
        return;
      }
    }
  }

  private String peekWord() {
    int p = pos;
    int e = p;
    while (e < src.length() && " \t\n;&|<>()".indexOf(src.charAt(e)) < 0) {
      e++;
    }
    if (e == p && p < src.length() && src.startsWith(";;", p)) {
      return ";;";
    }
    return src.substring(p, e);
  }

  private char peek() {
    return pos < src.length() ? src.charAt(pos) : '\0';
  }

  private void consume(String w) {
    pos += w.length();
  }

  private void expect(String w) {
    skipBlank(true);
    if (!peekWord().equals(w)) {
      String got = pos >= src.length() ? "end of file" : "\"" + peekWord() + "\"";
      throw new ShellSyntaxError("unexpected " + got + " (expecting \"" + w + "\")", line);
    }
    consume(w);
  }
}
