package dev.kujira.engine.api;

/**
 * Is the outcome of an HTTP GET made by a probe, in the same model curl and wget use.
 *
 * @param outcome how the request ended
 * @param status the HTTP status (0 unless answered)
 * @param reason the reason phrase ("" unless answered)
 * @param body the body as UTF-8 text ("" unless answered)
 */
public record HttpProbe(Outcome outcome, int status, String reason, String body) {

  /** Names how a request can end. */
  public enum Outcome {
    /** A server answered. */
    ANSWERED,
    /** The address answers but nothing listens on the port ("Connection refused"). */
    REFUSED,
    /** No route or no peer at that address. */
    UNREACHABLE,
    /** The host name did not resolve ("bad address"). */
    UNRESOLVED
  }

  /** Returns whether a server answered with a 2xx status. */
  public boolean ok() {
    return outcome == Outcome.ANSWERED && status >= 200 && status < 300;
  }
}
