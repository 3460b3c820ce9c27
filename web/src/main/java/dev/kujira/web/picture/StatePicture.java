package dev.kujira.web.picture;

import dev.kujira.engine.api.EngineState;
import dev.kujira.lessons.model.Lang;
import java.util.List;

/**
 * Draws one engine's state as SVG, with a lesson's goal overlaid, and gives the same content as a
 * text alternative. Pure: the same state, overlay and language give the same bytes.
 *
 * <pre>{@code
 * EngineState s = engine.state();
 * String svg = StatePicture.svg(s, Overlay.none(), Lang.EN, "pic");     // inline it in the page
 * String list = Outline.html(StatePicture.outline(s, Overlay.none(), Lang.EN)); // beside it, for screen readers
 * }</pre>
 */
public final class StatePicture {
  private static final java.util.regex.Pattern ID_PREFIX = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9-]*");

  private StatePicture() {
  }

  /**
   * Returns the picture as a standalone {@code <svg>} element (role="img", with a title and a
   * description), every text escaped. {@code idPrefix} makes the ids of its title and
   * description unique on a page holding several pictures (letters, digits and '-' only).
   */
  public static String svg(EngineState state, Overlay overlay, Lang lang, String idPrefix) {
    if (!ID_PREFIX.matcher(idPrefix).matches()) {
      throw new IllegalArgumentException("id prefix must be letters, digits and '-': " + idPrefix);
    }
    Frame f = new Frame(state, overlay, lang);
    double y = 8;
    y = GoalSection.draw(f, y);
    y = ContainerSection.draw(f, y);
    y = ImageSection.draw(f, y);
    y = NetworkSection.draw(f, y);
    y = VolumeSection.draw(f, y);
    double height = Math.ceil(y + 4);
    String w = Svg.num(Frame.WIDTH);
    String h = Svg.num(height);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"k-picture\" role=\"img\" viewBox=\"0 0 " + w + " " + h
        + "\" width=\"" + w + "\" height=\"" + h + "\" aria-labelledby=\"" + idPrefix + "-title " + idPrefix
        + "-desc\"><title id=\"" + idPrefix + "-title\">" + Svg.escape(Labels.of("title", lang)) + "</title><desc id=\""
        + idPrefix + "-desc\">" + Svg.escape(summary(state, overlay, lang)) + "</desc>"
        + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>" + f.svg + "</svg>";
  }

  /** Returns the picture's content as a nested list (the text alternative). */
  public static List<Outline> outline(EngineState state, Overlay overlay, Lang lang) {
    return OutlineBuilder.build(new Frame(state, overlay, lang));
  }

  /** Returns the text alternative as indented plain text. */
  public static String text(EngineState state, Overlay overlay, Lang lang) {
    return Outline.plainText(outline(state, overlay, lang));
  }

  /** Returns a one-sentence description: how many of each resource, and how much of the goal is done. */
  public static String summary(EngineState state, Overlay overlay, Lang lang) {
    List<String> states = ContainerSection.ORDER.stream().filter(st -> !state.containers().withStatus(st).isEmpty())
        .map(st -> st.word() + " " + state.containers().withStatus(st).size()).toList();
    String s = Labels.of("containers", lang) + " " + state.containers().all().size()
        + (states.isEmpty() ? "" : " (" + String.join(", ", states) + ")") + ", "
        + Labels.of("images", lang) + " " + state.images().all().size() + ", "
        + Labels.of("networks", lang) + " " + state.networks().all().size() + ", "
        + Labels.of("volumes", lang) + " " + state.volumes().all().size();
    if (!overlay.tasks().isEmpty()) {
      long done = overlay.tasks().stream().filter(Overlay.Task::done).count();
      s += "; " + Labels.of("goal", lang) + " " + done + "/" + overlay.tasks().size() + " " + Labels.of("done", lang);
    }
    return s + ".";
  }
}
