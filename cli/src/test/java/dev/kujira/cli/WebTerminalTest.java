package dev.kujira.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.web.WebOptions;
import dev.kujira.web.WebServer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Types into the browser terminal's REPL over its WebSocket (as xterm.js sends keys): terminals
 * waiting at their prompt hold no thread, keys typed while a command runs go to it, the line
 * editor's history and Ctrl-C, and {@code exit} ending the terminal.
 */
class WebTerminalTest {
  private static final String PROMPT = "root@kujira";
  private static WebServer server;
  private static final HttpClient HTTP = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2)).build();

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    Repl.Options options = new Repl.Options(List.of(), null, false, Map.of(), dir.resolve("mirror"));
    server = WebServer.start(WebOptions.defaults(new byte[] {7}).at("127.0.0.1", 0)
        .withDb("jdbc:sqlite:" + dir.resolve("kujira.db")).withLimits(100, 100), new WebTerminal(options));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Is one browser's terminal: what its screen got, and the page's messages. */
  private static final class Term implements WebSocket.Listener {
    final StringBuffer screen = new StringBuffer();
    final StringBuffer messages = new StringBuffer();
    WebSocket ws;

    static Term open() throws Exception {
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<Void> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/sandbox")).build(),
          HttpResponse.BodyHandlers.discarding());
      String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("kujira_sid="))
          .findFirst().orElseThrow().split(";")[0];
      Term t = new Term();
      t.ws = HTTP.newWebSocketBuilder().header("Cookie", cookie).header("Origin", base)
          .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/ws/terminal?ctx=sandbox&cols=100&rows=30"), t)
          .get(10, TimeUnit.SECONDS);
      t.await(PROMPT, 1);
      return t;
    }

    void type(String keys) {
      ws.sendText("i" + keys, true).join();
    }

    /** Waits until {@code part} has been on the screen {@code times} times. */
    String await(String part, int times) throws InterruptedException {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (System.nanoTime() < end && count(screen.toString(), part) < times) {
        Thread.sleep(10);
      }
      assertThat(count(screen.toString(), part)).as(screen.toString()).isGreaterThanOrEqualTo(times);
      return screen.toString();
    }

    private static int count(String text, String part) {
      return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket w, ByteBuffer data, boolean last) {
      screen.append(StandardCharsets.UTF_8.decode(data));
      w.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
      messages.append(data);
      w.request(1);
      return null;
    }
  }

  @Test
  void terminalsWaitingAtTheirPromptHoldNoThread() throws Exception {
    int before = ManagementFactory.getThreadMXBean().getThreadCount();
    List<Term> terms = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Term t = Term.open();
      t.type("echo hi-$((" + i + "*2))\r");
      t.await("hi-" + i * 2 + "\r\n", 1);
      t.await(PROMPT, 2);
      terms.add(t);
    }
    // 40 terminals at their prompt: the server's threads did not grow with them (Jetty's pool
    // and the command pool's idle threads only), and no thread is a terminal's own.
    int after = ManagementFactory.getThreadMXBean().getThreadCount();
    assertThat(after - before).isLessThan(20);
    assertThat(Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(false, false))
        .filter(t -> t.getThreadName().startsWith("kujira-terminal"))).isEmpty();
    assertThat(server.terminals()).isGreaterThanOrEqualTo(40);
    for (Term t : terms) {
      t.ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }
  }

  @Test
  void keysTypedWhileACommandRunsGoToIt() throws Exception {
    Term t = Term.open();
    // cat reads the terminal: the line discipline echoes "hello", cat prints it, Ctrl-D ends it.
    t.type("cat\r");
    t.type("hello\r");
    t.await("hello\r\n", 2);
    t.type("\u0004");
    t.await(PROMPT, 2);
    // Ctrl-C gives up a command waiting for ever, shown as the shell shows it.
    t.type("sleep 1000\r");
    Thread.sleep(300);
    t.type("\u0003");
    t.await(PROMPT, 3);
    assertThat(t.screen.toString()).contains("^C");
    t.type("echo status-$?\r");
    t.await("status-130", 1);
  }

  @Test
  void historyCtrlCAndExit() throws Exception {
    Term t = Term.open();
    t.type("echo one-$((1+1))\r");
    t.await("one-2\r\n", 1);
    t.type("\u001b[A\r");
    t.await("one-2\r\n", 2);
    // At the prompt again (keys typed before it would wait for the command, Ctrl-C included).
    t.await(PROMPT, 3);
    t.type("half a line\u0003");
    t.await("half a line^C", 1);
    t.type("exit\r");
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < end && !t.messages.toString().contains("\"ended\"")) {
      Thread.sleep(10);
    }
    assertThat(t.messages.toString()).contains("{\"type\":\"ended\"}");
  }
}
