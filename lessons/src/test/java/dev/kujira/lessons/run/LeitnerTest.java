package dev.kujira.lessons.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.lessons.drill.DrillTemplate;
import dev.kujira.lessons.drill.Gen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leitner boxes: unseen templates first, a miss comes back next round, known ones rarely; kept in progress.json. */
class LeitnerTest {
  private static DrillTemplate next(Leitner l, List<DrillTemplate> ts, Gen g) {
    String id = l.next(ts.stream().map(DrillTemplate::id).toList(), g::pick);
    return ts.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void missesComeBackSoonAndKnownTemplatesRarely() {
    List<DrillTemplate> ts = DrillTemplate.of("ports");
    Gen g = new Gen(1);
    Leitner l = Leitner.empty();
    DrillTemplate first = next(l, ts, g);
    l = l.record(first.id(), true);
    DrillTemplate second = next(l, ts, g);
    assertThat(second.id()).isNotEqualTo(first.id()); // the unseen one before a seen one
    l = l.record(second.id(), false);
    assertThat(l.boxes().get(first.id()).box()).isEqualTo(1);
    assertThat(l.boxes().get(second.id()).box()).isEqualTo(1);
    for (int i = 0; i < 4; i++) {
      l = l.record(first.id(), true);
    }
    assertThat(l.boxes().get(first.id()).box()).isEqualTo(5);
    assertThat(l.boxes().get(first.id()).due() - l.round()).isEqualTo(16);
    assertThat(next(l, ts, g).id()).isEqualTo(second.id()); // the missed one is due, the known one is not
    l = l.record(first.id(), false);
    assertThat(l.boxes().get(first.id())).isEqualTo(new Leitner.Box(1, l.round() + 1, 6, 5));
  }

  @Test
  void boxesAreKeptInTheProgressFile_andOldFilesStillRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("progress.json");
    Progress p = Progress.empty().withDrills(Leitner.empty().record("publish-port", true));
    p.write(file);
    assertThat(Progress.read(file)).isEqualTo(p);
    Files.writeString(file, "{\"version\":1,\"lessons\":{}}");
    assertThat(Progress.read(file).drills()).isEqualTo(Leitner.empty());
  }
}
