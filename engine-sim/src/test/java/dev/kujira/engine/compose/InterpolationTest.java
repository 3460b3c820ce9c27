package dev.kujira.engine.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterpolationTest {
  private static final Map<String, String> ENV = Map.of("SET", "value", "EMPTY", "");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "plain text            | plain text",
      "$SET                  | value",
      "${SET}x               | valuex",
      "$$SET                 | $SET",
      "${UNSET:-dflt}        | dflt",
      "${EMPTY:-dflt}        | dflt",
      "${EMPTY-dflt}         | ''",
      "${UNSET-dflt}         | dflt",
      "${SET:+alt}           | alt",
      "${EMPTY:+alt}         | ''",
      "${EMPTY+alt}          | alt",
      "${UNSET:-${SET}}      | value",
      "a $ b                 | a $ b",
      "${SET:?msg}           | value"})
  void apply_substitutes_asComposeDoes(String template, String expected) {
    assertThat(new Interpolation(ENV, n -> { }).apply(template)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "${UNSET:?set it}  | required variable UNSET is missing a value: set it",
      "${EMPTY:?}        | required variable EMPTY is missing a value",
      "${UNSET?gone}     | required variable UNSET is missing a value: gone"})
  void apply_requiredVariableMissing_failsWithComposeMessage(String template, String message) {
    assertThatThrownBy(() -> new Interpolation(ENV, n -> { }).apply(template)).hasMessage(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"${UNCLOSED", "${}", "${1X}", "${SET:}"})
  void apply_badTemplate_isAnInvalidFormat(String template) {
    assertThatThrownBy(() -> new Interpolation(ENV, n -> { }).apply(template))
        .isInstanceOfSatisfying(Interpolation.Failure.class, f -> assertThat(f.invalidFormat).isTrue());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"$NOPE", "${NOPE}"})
  void apply_unsetVariable_isReportedAndEmpty(String template) {
    List<String> missing = new ArrayList<>();
    assertThat(new Interpolation(ENV, missing::add).apply(template)).isEmpty();
    assertThat(missing).containsExactly("NOPE");
  }
}
