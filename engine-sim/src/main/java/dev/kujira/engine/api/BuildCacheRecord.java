package dev.kujira.engine.api;

/**
 * Is one record of BuildKit's cache, as {@code docker builder prune} and {@code docker system df}
 * count them.
 *
 * @param id the record's id (25 lowercase letters and digits)
 * @param mutable whether it is a local source transfer (the build context or the Dockerfile), shown with "*"
 * @param size its size in bytes
 * @param lastUsed when a build last used it, epoch millis
 * @param shared whether an image holds its data too (so pruning it frees nothing while the image stays)
 */
public record BuildCacheRecord(String id, boolean mutable, long size, long lastUsed, boolean shared) {
}
