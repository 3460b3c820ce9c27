package dev.kujira.web.api;

import dev.kujira.engine.api.EngineState;
import dev.kujira.lessons.model.Lang;
import dev.kujira.lessons.run.LessonSession;
import java.util.Map;

/**
 * Draws the state picture shown beside the terminal after every command. Until the SVG picture
 * (package dev.kujira.web.picture) is wired in, {@link PlainPicture} lists the state as text.
 */
public interface PictureSource {
  /**
   * Returns the picture of {@code state}.
   *
   * @param lesson the lesson being taken (for its goal overlay), or null in the sandbox
   * @param lang the page's language
   */
  Picture draw(EngineState state, LessonSession lesson, Lang lang);

  /**
   * Is one picture.
   *
   * @param svg the SVG document (already escaped), or null when there is none
   * @param text the text alternative, read by screen readers and shown when there is no SVG
   * @param summary the state in a few lists, for the page's plain view and for tests
   */
  record Picture(String svg, String text, Map<String, Object> summary) {
  }
}
