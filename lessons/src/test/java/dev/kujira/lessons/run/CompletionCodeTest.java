package dev.kujira.lessons.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Completion codes verify with the key they were made with; a changed code or another key fails. */
class CompletionCodeTest {
  private static final byte[] KEY = "class-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);

  @Test
  void code_roundTrip_verifies() {
    String text = CompletionCode.create(KEY, "first-steps-01-run-web", 1, "Hanako", "{\"containers\":[]}").text();
    assertThat(CompletionCode.parse(text).orElseThrow().verify(KEY)).isTrue();
  }

  @Test
  void code_changedOrOtherKey_fails() {
    CompletionCode c = CompletionCode.create(KEY, "first-steps-01-run-web", 1, "Hanako", "{}");
    CompletionCode otherName = new CompletionCode(c.lessonId(), c.version(), "Taro", c.stateDigest(), c.mac());
    assertThat(CompletionCode.parse(otherName.text()).orElseThrow().verify(KEY)).isFalse();
    String text = c.text();
    char last = text.charAt(text.length() - 1);
    String flipped = text.substring(0, text.length() - 1) + (last == '0' ? '1' : '0');
    assertThat(CompletionCode.parse(flipped).orElseThrow().verify(KEY)).isFalse();
    assertThat(c.verify("another".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(CompletionCode.parse("not a code")).isEmpty();
  }
}
