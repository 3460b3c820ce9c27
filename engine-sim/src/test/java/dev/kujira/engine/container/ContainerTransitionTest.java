package dev.kujira.engine.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.ImageConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every container status change goes through Container.moveTo, which enforces Docker's table. */
class ContainerTransitionTest {

  private static Container fresh() {
    Image image = new Image("sha256:" + "0".repeat(64), "{}", ImageConfig.EMPTY, "amd64", "linux", 0, "", "", "",
        List.of(), List.of(), "");
    return new Container("a".repeat(64), "box", 0, image, "img", null, List.of("sh"), List.of(), "", "", "box", false,
        false, Map.of(), List.of(), Map.of(), false, List.of(), RestartPolicy.NO, false, "bridge", "", null,
        new FsTree());
  }

  @Test
  void legalMoves_followDockersTable() {
    Container c = fresh();
    c.moveTo(ContainerStatus.RUNNING);
    c.moveTo(ContainerStatus.PAUSED);
    c.moveTo(ContainerStatus.RUNNING);
    c.moveTo(ContainerStatus.EXITED);
    c.moveTo(ContainerStatus.REMOVING);
    assertThat(c.status).isEqualTo(ContainerStatus.REMOVING);
  }

  @Test
  void illegalMove_isAnInternalError_andChangesNothing() {
    Container c = fresh();
    assertThatThrownBy(() -> c.moveTo(ContainerStatus.PAUSED)).isInstanceOf(Container.IllegalTransition.class)
        .hasMessageContaining("created -> paused");
    assertThat(c.status).isEqualTo(ContainerStatus.CREATED);
  }

  @Test
  void noDaemonSource_assignsAStatusDirectly() throws IOException {
    Pattern assign = Pattern.compile("\\.status\\s*=[^=]");
    // The daemon and its subpackages, and this package (the container store): every place a container's status lives.
    try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java/dev/kujira/engine/daemon")),
        Files.walk(Path.of("src/main/java/dev/kujira/engine/container")))) {
      List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("Container.java"))
          .filter(p -> {
            try {
              return Files.readAllLines(p).stream().anyMatch(l -> assign.matcher(l).find() && !l.contains("this.status"));
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }).map(Path::toString).toList();
      assertThat(offenders).isEmpty();
    }
  }
}
