package dev.kujira.engine.api;

/**
 * One repository the index found for {@code docker search}: the Engine API's
 * {@code registry.SearchResult} (its deprecated is_automated is always false since Docker 26).
 *
 * @param name the repository name as the index prints it ({@code busybox}, {@code alice/app})
 * @param description its short description
 * @param starCount its stars
 * @param official whether it is an official image
 */
public record SearchResult(String name, String description, int starCount, boolean official) {
}
