package dev.kujira.web;

import dev.kujira.engine.api.ContainerInfo;
import dev.kujira.engine.api.EngineState;
import dev.kujira.engine.api.ImageInfo;
import dev.kujira.engine.api.NetworkInfo;
import dev.kujira.engine.api.VolumeInfo;
import dev.kujira.lessons.model.Lang;
import dev.kujira.lessons.run.LessonSession;
import dev.kujira.web.picture.GoalOverlay;
import dev.kujira.web.picture.Overlay;
import dev.kujira.web.picture.StatePicture;
import dev.kujira.web.session.PictureSource;
import java.util.List;

/**
 * Draws the page's state picture with {@link StatePicture}: the SVG (every text already escaped,
 * so the page inlines it as HTML) and its text alternative, with the lesson's goal overlaid in a
 * lesson and no overlay in the sandbox.
 *
 * <p>The source of one workspace ({@link #forWorkspace()}) keeps its last picture and gives it
 * again while what the picture shows is equal: the containers, images, networks and volumes
 * (records, compared by value), the overlay and the language. The picture reads nothing else of
 * the state (not the virtual clock, which every command moves), so a {@code docker ps} or a
 * {@code curl} is not drawn again, and the same inputs give the same bytes either way.
 */
public final class SvgPictures implements PictureSource {
  /** Is the id prefix of the picture's title and description: one picture per page. */
  private static final String ID_PREFIX = "state";
  private final boolean remember;
  private Shown last;
  private Picture lastPicture;
  private int drawn;

  /** Creates the server's source; each workspace gets its own remembering one from it. */
  public SvgPictures() {
    this(false);
  }

  private SvgPictures(boolean remember) {
    this.remember = remember;
  }

  /** Is everything the picture shows; equal values give the same picture. */
  private record Shown(List<ContainerInfo> containers, List<ImageInfo> images, List<NetworkInfo> networks,
      List<VolumeInfo> volumes, Overlay overlay, Lang lang) {
  }

  @Override
  public PictureSource forWorkspace() {
    return new SvgPictures(true);
  }

  @Override
  public Picture draw(EngineState state, LessonSession lesson, Lang lang) {
    Overlay overlay = lesson == null ? Overlay.none() : GoalOverlay.of(lesson, lang);
    Shown shown = new Shown(state.containers().all(), state.images().all(), state.networks().all(),
        state.volumes().all(), overlay, lang);
    if (remember && shown.equals(last)) {
      return lastPicture;
    }
    Picture p = new Picture(StatePicture.svg(state, overlay, lang, ID_PREFIX), StatePicture.text(state, overlay, lang));
    drawn++;
    if (remember) {
      last = shown;
      lastPicture = p;
    }
    return p;
  }

  /** Returns how many pictures this source has drawn (a picture given again is not counted). */
  public int drawn() {
    return drawn;
  }
}
