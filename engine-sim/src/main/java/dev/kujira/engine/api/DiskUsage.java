package dev.kujira.engine.api;

/**
 * Is {@code docker system df}'s four rows.
 *
 * @param images total images
 * @param activeImages images used by a container
 * @param imagesSize bytes of all images
 * @param imagesReclaimable bytes of unused images
 * @param containers total containers
 * @param activeContainers running containers
 * @param containersSize bytes of writable layers
 * @param containersReclaimable bytes of stopped containers' layers
 * @param volumes total volumes
 * @param activeVolumes volumes in use
 * @param volumesSize bytes in volumes
 * @param volumesReclaimable bytes in unused volumes
 */
public record DiskUsage(int images, int activeImages, long imagesSize, long imagesReclaimable, int containers,
    int activeContainers, long containersSize, long containersReclaimable, int volumes, int activeVolumes,
    long volumesSize, long volumesReclaimable) {
}
