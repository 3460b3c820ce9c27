package dev.kujira.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutates the recorded compose files (lines dropped, swapped, re-indented, values replaced by
 * other YAML) and runs {@code docker compose config} and {@code up -d} on each: every broken file
 * must end in compose's own error and exit status, never a Java exception or an internal error.
 */
class ComposeFileFuzzTest {
  private static final List<String> VALUES = List.of("1", "true", "null", "[]", "{}", "[a, b]", "{a: 1}", "\"x\"",
      "${X}", "${X:?no}", "$$", "- x", "a: b", "'8080:80'", "abc", "-1", "1.5", "~", "|", ">", "\t", "\"", "[", "{");

  @Test
  void mutatedComposeFiles_endInComposesErrors_neverACrash() throws IOException {
    List<String> seeds = new ArrayList<>();
    for (String s : List.of("c03-compose-config-canonical", "c04-compose-interpolation", "c16-compose-dns-volumes",
        "c18-compose-healthy-dependency", "c21-compose-override-files", "c22-compose-service-options")) {
      seeds.add(Files.readString(ConformanceSuiteTest.SCENARIOS.resolve(s).resolve("compose.yaml"),
          StandardCharsets.UTF_8));
    }
    Random random = new Random(7);
    List<String> broken = new ArrayList<>();
    int loaded = 0;
    for (int i = 0; i < 200; i++) {
      String yaml = mutate(seeds.get(random.nextInt(seeds.size())), random);
      try {
        new dev.kujira.engine.compose.Loader(java.util.Map.of(), f -> java.util.Optional.empty())
            .load("/home/learner/fuzz/compose.yaml", yaml);
      } catch (dev.kujira.engine.compose.ComposeException expected) {
        // compose's own error: fine
      } catch (RuntimeException e) {
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(trace));
        broken.add("loading\n" + yaml + "\n=> " + trace.toString().lines().limit(6).reduce("", (a, b) -> a + b + "\n"));
      }
      Path work = Files.createTempDirectory("compose-fuzz");
      Files.writeString(work.resolve("compose.yaml"), yaml, StandardCharsets.UTF_8);
      try (Engine engine = Engine.create(EngineOptions.defaults().withHostDir(work, "/home/learner/fuzz")
          .withArchive(ConformanceSuiteTest.BUSYBOX))) {
        engine.cd("/home/learner/fuzz");
        for (String cmd : i % 5 == 0 ? List.of("docker compose config", "docker compose up -d",
            "docker compose down -v") : List.of("docker compose config")) {
          CommandResult r = engine.run(cmd);
          if (r.output().contains("internal error") || r.output().contains("Exception")) {
            broken.add(cmd + " on\n" + yaml + "\n=> " + r.output().strip());
          }
          if (!r.output().contains("no configuration file")) {
            loaded++;
          }
        }
      }
    }
    assertThat(loaded).as("runs that found the file").isPositive();
    assertThat(broken).as("compose files that crashed").isEmpty();
  }

  private static String mutate(String yaml, Random random) {
    List<String> lines = new ArrayList<>(List.of(yaml.split("\n")));
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && !lines.isEmpty(); e++) {
      int i = random.nextInt(lines.size());
      String line = lines.get(i);
      switch (random.nextInt(5)) {
        case 0:
          lines.remove(i);
          break;
        case 1:
          lines.set(i, "  " + line);
          break;
        case 2:
          int colon = line.indexOf(": ");
          String value = VALUES.get(random.nextInt(VALUES.size()));
          lines.set(i, colon > 0 ? line.substring(0, colon + 2) + value : line + " " + value);
          break;
        case 3:
          int j = random.nextInt(lines.size());
          lines.set(i, lines.get(j));
          lines.set(j, line);
          break;
        default:
          lines.set(i, line.replaceFirst("^(\\s*)(- )?([a-z_]+):", "$1$2$3x:"));
          break;
      }
    }
    return String.join("\n", lines) + "\n";
  }
}
