package dev.kujira.engine.gotemplate;

/** Reports a template that does not parse or fails to execute, with Go's text/template wording. */
public final class TemplateException extends RuntimeException {
  /** Creates the error. */
  public TemplateException(String message) {
    super(message, null, false, false);
  }
}
