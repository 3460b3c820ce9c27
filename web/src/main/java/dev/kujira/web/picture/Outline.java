package dev.kujira.web.picture;

import java.util.List;

/**
 * Is the picture's content as a nested list, for screen readers and keyboard users: the same
 * facts the SVG draws, in reading order.
 *
 * @param text one item, plain text (not escaped)
 * @param children its sub-items
 */
public record Outline(String text, List<Outline> children) {
  /** Copies the list. */
  public Outline {
    children = List.copyOf(children);
  }

  /** Returns an item without sub-items. */
  public static Outline leaf(String text) {
    return new Outline(text, List.of());
  }

  /** Returns {@code items} as indented plain text, one item a line ("- " and two spaces per level). */
  public static String plainText(List<Outline> items) {
    StringBuilder b = new StringBuilder();
    items.forEach(i -> i.plain(b, 0));
    return b.toString();
  }

  /** Returns {@code items} as nested HTML lists, every text escaped. */
  public static String html(List<Outline> items) {
    StringBuilder b = new StringBuilder();
    list(items, b);
    return b.toString();
  }

  private void plain(StringBuilder b, int level) {
    b.append("  ".repeat(level)).append("- ").append(text.replace('\n', ' ')).append('\n');
    children.forEach(c -> c.plain(b, level + 1));
  }

  private static void list(List<Outline> items, StringBuilder b) {
    b.append("<ul>");
    for (Outline i : items) {
      b.append("<li>").append(Svg.escape(i.text));
      if (!i.children.isEmpty()) {
        list(i.children, b);
      }
      b.append("</li>");
    }
    b.append("</ul>");
  }
}
