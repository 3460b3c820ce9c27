package dev.kujira.engine.daemon.volume;

import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.api.ErrorKind;

/**
 * Builds every error of the daemon's volumes and mounts, worded as moby's (volume/service,
 * volume/mounts/linux_parser.go) and pinned by the conformance transcripts.
 */
public final class VolumeErrors {
  private VolumeErrors() {
  }

  /** A volume driver other than local: the plugin lookup fails. */
  public static EngineException noDriver(String name, String driver) {
    return new EngineException(ErrorKind.NOT_FOUND, "create " + name + ": error looking up volume plugin " + driver
        + ": plugin \"" + driver + "\" not found");
  }

  public static EngineException invalidName(String name) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "create " + name
        + ": \"" + name + "\" includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\""
        + " are allowed. If you intended to pass a host directory, use absolute path");
  }

  /** -v SOURCE:TARGET with a relative target: a bind when the source is a path, else a volume. */
  public static EngineException relativeTarget(String spec, boolean bind, String target) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "invalid volume specification: '" + spec
        + "': invalid mount config for type \"" + (bind ? "bind" : "volume") + "\": invalid mount path: '" + target
        + "' mount path must be absolute");
  }

  public static EngineException unknownMountType(String type) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "invalid mount config for type \"" + type
        + "\": mount type unknown");
  }

  /** moby volume/mounts/linux_parser.go validateMountConfigImpl: a tmpfs has no source (errExtraField). */
  public static EngineException tmpfsSource() {
    return new EngineException(ErrorKind.INVALID_PARAMETER,
        "invalid mount config for type \"tmpfs\": field Source must not be specified");
  }

  public static EngineException relativeBindSource(String source) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "invalid mount config for type \"bind\": invalid mount path: '"
        + source + "' mount path must be absolute");
  }

  public static EngineException bindSourceMissing(String source) {
    return new EngineException(ErrorKind.INVALID_PARAMETER,
        "invalid mount config for type \"bind\": bind source path does not exist: " + source);
  }

  public static EngineException noSuchVolume(String name) {
    return new EngineException(ErrorKind.NOT_FOUND, "get " + name + ": no such volume");
  }

  /**
   * The session's cap on its volumes (process/Limits): a real daemon's disk would fill first; the
   * text says which cap and how to make room.
   */
  public static EngineException tooMany(int cap) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "no space left on device: this session may hold at most "
        + cap + " volumes (kujira's limit); remove some with docker volume rm or docker volume prune");
  }

  /** volume rm of a volume a container still uses (moby volume/service: "volume is in use"). */
  public static EngineException inUse(String name, String containerId) {
    return new EngineException(ErrorKind.CONFLICT, "remove " + name + ": volume is in use - [" + containerId + "]");
  }
}
