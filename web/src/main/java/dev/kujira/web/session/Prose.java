package dev.kujira.web.session;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a lesson's Markdown prose to HTML on the server. Raw HTML in the prose is escaped and
 * link targets are sanitized, so an author's text cannot put a script in the page.
 */
public final class Prose {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

  private Prose() {
  }

  /** Returns {@code markdown} as safe HTML. */
  public static String html(String markdown) {
    return HTML.render(PARSER.parse(markdown));
  }
}
