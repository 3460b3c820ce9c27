package dev.kujira.tests;

import dev.kujira.engine.TranscriptNormalizer;

/** The conformance work folder and its normalisation (the engine's {@link TranscriptNormalizer}). */
final class Transcripts {
  static final String WORK = "/tmp/conformance-work";

  private Transcripts() {
  }

  static String normalize(String text) {
    return TranscriptNormalizer.normalize(text, WORK);
  }
}
