package dev.kujira.engine.image;

/**
 * Is one entry of an image's history, as {@code docker history} lists it.
 *
 * @param created epoch millis
 * @param createdBy the instruction that made it
 * @param comment the comment ("buildkit.dockerfile.v0", "Imported from -")
 * @param emptyLayer whether it made no layer (metadata only)
 */
public record History(long created, String createdBy, String comment, boolean emptyLayer) {
}
