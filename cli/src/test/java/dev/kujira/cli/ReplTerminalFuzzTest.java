package dev.kujira.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Types bursts of random terminal input into the REPL on a JLine terminal over streams: keys,
 * Ctrl-C, Ctrl-D, erase and kill keys, escape sequences, long pastes, and commands that read the
 * terminal ({@code cat}, {@code docker run -i}, an {@code -it} shell, {@code docker load}...).
 * After each burst the REPL must answer a command again, as a learner would get it back: Ctrl-C,
 * then Ctrl-D if something still reads, then {@code exit} for a shell in a container. The REPL
 * may end (Ctrl-D at its prompt leaves, as bash does): it is started again. Deterministic seed,
 * a bounded number of bursts, each given a bounded time.
 */
class ReplTerminalFuzzTest {
  private static final long SEED = 16;
  private static final int BURSTS = 40;
  private static final long ANSWER_MILLIS = 20_000;
  private static final Path BUSYBOX = Path.of("../../shared/conformance/busybox-image.tar");
  private static final List<String> COMMANDS = List.of("cat\r", "grep x\r", "sort\r", "head -n 2\r", "wc\r",
      "cat --version\r", "read v\r", "docker run -i --rm busybox cat\r", "docker run -it --rm busybox sh\r",
      "docker run -it --rm busybox cat\r", "docker load\r", "docker import -\r", "docker build -\r",
      "docker login localhost:5000\r", "docker exec -i box cat\r", "docker exec -it box sh\r", "docker attach box\r",
      "docker logs -f box\r", "cat > f.txt\r", "export V=1; f() { echo f; }\r", "\u0010\u0011");
  private static final List<String> KEYS = List.of("\u0003", "\u0004", "\u007f", "\u0015", "\u0017", "\r", "\t",
      "\u000c", "\u001c", "\u001a", "\u001b", "\u001b[A", "\u001b[B", "\u001b[C", "\u001b[D", "\u001b[3~", "\u001bOP",
      "\u001b[200~", "é", "漢", " ", "$", "'", "\"", "\\", "|", ";", "&");

  /** The REPL running on a virtual terminal fed from a pipe, its screen kept. */
  private static final class Running implements AutoCloseable {
    final PipedOutputStream feed;
    final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    final Terminal terminal;
    final CompletableFuture<Integer> run;

    Running(Repl.Options options) throws IOException {
      PipedInputStream in = new PipedInputStream(1 << 20);
      feed = new PipedOutputStream(in);
      OutputStream out = new OutputStream() {
        @Override
        public void write(int b) {
          synchronized (screen) {
            screen.write(b);
          }
        }

        @Override
        public void write(byte[] b, int off, int len) {
          synchronized (screen) {
            screen.write(b, off, len);
          }
        }
      };
      terminal = new ExternalTerminal(null, "fuzz", "xterm-256color", in, out, UTF_8, Terminal.SignalHandler.SIG_DFL,
          true);
      // Ctrl-C as a key, as a real tty in the REPL's raw modes delivers it (see ReplTest.typed).
      terminal.enterRawMode();
      Attributes raw = new Attributes(terminal.getAttributes());
      raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
      terminal.setAttributes(raw);
      terminal.resume();
      run = CompletableFuture.supplyAsync(() -> {
        try {
          return Repl.run(terminal, options);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }

    void type(String keys) throws IOException {
      feed.write(keys.getBytes(UTF_8));
      feed.flush();
    }

    String screen() {
      synchronized (screen) {
        return screen.toString(UTF_8);
      }
    }

    /** Waits until the screen shows {@code text} (or it with a bare newline) after {@code from}; false when the REPL ended or time ran out. */
    boolean shows(String text, int from, long millis) throws InterruptedException {
      long end = System.nanoTime() + millis * 1_000_000;
      while (System.nanoTime() < end) {
        String s = screen();
        int at = Math.min(from, s.length());
        if (s.indexOf(text, at) >= 0 || s.indexOf(text.replace("\r\n", "\n"), at) >= 0) {
          return true;
        }
        if (run.isDone()) {
          return false;
        }
        Thread.sleep(20);
      }
      return false;
    }

    @Override
    public void close() throws Exception {
      try {
        feed.close();
      } catch (IOException e) {
        // already closed
      }
      try {
        run.get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        // the pipe's end ends it; a failure shows in the assertions
      }
      terminal.close();
    }
  }

  @Test
  void randomTerminalInput_neverLeavesTheReplUnresponsive(@TempDir Path dir) throws Exception {
    Repl.Options options = new Repl.Options(List.of(), null, false, Map.of(), dir.resolve("mirror"));
    if (Files.exists(BUSYBOX)) {
      options = options.withArchive(BUSYBOX);
    }
    Random random = new Random(SEED);
    int restarts = 0;
    int answered = 0;
    Running repl = start(options);
    try {
      for (int burst = 0; burst < BURSTS; burst++) {
        repl.type(burst(random));
        int from = repl.screen().length();
        // $(( )) makes the answer differ from the echo of the typed line.
        String marker = "alive-" + (burst * 2 + 1);
        String ask = "echo alive-$((" + burst + "*2+1))\r";
        boolean ok = false;
        for (String recover : List.of("\u0003", "\u0004", "\u0003exit\r", "\u0010\u0011", "\u0004\u0004")) {
          if (repl.run.isDone()) {
            break;
          }
          repl.type(recover + ask);
          // The answer's line ends right after it (JLine's escape sequences may come before it).
          if (repl.shows(marker + "\r\n", from, ANSWER_MILLIS / 5)) {
            ok = true;
            break;
          }
        }
        if (!ok && repl.run.isDone()) {
          // The REPL ended (Ctrl-D or exit at its prompt): that is leaving, not hanging. Start again.
          repl.close();
          restarts++;
          repl = start(options);
          continue;
        }
        String s = repl.screen();
        assertThat(ok).as("burst %d left the REPL unresponsive; the screen ends:\n%s", burst,
            s.substring(Math.max(0, s.length() - 3000))).isTrue();
        answered++;
      }
    } finally {
      repl.close();
    }
    System.out.println("terminal fuzz: " + BURSTS + " bursts, " + answered + " answered, " + restarts
        + " REPL restarts (Ctrl-D or exit at its prompt)");
    assertThat(answered + restarts).isEqualTo(BURSTS);
    assertThat(answered).isGreaterThan(BURSTS / 4);
  }

  private static Running start(Repl.Options options) throws Exception {
    Running r = new Running(options);
    r.type(":clock fast\rdocker run -dit --name box busybox sh\r");
    return r;
  }

  /** Returns one burst: a few commands, keys and letters, sometimes a long paste. */
  private static String burst(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + random.nextInt(12);
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(10);
      if (kind < 3) {
        sb.append(COMMANDS.get(random.nextInt(COMMANDS.size())));
      } else if (kind < 6) {
        sb.append(KEYS.get(random.nextInt(KEYS.size())));
      } else if (kind < 9) {
        for (int j = random.nextInt(8); j >= 0; j--) {
          sb.append((char) ('a' + random.nextInt(26)));
        }
      } else {
        // A long paste: lines of printable text (no ':', which would start the REPL's own commands
        // such as :save, writing files outside the session).
        for (int j = 200 + random.nextInt(2000); j >= 0; j--) {
          char c = random.nextInt(40) == 0 ? '\r' : (char) (' ' + 1 + random.nextInt(94));
          sb.append(c == ':' ? ' ' : c);
        }
      }
    }
    return sb.toString();
  }
}
