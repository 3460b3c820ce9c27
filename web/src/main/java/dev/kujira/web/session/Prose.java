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
  /**
   * A line break between two Japanese characters: the browser would show it as a space (CSS Text's
   * rule to drop it between East Asian characters is not implemented by browsers), so the lines
   * are joined before rendering. A break next to a Latin word keeps its space.
   */
  private static final java.util.regex.Pattern CJK_BREAK = java.util.regex.Pattern.compile(
      "(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー、。，！？）」』])\\n[ \\t]*(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー（「『])");

  private Prose() {
  }

  /** Returns {@code markdown} as safe HTML. */
  public static String html(String markdown) {
    return HTML.render(PARSER.parse(CJK_BREAK.matcher(markdown).replaceAll("")));
  }
}
