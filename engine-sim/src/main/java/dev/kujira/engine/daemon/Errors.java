package dev.kujira.engine.daemon;

import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.api.ErrorDetail;
import dev.kujira.engine.api.ErrorKind;

/**
 * Builds every error the daemon reports, worded as moby's (daemon/errors.go and friends),
 * pinned by the conformance transcripts.
 */
public final class Errors {
  private Errors() {
  }

  /**
   * A session's cap on its containers, volumes or networks (process/Limits): a real daemon's disk
   * would fill first; the text says which cap and how to make room.
   */
  public static EngineException sessionCap(String what, int cap, String remedy) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "no space left on device: this session may hold at most "
        + cap + " " + what + " (kujira's limit); " + remedy);
  }

  public static EngineException noSuchContainer(String ref) {
    return new EngineException(ErrorKind.NOT_FOUND, "No such container: " + ref);
  }

  /** moby daemon/kill.go wraps the lookup error with the "cannot kill container" prefix. */
  public static EngineException killMissing(String ref) {
    return new EngineException(ErrorKind.NOT_FOUND, "cannot kill container: " + ref + ": No such container: " + ref);
  }

  /** conformance 69-errors-containers: the "/name" form and the full id. */
  public static EngineException nameInUse(String name, String id) {
    return new EngineException(ErrorKind.CONFLICT, "Conflict. The container name \"/" + name
        + "\" is already in use by container \"" + id + "\". You have to remove (or rename) that container to be able"
        + " to reuse that name.");
  }

  public static EngineException invalidName(String name) {
    return new EngineException(ErrorKind.INVALID_PARAMETER,
        "Invalid container name (" + name + "), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
  }

  public static EngineException notRunning(String id) {
    return new EngineException(ErrorKind.CONFLICT, "container " + id + " is not running");
  }

  public static EngineException alreadyPaused(String id) {
    return new EngineException(ErrorKind.CONFLICT, "Container " + id + " is already paused");
  }

  public static EngineException notPaused(String id) {
    return new EngineException(ErrorKind.CONFLICT, "Container " + id + " is not paused");
  }

  public static EngineException pausedExec(String name) {
    return new EngineException(ErrorKind.CONFLICT, "Container " + name + " is paused, unpause the container before exec");
  }

  public static EngineException removeRunning(String name) {
    return new EngineException(ErrorKind.CONFLICT, "cannot remove container \"/" + name
        + "\": container is running: stop the container before removing or force remove");
  }

  public static EngineException removePaused(String name) {
    return new EngineException(ErrorKind.CONFLICT, "cannot remove container \"/" + name
        + "\": container is paused and must be unpaused first");
  }

  public static EngineException killNotRunning(String ref, String id) {
    return new EngineException(ErrorKind.CONFLICT, "cannot kill container: " + ref + ": container " + id
        + " is not running");
  }

  public static EngineException invalidSignal(String ref, String signal) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "cannot kill container: " + ref + ": invalid signal: " + signal);
  }

  /** conformance 07-wait-exit-code: runc's text for a missing executable. */
  /** The machine cannot give what the container asks at start (no GPU, no such device, user or group). */
  public static EngineException startRefused(String message) {
    return new EngineException(ErrorKind.SYSTEM, message);
  }

  public static EngineException startFailed(String detail) {
    return new EngineException(ErrorKind.SYSTEM, "failed to create task for container: failed to create shim task: "
        + "OCI runtime create failed: runc create failed: unable to start container process: " + detail + ": unknown");
  }

  /** The runtime's exec failure comes on the exec's attached stream: the client prints it as it stands and exits 126. */
  public static EngineException execFailed(String detail) {
    return new EngineException(ErrorKind.SYSTEM,
        "OCI runtime exec failed: exec failed: unable to start container process: " + detail + ": unknown",
        new ErrorDetail.Streamed(126));
  }

  /**
   * docker import URL: the daemon fetches the archive itself, and the simulated host reaches no
   * network outside (the resolver's answer, recorded on the real engine for an unknown host).
   */
  public static EngineException importFetch(String url) {
    return new EngineException(ErrorKind.SYSTEM, "Get \"" + url + "\": dial tcp: lookup "
        + url.replaceFirst("https?://", "").replaceFirst("/.*", "") + ": no such host");
  }

  public static EngineException renameConflict(EngineException conflict) {
    return new EngineException(ErrorKind.CONFLICT, "Error when allocating new name: " + conflict.getMessage());
  }

  public static EngineException renameSame() {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "Renaming a container with the same name as its current name");
  }

  public static EngineException invalidArgument(String message) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, message);
  }

  public static EngineException conflict(String message) {
    return new EngineException(ErrorKind.CONFLICT, message);
  }

  /** ps --filter status= with a state Docker does not have. */
  public static EngineException invalidStatusFilter(String status) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "invalid filter 'status=" + status + "'");
  }

  /** ps --filter health= with a value other than starting, healthy, unhealthy or none. */
  public static EngineException invalidHealthFilter(String health) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "unrecognized filter value for health: " + health);
  }

  /** ps --filter publish=/expose= with a port that is no number (Go's strconv.ParseUint error). */
  public static EngineException invalidPortFilter(String filter, String spec, String bad) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "error while looking up for " + filter + " " + spec
        + ": strconv.ParseUint: parsing \"" + bad + "\": invalid syntax");
  }

  /** docker cp: the local source does not exist (the client finds this before any request). */
  public static EngineException cpLocalMissing(String src) {
    return new EngineException(ErrorKind.CLIENT, "lstat " + src + ": no such file or directory");
  }

  /** docker cp: the container path does not exist; moby names the container as the client did (conformance c23). */
  public static EngineException cpNotFound(String path, String ref) {
    return new EngineException(ErrorKind.NOT_FOUND, "Could not find the file " + path + " in container " + ref);
  }

  /** docker cp: a directory copied onto a file of the container (the client refuses). */
  public static EngineException cpNotADirectory(String ref, String path) {
    return new EngineException(ErrorKind.CLIENT, "destination \"" + ref + ":" + path + "\" must be a directory");
  }

  /** docker cp -: the tar stream ends before its archive does. */
  public static EngineException cpUnexpectedEof() {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "unexpected EOF");
  }

  /** docker cp: the destination's parent folder does not exist (the client's words). */
  public static EngineException cpNoSuchDirectory(String text) {
    return new EngineException(ErrorKind.CLIENT, text);
  }

  /** docker update --restart on a container run with --rm. */
  public static EngineException restartWithAutoRemove(String id) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "Cannot update container " + id
        + ": Restart policy cannot be updated because AutoRemove is enabled for the container");
  }

  /** docker login to a registry that refuses or cannot be reached: the text RegistryHosts found. */
  public static EngineException loginFailed(String why) {
    return new EngineException(ErrorKind.UNAVAILABLE, why);
  }

  /** --memory below the kernel's minimum (moby daemon_unix.go). */
  public static EngineException memoryTooLow() {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "Minimum memory limit allowed is 6MB");
  }

  /** --cpus beyond the simulated machine's 2 CPUs (NCPU of docker info). */
  public static EngineException cpusOutOfRange() {
    return new EngineException(ErrorKind.INVALID_PARAMETER,
        "Range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available");
  }

  /** docker top with ps options whose output has no PID column. */
  public static EngineException topNoPid() {
    return new EngineException(ErrorKind.SYSTEM, "Couldn't find PID field in ps output");
  }
}
