package dev.kujira.engine.api;

/**
 * Is one line a container wrote, as its log driver kept it.
 *
 * @param time epoch millis
 * @param stderr whether it came from stderr
 * @param text the line including its trailing newline, if it had one
 */
public record LogLine(long time, boolean stderr, String text) {
}
