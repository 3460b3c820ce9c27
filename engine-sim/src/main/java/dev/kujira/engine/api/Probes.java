package dev.kujira.engine.api;

import java.util.List;
import java.util.Optional;

/**
 * Looks into a running session without touching it: none of these moves the clock, fires an
 * event, pushes an undo point or changes the shell's {@code $?}. A lesson checks goals through
 * them instead of running command lines.
 *
 * <pre>{@code
 * Probes p = engine.probes();
 * Optional<String> conf = p.readText(ProbeTarget.container("web"), "/etc/nginx/conf.d/default.conf");
 * Optional<String> ip = p.resolve("client", "db");                  // the embedded DNS, as ping sees it
 * HttpProbe page = p.http(ProbeTarget.host(), "http://localhost:8080/");   // as curl on the host
 * CommandResult r = p.runInFork("docker exec web cat /etc/hostname");   // a throwaway copy runs it
 * }</pre>
 */
public interface Probes {

  /** Returns the bytes of file {@code path}, or empty when it is missing or not a file. */
  Optional<byte[]> read(ProbeTarget at, String path);

  /** Returns file {@code path} as UTF-8 text, or empty when it is missing or not a file. */
  default Optional<String> readText(ProbeTarget at, String path) {
    return read(at, path).map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Returns the names in directory {@code path}, sorted, or empty when it is not a directory. */
  Optional<List<String>> list(ProbeTarget at, String path);

  /** Returns what stat says of {@code path} (following symlinks), or empty when it is missing. */
  Optional<FileInfo> stat(ProbeTarget at, String path);

  /**
   * Resolves {@code name} from inside container {@code container}, as its programs do: its
   * /etc/hosts, then the embedded DNS on user-defined networks. Empty when nothing knows it.
   */
  Optional<String> resolve(String container, String name);

  /**
   * Sends {@code GET url} ("http://host:port/path") from {@code at}, as curl and wget there would:
   * the name resolves from there, and the request reaches only what is reachable from there.
   */
  HttpProbe http(ProbeTarget at, String url);

  /**
   * Runs host command line {@code line} in a throwaway fork of the session and returns what it
   * printed and its exit status; the session itself is left as it was.
   */
  CommandResult runInFork(String line);
}
