package dev.kujira.lessons.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Is the only source of randomness of drills: a generator seeded once, so a seed names one drill
 * and a test can replay it.
 */
public final class Gen {
  private static final List<String> NAMES = List.of("web", "api", "shop", "blog", "cache", "db", "worker", "proxy",
      "front", "auth", "mail", "search", "queue", "stats", "docs", "chat", "store", "admin");
  private static final List<String> WORDS = List.of("kujira", "sakura", "umi", "sora", "yama", "kumo", "hoshi", "tsuki",
      "kaze", "mori", "kawa", "hana", "yuki", "nami", "shima");
  private final SplittableRandom random;

  /** Makes a generator from {@code seed}. */
  public Gen(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Returns a number in [from, to]. */
  public int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  /** Returns one of {@code options}. */
  public <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** Returns {@code n} different elements of {@code options}. */
  public <T> List<T> distinct(List<T> options, int n) {
    List<T> left = new ArrayList<>(options);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(left.remove(random.nextInt(left.size())));
    }
    return out;
  }

  /** Returns {@code n} different container-like names ("web", "api2", ...). */
  public List<String> names(int n) {
    List<String> out = new ArrayList<>();
    for (String base : distinct(NAMES, n)) {
      out.add(random.nextBoolean() ? base : base + between(1, 9));
    }
    return out;
  }

  /** Returns one name. */
  public String name() {
    return names(1).get(0);
  }

  /** Returns a word for contents, volumes and networks ("sakura", ...). */
  public String word() {
    return pick(WORDS);
  }

  /** Returns a host port a learner would pick (8000-8999, 3000-3999 or 5000-5999). */
  public int port() {
    return pick(List.of(8000, 3000, 5000)) + between(0, 999);
  }
}
