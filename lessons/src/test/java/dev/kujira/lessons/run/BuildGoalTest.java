package dev.kujira.lessons.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.goal.ResourceGoal.BuildGoal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Build goals read the engine's build record: which step hit the cache, which stage was built. */
class BuildGoalTest {
  private static final String DOCKERFILE = "FROM busybox AS base\nWORKDIR /app\nCOPY deps.txt .\nRUN cat deps.txt\n"
      + "COPY . .\nFROM base AS final\nCMD [\"cat\", \"/app/app.txt\"]\n";

  @Test
  void aRebuildAfterAnAppChange_keepsTheDependencyStepCached_andNamesTheStage() throws Exception {
    try (Engine e = Engine.create(EngineOptions.defaults())) {
      EngineWorld w = new EngineWorld(e, false);
      assertThat(new BuildGoal(null, null, "").check(w).holds()).as("nothing built yet").isFalse();
      e.writeHostFile("/root/app/Dockerfile", 0644, DOCKERFILE.getBytes(StandardCharsets.UTF_8));
      e.writeHostFile("/root/app/deps.txt", 0644, "busybox\n".getBytes(StandardCharsets.UTF_8));
      e.writeHostFile("/root/app/app.txt", 0644, "v1\n".getBytes(StandardCharsets.UTF_8));
      assertThat(e.run("docker build -t app /root/app").exitCode()).isZero();
      e.writeHostFile("/root/app/app.txt", 0644, "v2\n".getBytes(StandardCharsets.UTF_8));
      assertThat(e.run("docker build -t app /root/app").exitCode()).isZero();
      var steps = e.state().builds().last().orElseThrow().steps();
      int run = 0;
      int copyAll = 0;
      for (int i = 0; i < steps.size(); i++) {
        if (steps.get(i).instruction().startsWith("RUN")) {
          run = i + 2; // FROM is step 1 and has no record
        }
        if (steps.get(i).instruction().startsWith("COPY . .")) {
          copyAll = i + 2;
        }
      }
      assertThat(run).isPositive();
      assertThat(new BuildGoal(run, true, "").check(w).holds()).isTrue();
      assertThat(new BuildGoal(run, false, "").check(w).holds()).isFalse();
      assertThat(new BuildGoal(copyAll, false, "").check(w).holds()).isTrue();
      assertThat(new BuildGoal(null, null, steps.get(steps.size() - 1).stage()).check(w).holds()).isTrue();
      assertThat(new BuildGoal(null, null, "nosuchstage").check(w).holds()).isFalse();
      assertThat(new BuildGoal(99, true, "").check(w).holds()).isFalse();
    }
  }
}
