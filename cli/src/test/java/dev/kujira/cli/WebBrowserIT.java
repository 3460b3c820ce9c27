package dev.kujira.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.kujira.lessons.run.CompletionCode;
import dev.kujira.web.WebOptions;
import dev.kujira.web.WebServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Takes the web app in real Chromium: home in Japanese and English, lesson 1 typed into the xterm
 * terminal (the same REPL as ./kujira) with every task ticking and the picture changing, a hint,
 * undo, reset, the completion code, the sandbox with completion and a share link, and a second
 * browser that cannot see the first one's session. Screenshots go to target/screenshots.
 */
class WebBrowserIT {
  private static final byte[] KEY = "test-class-key".getBytes(StandardCharsets.UTF_8);
  private static final String LESSON = "first-steps-01-run-web";
  private static WebServer server;
  private static Browser browser;
  private static String base;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    browser = Browser.launch();
    Repl.Options options = new Repl.Options(List.of(), null, false, Map.of(), dir.resolve("mirror"));
    server = WebServer.start(WebOptions.defaults(KEY).at("127.0.0.1", 0).withDb("jdbc:sqlite:" + dir.resolve("kujira.db")),
        new WebTerminal(options));
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (browser != null) {
      browser.close();
    }
  }

  private static void awaitScreen(Page page, String text) {
    try {
      page.waitForFunction("t => document.querySelector('.xterm-rows') && "
          + "document.querySelector('.xterm-rows').innerText.includes(t)", text);
    } catch (com.microsoft.playwright.TimeoutError e) {
      throw new AssertionError("'" + text + "' not on the screen:\n" + page.innerText(".xterm-rows"), e);
    }
  }

  private static void type(Page page, String line) {
    page.locator("#terminal").click();
    page.keyboard().type(line);
    page.keyboard().press("Enter");
  }

  /** Waits until the picture's text alternative (which the SVG draws too) holds {@code text}. */
  private static void awaitPicture(Page page, String text) {
    try {
      page.waitForFunction("t => document.querySelector('#picture svg.k-picture') && "
          + "document.getElementById('picture-text').textContent.includes(t)", text);
    } catch (com.microsoft.playwright.TimeoutError e) {
      throw new AssertionError("'" + text + "' not in the picture:\n" + page.textContent("#picture-text"), e);
    }
  }

  private static void awaitTask(Page page, String task, boolean done) {
    page.waitForSelector("#tasks li[data-task='" + task + "']" + (done ? ".done" : ":not(.done)"));
  }

  @Test
  void homeInJapaneseAndEnglish() {
    Page ja = browser.page("ja-JP");
    ja.navigate(base + "/");
    assertThat(ja.locator("html").getAttribute("lang")).isEqualTo("ja");
    assertThat(ja.textContent("main")).contains("レッスン", "Web サーバーのコンテナを動かす");
    Browser.screenshot(ja, "home-ja");
    ja.click("#lang-switch");
    assertThat(ja.locator("html").getAttribute("lang")).isEqualTo("en");
    ja.navigate(base + "/");
    assertThat(ja.locator("html").getAttribute("lang")).as("the choice is remembered").isEqualTo("en");
    Page en = browser.page("en-US");
    en.navigate(base + "/");
    assertThat(en.textContent("main")).contains("Lessons", "Run a web server in a container");
    Browser.screenshot(en, "home-en");
    ja.context().close();
    en.context().close();
  }

  @Test
  void lessonOneFromHintToCompletionCode() {
    Page page = browser.page("en-US");
    page.navigate(base + "/");
    page.click("a[data-lesson='" + LESSON + "']");
    awaitScreen(page, "root@kujira");
    page.click("#hint");
    page.waitForFunction("() => document.getElementById('hints').textContent.includes('docker run')");
    type(page, "docker run -d --name web nginx:1.27");
    awaitTask(page, "web", true);
    awaitPicture(page, "web: running");
    assertThat(page.textContent("#picture svg.k-picture")).as("the SVG draws it").contains("web").contains("nginx:1.27");
    assertThat(page.textContent("#step")).isEqualTo("2");
    page.click("#undo");
    page.waitForFunction("() => !document.getElementById('picture-text').textContent.includes('web: running')");
    page.click("#reset");
    awaitTask(page, "web", false);
    type(page, "docker run -d --name web nginx:1.27");
    awaitTask(page, "web", true);
    type(page, "docker rm -f web");
    type(page, "docker run -d --name web -p 8080:80 nginx:1.27");
    awaitTask(page, "published", true);
    page.waitForSelector("#finished", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
    awaitPicture(page, "port 8080→80/tcp");
    String code = page.textContent("#code").strip();
    assertThat(CompletionCode.parse(code)).hasValueSatisfying(c -> {
      assertThat(c.verify(KEY)).isTrue();
      assertThat(c.lessonId()).isEqualTo(LESSON);
    });
    awaitScreen(page, "Completion code");
    Browser.screenshot(page, "lesson-en");

    Page other = browser.page("en-US");
    other.navigate(base + "/lesson/" + LESSON);
    other.navigate(base + "/api/view?ctx=lesson/" + LESSON);
    assertThat(other.textContent("body")).as("another browser has its own session").contains("\"finished\":false")
        .doesNotContain(code);
    other.navigate(base + "/");
    assertThat(other.locator("li.lesson.done").count()).as("its progress is its own").isZero();
    page.navigate(base + "/");
    assertThat(page.textContent("#continue")).contains("Run a web server in a container");
    assertThat(page.textContent("li.lesson.done")).contains("Run a web server in a container");
    other.context().close();
    page.context().close();
  }

  @Test
  void lessonPageInJapaneseWithTheSolution() {
    Page page = browser.page("ja-JP");
    page.navigate(base + "/lesson/" + LESSON);
    awaitScreen(page, "root@kujira");
    page.onDialog(d -> d.accept());
    page.click("#solution");
    page.waitForSelector("#solution-lines button.run");
    page.click("#solution-lines button.run");
    awaitTask(page, "web", true);
    assertThat(page.textContent("#tasks")).contains("nginx:1.27 イメージから web という名前のコンテナを起動し");
    Browser.screenshot(page, "lesson-ja");
    page.context().close();
  }

  @Test
  void sandboxCompletesWithTabAndSharesItsLines() {
    Page page = browser.page("en-US");
    page.navigate(base + "/sandbox");
    awaitScreen(page, "root@kujira");
    page.locator("#terminal").click();
    page.keyboard().type("docker network cre");
    page.keyboard().press("Tab");
    page.keyboard().type(" appnet");
    page.keyboard().press("Enter");
    awaitPicture(page, "appnet (bridge");
    type(page, ":save /tmp/kujira-web-test");
    awaitScreen(page, "is not available here");
    page.click("#share");
    String url = page.getAttribute("#share-url", "href");
    Browser.screenshot(page, "sandbox-en");
    Page other = browser.page("en-US");
    other.navigate(base + url);
    awaitPicture(other, "appnet (bridge");
    other.context().close();
    page.context().close();
  }

  @Test
  void anInteractiveShellDetachesWithCtrlPCtrlQAndCtrlCEndsLogsFollow() {
    Page page = browser.page("en-US");
    page.navigate(base + "/sandbox");
    awaitScreen(page, "root@kujira");
    type(page, "docker run -it --name box busybox sh");
    awaitScreen(page, "/ #");
    type(page, "echo inside-$((6*7))");
    awaitScreen(page, "inside-42");
    page.keyboard().press("Control+p");
    page.keyboard().press("Control+q");
    page.waitForFunction("() => document.querySelector('.xterm-rows').innerText.split('root@kujira:~#').length > 2");
    type(page, "docker logs -f box");
    page.waitForTimeout(500);
    page.keyboard().press("Control+c");
    type(page, "docker ps --format '{{.Names}} is {{.State}}'");
    awaitScreen(page, "box is running");
    page.context().close();
  }
}
