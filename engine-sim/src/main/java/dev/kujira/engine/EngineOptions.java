package dev.kujira.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * Configures a new {@link Engine}.
 *
 * @param seed the id generator's seed: the same seed and commands give the same transcript
 * @param startMillis the virtual clock's start, epoch millis
 * @param hostDir a real folder whose files the simulated host starts with, at the same path, and
 *     where its shell starts; null for an in-memory home directory
 * @param hostPath where {@code hostDir} appears on the simulated host (null: its own real path)
 * @param imageArchives {@code docker save} archives loaded silently at start
 */
public record EngineOptions(long seed, long startMillis, Path hostDir, String hostPath, List<Path> imageArchives) {

  /** Copies the list. */
  public EngineOptions {
    imageArchives = List.copyOf(imageArchives);
  }

  /** Returns the defaults: seed 1, the fixed start time, an in-memory home, no archives. */
  public static EngineOptions defaults() {
    return new EngineOptions(1, dev.kujira.engine.util.VirtualClock.DEFAULT_START, null, null, List.of());
  }

  /** Returns a copy starting in the real folder {@code dir}. */
  public EngineOptions withHostDir(Path dir) {
    return new EngineOptions(seed, startMillis, dir, null, imageArchives);
  }

  /** Returns a copy whose host starts with the files of {@code dir}, shown at {@code path}. */
  public EngineOptions withHostDir(Path dir, String path) {
    return new EngineOptions(seed, startMillis, dir, path, imageArchives);
  }

  /** Returns a copy whose clock starts at {@code millis} (epoch), e.g. the real time a REPL starts. */
  public EngineOptions withStart(long millis) {
    return new EngineOptions(seed, millis, hostDir, hostPath, imageArchives);
  }

  /** Returns a copy with another seed. */
  public EngineOptions withSeed(long newSeed) {
    return new EngineOptions(newSeed, startMillis, hostDir, hostPath, imageArchives);
  }

  /** Returns a copy that also loads {@code archive}. */
  public EngineOptions withArchive(Path archive) {
    List<Path> list = new java.util.ArrayList<>(imageArchives);
    list.add(archive);
    return new EngineOptions(seed, startMillis, hostDir, hostPath, list);
  }
}
