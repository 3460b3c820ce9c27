package dev.kujira.lessons;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.EngineSnapshot;
import java.io.IOException;

/**
 * Opens the engine session a lesson runs in and reads its state; the lesson model itself comes
 * with the lessons issue. It shows the one rule: lessons see only the engine's facade and API.
 */
public final class LessonEngine {
  private LessonEngine() {
  }

  /** Starts a fresh session for a lesson. */
  public static Engine open() throws IOException {
    return Engine.create(EngineOptions.defaults());
  }

  /** Returns whether a container named {@code name} is running in {@code snapshot}. */
  public static boolean containerRunning(EngineSnapshot snapshot, String name) {
    return snapshot.container(name).map(c -> c.state().equals("running")).orElse(false);
  }
}
