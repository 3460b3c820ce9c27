package dev.kujira.web.picture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.lessons.model.Lang;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the pictures and text alternatives of deterministic engines to the files under
 * src/test/resources/picture. A deliberate change of the picture regenerates them with
 * {@code KUJIRA_UPDATE_GOLDENS=1 mvn -pl web -am test -Dtest=StatePictureGoldenTest}; look at
 * the diff (and at target/picture-*.svg) before committing.
 */
class StatePictureGoldenTest {
  static List<String[]> cases() {
    return List.of(new String[] {"empty", "en"}, new String[] {"web-and-db", "en"}, new String[] {"web-and-db", "ja"},
        new String[] {"layers", "en"});
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void pictureAndTextMatchTheGoldens(String scene, String lang) throws Exception {
    try (Engine e = Scenes.engine(scene)) {
      Overlay o = scene.equals("web-and-db") ? Scenes.goal() : Overlay.none();
      Lang l = Lang.of(lang);
      check("picture/" + scene + "-" + lang + ".svg", StatePicture.svg(e.state(), o, l, "pic"));
      check("picture/" + scene + "-" + lang + ".txt", StatePicture.text(e.state(), o, l));
    }
  }

  private static void check(String name, String actual) throws Exception {
    Path golden = Path.of("src/test/resources", name);
    if ("1".equals(System.getenv("KUJIRA_UPDATE_GOLDENS"))) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden %s (regenerate deliberately with KUJIRA_UPDATE_GOLDENS=1)", name).exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
