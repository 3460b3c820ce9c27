package dev.kujira.engine.gotemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.GoNil;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Go text/template behaviour that docker's --format relies on (expectations from Go and the real engine). */
class GoTemplateTest {
  private static final ApiObject DATA = data();

  private static ApiObject data() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("Status", "running");
    state.put("Running", true);
    state.put("Pid", 4730L);
    state.put("Health", null);
    Map<String, Object> labels = new TreeMap<>();
    labels.put("tier", "front");
    labels.put("owner", "a");
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Name", "/web");
    f.put("State", new ApiObject("types.ContainerState", state));
    f.put("Args", List.of("300"));
    f.put("Env", GoNil.SLICE);
    f.put("Labels", labels);
    f.put("Volumes", GoNil.MAP);
    return new ApiObject("types.ContainerJSON", f);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "{{.Name}}|/web",
      "{{.State.Status}} {{.State.Pid}}|running 4730",
      "{{.State}}|{running true 4730 <nil>}",
      "{{.Env}} {{.Volumes}}|[] map[]",
      "{{json .Env}} {{json .Args}}|null [\"300\"]",
      "{{.Labels}}|map[owner:a tier:front]",
      "{{range $k, $v := .Labels}}{{$k}}={{$v}},{{end}}|owner=a,tier=front,",
      "{{if eq .State.Status \"running\"}}up{{else}}down{{end}}|up",
      "{{len .Args}} {{index .Args 0}}|1 300",
      "{{upper .Name}} {{join .Args \",\"}}|/WEB 300",
      "{{- \" x \" -}}|~ x ~",
      "{{.Labels.tier}} {{.Labels.nope}}|front <no value>",
      "{{with .State}}{{.Status}}{{end}}|running",
      "{{println \"a\"}}b|~a\nb~",
  })
  void execute_table(String template, String expected) {
    assertThat(GoTemplate.parse(template).execute(DATA)).isEqualTo(expected);
  }

  @Test
  void execute_unknownStructField_isGosError() {
    assertThatThrownBy(() -> GoTemplate.parse("{{.Nope}}").execute(DATA)).isInstanceOf(TemplateException.class)
        .hasMessage("template: :1:2: executing \"\" at <.Nope>: can't evaluate field Nope in type types.ContainerJSON");
  }

  @Test
  void executeRaw_missingKey_isAnError() {
    assertThatThrownBy(() -> GoTemplate.parse("{{.Config.Nope.X}}").executeRaw(DATA))
        .hasMessage("template: :1:2: executing \"\" at <.Config.Nope.X>: map has no entry for key \"Config\"");
  }

  @Test
  void parse_unclosedAction_fails() {
    assertThatThrownBy(() -> GoTemplate.parse("{{")).hasMessage("template: :1: unclosed action");
  }

  @Test
  void parse_unknownFunction_fails() {
    assertThatThrownBy(() -> GoTemplate.parse("{{nope .}}")).hasMessage("template: :1: function \"nope\" not defined");
  }
}
