package dev.kujira.engine.gotemplate;

import dev.kujira.engine.gotemplate.TemplateNode.Arg;
import dev.kujira.engine.gotemplate.TemplateNode.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads one action's pipeline (see {@link TemplateParser} for the grammar). */
final class ActionLexer {
  private final String src;
  private final int end;
  private final Set<String> funcs;
  private final int line;
  private final int lineStart;
  private int pos;

  ActionLexer(String src, int start, int end, Set<String> funcs, int line) {
    this.src = src;
    this.pos = start;
    this.end = end;
    this.funcs = funcs;
    this.line = line;
    this.lineStart = src.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
  }

  private TemplateException error(String message) {
    return new TemplateException("template: :" + line + ": " + message);
  }

  Pipeline pipeline() {
    int startPos = pos;
    List<String> vars = new ArrayList<>();
    boolean declare = false;
    int save = pos;
    skip();
    if (peek() == '$') {
      List<String> names = new ArrayList<>();
      while (peek() == '$') {
        names.add(word());
        skip();
        if (peek() == ',') {
          pos++;
          skip();
        } else {
          break;
        }
      }
      if (src.startsWith(":=", pos)) {
        pos += 2;
        vars = names;
        declare = true;
      } else if (peek() == '=' && !src.startsWith("==", pos)) {
        pos += 1;
        vars = names;
      } else {
        pos = save;
      }
    }
    List<List<Arg>> commands = new ArrayList<>();
    while (true) {
      List<Arg> cmd = command();
      if (cmd.isEmpty()) {
        throw error("missing value for command");
      }
      commands.add(cmd);
      skip();
      if (peek() == '|') {
        pos++;
        continue;
      }
      break;
    }
    skip();
    if (pos < end && peek() != ')') {
      throw error("unexpected \"" + peek() + "\" in operand");
    }
    return new Pipeline(vars, declare, commands, src.substring(startPos, pos).trim());
  }

  private List<Arg> command() {
    List<Arg> args = new ArrayList<>();
    while (true) {
      skip();
      char c = peek();
      if (pos >= end || c == '|' || c == ')') {
        return args;
      }
      args.add(operand());
    }
  }

  private Arg operand() {
    char c = peek();
    int col = pos - lineStart;
    Arg base;
    if (c == '.') {
      if (pos + 1 < end && isIdentStart(src.charAt(pos + 1))) {
        return fields(new TemplateNode.Dot(), col);
      }
      pos++;
      base = new TemplateNode.Dot();
    } else if (c == '$') {
      base = new TemplateNode.Variable(word());
    } else if (c == '(') {
      pos++;
      Pipeline p = pipeline();
      if (peek() != ')') {
        throw error("unclosed left paren");
      }
      pos++;
      base = new TemplateNode.Sub(p);
    } else if (c == '"' || c == '`') {
      return new TemplateNode.Literal(string());
    } else if (c == '\'') {
      int close = src.indexOf('\'', pos + 1);
      String ch = src.substring(pos + 1, close);
      pos = close + 1;
      return new TemplateNode.Literal((long) ch.codePointAt(0));
    } else if (Character.isDigit(c) || c == '-' || c == '+') {
      return new TemplateNode.Literal(number());
    } else if (isIdentStart(c)) {
      String w = word();
      switch (w) {
        case "true":
          return new TemplateNode.Literal(Boolean.TRUE);
        case "false":
          return new TemplateNode.Literal(Boolean.FALSE);
        case "nil":
          return new TemplateNode.Literal(null);
        default:
          if (!funcs.contains(w)) {
            throw error("function \"" + w + "\" not defined");
          }
          return new TemplateNode.Identifier(w);
      }
    } else {
      throw error("unexpected \"" + c + "\" in operand");
    }
    if (peek() == '.' && pos + 1 < end && isIdentStart(src.charAt(pos + 1))) {
      return fields(base, pos - lineStart);
    }
    return base;
  }

  private Arg fields(Arg receiver, int col) {
    List<String> names = new ArrayList<>();
    int start = pos;
    while (peek() == '.' && pos + 1 < end && isIdentStart(src.charAt(pos + 1))) {
      pos++;
      names.add(word());
    }
    String text = src.substring(start, pos);
    if (receiver instanceof TemplateNode.Variable) {
      text = ((TemplateNode.Variable) receiver).name() + text;
    }
    return new TemplateNode.Field(receiver, names, col, text);
  }

  private String word() {
    int s = pos;
    if (peek() == '$') {
      pos++;
    }
    while (pos < end && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
      pos++;
    }
    return src.substring(s, pos);
  }

  private Object number() {
    int s = pos;
    pos++;
    while (pos < end && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
      pos++;
    }
    String n = src.substring(s, pos);
    try {
      if (n.contains(".") || n.contains("e")) {
        return Double.parseDouble(n);
      }
      return n.startsWith("0x") ? Long.parseLong(n.substring(2), 16) : Long.parseLong(n);
    } catch (NumberFormatException e) {
      throw error("bad number syntax: \"" + n + "\"");
    }
  }

  private String string() {
    char q = src.charAt(pos);
    StringBuilder sb = new StringBuilder();
    pos++;
    while (pos < end && src.charAt(pos) != q) {
      char c = src.charAt(pos);
      if (q == '"' && c == '\\' && pos + 1 < end) {
        char n = src.charAt(++pos);
        switch (n) {
          case 'n': sb.append('\n'); break;
          case 't': sb.append('\t'); break;
          case 'r': sb.append('\r'); break;
          case '\\': sb.append('\\'); break;
          case '"': sb.append('"'); break;
          default: sb.append('\\').append(n);
        }
      } else {
        sb.append(c);
      }
      pos++;
    }
    if (pos >= end) {
      throw error("unterminated quoted string");
    }
    pos++;
    return sb.toString();
  }

  private static boolean isIdentStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private void skip() {
    while (pos < end && Character.isWhitespace(src.charAt(pos))) {
      pos++;
    }
  }

  private char peek() {
    return pos < end ? src.charAt(pos) : '\0';
  }
}
