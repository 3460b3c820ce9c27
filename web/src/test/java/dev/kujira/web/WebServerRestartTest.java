package dev.kujira.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stops a server and starts a new one on the same SQLite file: a browser session comes back with
 * its cookie, its workspaces replayed from their recorded lines, its lesson progress kept, its
 * answer to a "predict the output" question kept, and a drill solved after seeing the solution
 * still counted as helped (back to box 1, not up).
 */
class WebServerRestartTest {
  private static final byte[] KEY = "k".getBytes(StandardCharsets.UTF_8);
  private static final String LESSON = "first-steps-01-run-web";
  private static final String QUESTIONS = "compose-90-up-predict-down";

  @TempDir
  Path dir;

  @Test
  void aSessionSurvivesARestartByReplay() throws Exception {
    restart("jdbc:sqlite:" + dir.resolve("kujira.db"));
  }

  /**
   * The same on PostgreSQL at {@code KUJIRA_POSTGRES_URL} (.ci/run starts one): the second server
   * could as well be another node behind a load balancer. Skipped without the variable; fails when
   * {@code KUJIRA_POSTGRES=1} says the server is there.
   */
  @Test
  void aSessionMovesToAnotherServerOnTheSamePostgres() throws Exception {
    String url = System.getenv("KUJIRA_POSTGRES_URL");
    if ("1".equals(System.getenv("KUJIRA_POSTGRES"))) {
      assertThat(url).as("KUJIRA_POSTGRES=1 but KUJIRA_POSTGRES_URL is not set").isNotBlank();
    }
    Assumptions.assumeTrue(url != null && !url.isBlank(), "no PostgreSQL server (KUJIRA_POSTGRES_URL unset)");
    restart(url);
  }

  private static void restart(String db) throws Exception {
    WebOptions options = WebOptions.defaults(KEY).at("127.0.0.1", 0).withDb(db);
    String cookie;
    try (WebServer first = WebServer.start(options, new LineProgram())) {
      WebClient a = new WebClient(first.port());
      a.get("/sandbox", "en");
      type(a, first, "sandbox", "docker network create appnet", "appnet");
      a.get("/lesson/" + LESSON, "en");
      type(a, first, "lesson/" + LESSON, "docker run -d --name web nginx:1.27", "\"done\":true");
      a.get("/lesson/" + QUESTIONS, "en");
      assertThat(a.scriptForm("/api/answer?ctx=lesson/" + QUESTIONS + "&q=names", Map.of("answer", "2")).body())
          .contains("\"answered\":true");
      // Only task drills in this topic: the solution is typed, so the drill is finished but helped.
      String drill = a.get("/drill?topic=ports", "en").body().replaceAll("(?s).*data-context=\"(drill/[^\"]+)\".*", "$1");
      String lines = a.scriptForm("/api/solution?ctx=" + drill, Map.of()).body();
      JsonNode solution = new ObjectMapper().readTree(lines).get("lines");
      for (int i = 0; i < solution.size(); i++) {
        type(a, first, drill, solution.get(i).asText(), i + 1 < solution.size() ? "\"lines\":" + (i + 1) + "," : "\"finished\":true");
      }
      cookie = a.cookie;
    }
    try (WebServer second = WebServer.start(options, new LineProgram())) {
      assertThat(second.sessions()).isZero();
      WebClient again = new WebClient(second.port());
      again.cookie = cookie;
      assertThat(again.get("/api/view?ctx=sandbox", "en").body()).as("the sandbox replayed").contains("appnet");
      assertThat(again.cookie).as("the same session").isEqualTo(cookie);
      assertThat(again.get("/api/view?ctx=lesson/" + LESSON, "en").body()).as("the lesson replayed")
          .contains("\"done\":true");
      assertThat(again.get("/", "en").body()).as("continue where I left off").contains("/lesson/" + LESSON);
      assertThat(again.get("/api/view?ctx=lesson/" + QUESTIONS, "en").body()).as("the answer kept")
          .contains("\"answered\":true", "\"given\":\"2\"");
      again.get("/drill?topic=ports", "en");
      assertThat(again.form("/drill/next", Map.of("csrf", again.csrf, "topic", "ports")).headers().firstValue("Location"))
          .as("the solution was shown before the restart").hasValueSatisfying(l -> assertThat(l).endsWith("result=back"));
      WebClient stranger = new WebClient(second.port());
      stranger.get("/sandbox", "en");
      assertThat(stranger.get("/api/view?ctx=sandbox", "en").body()).doesNotContain("appnet");
    }
  }

  /** Types {@code line} in the workspace's terminal and waits for a view holding {@code expect}. */
  private static void type(WebClient c, WebServer server, String context, String line, String expect)
      throws Exception {
    WebClient.Term t = c.terminal(context, "http://127.0.0.1:" + server.port());
    t.awaitScreen("$ ");
    t.ws.sendText("i" + line + "\r", true).get(5, TimeUnit.SECONDS);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    String view = "";
    while (!view.contains(expect) && System.nanoTime() < end) {
      String next = t.text.poll(1, TimeUnit.SECONDS);
      view = next == null ? view : next;
    }
    assertThat(view).contains(expect);
    t.ws.sendClose(1000, "bye").get(5, TimeUnit.SECONDS);
  }
}
