package dev.kujira.engine.util;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Shares immutable values (flattened image trees, parsed archives) between every session of the
 * JVM without growing with them: the {@code capacity} most recently used are held, the rest only
 * as long as some session still holds them (weakly). A learner's thousandth build or load then
 * costs memory only while that learner keeps it.
 */
public final class SharedCache<K, V> {
  private final int capacity;
  private final LinkedHashMap<K, V> recent;
  private final Map<K, WeakReference<V>> shared = new HashMap<>();
  private int sweepAt = 64;

  /** Creates a cache that holds at most {@code capacity} values strongly. */
  public SharedCache(int capacity) {
    this.capacity = capacity;
    this.recent = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > SharedCache.this.capacity;
      }
    };
  }

  /** Returns the value for {@code key}, computing it (outside the lock) when no session holds one. */
  public V get(K key, Function<K, V> compute) {
    V v = lookup(key);
    if (v != null) {
      return v;
    }
    V made = compute.apply(key);
    synchronized (this) {
      V raced = lookupLocked(key);
      if (raced != null) {
        return raced;
      }
      recent.put(key, made);
      shared.put(key, new WeakReference<>(made));
      if (shared.size() >= sweepAt) {
        sweep();
      }
      return made;
    }
  }

  /** Returns how many values are reachable through the cache now (held or still alive). */
  public synchronized int size() {
    sweep();
    return shared.size();
  }

  private synchronized V lookup(K key) {
    return lookupLocked(key);
  }

  private V lookupLocked(K key) {
    V v = recent.get(key);
    if (v != null) {
      return v;
    }
    WeakReference<V> ref = shared.get(key);
    v = ref == null ? null : ref.get();
    if (v != null) {
      recent.put(key, v);
    }
    return v;
  }

  private void sweep() {
    for (Iterator<WeakReference<V>> it = shared.values().iterator(); it.hasNext();) {
      if (it.next().get() == null) {
        it.remove();
      }
    }
    sweepAt = Math.max(64, shared.size() * 2);
  }
}
