package dev.kujira.engine.api;

/**
 * Is what an {@link EngineException} says beyond its kind and text, so that a client decides by a
 * type and never by matching the message.
 */
public sealed interface ErrorDetail {
  /** Nothing more: the error came as the HTTP error of a request. */
  record None() implements ErrorDetail {
  }

  /**
   * The daemon sent the error inside a streaming response (a JSON message's errorDetail, as the
   * legacy builder does) or the runtime reported it on an attached stream, not as the request's
   * HTTP error: the docker CLI prints it as it stands and exits with {@code code}.
   */
  record Streamed(int code) implements ErrorDetail {
  }

  /** The image a request named is not in the image store (docker run then pulls it and tries again). */
  record MissingImage(String reference) implements ErrorDetail {
  }

  /** The shared instance of {@link None}. */
  ErrorDetail NONE = new None();
}
