package dev.kujira.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Image reference parsing as distribution/reference does it (errors as the real engine prints them). */
class ReferenceTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({"busybox,docker.io/library/busybox:latest,busybox:latest",
      "busybox:1.36,docker.io/library/busybox:1.36,busybox:1.36",
      "user/app:v1,docker.io/user/app:v1,user/app:v1",
      "localhost:5000/x,localhost:5000/x:latest,localhost:5000/x:latest",
      "ghcr.io/a/b:c,ghcr.io/a/b:c,ghcr.io/a/b:c"})
  void parse_normalises(String text, String canonical, String familiar) {
    Reference r = Reference.parse(text);
    assertThat(r.canonicalString()).isEqualTo(canonical);
    assertThat(r.familiarString()).isEqualTo(familiar);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"busybox:|invalid reference format", "a:b:c|invalid reference format",
      "bad^name|invalid reference format",
      "Busybox|invalid reference format: repository name (library/Busybox) must be lowercase"})
  void parse_rejects(String text, String message) {
    assertThatThrownBy(() -> Reference.parse(text)).hasMessage(message);
  }
}
