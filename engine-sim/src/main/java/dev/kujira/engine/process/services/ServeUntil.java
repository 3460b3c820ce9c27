package dev.kujira.engine.process.services;

import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Signal;
import dev.kujira.engine.process.Suspend;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The end of a server's main loop: it serves on a port until a signal it handles as "stop" comes,
 * then runs its own shutdown with that signal; the port closes either way. The wait is an event,
 * not a loop, so a detached server holds no thread while it waits ({@link Suspend}).
 */
final class ServeUntil {
  private ServeUntil() {
  }

  /** Waits for a signal {@code stop} accepts, then returns what {@code shutdown} makes of it; {@code port} closes after. */
  static int signal(Proc p, int port, Predicate<Signal> stop, ToIntFunction<Signal> shutdown) {
    Signal[] received = new Signal[1];
    return Suspend.call(() -> p.awaitStop(s -> {
      received[0] = s;
      return stop.test(s);
    }), done -> {
      try {
        done.get();
        return shutdown.applyAsInt(received[0]);
      } finally {
        p.network().unlisten(port);
      }
    });
  }
}
