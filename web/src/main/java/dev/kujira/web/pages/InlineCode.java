package dev.kujira.web.pages;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * Is the templates' {@code inlinecode} filter: a message with Markdown's inline code
 * ({@code "Check it with `./kujira verify CODE`."}) becomes HTML with the code in {@code <code>},
 * every character of the message escaped first, so only the {@code <code>} tags are markup.
 */
final class InlineCode extends AbstractExtension {
  @Override
  public Map<String, Filter> getFilters() {
    return Map.of("inlinecode", new Filter() {
      @Override
      public List<String> getArgumentNames() {
        return List.of();
      }

      @Override
      public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
          int line) {
        return input == null ? null : new SafeString(html(input.toString()));
      }
    });
  }

  /** Returns {@code text} as HTML: escaped, and each pair of backticks around code made a {@code <code>}. */
  static String html(String text) {
    StringBuilder out = new StringBuilder();
    String[] parts = text.split("`", -1);
    // An odd number of parts means every backtick has its pair; a lone one stays a backtick.
    int paired = parts.length % 2 == 1 ? parts.length : parts.length - 1;
    for (int i = 0; i < parts.length; i++) {
      boolean code = i % 2 == 1 && i < paired;
      if (i % 2 == 1 && !code) {
        out.append('`');
      }
      out.append(code ? "<code>" : "").append(escape(parts[i])).append(code ? "</code>" : "");
    }
    return out.toString();
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
