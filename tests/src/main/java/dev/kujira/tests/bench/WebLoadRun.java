package dev.kujira.tests.bench;

import dev.kujira.cli.Repl;
import dev.kujira.cli.WebTerminal;
import dev.kujira.web.WebOptions;
import dev.kujira.web.WebServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The web load run (not a test; {@code tests/load.sh web N} runs it by hand): the web server of
 * {@code ./kujira web} on 127.0.0.1 (a fresh SQLite database in a temporary folder, the live
 * sessions bound raised to N for this run only, and its own address 127.0.0.1 left out of the
 * new-sessions-per-minute bound, which stays as {@code ./kujira web} has it for every other one), and {@link WebLoadClient} as a second process with N
 * learners typing the flow. Once every learner has finished and all N terminals are still open,
 * it prints the server's live threads (by pool), its heap after GC per live session and sessions
 * per GB; then the client prints the command latencies.
 *
 * <p>Arguments: {@code N [THINK_MIN_MS THINK_MAX_MS]} (think time between commands, default 5-15 s);
 * {@code -Dkujira.deadline=S} stops the learners' typing after S seconds (default 900).
 */
public final class WebLoadRun {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final java.util.regex.Pattern COMMANDS = java.util.regex.Pattern.compile("^latency .* over (\\d+) commands");

  private WebLoadRun() {
  }

  /** Runs the server and the learners' process. */
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    long thinkMin = args.length > 1 ? Long.parseLong(args[1]) : 5000;
    long thinkMax = args.length > 2 ? Long.parseLong(args[2]) : 15000;
    Path dir = Files.createTempDirectory("kujira-webload");
    WebOptions options = WebOptions.defaults("webload-key".getBytes(StandardCharsets.UTF_8)).at("127.0.0.1", 0)
        .withDb("jdbc:sqlite:" + dir.resolve("kujira.db")).withLimits(n + 50, WebOptions.defaults(new byte[0])
            .newSessionsPerMinute()).withUnmetered(java.util.Set.of("127.0.0.1"));
    Repl.Options repl = new Repl.Options(List.of(), null, false, Map.of(), dir.resolve("mirror"));
    try (WebServer server = WebServer.start(options, new WebTerminal(repl))) {
      String cp = System.getProperty("java.class.path");
      Process client = new ProcessBuilder("java", "-Xmx2g", "-XX:+UseParallelGC", "-cp", cp,
          WebLoadClient.class.getName(), String.valueOf(server.port()), String.valueOf(n), String.valueOf(thinkMin),
          String.valueOf(thinkMax), System.getProperty("kujira.deadline", "900")).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      long heap0 = 0;
      int threads0 = 0;
      long cpu0 = 0;
      long t0 = 0;
      long cpu = 0;
      BufferedReader out = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
      PrintStream toClient = new PrintStream(client.getOutputStream(), true, StandardCharsets.UTF_8);
      String line;
      while ((line = out.readLine()) != null) {
        if (line.equals("warm")) {
          heap0 = LoadRun.heapAfterGc();
          threads0 = THREADS.getThreadCount();
          System.out.printf("server: 127.0.0.1:%d warmed up: %d live threads, heap after GC %.1f MB before the learners%n",
              server.port(), threads0, heap0 / 1048576.0);
          THREADS.resetPeakThreadCount();
          cpu0 = LoadRun.processCpu();
          t0 = System.nanoTime();
          toClient.println("go");
        } else if (line.equals("ready")) {
          cpu = LoadRun.processCpu() - cpu0;
          measure(server, n, heap0, threads0, cpu0, t0);
          toClient.println("go");
        } else {
          System.out.println(line);
          java.util.regex.Matcher m = COMMANDS.matcher(line);
          if (m.find() && cpu > 0) {
            // The server's CPU time from the learners' arrival to their last prompt, over their commands.
            System.out.printf("server: %.2f ms of CPU per command (%.0f s over %s commands)%n",
                cpu / 1e6 / Long.parseLong(m.group(1)), cpu / 1e9, m.group(1));
          }
        }
      }
      client.waitFor();
    }
    // Containers the learners left running keep their process threads alive: a bench run ends here.
    System.exit(0);
  }

  private static void measure(WebServer server, int n, long heap0, int threads0, long cpu0, long t0) {
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("server: %d live sessions, %d open terminals; CPU %.0f s over %.0f s of run%n", server.sessions(),
        server.terminals(), (LoadRun.processCpu() - cpu0) / 1e9, seconds);
    System.out.printf("server: live threads %d (before the learners %d, peak %d): %s%n", THREADS.getThreadCount(), threads0,
        THREADS.getPeakThreadCount(), byPool());
    long heap = LoadRun.heapAfterGc();
    double perSession = (heap - heap0) / (double) n;
    System.out.printf("server: heap after GC %.1f MB, %.1f MB more than before: %.1f KB per live session, "
        + "%.0f sessions per GB%n", heap / 1048576.0, (heap - heap0) / 1048576.0, perSession / 1024,
        (1L << 30) / perSession);
  }

  /** Returns the live threads counted by name with the digits taken out (one entry per pool). */
  private static Map<String, Integer> byPool() {
    Map<String, Integer> pools = new TreeMap<>();
    for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (t != null) {
        pools.merge(t.getThreadName().replaceAll("[0-9]+", "N"), 1, Integer::sum);
      }
    }
    return pools;
  }
}
