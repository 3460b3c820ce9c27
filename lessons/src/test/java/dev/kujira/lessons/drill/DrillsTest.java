package dev.kujira.lessons.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kujira.engine.EngineOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Solves 1,000 generated drills with their reference solutions and fails 1,000 mutated ones (the
 * template's wrong answer for a task, a different prediction for a question), over every template.
 */
class DrillsTest {
  static final int DRILLS = Integer.getInteger("kujira.drills", 1000);

  @Test
  void thousandDrillsPassWithTheirSolutionsAndFailMutated() {
    List<DrillTemplate> templates = DrillTemplate.all();
    List<String> problems = new ArrayList<>();
    Set<String> yamls = new HashSet<>();
    for (int i = 0; i < DRILLS; i++) {
      DrillTemplate t = templates.get(i % templates.size());
      Drill d = t.generate(i / templates.size());
      yamls.add(d.yaml());
      problems.addAll(Drills.check(d, EngineOptions.defaults()));
    }
    assertEquals(List.of(), problems);
    assertTrue(yamls.size() > DRILLS * 9 / 10, "seeds give different drills: " + yamls.size());
  }

  @Test
  void aSeedNamesOneDrill() {
    for (DrillTemplate t : DrillTemplate.all()) {
      assertEquals(t.generate(7).yaml(), t.generate(7).yaml());
    }
  }

  @Test
  void templatesCoverTheTopics() {
    assertTrue(DrillTemplate.all().stream().filter(t -> !t.id().startsWith("predict-")).count() >= 12);
    for (String topic : DrillTemplate.TOPICS) {
      assertTrue(!DrillTemplate.of(topic).isEmpty(), topic);
    }
  }
}
