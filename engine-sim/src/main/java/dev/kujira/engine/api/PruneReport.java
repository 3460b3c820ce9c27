package dev.kujira.engine.api;

import java.util.List;

/**
 * Is what a prune removed.
 *
 * @param deleted the removed ids (or "Untagged:/Deleted:" lines for images)
 * @param spaceReclaimed bytes freed
 */
public record PruneReport(List<String> deleted, long spaceReclaimed) {
}
