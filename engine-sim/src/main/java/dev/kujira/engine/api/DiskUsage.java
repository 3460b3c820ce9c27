package dev.kujira.engine.api;

/**
 * Is {@code docker system df}'s four rows.
 *
 * @param images total images
 * @param activeImages images used by a container
 * @param imagesSize bytes of all layers, each counted once (moby's LayersSize)
 * @param imagesReclaimable what docker/cli calls reclaimable: that size less the unique bytes of
 *     the images a container uses
 * @param containers total containers
 * @param activeContainers running containers
 * @param containersSize bytes of writable layers
 * @param containersReclaimable bytes of stopped containers' layers
 * @param volumes total volumes
 * @param activeVolumes volumes in use
 * @param volumesSize bytes in volumes
 * @param volumesReclaimable bytes in unused volumes
 * @param sharedSizes each image's bytes in layers that another image also has, by image id
 */
public record DiskUsage(int images, int activeImages, long imagesSize, long imagesReclaimable, int containers,
    int activeContainers, long containersSize, long containersReclaimable, int volumes, int activeVolumes,
    long volumesSize, long volumesReclaimable, java.util.Map<String, Long> sharedSizes) {
}
