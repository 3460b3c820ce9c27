package dev.kujira.engine.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.BuildEvent;
import dev.kujira.engine.api.BuildRequest;
import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.api.ErrorDetail;
import dev.kujira.engine.api.ErrorKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A build reports typed events, not text: BuildKit's vertices with their statuses and logs, a
 * failed vertex with its log and the Dockerfile excerpt, the legacy builder's lines; errors carry
 * typed details (a streamed status, a missing image) that clients decide by.
 */
class BuildEventsTest {
  private Engine engine;

  @BeforeEach
  void setUp() throws IOException {
    engine = Engine.create(EngineOptions.defaults().withArchive(Path.of("../conformance/busybox-image.tar")));
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  private BuildRequest dockerfile(String text) {
    engine.writeHostFile("/root/app/Dockerfile", 0644, text.getBytes(StandardCharsets.UTF_8));
    return new BuildRequest("/root/app", "/root/app/Dockerfile", "Dockerfile", List.of("app"), false, Map.of(), null);
  }

  @Test
  void buildKit_reportsVerticesStatusesAndLogs_asRecords() {
    List<BuildEvent> events = new ArrayList<>();
    String id = engine.api().imageBuild(dockerfile("FROM busybox\nRUN echo it is done\n"), events::add);

    assertThat(events.get(0)).isEqualTo(new BuildEvent.Started("default"));
    List<String> titles = events.stream().filter(e -> e instanceof BuildEvent.VertexStarted)
        .map(e -> ((BuildEvent.VertexStarted) e).title()).toList();
    assertThat(titles).containsExactly("[internal] load build definition from Dockerfile",
        "[internal] load metadata for docker.io/library/busybox:latest", "[internal] load .dockerignore",
        "[1/2] FROM docker.io/library/busybox:latest", "[2/2] RUN echo it is done", "exporting to image");
    // A RUN's output is a log line, whatever it says: "it is done" is no status.
    assertThat(events).contains(new BuildEvent.VertexLog(5, 0.1, "it is done"));
    assertThat(events).filteredOn(e -> e instanceof BuildEvent.VertexStatus)
        .extracting(e -> ((BuildEvent.VertexStatus) e).text())
        .contains("exporting layers", "writing image " + id, "naming to docker.io/library/app")
        .doesNotContain("it is");
  }

  @Test
  void buildKit_failedRun_reportsItsVertexLogAndExcerpt_thenThrows() {
    List<BuildEvent> events = new ArrayList<>();
    BuildRequest req = dockerfile("FROM busybox\nRUN echo oops && exit 3\n");

    assertThatThrownBy(() -> engine.api().imageBuild(req, events::add)).isInstanceOf(EngineException.class)
        .hasMessage("failed to solve: process \"/bin/sh -c echo oops && exit 3\" did not complete successfully:"
            + " exit code: 3");
    BuildEvent.VertexFailed failed = (BuildEvent.VertexFailed) events.stream()
        .filter(e -> e instanceof BuildEvent.VertexFailed).findFirst().orElseThrow();
    assertThat(failed.title()).isEqualTo("[2/2] RUN echo oops && exit 3");
    assertThat(failed.log()).extracting(BuildEvent.VertexLog::line).containsExactly("oops");
    assertThat(events.get(events.size() - 1)).isEqualTo(new BuildEvent.SourceExcerpt("Dockerfile", 2, 1,
        List.of("FROM busybox", "RUN echo oops && exit 3", "")));
  }

  @Test
  void classic_reportsOnlyItsLines_andAFailedRunIsStreamedWithItsStatus() {
    List<BuildEvent> events = new ArrayList<>();
    BuildRequest req = dockerfile("FROM busybox\nRUN exit 7\n");

    assertThatThrownBy(() -> engine.api().imageBuildClassic(req, events::add))
        .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.detail()).isEqualTo(new ErrorDetail.Streamed(7)));
    assertThat(events).allMatch(e -> e instanceof BuildEvent.ClassicLine);
    assertThat(events).extracting(e -> ((BuildEvent.ClassicLine) e).text()).contains("Step 2/2 : RUN exit 7");
    // The CLI prints the streamed error as it stands and exits with the step's status.
    var r = engine.run("cd /root/app && DOCKER_BUILDKIT=0 docker build -q .");
    assertThat(r.exitCode()).isEqualTo(7);
    assertThat(r.stderr()).endsWith("The command '/bin/sh -c exit 7' returned a non-zero code: 7\n");
  }

  @Test
  void errors_carryTypedDetails_andTheDaemonValidatesFilters() {
    assertThatThrownBy(() -> engine.api().imageInspect("nosuch")).isInstanceOfSatisfying(EngineException.class,
        e -> assertThat(e.detail()).isEqualTo(new ErrorDetail.MissingImage("nosuch:latest")));
    assertThatThrownBy(() -> engine.api().containerList(true, Map.of("colour", List.of("blue"))))
        .isInstanceOfSatisfying(EngineException.class, e -> {
          assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_PARAMETER);
          assertThat(e.getMessage()).isEqualTo("invalid filter 'colour'");
        });
    assertThat(engine.run("docker images --filter colour=blue").stderr())
        .isEqualTo("Error response from daemon: invalid filter 'colour'\n");
    engine.run("docker run -d --name app busybox sleep 100");
    var exec = engine.run("docker exec app nosuch");
    assertThat(exec.exitCode()).isEqualTo(126);
    assertThat(exec.stderr()).startsWith("OCI runtime exec failed: ");
  }

  @Test
  void buildRecords_nameTheImage_andTheLegacyBuildersStepImages() {
    engine.writeHostFile("/root/app/Dockerfile", 0644, "FROM busybox\nRUN echo hi > /hi\nENV A=1\n"
        .getBytes(StandardCharsets.UTF_8));
    String kit = engine.run("cd /root/app && docker build -q -t kit .").stdout().trim();
    var record = engine.state().builds().last().orElseThrow();
    assertThat(record.imageId()).isEqualTo(kit);
    assertThat(record.steps()).allMatch(s -> s.imageId().isEmpty());

    var classic = engine.run("cd /root/app && DOCKER_BUILDKIT=0 docker build -t old .");
    record = engine.state().builds().last().orElseThrow();
    assertThat(record.steps()).hasSize(2);
    for (var step : record.steps()) {
      // each step's id is the one its " ---> " line shows
      assertThat(classic.stdout()).contains(" ---> " + step.imageId().substring(7, 19));
    }
    assertThat(record.imageId()).isEqualTo(record.steps().get(1).imageId());
  }
}
