package dev.kujira.engine.api;

/**
 * Is a listener's place on an engine's event stream; closing it unsubscribes (idempotent).
 *
 * <pre>{@code
 * try (EventSubscription sub = engine.onEvent(e -> socket.send(e))) {
 *   ... // events flow until the subscription is closed
 * }
 * }</pre>
 */
@FunctionalInterface
public interface EventSubscription extends AutoCloseable {

  /** Stops the listener from receiving later events. */
  @Override
  void close();
}
