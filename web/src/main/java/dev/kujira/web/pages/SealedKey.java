package dev.kujira.web.pages;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals an instructor key for the one browser session that made the class, while the database
 * holds it from the create form's POST to the page it redirects to: AES-GCM under a key derived
 * from the server's class key (every node has it; the database does not) and the session id
 * (only that browser's cookie has it), so a row read from the database alone, or taken by another
 * session, opens nothing.
 */
final class SealedKey {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int IV = 12;
  private static final int TAG_BITS = 128;

  private SealedKey() {
  }

  /** Seals {@code key} for the session {@code sessionId}; the result is URL-safe Base64 text. */
  static String seal(byte[] classKey, String sessionId, String key) {
    byte[] iv = new byte[IV];
    RANDOM.nextBytes(iv);
    try {
      Cipher c = cipher(Cipher.ENCRYPT_MODE, classKey, sessionId, iv);
      byte[] sealed = c.doFinal(key.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(
          ByteBuffer.allocate(IV + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java 17", e);
    }
  }

  /** Opens {@code sealed} for the session {@code sessionId}; empty when it is not that session's. */
  static Optional<String> open(byte[] classKey, String sessionId, String sealed) {
    try {
      byte[] all = Base64.getUrlDecoder().decode(sealed);
      if (all.length <= IV) {
        return Optional.empty();
      }
      Cipher c = cipher(Cipher.DECRYPT_MODE, classKey, sessionId, Arrays.copyOf(all, IV));
      return Optional.of(new String(c.doFinal(all, IV, all.length - IV), StandardCharsets.UTF_8));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Cipher cipher(int mode, byte[] classKey, String sessionId, byte[] iv) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(classKey.length == 0 ? new byte[1] : classKey, "HmacSHA256"));
    byte[] derived = mac.doFinal(("kujira instructor key for " + sessionId).getBytes(StandardCharsets.UTF_8));
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    c.init(mode, new SecretKeySpec(derived, 0, 16, "AES"), new GCMParameterSpec(TAG_BITS, iv));
    return c;
  }
}
