package dev.kujira.engine.dockercli.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.api.BuildEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** buildx's final frame drawn from events: statuses under their vertex, logs left out, errors after. */
class TtyProgressTest {
  @Test
  void frame_showsStatusesNotLogs_evenALogThatEndsInDone() {
    TtyProgress tty = new TtyProgress(60);
    List.of(new BuildEvent.Started("default"), new BuildEvent.VertexStarted(1, "1/2", "RUN echo all done"),
        new BuildEvent.VertexLog(1, 0.1, "all done"), new BuildEvent.VertexDone(1, 0),
        new BuildEvent.VertexStarted(2, "", "exporting to image"), new BuildEvent.VertexStatus(2, "exporting layers"),
        new BuildEvent.VertexCached(2)).forEach(tty);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    tty.render(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    List<String> lines = List.of(bytes.toString(StandardCharsets.UTF_8).split("\n"));
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("[+] Building 0.0s (2/2) FINISHED").endsWith(" docker:default").hasSize(59);
    assertThat(lines.get(1)).startsWith(" => [1/2] RUN echo all done ").endsWith(" 0.0s");
    assertThat(lines.get(2)).startsWith(" => CACHED exporting to image ");
    assertThat(lines.get(3)).startsWith(" => => exporting layers ");
  }
}
