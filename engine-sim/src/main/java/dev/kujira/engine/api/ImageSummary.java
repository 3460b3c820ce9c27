package dev.kujira.engine.api;

import java.util.List;

/**
 * Is one image in the image list.
 *
 * @param id the image id ("sha256:…")
 * @param repoTags the tags ("busybox:latest"), empty for a dangling image
 * @param created epoch millis
 * @param size bytes
 * @param sharedSize bytes shared with other images
 * @param containers how many containers use it
 */
public record ImageSummary(String id, List<String> repoTags, long created, long size, long sharedSize, int containers) {
}
