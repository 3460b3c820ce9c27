package dev.kujira.web.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Makes and checks instructor keys: 25 characters of the class codes' alphabet in groups of five
 * (about 124 random bits), shown once when a class is made. Only "sha256:SALT:HASH" is stored; a
 * random key that long needs no slow hash (nobody can try 2^124 of them), the salt keeps two
 * classes' hashes apart. Checking compares the hashes in constant time.
 */
public final class InstructorKey {
  private static final int GROUPS = 5;
  private static final int GROUP = 5;

  private InstructorKey() {
  }

  /** Returns a new key, as the instructor will type it ("ABCDE-FGHJK-…"). */
  public static String create(SecureRandom random) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < GROUPS * GROUP; i++) {
      if (i > 0 && i % GROUP == 0) {
        b.append('-');
      }
      b.append(JdbcStore.CODE_ALPHABET.charAt(random.nextInt(JdbcStore.CODE_ALPHABET.length())));
    }
    return b.toString();
  }

  /** Returns what is stored for {@code key}: a fresh salt and the salted hash. */
  static String hash(String key, SecureRandom random) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    return "sha256:" + HexFormat.of().formatHex(salt) + ":" + HexFormat.of().formatHex(digest(salt, normal(key)));
  }

  /** Returns whether {@code key} (as typed: any case, spaces and dashes anywhere) is the one {@code stored} was made of. */
  static boolean matches(String key, String stored) {
    String[] parts = stored.split(":");
    if (parts.length != 3 || !parts[0].equals("sha256")) {
      return false;
    }
    byte[] salt = HexFormat.of().parseHex(parts[1]);
    return MessageDigest.isEqual(digest(salt, normal(key)), HexFormat.of().parseHex(parts[2]));
  }

  /** Returns the key without what a person may add or change when typing it. */
  private static String normal(String key) {
    return key.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  private static byte[] digest(byte[] salt, String key) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(salt);
      return d.digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
