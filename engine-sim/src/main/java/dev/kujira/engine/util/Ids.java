package dev.kujira.engine.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Generates an engine's random-looking ids from a seed, and computes content digests: the only
 * home of randomness in the engine, so a seed and a command list give one transcript.
 */
public final class Ids {
  private final long seed;
  private long counter;

  /** Creates a generator from {@code seed}. */
  public Ids(long seed) {
    this.seed = seed;
  }

  /** Returns the next 64-hex id (as a container or volume id), derived from the seed and a counter. */
  public String next() {
    counter++;
    return sha256Hex(seed + ":" + counter);
  }

  /** Returns the number of ids handed out, for snapshots. */
  public long counter() {
    return counter;
  }

  /** Restores the counter from a snapshot. */
  public void resetCounter(long value) {
    counter = value;
  }

  /** Returns the lowercase hex sha256 of a UTF-8 string. */
  public static String sha256Hex(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the lowercase hex sha256 of bytes. */
  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }

  /** Returns the first 12 characters of a hex id, dropping a "sha256:" prefix: docker's short id. */
  public static String shortId(String id) {
    String hex = id.startsWith("sha256:") ? id.substring(7) : id;
    return hex.length() > 12 ? hex.substring(0, 12) : hex;
  }
}
