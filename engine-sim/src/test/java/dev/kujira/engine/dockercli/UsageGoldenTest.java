package dev.kujira.engine.dockercli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.dockercli.spec.ContainerSpecs;
import dev.kujira.engine.dockercli.spec.ImageSpecs;
import dev.kujira.engine.dockercli.spec.SystemSpecs;
import dev.kujira.engine.dockercli.spec.TopLevelSpecs;
import dev.kujira.engine.dockercli.spec.VolumeSpecs;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Renders every command's help from its spec and compares it with the text recorded on Docker 26.1.5. */
class UsageGoldenTest {
  static Stream<CommandSpec> specs() throws IllegalAccessException {
    List<CommandSpec> out = new ArrayList<>();
    for (Class<?> c : List.of(ContainerSpecs.class, ImageSpecs.class, SystemSpecs.class, TopLevelSpecs.class,
        VolumeSpecs.class,
        dev.kujira.engine.dockercli.spec.NetworkSpecs.class)) {
      for (Field f : c.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == CommandSpec.class) {
          out.add((CommandSpec) f.get(null));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "docker {0} --help")
  @MethodSource("specs")
  void help_renderedFromSpec_matchesRecording(CommandSpec spec) throws IOException {
    Path golden = Path.of("src/test/resources/golden/help/" + String.join("_", spec.path()) + ".txt");
    assertThat(Usage.help(spec)).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
