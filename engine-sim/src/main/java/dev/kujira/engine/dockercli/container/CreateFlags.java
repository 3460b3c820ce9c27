package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.Invocation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The client-side create flags that decide what docker/cli does around the create request
 * (cli/command/container/run.go, create.go, opts.go): {@code -a} (which streams are attached,
 * Config.Attach*), {@code --cidfile}, {@code --pull} and the CLI's own warnings.
 */
final class CreateFlags {
  private CreateFlags() {
  }

  /** The streams {@code docker run}/{@code create} attaches: -a's, else stdout and stderr (and stdin with -i). */
  record Streams(boolean stdin, boolean stdout, boolean stderr) {
  }

  /** Checks -a against -d and its stream names; returns the attached streams (none when detached). */
  static Streams streams(Invocation in, boolean detach, String errorPrefix, String usageTail) {
    List<String> a = in.spec().hasFlag("attach") ? in.list("attach") : List.of();
    for (String s : a) {
      if (!List.of("stdin", "stdout", "stderr").contains(s.toLowerCase(Locale.ROOT))) {
        throw new CliException("invalid argument \"" + s + "\" for \"-a, --attach\" flag: valid streams are STDIN, "
            + "STDOUT and STDERR\n" + usageTail, 125);
      }
    }
    if (detach && !a.isEmpty()) {
      // docker/cli run.go: an error without the "docker:" prefix, exit status 1 (recorded).
      throw new CliException("Conflicting options: -a and -d", 1);
    }
    if (detach) {
      return new Streams(false, false, false);
    }
    List<String> lower = a.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    boolean interactive = in.spec().hasFlag("interactive") && in.bool("interactive");
    return new Streams(lower.contains("stdin") || a.isEmpty() && interactive, a.isEmpty() || lower.contains("stdout"),
        a.isEmpty() || lower.contains("stderr"));
  }

  /** Puts Config.Attach* and StdinOnce (true when stdin is open and attached) into the request's settings. */
  static void put(Streams s, boolean openStdin, Map<String, Object> settings) {
    settings.put("Config.AttachStdin", s.stdin());
    settings.put("Config.AttachStdout", s.stdout());
    settings.put("Config.AttachStderr", s.stderr());
    settings.put("Config.StdinOnce", openStdin && s.stdin());
  }

  /** --cidfile: refused when the file exists (docker/cli containerIDFile), kept in HostConfig.ContainerIDFile. */
  static String cidfile(CliContext cli, Invocation in, String errorPrefix, String usageTail) {
    if (!in.changed("cidfile") || in.string("cidfile").isEmpty()) {
      return "";
    }
    String path = in.string("cidfile");
    if (cli.files() != null && cli.files().exists(path)) {
      throw new CliException(errorPrefix + "container ID file found, make sure the other container isn't running or "
          + "delete " + path + ".\n" + usageTail, 125);
    }
    return path;
  }

  /** Writes the new container's id to --cidfile's file, without a newline. */
  static void writeCid(CliContext cli, String path, String id) {
    if (!path.isEmpty() && cli.files() != null) {
      cli.files().write(path, id.getBytes(StandardCharsets.US_ASCII), false);
    }
  }

  /** --pull: "missing" (the default), "always" or "never"; anything else is docker/cli's error. */
  static String pull(Invocation in, String errorPrefix, String usageTail) {
    String p = in.spec().hasFlag("pull") ? in.string("pull") : "missing";
    if (!List.of("always", "missing", "never").contains(p)) {
      throw new CliException(errorPrefix + "invalid pull option: '" + p + "': must be one of \"always\", \"missing\" "
          + "or \"never\".\n" + usageTail, 125);
    }
    return p;
  }

  /** docker/cli parseLoggingOpts: the none driver takes no options ("docker: " even for create, recorded). */
  static void loggingOpts(Invocation in, String usageTail) {
    if (in.spec().hasFlag("log-driver") && in.string("log-driver").equals("none") && !in.list("log-opt").isEmpty()) {
      throw new CliException("docker: invalid logging opts for driver none.\n" + usageTail, 125);
    }
  }

  /** docker/cli's own warning for --oom-kill-disable without -m (run and create). */
  static void warnings(CliContext cli, Invocation in) {
    if (in.spec().hasFlag("oom-kill-disable") && in.bool("oom-kill-disable") && !in.changed("memory")) {
      cli.err().println("WARNING: Disabling the OOM killer on containers without setting a '-m/--memory' limit may be "
          + "dangerous.");
    }
  }
}
