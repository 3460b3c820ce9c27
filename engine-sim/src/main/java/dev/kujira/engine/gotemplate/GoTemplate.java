package dev.kujira.engine.gotemplate;

import java.util.List;

/**
 * Is a parsed Go text/template with docker/cli's functions. Values: {@code ApiObject} and
 * {@link GoStruct} are structs (fields in order), {@code Map} a Go map (sorted keys), {@code List}
 * a slice, {@code GoNil} typed nils, String/Long/Double/Boolean basic values, null nil, and
 * {@link GoObject} values with methods.
 */
public final class GoTemplate {
  private final List<TemplateNode> nodes;

  private GoTemplate(List<TemplateNode> nodes) {
    this.nodes = nodes;
  }

  /** Parses {@code text}; fails with Go's parse error text. */
  public static GoTemplate parse(String text) {
    return new GoTemplate(new TemplateParser(text, Funcs.NAMES).parse());
  }

  /** Executes over typed data (structs report unknown fields as errors). */
  public String execute(Object data) {
    try {
      return new Evaluator(false).run(nodes, data);
    } catch (StackOverflowError e) {
      throw new TemplateException("template: :1: exceeded maximum template depth");
    }
  }

  /** Executes over the data decoded as plain JSON maps, with {@code missingkey=error}. */
  public String executeRaw(Object data) {
    return new Evaluator(true).run(nodes, data);
  }
}
