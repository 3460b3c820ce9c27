package dev.kujira.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Is a session's durable form: the options it was created with and every input that changed it,
 * in order. Replaying it gives the same state, byte for byte (see {@link #replay()}), because the
 * engine is deterministic given its seed, its start time and its inputs.
 *
 * <p>Text format, version {@value #VERSION} (one entry a line; strings are JSON string literals):
 * <pre>
 * kujira-session 1
 * seed 1
 * start 1796115600000
 * host-path "/home/me/app"          (optional: where a real host folder appears)
 * host-dir "/real/folder"           (optional: a real folder copied in at start; read again on replay)
 * archive "/path/busybox.tar"       (zero or more: image archives loaded at start; read again on replay)
 * file 420 aGVsbG8K "/root/a.txt"   (a host file seeded through the API: mode, base64 bytes, path)
 * cd "/root/app"                    (the host shell's working directory set through the API)
 * keep-status true                  (each line sees the previous line's $?)
 * advance 1000                      (virtual milliseconds let pass between lines)
 * run "docker run -d --name web nginx"
 * </pre>
 * Lines starting with {@code #} and blank lines are ignored. Not recorded, so not replayable:
 * real-time pacing, the learner's terminal input to interactive commands, and Ctrl-C.
 *
 * <pre>{@code
 * String saved = engine.sessionLog().toText();          // store it anywhere
 * try (Engine again = SessionLog.parse(saved).replay()) {
 *   assert again.state().canonicalJson().equals(engine.state().canonicalJson());
 * }
 * }</pre>
 *
 * @param options the options the session was created with
 * @param steps the inputs, in order
 */
public record SessionLog(EngineOptions options, List<Step> steps) {
  /** The format version this class writes and reads. */
  public static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Copies the steps. */
  public SessionLog {
    steps = List.copyOf(steps);
  }

  /** Is one recorded input. */
  public sealed interface Step {
  }

  /** A host command line, run as {@link Engine#run(String)} runs it. @param line the line */
  public record Run(String line) implements Step {
  }

  /** A host file written through {@link Engine#writeHostFile}. @param path where @param mode its mode @param data its bytes */
  public record WriteFile(String path, int mode, byte[] data) implements Step {
    /** Copies the bytes. */
    public WriteFile {
      data = data.clone();
    }
  }

  /** Time let pass with {@link Engine#advance(long)}. @param millis the virtual milliseconds */
  public record Advance(long millis) implements Step {
  }

  /** The working directory set with {@link Engine#cd(String)}. @param dir the directory */
  public record Cd(String dir) implements Step {
  }

  /** {@link Engine#keepShellStatus(boolean)}. @param keep whether lines see the last {@code $?} */
  public record KeepStatus(boolean keep) implements Step {
  }

  /** {@link Engine#interruptPrompt()}: Ctrl-C at an idle prompt. */
  public record PromptInterrupt() implements Step {
  }

  /** Creates a new engine from the options and applies every step; the caller closes it. */
  public Engine replay() throws IOException {
    Engine engine = Engine.create(options);
    try {
      steps.forEach(engine::apply);
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
    return engine;
  }

  /** Returns the text form (format version {@value #VERSION}). */
  public String toText() {
    StringBuilder sb = new StringBuilder("kujira-session " + VERSION + "\n");
    sb.append("seed ").append(options.seed()).append('\n');
    sb.append("start ").append(options.startMillis()).append('\n');
    if (options.hostPath() != null) {
      sb.append("host-path ").append(quote(options.hostPath())).append('\n');
    }
    if (options.hostDir() != null) {
      sb.append("host-dir ").append(quote(options.hostDir().toString())).append('\n');
    }
    options.imageArchives().forEach(a -> sb.append("archive ").append(quote(a.toString())).append('\n'));
    steps.forEach(s -> sb.append(text(s)).append('\n'));
    return sb.toString();
  }

  private static String text(Step s) {
    if (s instanceof Run r) {
      return "run " + quote(r.line());
    } else if (s instanceof WriteFile f) {
      return "file " + f.mode() + " " + Base64.getEncoder().encodeToString(f.data()) + " " + quote(f.path());
    } else if (s instanceof Advance a) {
      return "advance " + a.millis();
    } else if (s instanceof Cd c) {
      return "cd " + quote(c.dir());
    } else if (s instanceof PromptInterrupt) {
      return "prompt-interrupt";
    }
    return "keep-status " + ((KeepStatus) s).keep();
  }

  /** Reads the text form; throws IllegalArgumentException for another version or a malformed line. */
  public static SessionLog parse(String text) {
    String[] lines = text.split("\n");
    if (lines.length == 0 || !lines[0].trim().equals("kujira-session " + VERSION)) {
      throw new IllegalArgumentException("not a kujira session of format version " + VERSION);
    }
    EngineOptions o = EngineOptions.defaults();
    List<Path> archives = new ArrayList<>();
    Path hostDir = null;
    String hostPath = null;
    List<Step> steps = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int sp = line.indexOf(' ');
      String kind = sp < 0 ? line : line.substring(0, sp);
      String rest = sp < 0 ? "" : line.substring(sp + 1);
      switch (kind) {
        case "seed" -> o = o.withSeed(Long.parseLong(rest));
        case "start" -> o = new EngineOptions(o.seed(), Long.parseLong(rest), null, null, List.of());
        case "host-path" -> hostPath = unquote(rest);
        case "host-dir" -> hostDir = Path.of(unquote(rest));
        case "archive" -> archives.add(Path.of(unquote(rest)));
        case "run" -> steps.add(new Run(unquote(rest)));
        case "advance" -> steps.add(new Advance(Long.parseLong(rest)));
        case "cd" -> steps.add(new Cd(unquote(rest)));
        case "keep-status" -> steps.add(new KeepStatus(Boolean.parseBoolean(rest)));
        case "prompt-interrupt" -> steps.add(new PromptInterrupt());
        case "file" -> {
          String[] w = rest.split(" ", 3);
          steps.add(new WriteFile(unquote(w[2]), Integer.parseInt(w[0]), Base64.getDecoder().decode(w[1])));
        }
        default -> throw new IllegalArgumentException("line " + (i + 1) + ": unknown entry " + kind);
      }
    }
    return new SessionLog(new EngineOptions(o.seed(), o.startMillis(), hostDir, hostPath, archives), steps);
  }

  private static String quote(String s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String unquote(String s) {
    try {
      return JSON.readValue(s, String.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON string: " + s, e);
    }
  }
}
