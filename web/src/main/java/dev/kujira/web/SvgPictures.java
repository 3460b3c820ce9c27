package dev.kujira.web;

import dev.kujira.engine.api.EngineState;
import dev.kujira.lessons.model.Lang;
import dev.kujira.lessons.run.LessonSession;
import dev.kujira.web.session.PictureSource;
import dev.kujira.web.picture.GoalOverlay;
import dev.kujira.web.picture.Overlay;
import dev.kujira.web.picture.StatePicture;

/**
 * Draws the page's state picture with {@link StatePicture}: the SVG (every text already escaped,
 * so the page inlines it as HTML) and its text alternative, with the lesson's goal overlaid in a
 * lesson and no overlay in the sandbox.
 */
public final class SvgPictures implements PictureSource {
  /** Is the id prefix of the picture's title and description: one picture per page. */
  private static final String ID_PREFIX = "state";

  @Override
  public Picture draw(EngineState state, LessonSession lesson, Lang lang) {
    Overlay overlay = lesson == null ? Overlay.none() : GoalOverlay.of(lesson, lang);
    return new Picture(StatePicture.svg(state, overlay, lang, ID_PREFIX), StatePicture.text(state, overlay, lang));
  }
}
