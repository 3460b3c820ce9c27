package dev.kujira.engine.image.registry;

import java.util.List;
import java.util.Map;

/**
 * Describes one official image of the simulated Docker Hub: facts from the image's Dockerfile
 * (docker-library) and its listed size, and the programs its executables name.
 *
 * @param repository the repository ("alpine", or "user/app")
 * @param tags the tags pointing at it
 * @param base the file tree flavour: busybox, alpine, debian, ubuntu, scratch
 * @param env the ENV lines
 * @param entrypoint the ENTRYPOINT (null for none)
 * @param cmd the CMD
 * @param ports the EXPOSEd ports ("80/tcp")
 * @param volumes the VOLUMEs
 * @param workdir the WORKDIR
 * @param stopSignal the STOPSIGNAL or ""
 * @param labels the LABELs
 * @param size the image size in bytes as {@code docker images} shows it
 * @param files extra files: path → content ("#!kujira:NAME" for programs, marked executable)
 * @param history the Dockerfile lines that made it, oldest first
 */
public record ImageSpec(String repository, List<String> tags, String base, List<String> env, List<String> entrypoint,
    List<String> cmd, List<String> ports, List<String> volumes, String workdir, String stopSignal,
    Map<String, String> labels, long size, Map<String, String> files, List<String> history) {
}
