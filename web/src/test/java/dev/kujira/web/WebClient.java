package dev.kujira.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Is one browser for the tests: its own cookie (session) and CSRF token. */
final class WebClient {
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final int port;
  String cookie = "";
  String csrf = "";

  WebClient(int port) {
    this.port = port;
  }

  HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Accept-Language", acceptLanguage);
    if (!cookie.isEmpty()) {
      b.header("Cookie", cookie);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    r.headers().firstValue("Set-Cookie").ifPresent(c -> {
      if (c.startsWith("kujira_sid=")) {
        cookie = c.split(";")[0];
      }
    });
    Matcher m = Pattern.compile("name=\"csrf\" content=\"([0-9a-f]+)\"").matcher(r.body());
    if (m.find()) {
      csrf = m.group(1);
    }
    return r;
  }

  HttpResponse<String> post(String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .POST(HttpRequest.BodyPublishers.noBody()).header("Cookie", cookie);
    if (token != null) {
      b.header("X-CSRF-Token", token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a form (fields URL-encoded) as the pages' forms do. */
  HttpResponse<String> form(String path, java.util.Map<String, String> fields) throws Exception {
    return http.send(formRequest(path, fields).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a form with the session's CSRF token in the header, as the pages' scripts do (an answer). */
  HttpResponse<String> scriptForm(String path, java.util.Map<String, String> fields) throws Exception {
    return http.send(formRequest(path, fields).header("X-CSRF-Token", csrf).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder formRequest(String path, java.util.Map<String, String> fields) {
    String body = fields.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
        + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
        .collect(java.util.stream.Collectors.joining("&"));
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Cookie", cookie)
        .header("Content-Type", "application/x-www-form-urlencoded");
  }

  /** Is an open terminal: screen bytes and JSON messages as they came. */
  static final class Term {
    volatile WebSocket ws;
    final BlockingQueue<String> text = new LinkedBlockingQueue<>();
    final StringBuffer screen = new StringBuffer();


    String awaitScreen(String part) throws InterruptedException {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (System.nanoTime() < end && !screen.toString().contains(part)) {
        Thread.sleep(20);
      }
      return screen.toString();
    }
  }

  Term terminal(String context, String origin) throws Exception {
    Term[] holder = {new Term()};
    WebSocket.Builder b = http.newWebSocketBuilder().header("Cookie", cookie).connectTimeout(Duration.ofSeconds(5));
    if (origin != null) {
      b.header("Origin", origin);
    }
    WebSocket ws = b.buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/terminal?ctx=" + context + "&cols=90&rows=30"),
        new WebSocket.Listener() {
          private final StringBuilder part = new StringBuilder();

          @Override
          public CompletionStage<?> onText(WebSocket w, CharSequence d, boolean last) {
            part.append(d);
            if (last) {
              holder[0].text.add(part.toString());
              part.setLength(0);
            }
            w.request(1);
            return null;
          }

          @Override
          public CompletionStage<?> onBinary(WebSocket w, ByteBuffer d, boolean last) {
            holder[0].screen.append(StandardCharsets.UTF_8.decode(d));
            w.request(1);
            return null;
          }

          @Override
          public CompletionStage<?> onClose(WebSocket w, int code, String reason) {
            holder[0].text.add("closed " + code);
            return null;
          }
        }).get(5, TimeUnit.SECONDS);
    holder[0].ws = ws;
    return holder[0];
  }
}
