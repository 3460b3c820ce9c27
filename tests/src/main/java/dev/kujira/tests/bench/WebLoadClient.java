package dev.kujira.tests.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The learners of the web load run ({@link WebLoadRun} starts it as a process of its own, so
 * that each side has its own file descriptors): N browsers against a server on 127.0.0.1, each
 * getting its session as a page does (GET /sandbox, the HttpOnly cookie), opening the terminal's
 * WebSocket with the page's origin, and typing {@link #FLOW} with a think time between commands.
 * A command's latency runs from sending its Enter to the next prompt arriving. First a few learners
 * type the flow quickly to warm the server up (not measured); it prints "warm" and waits for a line
 * on its standard input (the server measures its baseline). Then it prints "ready" once every
 * learner has finished (the sessions stay live), waits for a line again, then closes the sockets
 * and prints the latencies.
 */
public final class WebLoadClient {
  /** The web learner's flow: 21 of LoadRun's command lines, leaving three containers running. */
  static final List<String> FLOW = List.of(
      "docker images",
      "docker pull busybox",
      "docker run --rm busybox echo hello",
      "docker run --name first busybox echo first",
      "docker ps -a",
      "docker rm first",
      "docker run -d --name loop busybox sh -c 'while true; do date; sleep 5; done'",
      "docker ps",
      "docker logs loop",
      "docker run -d --name web -p 8080:80 httpd",
      "curl -s localhost:8080",
      "docker exec web sh -c 'echo hi > /usr/local/apache2/htdocs/hi.html'",
      "curl -s localhost:8080/hi.html",
      "docker run -d --name db -e POSTGRES_PASSWORD=pw postgres",
      "docker network create appnet",
      "docker network connect appnet web",
      "docker network connect appnet db",
      "docker run --rm --network appnet busybox ping -c 1 db",
      "docker volume create data",
      "docker run --rm -v data:/data busybox sh -c 'echo saved > /data/f'",
      "docker ps --format '{{.Names}} {{.Status}}'");
  private static final String PROMPT = "root@kujira";

  private final URI base;
  private final int n;
  private final long thinkMin;
  private final long thinkMax;
  private final long deadline;
  private final HttpClient http;
  private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(1);
  private final int[][] micros;
  private CountDownLatch finished;
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicInteger unfinished = new AtomicInteger();
  private final List<Learner> learners = new ArrayList<>();

  private WebLoadClient(int port, int n, long thinkMin, long thinkMax, long deadlineSeconds) {
    this.deadline = System.nanoTime() + deadlineSeconds * 1_000_000_000L;
    this.base = URI.create("http://127.0.0.1:" + port);
    this.n = n;
    this.thinkMin = thinkMin;
    this.thinkMax = thinkMax;
    this.http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2)).connectTimeout(Duration.ofSeconds(30))
        .build();
    this.micros = new int[n][FLOW.size()];
    this.finished = new CountDownLatch(n);
  }

  /**
   * Runs {@code PORT N THINK_MIN_MS THINK_MAX_MS [DEADLINE_S]}: after the deadline (default 900 s)
   * learners stop typing, so an overloaded server still ends the run (the report says how many finished).
   */
  public static void main(String[] args) throws Exception {
    WebLoadClient c = new WebLoadClient(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]),
        Long.parseLong(args[3]), args.length > 4 ? Long.parseLong(args[4]) : 900);
    c.run();
    System.exit(0);
  }

  private void run() throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    int warm = Math.min(n, 20);
    finished = new CountDownLatch(warm);
    List<Learner> warming = new ArrayList<>();
    for (int i = 0; i < warm; i++) {
      Learner l = new Learner(null, new Random(-i), 20, 50);
      warming.add(l);
      l.open().get();
    }
    finished.await();
    warming.forEach(Learner::close);
    System.out.printf("client: %d learners warmed the server up, %d failures%n", warm, failed.getAndSet(0));
    System.out.println("warm");
    in.readLine();
    finished = new CountDownLatch(n);
    long t0 = System.nanoTime();
    Semaphore opening = new Semaphore(32);
    // Learners arrive over a minute at most (200 a second), as a class does, not all in one instant.
    long rampMillis = Math.min(60_000, n * 5L);
    for (int i = 0; i < n; i++) {
      opening.acquire();
      Learner l = new Learner(micros[i], new Random(i), thinkMin, thinkMax);
      learners.add(l);
      l.open().whenComplete((ok, e) -> opening.release());
      long due = t0 + rampMillis * 1_000_000L * (i + 1) / n;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
    }
    System.out.printf("client: %d learners connected in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    while (!finished.await(10, TimeUnit.SECONDS)) {
      System.out.printf("client: %d of %d learners still typing (%.0f s)%n", finished.getCount(), n,
          (System.nanoTime() - t0) / 1e9);
    }
    System.out.printf("client: every flow done in %.1f s (%d learners stopped early by the deadline), %d failures%n",
        (System.nanoTime() - t0) / 1e9, unfinished.get(), failed.get());
    System.out.println("ready");
    in.readLine();
    for (Learner l : learners) {
      l.close();
    }
    report();
  }

  private void report() {
    int[] all = Arrays.stream(micros).flatMapToInt(Arrays::stream).filter(v -> v > 0).sorted().toArray();
    System.out.printf("latency (Enter to prompt) over %d commands: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, "
        + "p99.9 %.2f ms, max %.1f ms%n", all.length, at(all, 0.50), at(all, 0.90), at(all, 0.99), at(all, 0.999),
        all.length == 0 ? 0 : all[all.length - 1] / 1000.0);
    List<String> rows = new ArrayList<>();
    for (int c = 0; c < FLOW.size(); c++) {
      int col = c;
      int[] one = Arrays.stream(micros).mapToInt(r -> r[col]).filter(v -> v > 0).sorted().toArray();
      rows.add(String.format("%9.2f %9.2f  %s", at(one, 0.5), at(one, 0.99), FLOW.get(c)));
    }
    rows.sort((a, b) -> Double.compare(Double.parseDouble(b.substring(10, 19).strip()),
        Double.parseDouble(a.substring(10, 19).strip())));
    System.out.println("  p50 (ms)  p99 (ms)  command (slowest ten by p99)");
    rows.stream().limit(10).forEach(r -> System.out.println("  " + r));
  }

  private static double at(int[] sorted, double q) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1000.0;
  }

  /** Is one learner: a browser session and its terminal. */
  private final class Learner implements WebSocket.Listener {
    private final int[] record;
    private final Random random;
    private final long min;
    private final long max;
    private final StringBuilder screen = new StringBuilder();
    private volatile WebSocket socket;
    private int next;
    private long sentAt;
    private boolean waiting = true;

    /** Creates a learner recording its latencies in {@code record} (null: a warm-up, not recorded). */
    Learner(int[] record, Random random, long min, long max) {
      this.record = record;
      this.random = random;
      this.min = min;
      this.max = max;
    }

    CompletableFuture<?> open() {
      HttpRequest page = HttpRequest.newBuilder(base.resolve("/sandbox")).header("Accept-Language", "en").build();
      return http.sendAsync(page, HttpResponse.BodyHandlers.discarding()).thenCompose(r -> {
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("kujira_sid="))
            .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst()
            .orElseThrow(() -> new IllegalStateException("no session cookie (HTTP " + r.statusCode() + ")"));
        return http.newWebSocketBuilder().header("Cookie", cookie).header("Origin", base.toString())
            .connectTimeout(Duration.ofSeconds(60))
            .buildAsync(URI.create("ws://127.0.0.1:" + base.getPort() + "/ws/terminal?ctx=sandbox&cols=120&rows=30"),
                this);
      }).whenComplete((ws, e) -> {
        if (e != null) {
          fail("open: " + e);
        } else {
          socket = ws;
        }
      });
    }

    private void fail(String why) {
      if (failed.incrementAndGet() <= 5) {
        System.err.println("client: learner: " + why);
      }
      finished.countDown();
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
      String text = StandardCharsets.UTF_8.decode(data).toString();
      synchronized (this) {
        if (waiting) {
          screen.append(text);
          if (screen.indexOf(PROMPT) >= 0) {
            prompt(ws);
          } else if (screen.length() > 256) {
            screen.delete(0, screen.length() - 64);
          }
        }
      }
      ws.request(1);
      return null;
    }

    /** The prompt came back: the command took this long; the next one follows after a think. */
    private void prompt(WebSocket ws) {
      long now = System.nanoTime();
      waiting = false;
      screen.setLength(0);
      if (next > 0 && record != null) {
        record[next - 1] = (int) Math.max(1, (now - sentAt) / 1000);
      }
      if (next == FLOW.size() || record != null && System.nanoTime() > deadline) {
        if (next < FLOW.size()) {
          unfinished.incrementAndGet();
        }
        finished.countDown();
        return;
      }
      long think = min + (max > min ? (long) (random.nextDouble() * (max - min)) : 0);
      timer.schedule(() -> type(ws), think, TimeUnit.MILLISECONDS);
    }

    private void type(WebSocket ws) {
      String line = FLOW.get(next);
      ws.sendText("i" + line, true).thenCompose(w -> {
        synchronized (this) {
          next++;
          waiting = true;
          sentAt = System.nanoTime();
        }
        return w.sendText("i\r", true);
      }).exceptionally(e -> {
        fail("send: " + e);
        return null;
      });
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      if (data.length() > 0 && data.charAt(0) == '{' && data.toString().contains("\"type\":\"ended\"")) {
        fail("terminal ended");
      }
      ws.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      fail("socket error: " + error);
    }

    void close() {
      WebSocket ws = socket;
      if (ws != null) {
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "done");
      }
    }
  }
}
