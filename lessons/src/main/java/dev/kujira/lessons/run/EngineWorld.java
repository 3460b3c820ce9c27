package dev.kujira.lessons.run;

import dev.kujira.engine.Checkpoint;
import dev.kujira.engine.Engine;
import dev.kujira.engine.api.CommandResult;
import dev.kujira.lessons.goal.World;
import dev.kujira.lessons.state.StateFacts;
import dev.kujira.lessons.state.StateReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Is a {@link World} over a live engine: facts read once through the API, probes run in the
 * session and then rolled back to a checkpoint, so a check changes nothing the learner can see.
 * (Issue 11's side-effect-free probes will replace the rollback.)
 */
final class EngineWorld implements World {
  private final Engine engine;
  private final boolean undo;
  private StateFacts facts;

  EngineWorld(Engine engine, boolean undo) {
    this.engine = engine;
    this.undo = undo;
  }

  @Override
  public StateFacts facts() {
    if (facts == null) {
      facts = StateReader.read(engine.api());
    }
    return facts;
  }

  @Override
  public CommandResult probe(String line) {
    Checkpoint before = engine.checkpoint();
    engine.enableUndo(false);
    try {
      return engine.run(line);
    } finally {
      engine.restore(before);
      engine.enableUndo(undo);
    }
  }

  @Override
  public Optional<String> file(String container, String path) {
    if (container == null) {
      CommandResult r = probe("cat " + path);
      return r.exitCode() == 0 ? Optional.of(r.stdout()) : Optional.empty();
    }
    try {
      return firstFile(engine.api().containerArchive(container, path));
    } catch (RuntimeException notThere) {
      return Optional.empty();
    }
  }

  /** Returns the first regular file's content in a tar archive. */
  static Optional<String> firstFile(byte[] tar) {
    int at = 0;
    while (at + 512 <= tar.length && tar[at] != 0) {
      String size = new String(tar, at + 124, 12, StandardCharsets.US_ASCII).trim().replace("\0", "");
      long n = size.isEmpty() ? 0 : Long.parseLong(size, 8);
      byte type = tar[at + 156];
      if (type == '0' || type == 0) {
        return Optional.of(new String(tar, at + 512, (int) n, StandardCharsets.UTF_8));
      }
      at += 512 + (int) ((n + 511) / 512 * 512);
    }
    return Optional.empty();
  }
}
