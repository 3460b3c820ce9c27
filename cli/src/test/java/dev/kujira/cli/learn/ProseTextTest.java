package dev.kujira.cli.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kujira.lessons.load.Catalog;
import dev.kujira.lessons.model.Lesson;
import dev.kujira.lessons.model.Step;
import org.junit.jupiter.api.Test;

class ProseTextTest {
  @Test
  void aCodeBlockLosesItsFencesAndIsIndented() {
    String prose = "Copy it:\n\n```\ndocker cp a b:/c\n\ndocker cp b:/c a\n```\n\nDone.\n";
    assertEquals("Copy it:\n\n    docker cp a b:/c\n\n    docker cp b:/c a\n\nDone.", ProseText.render(prose, false));
  }

  @Test
  void anInfoStringAnIndentedFenceAndALongerFenceAreFencesToo() {
    String prose = "  ```Dockerfile\n  FROM busybox\n  ```\n````yaml\nx: |\n  ```\n````\nend";
    assertEquals("      FROM busybox\n    x: |\n      ```\nend", ProseText.render(prose, false));
  }

  @Test
  void anOutputBlockReadsAsThePromptAndWhatItPrinted() {
    String prose = "Now:\n\n```output docker ps --format '{{.Names}}'\nweb\napi\n```\n";
    assertEquals("Now:\n\n    $ docker ps --format '{{.Names}}'\n    web\n    api", ProseText.render(prose, false));
  }

  @Test
  void inlineCodeWithThreeBackticksIsNotAFence() {
    assertEquals("```a``` stays", ProseText.render("```a``` stays", false));
  }

  @Test
  void colourPaintsTheCodeAndResetsOnEveryLine() {
    String shown = ProseText.render("```\nls\n```", true);
    assertEquals("    \u001b[36mls\u001b[0m", shown);
  }

  @Test
  void noBundledLessonShowsAFenceInTheTerminal() {
    int blocks = 0;
    for (Lesson lesson : Catalog.bundled().lessons()) {
      for (Step step : lesson.steps()) {
        for (String prose : new String[] {step.prose().ja(), step.prose().en()}) {
          String shown = ProseText.render(prose, false);
          assertFalse(shown.contains("```"), lesson.id() + ": " + shown);
          blocks += prose.split("```", -1).length / 2;
        }
      }
    }
    assertTrue(blocks > 0, "the bundled lessons have code blocks to render");
  }
}
