package dev.kujira.engine.fs;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Is a directory's entries: an immutable map sorted by name whose {@link #plus} and {@link
 * #minus} return a new map sharing all but O(log n) of the old one. Directories are copied on
 * every change (trees are shared copy-on-write between images, containers and checkpoints), so a
 * full copy per change made 10,000 {@code touch}es in one directory cost 50 million entry copies.
 *
 * <p>It is a treap whose priorities come from the names' hashes (deterministic: the same names
 * give the same shape, whatever the order they came in).
 */
final class Entries extends AbstractMap<String, Node> {
  static final Entries EMPTY = new Entries(null);
  private final Item root;

  private record Item(String key, Node value, Item left, Item right, int prio, int size) {
    Item with(Item l, Item r) {
      return new Item(key, value, l, r, prio, 1 + Entries.size(l) + Entries.size(r));
    }
  }

  private Entries(Item root) {
    this.root = root;
  }

  /** Returns {@code map} as entries (the same object when it already is). */
  static Entries of(Map<String, Node> map) {
    if (map instanceof Entries e) {
      return e;
    }
    Entries out = EMPTY;
    for (Map.Entry<String, Node> e : map.entrySet()) {
      out = out.plus(e.getKey(), e.getValue());
    }
    return out;
  }

  private static int size(Item i) {
    return i == null ? 0 : i.size;
  }

  private static int prio(String key) {
    int h = key.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  @Override
  public Node get(Object key) {
    if (!(key instanceof String k)) {
      return null;
    }
    Item i = root;
    while (i != null) {
      int c = k.compareTo(i.key);
      if (c == 0) {
        return i.value;
      }
      i = c < 0 ? i.left : i.right;
    }
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public int size() {
    return size(root);
  }

  /** Returns the entries with {@code key} set to {@code value}. */
  Entries plus(String key, Node value) {
    return new Entries(insert(root, key, value, prio(key)));
  }

  /** Returns the entries without {@code key}. */
  Entries minus(String key) {
    return get(key) == null ? this : new Entries(delete(root, key));
  }

  private static Item insert(Item t, String key, Node value, int prio) {
    if (t == null) {
      return new Item(key, value, null, null, prio, 1);
    }
    int c = key.compareTo(t.key);
    if (c == 0) {
      return new Item(key, value, t.left, t.right, t.prio, t.size);
    }
    if (c < 0) {
      Item l = insert(t.left, key, value, prio);
      if (l.prio > t.prio) {
        // rotate right
        return l.with(l.left, t.with(l.right, t.right));
      }
      return t.with(l, t.right);
    }
    Item r = insert(t.right, key, value, prio);
    if (r.prio > t.prio) {
      return r.with(t.with(t.left, r.left), r.right);
    }
    return t.with(t.left, r);
  }

  private static Item delete(Item t, String key) {
    if (t == null) {
      return null;
    }
    int c = key.compareTo(t.key);
    if (c < 0) {
      return t.with(delete(t.left, key), t.right);
    }
    if (c > 0) {
      return t.with(t.left, delete(t.right, key));
    }
    return merge(t.left, t.right);
  }

  private static Item merge(Item a, Item b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    if (a.prio > b.prio) {
      return a.with(a.left, merge(a.right, b));
    }
    return b.with(merge(a, b.left), b.right);
  }

  @Override
  public Set<Map.Entry<String, Node>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Node>> iterator() {
        return new Iterator<>() {
          private final ArrayDeque<Item> stack = new ArrayDeque<>();

          {
            push(root);
          }

          private void push(Item i) {
            for (Item x = i; x != null; x = x.left) {
              stack.push(x);
            }
          }

          @Override
          public boolean hasNext() {
            return !stack.isEmpty();
          }

          @Override
          public Map.Entry<String, Node> next() {
            if (stack.isEmpty()) {
              throw new NoSuchElementException();
            }
            Item i = stack.pop();
            push(i.right);
            return new AbstractMap.SimpleImmutableEntry<>(i.key, i.value);
          }
        };
      }

      @Override
      public int size() {
        return Entries.this.size();
      }
    };
  }
}
