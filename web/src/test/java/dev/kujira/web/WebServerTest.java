package dev.kujira.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the server on a free port with a line-reading terminal program and checks it as a browser would. */
class WebServerTest {
  private static WebServer server;
  private static final LineProgram PROGRAM = new LineProgram();

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    server = WebServer.start(WebOptions.defaults("k".getBytes(StandardCharsets.UTF_8)).at("127.0.0.1", 0)
        .withDb("jdbc:sqlite:" + dir.resolve("kujira.db")), PROGRAM);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void homeFollowsAcceptLanguageAndSetsAStrictHttpOnlySessionCookie() throws Exception {
    WebClient ja = new WebClient(server.port());
    HttpResponse<String> r = ja.get("/", "ja,en;q=0.5");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<html lang=\"ja\">", "レッスン", "Web サーバーのコンテナを動かす");
    String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).matches("kujira_sid=[0-9a-f]{32}; .*").contains("HttpOnly").contains("SameSite=Strict");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'")
        .contains("frame-ancestors 'none'");
    HttpResponse<String> en = new WebClient(server.port()).get("/", "en-US,en;q=0.9");
    assertThat(en.body()).contains("<html lang=\"en\">", "Lessons", "Run a web server in a container");
  }

  @Test
  void postsWithoutTheSessionsCsrfTokenAreRefused() throws Exception {
    WebClient c = new WebClient(server.port());
    c.get("/sandbox", "en");
    assertThat(c.post("/api/reset?ctx=sandbox", null).statusCode()).isEqualTo(403);
    assertThat(c.post("/api/reset?ctx=sandbox", "0".repeat(32)).statusCode()).isEqualTo(403);
    assertThat(c.post("/api/reset?ctx=sandbox", c.csrf).statusCode()).isEqualTo(200);
    assertThat(c.post("/lang", c.csrf).statusCode()).isEqualTo(403);
    c.get("/drill", "en");
    assertThat(c.post("/api/answer?ctx=lesson/compose-90-up-predict-down&q=names", null).statusCode()).isEqualTo(403);
    for (String form : List.of("/drill/next", "/instructor/classes", "/instructor/open", "/classes/join")) {
      assertThat(c.form(form, Map.of("name", "x", "code", "ABC")).statusCode()).as(form).isEqualTo(403);
      assertThat(c.form(form, Map.of("name", "x", "code", "ABC", "csrf", "0".repeat(32))).statusCode()).as(form)
          .isEqualTo(403);
    }
    HttpResponse<String> made = c.form("/instructor/classes", Map.of("name", "<i>class</i>", "csrf", c.csrf));
    // POST, redirect, GET: the page shown can be reloaded without making a second class.
    assertThat(made.statusCode()).isEqualTo(303);
    String location = made.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/instructor?created=");
    HttpResponse<String> shownOnce = c.get(location, "en");
    assertThat(shownOnce.headers().firstValue("Cache-Control")).contains("no-store");
    String page = shownOnce.body();
    java.util.regex.Matcher shown = java.util.regex.Pattern
        .compile("id=\"created-code\"[^>]*>([^<]+)<.*id=\"created-key\"[^>]*>([^<]+)<", java.util.regex.Pattern.DOTALL)
        .matcher(page);
    assertThat(shown.find()).as(page).isTrue();
    String code = shown.group(1);
    assertThat(location).as("the key is never in a URL").endsWith(code).doesNotContain(shown.group(2));
    assertThat(c.get(location, "en").body()).as("a reload shows the class, not its key").contains(code)
        .contains("id=\"key-shown\"").doesNotContain(shown.group(2));
    WebClient other = new WebClient(server.port());
    other.get("/sandbox", "en");
    assertThat(other.get(location, "en").body()).as("another browser sees no class").doesNotContain("created-code");
    assertThat(page).contains("&lt;i&gt;class&lt;/i&gt;").doesNotContain("<i>class");
    assertThat(c.get("/instructor", "en").body()).as("the key is shown once").contains(code).doesNotContain(shown.group(2));
    assertThat(c.form("/classes/join", Map.of("code", code, "name", "Ann", "csrf", c.csrf)).headers()
        .firstValue("Location")).contains("/?joined=1");
    assertThat(c.form("/drill/next", Map.of("csrf", c.csrf)).statusCode()).isEqualTo(302);
  }

  @Test
  void theTerminalRunsLinesOnTheSessionsWorkspaceAndPushesTheView() throws Exception {
    WebClient a = new WebClient(server.port());
    a.get("/sandbox", "en");
    WebClient.Term t = a.terminal("sandbox", "http://127.0.0.1:" + server.port());
    t.awaitScreen("$ ");
    assertThat(PROGRAM.cols).isEqualTo(90);
    t.ws.sendText("idocker network create appnet\r", true).get(5, TimeUnit.SECONDS);
    String view = t.text.poll(10, TimeUnit.SECONDS);
    assertThat(view).startsWith("{\"type\":\"view\"").contains("appnet");
    t.ws.sendText("r120,40", true).get(5, TimeUnit.SECONDS);
    Thread.sleep(200);
    assertThat(PROGRAM.rows).isEqualTo(40);
    t.ws.sendText("i" + "x".repeat(20_000), true).get(5, TimeUnit.SECONDS);
    assertThat(t.text.poll(10, TimeUnit.SECONDS)).contains("too-large");
    assertThat(a.get("/api/view?ctx=sandbox", "en").body()).contains("appnet");
    WebClient b = new WebClient(server.port());
    b.get("/sandbox", "en");
    assertThat(b.get("/api/view?ctx=sandbox", "en").body()).doesNotContain("appnet");
    HttpResponse<String> share = a.post("/api/share?ctx=sandbox", a.csrf);
    String url = share.body().replaceAll(".*\"url\":\"([^\"]+)\".*", "$1");
    assertThat(b.get(url, "en").statusCode()).isEqualTo(302);
    assertThat(b.get("/api/view?ctx=sandbox", "en").body()).contains("appnet");
    t.ws.sendClose(1000, "bye");
  }

  @Test
  void aWebSocketFromAnotherSiteOrWithoutASessionIsClosed() throws Exception {
    WebClient a = new WebClient(server.port());
    a.get("/sandbox", "en");
    WebClient.Term evil = a.terminal("sandbox", "http://evil.example");
    assertThat(evil.text.poll(10, TimeUnit.SECONDS)).isEqualTo("closed 1008");
    WebClient none = new WebClient(server.port());
    WebClient.Term t = none.terminal("sandbox", "http://127.0.0.1:" + server.port());
    assertThat(t.text.poll(10, TimeUnit.SECONDS)).isEqualTo("closed 1008");
  }

  @Test
  void unknownLessonsAndSharesAreNotFound() throws Exception {
    WebClient c = new WebClient(server.port());
    assertThat(c.get("/lesson/nope", "en").statusCode()).isEqualTo(404);
    assertThat(c.get("/sandbox?share=" + "a".repeat(32), "en").statusCode()).isEqualTo(404);
  }
}
