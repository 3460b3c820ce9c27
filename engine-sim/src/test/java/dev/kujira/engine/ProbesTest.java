package dev.kujira.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.api.EngineEvent;
import dev.kujira.engine.api.FileInfo;
import dev.kujira.engine.api.HttpProbe;
import dev.kujira.engine.api.ProbeTarget;
import dev.kujira.engine.api.Probes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The probes answer what a learner's command would, and touch nothing: each test proves the clock
 * did not move, no event fired, no undo point was pushed and {@code $?} is what it was.
 */
class ProbesTest {
  private Engine engine;
  private Probes probes;
  private final List<EngineEvent> heard = new ArrayList<>();
  private long clockBefore;
  private String stateBefore;
  private int undoBefore;

  @BeforeEach
  void setUp() throws IOException {
    engine = Engine.create(EngineOptions.defaults().withArchive(EngineTest.BUSYBOX));
    engine.enableUndo(true);
    engine.keepShellStatus(true);
    engine.run("docker network create appnet");
    engine.run("docker run -d --name web --network appnet --network-alias www -p 8080:80 busybox"
        + " sh -c 'mkdir -p /www && echo hello > /www/index.html && httpd -f -p 80 -h /www'");
    engine.run("docker run -d --name client --network appnet busybox sleep 1000");
    engine.run("docker run -d --name loner busybox sleep 1000");
    engine.writeHostFile("/root/app/notes.txt", 0640, "remember\n".getBytes(StandardCharsets.UTF_8));
    engine.run("false");
    probes = engine.probes();
    Consumer<EngineEvent> listener = heard::add;
    engine.onEvent(listener);
    clockBefore = engine.state().time();
    stateBefore = engine.state().canonicalJson();
    undoBefore = engine.undoDepth();
  }

  @AfterEach
  void untouched() {
    try {
      assertThat(engine.state().time()).as("clock").isEqualTo(clockBefore);
      assertThat(heard).as("events").isEmpty();
      assertThat(engine.state().canonicalJson()).as("state").isEqualTo(stateBefore);
      assertThat(engine.undoDepth()).as("undo points").isEqualTo(undoBefore);
      // $? is still the status of "false" (the REPL's shell keeps it from line to line).
      assertThat(engine.run("echo $?").stdout()).as("$?").isEqualTo("1\n");
    } finally {
      engine.close();
    }
  }

  @Test
  void files_onTheHost_andInAContainer() {
    assertThat(probes.readText(ProbeTarget.host(), "/root/app/notes.txt")).hasValue("remember\n");
    assertThat(probes.readText(ProbeTarget.container("web"), "/www/index.html")).hasValue("hello\n");
    assertThat(probes.readText(ProbeTarget.container("web"), "/etc/hostname")).isPresent();
    assertThat(probes.read(ProbeTarget.container("web"), "/nope")).isEmpty();
    assertThat(probes.read(ProbeTarget.container("web"), "/www")).isEmpty();
    assertThat(probes.list(ProbeTarget.host(), "/root/app")).hasValue(List.of("notes.txt"));
    assertThat(probes.list(ProbeTarget.container("web"), "/www")).hasValue(List.of("index.html"));
    FileInfo notes = probes.stat(ProbeTarget.host(), "/root/app/notes.txt").orElseThrow();
    assertThat(notes.type()).isEqualTo(FileInfo.Type.FILE);
    assertThat(notes.mode()).isEqualTo(0640);
    assertThat(notes.size()).isEqualTo(9);
    assertThat(probes.stat(ProbeTarget.container("web"), "/www").orElseThrow().type())
        .isEqualTo(FileInfo.Type.DIRECTORY);
  }

  @Test
  void names_resolveThroughTheEmbeddedDns_onlyOnUserNetworks() {
    String webIp = engine.state().containers().byName("web").orElseThrow().network("appnet").orElseThrow().ip();
    assertThat(probes.resolve("client", "web")).hasValue(webIp);
    assertThat(probes.resolve("client", "www")).hasValue(webIp);
    assertThat(probes.resolve("client", "nosuch")).isEmpty();
    // The default bridge has no embedded DNS (conformance 50).
    assertThat(probes.resolve("loner", "web")).isEmpty();
  }

  @Test
  void http_fromAContainer_andFromTheHost() {
    HttpProbe fromClient = probes.http(ProbeTarget.container("client"), "http://web/");
    assertThat(fromClient.outcome()).isEqualTo(HttpProbe.Outcome.ANSWERED);
    assertThat(fromClient.status()).isEqualTo(200);
    assertThat(fromClient.body()).isEqualTo("hello\n");
    assertThat(probes.http(ProbeTarget.host(), "http://localhost:8080/").body()).isEqualTo("hello\n");
    assertThat(probes.http(ProbeTarget.host(), "http://localhost:8081/").outcome())
        .isEqualTo(HttpProbe.Outcome.REFUSED);
    assertThat(probes.http(ProbeTarget.container("loner"), "http://web/").outcome())
        .isEqualTo(HttpProbe.Outcome.UNRESOLVED);
    assertThat(probes.http(ProbeTarget.container("client"), "http://web:81/").outcome())
        .isEqualTo(HttpProbe.Outcome.REFUSED);
  }

  @Test
  void runInFork_printsAndExits_asTheSessionWould_butLeavesItAlone() {
    var r = probes.runInFork("docker exec web cat /www/index.html; docker rm -f client >/dev/null; exit 7");
    assertThat(r.stdout()).isEqualTo("hello\n");
    assertThat(r.exitCode()).isEqualTo(7);
    assertThat(engine.state().containers().byName("client")).isPresent();
  }
}
