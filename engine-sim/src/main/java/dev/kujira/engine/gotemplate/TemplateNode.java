package dev.kujira.engine.gotemplate;

import java.util.List;

/** Is one node of a parsed template (Go's text/template/parse nodes, the subset docker uses). */
sealed interface TemplateNode {

  /** Literal text. */
  record Text(String text) implements TemplateNode {
  }

  /** {@code {{pipeline}}}: prints the pipeline's value unless it declares variables. */
  record Action(Pipeline pipeline) implements TemplateNode {
  }

  /** {@code {{if}}…{{else}}…{{end}}} (an else-if is an If inside the else list). */
  record If(Pipeline cond, List<TemplateNode> then, List<TemplateNode> otherwise) implements TemplateNode {
  }

  /** {@code {{range}}}. */
  record Range(Pipeline over, List<TemplateNode> body, List<TemplateNode> otherwise) implements TemplateNode {
  }

  /** {@code {{with}}}. */
  record With(Pipeline value, List<TemplateNode> body, List<TemplateNode> otherwise) implements TemplateNode {
  }

  /** {@code {{break}}} or {@code {{continue}}}. */
  record Loop(boolean isBreak) implements TemplateNode {
  }

  /**
   * Is a pipeline: optional variable declarations, then commands joined by "|".
   *
   * @param vars declared or assigned variables ("$x")
   * @param declare true for ":=", false for "="
   * @param commands the commands
   * @param text the pipeline's source, for error context
   */
  record Pipeline(List<String> vars, boolean declare, List<List<Arg>> commands, String text) {
  }

  /** Is one operand of a command. */
  sealed interface Arg {
  }

  /** A field chain on dot or on a receiver: {@code .A.B}, {@code $x.A}, {@code (pipe).A}. */
  record Field(Arg receiver, List<String> names, int column, String text) implements Arg {
  }

  /** A variable {@code $x}. */
  record Variable(String name) implements Arg {
  }

  /** {@code .} itself. */
  record Dot() implements Arg {
  }

  /** A constant: string, number, bool or nil. */
  record Literal(Object value) implements Arg {
  }

  /** A function name. */
  record Identifier(String name) implements Arg {
  }

  /** A parenthesised pipeline. */
  record Sub(Pipeline pipeline) implements Arg {
  }
}
