package dev.kujira.web.session;

import dev.kujira.engine.api.EngineState;
import dev.kujira.lessons.model.Lang;
import dev.kujira.lessons.run.LessonSession;

/**
 * Draws the state picture shown beside the terminal after every command (the server uses the SVG
 * of package dev.kujira.web.picture).
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
   */
  record Picture(String svg, String text) {
  }
}
