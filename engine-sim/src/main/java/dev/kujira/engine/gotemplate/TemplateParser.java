package dev.kujira.engine.gotemplate;

import dev.kujira.engine.gotemplate.TemplateNode.Arg;
import dev.kujira.engine.gotemplate.TemplateNode.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses Go template text into nodes.
 *
 * <pre>
 * template  := (text | "{{" ["-" ] action [ "-"] "}}")*
 * action    := "if" pipeline | "else" ["if" pipeline] | "end" | "range" pipeline | "with" pipeline
 *            | "break" | "continue" | "/*" comment "*&#47;" | pipeline
 * pipeline  := [ vars (":=" | "=") ] command ("|" command)*
 * command   := operand+
 * operand   := field | "$"var field* | "." | literal | identifier | "(" pipeline ")" field*
 * </pre>
 */
final class TemplateParser {
  private final String src;
  private final Set<String> funcs;
  private int pos;
  private final List<Object[]> actions = new ArrayList<>();
  private int index;

  TemplateParser(String src, Set<String> funcs) {
    this.src = src;
    this.funcs = funcs;
  }

  List<TemplateNode> parse() {
    split();
    List<TemplateNode> body = new ArrayList<>();
    String end = block(body);
    if (end != null) {
      throw new TemplateException("template: :" + line(pos) + ": unexpected {{" + end + "}}");
    }
    return body;
  }

  /** Splits the source into text pieces (String) and actions (int[]{start,end}) with trimming applied. */
  private void split() {
    int i = 0;
    StringBuilder text = new StringBuilder();
    while (i < src.length()) {
      int open = src.indexOf("{{", i);
      if (open < 0) {
        text.append(src, i, src.length());
        break;
      }
      text.append(src, i, open);
      int start = open + 2;
      boolean trimLeft = start + 1 < src.length() && src.charAt(start) == '-' && Character.isWhitespace(src.charAt(start + 1));
      if (trimLeft) {
        start += 1;
        int k = text.length();
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
          k--;
        }
        text.setLength(k);
      }
      int close = findClose(start);
      if (close < 0) {
        int lone = loneBrace(start);
        if (lone >= 0) {
          // Go's lexer makes a single '}' inside an action an itemChar the parser refuses before it
          // reaches the end ({{.State.Status}: recorded by tests/tools/difftest on docker/cli 26.1)
          throw new TemplateException("template: :" + line(lone) + ": bad character U+007D '}'");
        }
        throw new TemplateException("template: :" + line(open) + ": unclosed action");
      }
      int end = close;
      boolean trimRight = end - 2 >= start && src.charAt(end - 1) == '-' && Character.isWhitespace(src.charAt(end - 2));
      if (trimRight) {
        end -= 1;
      }
      if (text.length() > 0) {
        actions.add(new Object[] {text.toString()});
        text.setLength(0);
      }
      actions.add(new Object[] {start, end});
      i = close + 2;
      if (trimRight) {
        while (i < src.length() && Character.isWhitespace(src.charAt(i))) {
          i++;
        }
      }
    }
    if (text.length() > 0) {
      actions.add(new Object[] {text.toString()});
    }
  }

  /** Returns where a '}' outside quotes lies in the unclosed action from {@code from}, or -1. */
  private int loneBrace(int from) {
    char quote = 0;
    for (int i = from; i < src.length(); i++) {
      char c = src.charAt(i);
      if (quote != 0) {
        if (c == '\\' && quote != '`') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '`' || c == '\'') {
        quote = c;
      } else if (c == '}') {
        return i;
      }
    }
    return -1;
  }

  private int findClose(int from) {
    int i = from;
    while (i + 1 < src.length()) {
      char c = src.charAt(i);
      if (c == '"' || c == '`' || c == '\'') {
        int j = i + 1;
        while (j < src.length() && src.charAt(j) != c) {
          if (c != '`' && src.charAt(j) == '\\') {
            j++;
          }
          j++;
        }
        i = j + 1;
        continue;
      }
      if (c == '}' && src.charAt(i + 1) == '}') {
        return i;
      }
      i++;
    }
    return -1;
  }

  private int line(int offset) {
    int n = 1;
    for (int i = 0; i < offset && i < src.length(); i++) {
      if (src.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  /** Parses nodes until an {{else}}/{{end}}; returns that keyword action's text ("end", "else …") or null at EOF. */
  private String block(List<TemplateNode> out) {
    while (index < actions.size()) {
      Object[] a = actions.get(index++);
      if (a.length == 1) {
        out.add(new TemplateNode.Text((String) a[0]));
        continue;
      }
      int start = (Integer) a[0];
      int end = (Integer) a[1];
      String body = src.substring(start, end).trim();
      pos = start;
      if (body.startsWith("/*")) {
        continue;
      }
      String word = body.split("[\\s(]", 2)[0];
      switch (word) {
        case "end":
          return "end";
        case "else":
          return body;
        case "if":
        case "range":
        case "with":
          out.add(control(word, body.substring(word.length()), start));
          break;
        case "break":
        case "continue":
          out.add(new TemplateNode.Loop(word.equals("break")));
          break;
        default:
          if (body.isEmpty()) {
            throw new TemplateException("template: :" + line(start) + ": missing value for command");
          }
          out.add(new TemplateNode.Action(new ActionLexer(src, start, end, funcs, line(start)).pipeline()));
      }
    }
    return null;
  }

  private TemplateNode control(String word, String rest, int start) {
    int offset = src.indexOf(word, start) + word.length();
    Pipeline p = new ActionLexer(src, offset, offset + rest.length(), funcs, line(start)).pipeline();
    List<TemplateNode> body = new ArrayList<>();
    String end = block(body);
    List<TemplateNode> otherwise = new ArrayList<>();
    if (end == null) {
      throw new TemplateException("template: :" + line(src.length()) + ": unexpected EOF");
    }
    if (end.startsWith("else")) {
      String tail = end.substring(4).trim();
      if (tail.startsWith("if ") || tail.startsWith("with ")) {
        String w = tail.startsWith("if ") ? "if" : "with";
        Object[] a = actions.get(index - 1);
        int s = src.indexOf(w, (Integer) a[0]);
        otherwise.add(control(w, src.substring(s + w.length(), (Integer) a[1]), s));
        return build(word, p, body, otherwise);
      }
      end = block(otherwise);
      if (!"end".equals(end)) {
        throw new TemplateException("template: :" + line(pos) + ": expected end; found " + end);
      }
    }
    return build(word, p, body, otherwise);
  }

  private static TemplateNode build(String word, Pipeline p, List<TemplateNode> body, List<TemplateNode> otherwise) {
    switch (word) {
      case "if":
        return new TemplateNode.If(p, body, otherwise);
      case "range":
        return new TemplateNode.Range(p, body, otherwise);
      default:
        return new TemplateNode.With(p, body, otherwise);
    }
  }

  /** Returns whether a parsed argument list names a function that exists. */
  static boolean isKnown(Arg a, Set<String> funcs) {
    return !(a instanceof TemplateNode.Identifier) || funcs.contains(((TemplateNode.Identifier) a).name());
  }
}
