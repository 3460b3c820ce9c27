package dev.kujira.tests.bench;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the heap a fresh session keeps: creates many engines (busybox loaded), holds them,
 * and divides the retained heap growth by their number. A load run, not a test.
 */
public final class SessionFootprint {
  private SessionFootprint() {
  }

  /** Prints the average retained heap per fresh session. */
  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    EngineOptions options = EngineOptions.defaults().withArchive(EngineBenchmark.BUSYBOX);
    Engine.create(options).close();
    long before = used();
    List<Engine> engines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      engines.add(Engine.create(options));
    }
    long after = used();
    System.out.printf("%d sessions: %.1f KB retained per fresh session%n", engines.size(), (after - before) / 1024.0 / n);
    engines.forEach(Engine::close);
  }

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
