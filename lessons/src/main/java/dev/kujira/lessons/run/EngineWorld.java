package dev.kujira.lessons.run;

import dev.kujira.engine.Engine;
import dev.kujira.engine.api.CommandResult;
import dev.kujira.engine.api.ProbeTarget;
import dev.kujira.lessons.goal.World;
import dev.kujira.lessons.state.StateFacts;
import dev.kujira.lessons.state.StateReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Is a {@link World} over a live engine: facts read once through the API; files, name
 * resolution and checker commands through {@link dev.kujira.engine.api.Probes}, which change
 * nothing the learner can see (commands run in a throwaway fork).
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
      facts = StateReader.read(engine.state());
    }
    return facts;
  }

  @Override
  public CommandResult probe(String line) {
    return engine.probes().runInFork(line);
  }

  @Override
  public Optional<String> file(String container, String path) {
    ProbeTarget at = container == null ? ProbeTarget.host() : ProbeTarget.container(container);
    try {
      return engine.probes().readText(at, path);
    } catch (RuntimeException notThere) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<String> resolve(String container, String name) {
    try {
      return engine.probes().resolve(container, name);
    } catch (RuntimeException notThere) {
      return Optional.empty();
    }
  }

  @Override
  public dev.kujira.engine.api.HttpProbe http(String container, String url) {
    return engine.probes().http(container == null ? ProbeTarget.host() : ProbeTarget.container(container), url);
  }

  @Override
  public Optional<dev.kujira.engine.api.BuildInfo> lastBuild() {
    return engine.state().builds().last();
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
