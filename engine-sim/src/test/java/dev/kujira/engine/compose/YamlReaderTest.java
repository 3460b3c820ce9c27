package dev.kujira.engine.compose;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** go-yaml's messages and lines for broken YAML, as compose 2.26 printed them (conformance c01). */
class YamlReaderTest {
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "services:\\n  web:\\n    image: busybox\\n     command: x\\n | yaml: line 4: mapping values are not allowed in this context",
      "services:\\n\\t# c\\n  web:\\n    image: busybox\\n | yaml: line 2: found character that cannot start any token",
      "services:\\n  web:\\n    environment:\\n      A: 1\\n      - B=2\\n | yaml: line 3: did not find expected key",
      "services:\\n  web:\\n    image: \"busybox\\n | yaml: line 3: found unexpected end of stream",
      "services:\\n  web:\\n    image: [busybox\\n | yaml: line 2: did not find expected ',' or ']'",
      "a: 1\\na: 2\\n | 'yaml: unmarshal errors:\\n  line 2: mapping key \"a\" already defined at line 1'"})
  void read_brokenYaml_failsAsGoYaml(String yaml, String message) {
    assertThatThrownBy(() -> YamlReader.read(yaml.replace("\\n", "\n").replace("\\t", "\t")))
        .isInstanceOf(ComposeException.class).hasMessage(message.replace("\\n", "\n"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"key: |\\n  text with a\\ttab\\n", "# only\\n"})
  void read_tabsOutsideIndentation_areAccepted(String yaml) {
    YamlReader.read(yaml.replace("\\n", "\n").replace("\\t", "\t"));
  }
}
