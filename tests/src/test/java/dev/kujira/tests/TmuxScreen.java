package dev.kujira.tests;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Drives a program in a real terminal: a tmux server of its own (its own socket, so nothing else
 * on the machine shares it), keys sent with send-keys, the screen read with capture-pane.
 */
final class TmuxScreen implements AutoCloseable {
  private static final long WAIT_MILLIS = 60_000;
  private final Path socket;
  private final String session;

  private TmuxScreen(Path socket, String session) {
    this.socket = socket;
    this.session = session;
  }

  /** Returns whether tmux can be run here. */
  static boolean available() {
    try {
      return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Starts {@code command} in a new 120x50 terminal; the pane stays open after it ends. */
  static TmuxScreen start(Path dir, String session, String command) throws IOException, InterruptedException {
    TmuxScreen s = new TmuxScreen(dir.resolve("tmux.sock"), session);
    s.tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "50",
        command + "; echo EXITED rc=$?; sleep 600");
    return s;
  }

  private String tmux(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("tmux", "-S", socket.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("tmux " + String.join(" ", args) + " failed: " + out);
    }
    return out;
  }

  /** Sends keys as tmux names them ("Enter", "Tab", "C-p", or literal text). */
  void keys(String... keys) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
    args.addAll(List.of(keys));
    tmux(args.toArray(String[]::new));
  }

  /** Sends {@code text} literally (no key names), then Enter. */
  void line(String text) throws IOException, InterruptedException {
    tmux("send-keys", "-t", session, "-l", text);
    tmux("send-keys", "-t", session, "Enter");
  }

  /** Types {@code text} one key at a time, as a learner does (each character its own send-keys), then Enter. */
  void typed(String text) throws IOException, InterruptedException {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      tmux("send-keys", "-t", session, "-l", new String(Character.toChars(cp)));
      i += Character.charCount(cp);
    }
    tmux("send-keys", "-t", session, "Enter");
  }

  /** Returns the whole screen with its scrollback, wrapped lines joined. */
  String screen() throws IOException, InterruptedException {
    return tmux("capture-pane", "-p", "-J", "-S", "-", "-t", session);
  }

  /**
   * Waits until the screen shows {@code text} more than {@code times} times (so a repeated prompt
   * can be waited for); fails with the screen when it does not come.
   */
  String waitFor(String text, int times) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
    String s = screen();
    while (count(s, text) <= times) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the terminal never showed \"" + text + "\" (" + (times + 1) + " times):\n" + s);
      }
      Thread.sleep(100);
      s = screen();
    }
    return s;
  }

  /** Waits for {@code text} to appear once more than it shows now. */
  String waitForMore(String text) throws IOException, InterruptedException {
    return waitFor(text, count(screen(), text));
  }

  static int count(String s, String text) {
    int n = 0;
    for (int i = s.indexOf(text); i >= 0; i = s.indexOf(text, i + 1)) {
      n++;
    }
    return n;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    new ProcessBuilder("tmux", "-S", socket.toString(), "kill-server").start().waitFor(10, TimeUnit.SECONDS);
    Files.deleteIfExists(socket);
  }
}
