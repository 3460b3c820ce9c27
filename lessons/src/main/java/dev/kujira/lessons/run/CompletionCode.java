package dev.kujira.lessons.run;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Is the code a learner gets for a finished lesson: an HMAC-SHA256, under the class's key, over
 * the lesson id, its version, the digest of the final engine state and the learner's name; an
 * instructor checks it offline with the same key.
 *
 * <p>Threat model: the code proves that a kujira engine holding the class key reached the lesson's
 * goal state (a changed id, version, name or digest fails the check); it does not prove who typed
 * the commands, and anyone who holds the class key can mint codes. It is a classroom check, not
 * an exam: keep the key among the class, and change it per course.
 *
 * @param lessonId the lesson
 * @param version the lesson's version
 * @param learner the learner's name
 * @param stateDigest the final state's SHA-256, hex (first 16 characters)
 * @param mac the HMAC, hex (first 32 characters)
 */
public record CompletionCode(String lessonId, int version, String learner, String stateDigest, String mac) {
  private static final String PREFIX = "KJ1.";

  /** Returns a code for {@code lessonId} finished by {@code learner} in a state whose canonical form is {@code state}. */
  public static CompletionCode create(byte[] key, String lessonId, int version, String learner, String state) {
    String digest = sha256(state).substring(0, 16);
    return new CompletionCode(lessonId, version, learner, digest, mac(key, lessonId, version, learner, digest));
  }

  /** Returns the code as text: {@code KJ1.<payload>.<mac>}. */
  public String text() {
    String payload = lessonId + "\n" + version + "\n" + learner + "\n" + stateDigest;
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "." + mac;
  }

  /** Reads a code's text (empty when it is not a code at all). */
  public static Optional<CompletionCode> parse(String text) {
    String t = text.strip();
    int dot = t.lastIndexOf('.');
    if (!t.startsWith(PREFIX) || dot <= PREFIX.length()) {
      return Optional.empty();
    }
    try {
      String[] p = new String(Base64.getUrlDecoder().decode(t.substring(PREFIX.length(), dot)), StandardCharsets.UTF_8)
          .split("\n", -1);
      return p.length != 4 ? Optional.empty()
          : Optional.of(new CompletionCode(p[0], Integer.parseInt(p[1]), p[2], p[3], t.substring(dot + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Returns whether the code was made with {@code key} and is unchanged. */
  public boolean verify(byte[] key) {
    return MessageDigest.isEqual(mac.getBytes(StandardCharsets.US_ASCII),
        mac(key, lessonId, version, learner, stateDigest).getBytes(StandardCharsets.US_ASCII));
  }

  /** Returns the key's public identifier (the first 12 hex digits of its SHA-256), which a class may share. */
  public static String keyId(byte[] key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key)).substring(0, 12);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String mac(byte[] key, String lessonId, int version, String learner, String digest) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] out = m.doFinal((lessonId + "\n" + version + "\n" + learner + "\n" + digest).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(out).substring(0, 32);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
