package dev.kujira.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SealedKeyTest {
  private static final byte[] SERVER = "server-class-key".getBytes(StandardCharsets.UTF_8);
  private static final String KEY = "J5Q36-49ZT8-V9Y5P-DJVKG-J5WWW";

  @Test
  void onlyTheSessionItWasSealedForOpensItWithTheServersKey() {
    String sealed = SealedKey.seal(SERVER, "a".repeat(32), KEY);
    assertThat(sealed).doesNotContain(KEY).doesNotContain("J5Q36").matches("[A-Za-z0-9_-]+");
    assertThat(SealedKey.open(SERVER, "a".repeat(32), sealed)).contains(KEY);
    assertThat(SealedKey.open(SERVER, "b".repeat(32), sealed)).as("another session").isEmpty();
    assertThat(SealedKey.open("other".getBytes(StandardCharsets.UTF_8), "a".repeat(32), sealed)).as("another server")
        .isEmpty();
    assertThat(SealedKey.seal(SERVER, "a".repeat(32), KEY)).as("a fresh nonce each time").isNotEqualTo(sealed);
    assertThat(SealedKey.open(SERVER, "a".repeat(32), "not base64!")).isEmpty();
    assertThat(SealedKey.open(SERVER, "a".repeat(32), "")).isEmpty();
  }
}
