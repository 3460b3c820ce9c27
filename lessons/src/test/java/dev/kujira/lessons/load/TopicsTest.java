package dev.kujira.lessons.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The topic map: inventory rows parsed, every row needs an entry, at most 5 % not taught. */
class TopicsTest {
  private static final String INVENTORY = String.join("\n",
      "# Seed 007 inventory", "## 0. Map of the seed (line ranges → topic)", "", "| Lines | Topic |", "|---|---|",
      "| 1–9 | Terms |", "| 10–20 | `docker ps` \\| grep |", "", "---", "## 5. Lesson topics", "",
      "1. **Run**: first run", "2. **Chapter**", "   1. Sub one.", "   2. Sub two.", "", "---", "## 6. Other", "1. not a topic");

  @Test
  void parseInventory_mapRowsAndLeafItems() {
    List<SeedRows.Row> rows = SeedRows.parseInventory(INVENTORY);
    assertThat(rows).extracting(SeedRows.Row::key)
        .containsExactly("007 map 1–9", "007 map 10–20", "007 item 1", "007 item 2.1", "007 item 2.2");
    assertThat(rows.get(1).topic()).isEqualTo("docker ps | grep");
  }

  @Test
  void check_rowWithoutEntry_isAnError_andCountsTaught() {
    List<SeedRows.Row> rows = SeedRows.parseInventory(INVENTORY);
    String yaml = String.join("\n", "topics:",
        "  - {seed: 007_x.txt, map: 1–9, topic: Terms, lessons: [a-01-x]}",
        "  - {seed: 007_x.txt, map: 10–20, topic: ps, lessons: [b-01-other-branch]}",
        "  - {seed: 007_x.txt, item: '1', topic: run, lessons: [a-01-x]}",
        "  - {seed: 007_x.txt, item: '2.1', topic: sub, notTaught: about cloud services}");
    List<Diagnostic> out = new ArrayList<>();
    Topics t = Topics.check("TOPICS.yaml", yaml, rows, Set.of("a-01-x"), out);
    assertThat(t.rows()).isEqualTo(5);
    assertThat(t.taught()).isEqualTo(2);
    assertThat(t.notTaught()).isEqualTo(1);
    assertThat(out).filteredOn(d -> d.severity() == Diagnostic.Severity.ERROR).extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("'007 item 2.2'") && m.contains("has no entry"))
        .anyMatch(m -> m.contains("1 of 5 rows are notTaught"));
    assertThat(out).filteredOn(d -> d.severity() == Diagnostic.Severity.WARNING).extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("b-01-other-branch") && m.contains("named by 1 rows"));
  }

  @Test
  void check_entryWithoutLessonsOrReason_andUnknownRow_areErrors() {
    List<SeedRows.Row> rows = SeedRows.parseInventory(INVENTORY).subList(0, 1);
    String yaml = "topics:\n  - {seed: 007_x.txt, map: 1–9, topic: Terms}\n  - {seed: 007_x.txt, map: 99, topic: x, lessons: [a]}\n";
    List<Diagnostic> out = new ArrayList<>();
    Topics.check("TOPICS.yaml", yaml, rows, Set.of("a"), out);
    assertThat(out).extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("needs either lessons"))
        .anyMatch(m -> m.contains("no inventory row '007 map 99'"));
  }

  @Test
  void bundledCopy_matchesTheInventories_whenPresent() throws IOException {
    Optional<Path> inventory = SeedRows.inventoryDir();
    if (inventory.isEmpty()) {
      return; // a clone without ../shared: the copy is all there is
    }
    String copy = new String(TopicsTest.class.getResourceAsStream("/lessons/seed-rows.tsv").readAllBytes(),
        StandardCharsets.UTF_8);
    assertThat(SeedRows.parseCopy(copy)).extracting(SeedRows.Row::key)
        .containsExactlyElementsOf(SeedRows.readInventories(inventory.get()).stream().map(SeedRows.Row::key).toList());
    assertThat(Files.isDirectory(inventory.get())).isTrue();
  }
}
