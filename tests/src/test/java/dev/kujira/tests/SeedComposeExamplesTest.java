package dev.kujira.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every compose example of the seeds (shared/seeds, listed in their inventories), as the
 * seeds write them: {@code src/test/resources/seeds/compose/<seed>-<example>/docker-compose.yml},
 * copied byte for byte from the seed. Each one's {@code docker compose config -q} must print what
 * compose 2.26 printed for it ({@code expected.txt}, recorded on the real engine: the broken ones
 * fail with compose's error). Each {@code -fixed} folder is the repaired file, which must come up
 * with every service running; the WordPress one is also checked end to end.
 */
class SeedComposeExamplesTest {
  static final Path EXAMPLES = Path.of("src/test/resources/seeds/compose");
  static final String DIR = "/home/learner/example";

  @TestFactory
  Stream<DynamicTest> everySeedExample_configPrintsWhatComposePrinted() throws IOException {
    return examples().filter(d -> Files.exists(d.resolve("expected.txt"))).map(d -> DynamicTest.dynamicTest(
        d.getFileName().toString(), () -> {
          try (Engine engine = engine(d)) {
            CommandResult r = engine.run("docker compose config -q");
            String expected = Files.readString(d.resolve("expected.txt"), StandardCharsets.UTF_8);
            String actual = (r.output() + "[exit " + r.exitCode() + "]\n").replace(DIR, "<DIR>")
                .replaceAll("time=\"[^\"]*\"", "time=\"<TIME>\"");
            assertThat(actual).isEqualTo(expected);
          }
        }));
  }

  @TestFactory
  Stream<DynamicTest> everyFixedExample_comesUpWithEveryServiceRunning() throws IOException {
    return examples().filter(d -> d.getFileName().toString().endsWith("-fixed")
        || d.getFileName().toString().equals("seed002-memo")).map(d -> DynamicTest.dynamicTest(
        d.getFileName().toString(), () -> {
          try (Engine engine = engine(d)) {
            CommandResult up = engine.run("docker-compose up -d");
            assertThat(up.exitCode()).as(up.output()).isZero();
            List<String> services = engine.run("docker compose config --services").stdout().lines().toList();
            CommandResult ps = engine.run("docker compose ps -a --format '{{.Service}} {{.State}}'");
            for (String s : services) {
              assertThat(ps.stdout()).as(ps.output()).containsAnyOf(s + " running\n", s + " exited\n");
            }
            CommandResult down = engine.run("docker-compose down");
            assertThat(down.exitCode()).isZero();
            assertThat(engine.run("docker ps -aq").stdout()).isEmpty();
          }
        }));
  }

  @Test
  void wordpress_runsEndToEnd_andKeepsTheDatabaseAcrossDownAndUp() throws IOException {
    try (Engine engine = engine(EXAMPLES.resolve("seed000-wordpress-fixed"))) {
      CommandResult up = engine.run("docker-compose up -d");
      assertThat(up.exitCode()).as(up.output()).isZero();
      assertThat(up.stderr()).contains(" Network example_wordpressnet  Created",
          " Volume \"example_wordpress_db_volume\"  Created", " Container example-wordpress-db-1  Started",
          " Container example-wordpress-app-1  Started");
      // the database starts before WordPress (depends_on)
      assertThat(up.stderr().indexOf("example-wordpress-db-1  Started"))
          .isLessThan(up.stderr().indexOf("example-wordpress-app-1  Starting"));
      assertThat(engine.run("docker ps --format '{{.Names}} {{.Ports}}'").stdout())
          .contains("example-wordpress-app-1 0.0.0.0:8080->80/tcp, :::8080->80/tcp")
          .contains("example-wordpress-db-1 3306/tcp, 33060/tcp");
      CommandResult resolve = engine.run("docker run --rm --network example_wordpressnet busybox ping -c 1 -W 1 wordpress-db");
      assertThat(resolve.exitCode()).as(resolve.output()).isZero();
      assertThat(resolve.stdout()).contains("PING wordpress-db (172.18.0.2)");
      // a fresh WordPress that reaches its database sends the visitor to its installer
      assertThat(engine.run("curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/").stdout()).isEqualTo("302");
      assertThat(engine.run("curl -s http://localhost:8080/wp-admin/install.php").stdout())
          .contains("<title>WordPress &rsaquo; Installation</title>");
      assertThat(engine.run("docker compose stop wordpress-db").exitCode()).isZero();
      assertThat(engine.run("curl -s http://localhost:8080/").stdout())
          .contains("Error establishing a database connection");
      assertThat(engine.run("docker compose start wordpress-db").exitCode()).isZero();
      assertThat(engine.run("docker compose exec wordpress-db sh -c 'echo kept > /var/lib/mysql/marker'")
          .exitCode()).isZero();
      assertThat(engine.run("docker-compose down").exitCode()).isZero();
      // the named volume stays (so does wordpress's anonymous /var/www/html volume: down keeps both)
      assertThat(engine.run("docker volume ls --format '{{.Name}}'").stdout())
          .contains("example_wordpress_db_volume\n");
      assertThat(engine.run("docker-compose up -d").exitCode()).isZero();
      assertThat(engine.run("docker compose exec wordpress-db cat /var/lib/mysql/marker").stdout())
          .isEqualTo("kept\n");
      engine.run("docker-compose down -v");
      assertThat(engine.run("docker volume ls -q").stdout()).doesNotContain("example_wordpress_db_volume");
    }
  }

  private static Stream<Path> examples() throws IOException {
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      return s.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  /** Returns a fresh engine whose learner has the example's files in ~/example and stands there. */
  private static Engine engine(Path example) throws IOException {
    Path work = Files.createTempDirectory("seed-example");
    try (Stream<Path> files = Files.walk(example)) {
      for (Path p : files.toList()) {
        Path target = work.resolve(example.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals("expected.txt")) {
          Files.copy(p, target);
        }
      }
    }
    Engine engine = Engine.create(EngineOptions.defaults().withHostDir(work, DIR).withArchive(
        ConformanceSuiteTest.BUSYBOX));
    engine.cd(DIR);
    return engine;
  }
}
