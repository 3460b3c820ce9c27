package dev.kujira.engine.api;

/**
 * Is one row of {@code docker history}.
 *
 * @param id the image id for the top row, "<missing>" for lower ones
 * @param created epoch millis
 * @param createdBy the instruction
 * @param size the layer's size
 * @param comment the comment
 */
public record HistoryItem(String id, long created, String createdBy, long size, String comment) {
}
