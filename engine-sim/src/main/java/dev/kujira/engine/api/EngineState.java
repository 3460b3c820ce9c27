package dev.kujira.engine.api;

/**
 * Is an immutable, typed picture of one engine at one moment: everything a lesson goal or a
 * picture of the engine reads, one view per resource. Taking it has no side effect (no clock
 * move, no event, no undo point, no {@code $?} change).
 *
 * <pre>{@code
 * EngineState s = engine.state();
 * boolean goal = s.containers().byName("web").map(ContainerInfo::running).orElse(false)
 *     && s.networks().byName("appnet").isPresent();
 * String bytes = s.canonicalJson(); // equal states give equal text
 * }</pre>
 *
 * @param time the virtual time, epoch millis
 * @param cwd the host shell's working directory
 * @param containers the containers
 * @param images the local images
 * @param networks the networks
 * @param volumes the volumes
 * @param builds the records of the last builds
 * @param compose the compose projects
 */
public record EngineState(long time, String cwd, Containers containers, Images images, Networks networks,
    Volumes volumes, Builds builds, ComposeProjects compose) {

  /**
   * Returns this state as canonical JSON: records' fields in declaration order, maps by key,
   * no whitespace. Two engines in the same state give the same text, byte for byte.
   */
  public String canonicalJson() {
    return CanonicalJson.write(this);
  }
}
