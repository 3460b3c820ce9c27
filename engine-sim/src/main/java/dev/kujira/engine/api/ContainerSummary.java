package dev.kujira.engine.api;

import java.util.List;
import java.util.Map;

/**
 * Is one row of the container list, as the Engine API's {@code GET /containers/json} returns it.
 *
 * @param id the full id
 * @param names the names, each with a leading "/"
 * @param image the image as the user named it (or the image id once that name is gone)
 * @param imageId the image id
 * @param command the command line, quoted as docker shows it
 * @param created epoch millis
 * @param state the status word (running, exited…)
 * @param status the human status ("Up 3 seconds", "Exited (0) 2 seconds ago")
 * @param ports the port mappings
 * @param labels the labels
 * @param mounts the mount names or sources
 * @param networks the network names
 * @param sizeRw bytes in the writable layer
 * @param sizeRootFs bytes of the image plus the writable layer
 */
public record ContainerSummary(String id, List<String> names, String image, String imageId, String command, long created,
    String state, String status, List<PortMapping> ports, Map<String, String> labels, List<String> mounts,
    List<String> networks, long sizeRw, long sizeRootFs) {
}
