package dev.kujira.engine.fs;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Is a mount list read afresh on every use, for a view whose mounts change while a command line
 * runs: the host sees a volume's {@code _data} as soon as {@code docker volume create} made it,
 * as a real host does (the local driver makes the directory at once), not only from the next line.
 * {@link UnionView} keeps this list as it is instead of copying it.
 */
public final class LiveMounts extends AbstractList<Mount> {
  private final Supplier<List<Mount>> source;
  private final Consumer<List<Mount>> onChange;
  private List<Mount> last;

  /**
   * Creates a list over {@code source}; {@code onChange} sees each new list before it is used
   * (the host makes the volumes' directories there).
   */
  public LiveMounts(Supplier<List<Mount>> source, Consumer<List<Mount>> onChange) {
    this.source = source;
    this.onChange = onChange;
  }

  private synchronized List<Mount> current() {
    List<Mount> now = List.copyOf(source.get());
    if (!now.equals(last)) {
      last = now;
      onChange.accept(now);
    }
    return last;
  }

  @Override
  public Mount get(int index) {
    return current().get(index);
  }

  @Override
  public int size() {
    return current().size();
  }

  @Override
  public Iterator<Mount> iterator() {
    return current().iterator();
  }

  @Override
  public Spliterator<Mount> spliterator() {
    return current().spliterator();
  }
}
