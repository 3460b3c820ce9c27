package dev.kujira.engine.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.api.BuildEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BuildKit's plain progress drawn from events: blocks between blank lines, none after the last DONE. */
class PlainProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void finishedBuild_endsOnItsLastDone() {
    PlainProgress p = new PlainProgress(out);
    List.of(new BuildEvent.Started("default"), new BuildEvent.VertexStarted(1, "internal", "load .dockerignore"),
        new BuildEvent.VertexStatus(1, "transferring context: 2B"), new BuildEvent.VertexDone(1, 0),
        new BuildEvent.VertexStarted(2, "1/2", "RUN echo hi"), new BuildEvent.VertexLog(2, 0.1, "hi"),
        new BuildEvent.VertexCached(2), new BuildEvent.VertexStarted(3, "", "exporting to image"),
        new BuildEvent.VertexDone(3, 0)).forEach(p);
    p.close(false);

    assertThat(text()).isEqualTo("#0 building with \"default\" instance using docker driver\n\n"
        + "#1 [internal] load .dockerignore\n#1 transferring context: 2B done\n#1 DONE 0.0s\n\n"
        + "#2 [1/2] RUN echo hi\n#2 0.100 hi\n#2 CACHED\n\n#3 exporting to image\n#3 DONE 0.0s\n");
  }

  @Test
  void failedVertex_printsItsErrorBlockAndExcerpt() {
    PlainProgress p = new PlainProgress(out);
    p.accept(new BuildEvent.VertexStarted(4, "2/2", "RUN exit 3"));
    p.accept(new BuildEvent.VertexFailed(4, "boom", "[2/2] RUN exit 3", List.of(new BuildEvent.VertexLog(4, 0.1, "x"))));
    p.accept(new BuildEvent.SourceExcerpt("Dockerfile", 2, 1, List.of("FROM busybox", "RUN exit 3", "")));
    p.close(true);

    assertThat(text()).isEqualTo("#4 [2/2] RUN exit 3\n#4 ERROR: boom\n------\n > [2/2] RUN exit 3:\n0.100 x\n------\n"
        + "Dockerfile:2\n--------------------\n   1 |     FROM busybox\n   2 | >>> RUN exit 3\n   3 | \n"
        + "--------------------\n");
  }

  @Test
  void serviceTitles_andNoHeader_asComposeDrawsThem() {
    PlainProgress p = new PlainProgress(out, v -> "[app" + (v.tag().isEmpty() ? "" : " " + v.tag()) + "] " + v.name(),
        false);
    p.accept(new BuildEvent.Started("default"));
    p.accept(new BuildEvent.VertexStarted(1, "internal", "load build definition from Dockerfile"));
    p.accept(new BuildEvent.VertexDone(1, 0));
    p.accept(new BuildEvent.VertexStarted(2, "", "exporting to image"));
    p.close(false);

    assertThat(text()).isEqualTo("#1 [app internal] load build definition from Dockerfile\n#1 DONE 0.0s\n\n"
        + "#2 [app] exporting to image\n");
  }
}
