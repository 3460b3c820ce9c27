package dev.kujira.engine.process;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Unwinds a detached process's stack at a wait, so that the process holds no thread while it
 * waits (Java 17 has no continuations). Every frame the unwinding passes records the rest of its
 * work as a {@link Frame}; when the wait ends, the scheduler runs the frames innermost first, on a
 * thread from the pool, each given what its callee ended with. A wait throws this only when every
 * frame up to the task's body records itself (see {@link Scheduler#canSuspend}); anywhere else the
 * process waits on its thread as before. So a frame that does not know about suspension is never
 * unwound by it.
 */
public final class Suspend extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Is the rest of one frame's work, given how the call it was making ended. */
  @FunctionalInterface
  public interface Frame {
    /** Finishes the frame's work after its callee ended with {@code callee}; returns the frame's own value. */
    int resume(Outcome callee);
  }

  /** Is how a call ended: a value, or an exception to rethrow. */
  public record Outcome(int value, RuntimeException thrown) {
    /** Returns the value, or throws what the call threw. */
    public int get() {
      if (thrown != null) {
        throw thrown;
      }
      return value;
    }

    static Outcome of(int value) {
      return new Outcome(value, null);
    }

    static Outcome failed(RuntimeException e) {
      return new Outcome(0, e);
    }
  }

  /** The frames to resume, innermost first. */
  final List<Frame> frames = new ArrayList<>();

  Suspend() {
    super(null, null, false, false);
  }

  /** Records {@code rest} as the continuation of the frame this unwinding now leaves. */
  public void push(Frame rest) {
    frames.add(rest);
  }

  /**
   * Calls {@code call} and gives its outcome to {@code rest}; when the call suspends, {@code rest}
   * is recorded instead and runs once the process resumes. For frames whose only work after the
   * call is a fixed epilogue ({@code finally}-like code, turning a status into another).
   */
  public static int call(IntSupplier call, Frame rest) {
    Outcome o;
    try {
      o = Outcome.of(call.getAsInt());
    } catch (Suspend s) {
      s.push(rest);
      throw s;
    } catch (RuntimeException e) {
      o = Outcome.failed(e);
    }
    return rest.resume(o);
  }

  /** Runs {@code frames} innermost first from {@code o}; a new suspension keeps the frames not yet run. */
  static int resume(List<Frame> frames, Outcome o) {
    for (int i = 0; i < frames.size(); i++) {
      try {
        o = Outcome.of(frames.get(i).resume(o));
      } catch (Suspend s) {
        s.frames.addAll(frames.subList(i + 1, frames.size()));
        throw s;
      } catch (RuntimeException e) {
        o = Outcome.failed(e);
      }
    }
    return o.get();
  }
}
