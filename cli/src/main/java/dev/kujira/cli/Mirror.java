package dev.kujira.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Is mirror mode: each docker command line runs on the simulator and, through the real
 * {@code docker} CLI (with the DOCKER_HOST and PATH kujira was started with), on a real daemon;
 * both outputs are shown, each under a heading that says which side printed it, and the
 * difference after the conformance normalisation is reported. Commands that could harm the real
 * machine (a bind mount of the host's root, {@code --privileged}, {@code --pid host}) run there
 * only when the learner confirms; interactive and streaming commands stay on the simulator.
 */
final class Mirror {
  private static final Pattern LOCAL_ONLY = Pattern.compile(
      "^docker\\s+((container\\s+)?(attach|stats)\\b|(system\\s+)?events\\b|(container\\s+)?logs\\s.*(-f|--follow)\\b"
      + "|(container\\s+)?(run|create|exec|start)\\s(.*\\s)?(-[a-zA-Z]*[ti][a-zA-Z]*|--tty|--interactive|--attach)\\s)");
  private static final long TIMEOUT_SECONDS = 120;
  private final Map<String, String> env;
  private final Path work;
  private final Predicate<String> confirm;
  private boolean on;

  /**
   * Creates the mirror.
   *
   * @param env the real docker CLI's environment (DOCKER_HOST, PATH, DOCKER_CONFIG)
   * @param work the real folder the real side runs in
   * @param confirm asks the learner a yes/no question (false without a terminal)
   */
  Mirror(Map<String, String> env, Path work, Predicate<String> confirm) {
    this.env = Map.copyOf(env);
    this.work = work;
    this.confirm = confirm;
  }

  boolean on() {
    return on;
  }

  /** Runs {@code :mirror on|off}; turning it on checks that a real daemon answers. */
  int command(String arg, PrintStream out) {
    if (arg.equals("off")) {
      on = false;
      out.println("mirror: off");
      return 0;
    }
    if (!arg.equals("on") && !arg.isEmpty()) {
      out.println(":mirror: say on or off");
      return 2;
    }
    if (arg.isEmpty()) {
      out.println("mirror: " + (on ? "on, against " + host() : "off"));
      return 0;
    }
    return enable(out) ? 0 : 1;
  }

  /** Turns mirroring on if a real daemon answers; says which, or why not. */
  boolean enable(PrintStream out) {
    Result r = real(List.of("docker", "version", "--format", "{{.Server.Version}}"));
    if (r.status != 0) {
      out.println("mirror: no real Docker daemon answers at " + host() + ": " + r.output.strip());
      on = false;
      return false;
    }
    on = true;
    out.println("mirror: on, against Docker " + r.output.strip() + " at " + host());
    return true;
  }

  private String host() {
    return env.getOrDefault("DOCKER_HOST", "unix:///var/run/docker.sock");
  }

  /** Returns whether {@code line} is mirrored (a docker command that neither streams nor needs a terminal). */
  static boolean mirrored(String line) {
    String l = line.strip();
    return (l.startsWith("docker ") || l.equals("docker")) && !LOCAL_ONLY.matcher(l + " ").find();
  }

  /** Returns whether {@code line} could harm the real machine (see {@link MirrorLine#danger}). */
  boolean dangerous(String line) {
    List<String> words = MirrorLine.words(line.strip());
    return words != null && MirrorLine.danger(words, work) != null;
  }

  /** Runs {@code line} on both sides, prints both and their comparison; returns the simulator's status. */
  int run(Session session, String line, InputStream in, PrintStream out) {
    ByteArrayOutputStream sim = new ByteArrayOutputStream();
    PrintStream simOut = new PrintStream(sim, true, StandardCharsets.UTF_8);
    int simStatus = session.run(line, in, simOut, simOut);
    out.println(heading("kujira (simulated)", simStatus));
    out.print(withNewline(sim.toString(StandardCharsets.UTF_8)));
    List<String> words = MirrorLine.words(line.strip());
    if (words == null || words.isEmpty() || !words.get(0).equals("docker")) {
      out.println("=== real docker: not run (mirror runs one plain docker command, without shell syntax"
          + " such as ; | & $ ` < > * ~)");
      return simStatus;
    }
    String danger = MirrorLine.danger(words, work);
    if (danger != null
        && !confirm.test("This command is dangerous on a real machine (" + danger + "). Run it on the real daemon too? [y/N] ")) {
      out.println("=== real docker: not run (refused: " + danger + ")");
      return simStatus;
    }
    Result real = real(words);
    out.println(heading("real docker at " + host(), real.status));
    out.print(withNewline(real.output));
    List<String> a = dev.kujira.engine.TranscriptNormalizer.lines(sim.toString(StandardCharsets.UTF_8), null);
    List<String> b = dev.kujira.engine.TranscriptNormalizer.lines(real.output, work.toString());
    out.println(compare(a, simStatus, b, real.status));
    return simStatus;
  }

  /** Describes how the two normalised transcripts differ, or that they agree. */
  static String compare(List<String> sim, int simStatus, List<String> real, int realStatus) {
    if (sim.equals(real) && simStatus == realStatus) {
      return "=== mirror: same output and exit status after normalisation";
    }
    StringBuilder sb = new StringBuilder("=== mirror: they differ after normalisation");
    if (simStatus != realStatus) {
      sb.append("\n  exit status: kujira ").append(simStatus).append(", real ").append(realStatus);
    }
    int shown = 0;
    for (int i = 0; i < Math.max(sim.size(), real.size()) && shown < 5; i++) {
      String x = i < sim.size() ? sim.get(i) : "(nothing)";
      String y = i < real.size() ? real.get(i) : "(nothing)";
      if (!x.equals(y)) {
        sb.append("\n  line ").append(i + 1).append(":\n    kujira: ").append(x).append("\n    real:   ").append(y);
        shown++;
      }
    }
    return sb.toString();
  }

  private static String heading(String side, int status) {
    return "=== " + side + ", exit " + status;
  }

  private static String withNewline(String s) {
    return s.isEmpty() || s.endsWith("\n") ? s : s + "\n";
  }

  private record Result(String output, int status) {
  }

  /** Runs the real docker CLI with {@code argv} itself (no shell between: nothing else runs on the host). */
  private Result real(List<String> argv) {
    try {
      Files.createDirectories(work);
      ProcessBuilder pb = new ProcessBuilder(argv).directory(work.toFile()).redirectErrorStream(true);
      pb.environment().putAll(env);
      pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      Process p = pb.start();
      byte[] bytes = p.getInputStream().readAllBytes();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Result("(the real docker command did not end in " + TIMEOUT_SECONDS + " s)\n", 124);
      }
      return new Result(new String(bytes, StandardCharsets.UTF_8), p.exitValue());
    } catch (IOException e) {
      return new Result("cannot run the real docker CLI: " + e.getMessage() + "\n", 127);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result("interrupted\n", 130);
    }
  }
}
