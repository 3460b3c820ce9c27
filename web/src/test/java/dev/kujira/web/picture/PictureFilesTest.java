package dev.kujira.web.picture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.lessons.model.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes every scene's picture to target/picture-SCENE-LANG.svg (and its text alternative to
 * .txt) for a person to look at, for instance as headless Chromium draws it:
 * {@code chromium --headless --screenshot=/tmp/p.png --window-size=760,1400 target/picture-layers-en.svg}.
 */
class PictureFilesTest {
  @Test
  void writesEveryScenesPictureForAPersonToLookAt() throws Exception {
    Files.createDirectories(Path.of("target"));
    for (String scene : Scenes.LINES.keySet()) {
      try (Engine e = Scenes.engine(scene)) {
        Overlay o = scene.equals("web-and-db") ? Scenes.goal() : Overlay.none();
        for (Lang lang : Lang.values()) {
          Path svg = Path.of("target/picture-" + scene + "-" + lang.code() + ".svg");
          Files.writeString(svg, StatePicture.svg(e.state(), o, lang, "p"));
          assertThat(svg).isNotEmptyFile();
        }
        Files.writeString(Path.of("target/picture-" + scene + ".txt"), StatePicture.text(e.state(), o, Lang.EN));
      }
    }
  }
}
