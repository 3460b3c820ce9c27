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
   * Returns the source one workspace draws with (called once per workspace, then used under its
   * lock): it may give the last picture again when nothing the picture shows has changed, so a
   * command that changed nothing (a {@code docker ps}) costs no drawing. This one keeps nothing.
   */
  default PictureSource forWorkspace() {
    return this;
  }

  /**
   * Is one picture.
   *
   * @param svg the SVG document (already escaped), or null when there is none
   * @param text the text alternative, read by screen readers and shown when there is no SVG
   */
  record Picture(String svg, String text) {
  }
}
