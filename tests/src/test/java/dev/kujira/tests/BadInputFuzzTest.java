package dev.kujira.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Feeds thousands of random and mutated docker command lines to one session and checks that
 * each ends in an answer (Docker's error text and an exit code), never a Java stack trace or an
 * internal error, and that the session still works afterwards.
 */
class BadInputFuzzTest {
  private static final List<String> SEEDS = List.of(
      "docker run --rm busybox echo hi", "docker run -d --name web busybox sleep 300", "docker ps -a --format '{{.Names}}'",
      "docker inspect -f '{{.State.Status}}' web", "docker logs --tail 2 web", "docker stop -t 1 web",
      "docker rm -f web", "docker images --filter reference='bus*'", "docker tag busybox mine:1", "docker rmi mine:1",
      "docker create --name c1 -e A=1 -p 8080:80 busybox", "docker start c1", "docker kill -s HUP c1",
      "docker pause c1", "docker unpause c1", "docker wait c1", "docker rename c1 c2", "docker port c2",
      "docker top c2", "docker history busybox", "docker image prune -f", "docker container prune -f",
      "docker system df", "docker version", "docker info", "docker exec c2 ls /", "docker pull alpine");
  private static final List<String> WORDS = List.of("docker", "run", "-d", "--rm", "-it", "--name", "x", "busybox",
      "-p", "80", "8080:80", "--format", "'{{.ID}}'", "'{{'", "--filter", "status=running", "-a", "-q", "-n", "3",
      "--", "-", "ps", "inspect", "container", "image", "ls", "rm", "-f", "sh", "-c", "'exit 3'", "nosuch",
      "--tail", "abc", "-t", "-1", "sleep", "1", "\"", "'", "$(", "|", "&&", ";", "UPPER", "a:b:c", "@", "--help",
      "--time=x", "-e", "=", "--restart", "on-failure:2", "-v", "/x:/y:ro", "--mount", "type=bind", "logs", "kill");

  @Test
  void randomCommandLines_neverCrash_andTheSessionSurvives() throws IOException {
    Random random = new Random(42);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      lines.add(i % 2 == 0 ? mutate(SEEDS.get(random.nextInt(SEEDS.size())), random) : randomLine(random));
    }
    try (Engine engine = Engine.create(EngineOptions.defaults().withArchive(ConformanceSuiteTest.BUSYBOX))) {
      List<String> broken = new ArrayList<>();
      for (String line : lines) {
        CommandResult r = engine.run(line);
        if (r.output().contains("internal error") || r.output().contains("\tat dev.kujira")
            || r.output().contains("Exception") || r.exitCode() < 0 || r.exitCode() > 255) {
          broken.add(line + "  =>  " + r.output().strip());
        }
      }
      assertThat(broken).as("command lines that crashed").isEmpty();
      CommandResult ps = engine.run("docker ps -a --format '{{.Names}}'");
      assertThat(ps.exitCode()).isZero();
      assertThat(engine.run("docker run --rm busybox echo still alive").stdout()).isEqualTo("still alive\n");
    }
  }

  private static String randomLine(Random random) {
    StringBuilder sb = new StringBuilder("docker");
    int n = random.nextInt(7);
    for (int i = 0; i < n; i++) {
      sb.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
    }
    return sb.toString();
  }

  private static String mutate(String line, Random random) {
    String[] parts = line.split(" ");
    List<String> out = new ArrayList<>(List.of(parts));
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = 1 + random.nextInt(Math.max(1, out.size() - 1));
      switch (random.nextInt(4)) {
        case 0:
          if (out.size() > 2) {
            out.remove(Math.min(at, out.size() - 1));
          }
          break;
        case 1:
          out.add(Math.min(at, out.size()), WORDS.get(random.nextInt(WORDS.size())));
          break;
        case 2:
          out.set(Math.min(at, out.size() - 1), WORDS.get(random.nextInt(WORDS.size())));
          break;
        default:
          String w = out.get(Math.min(at, out.size() - 1));
          if (!w.isEmpty()) {
            int c = random.nextInt(w.length());
            out.set(Math.min(at, out.size() - 1), w.substring(0, c) + (char) (33 + random.nextInt(90)) + w.substring(c));
          }
      }
    }
    return String.join(" ", out);
  }
}
