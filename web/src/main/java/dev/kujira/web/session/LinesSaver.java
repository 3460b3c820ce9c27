package dev.kujira.web.session;

import dev.kujira.web.records.SessionRecords;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps a workspace's recorded lines in step with it, as a listener of its views (called with the
 * workspace's lock held, before the terminal shows the next prompt, so a line is recorded before
 * the learner sees its result and a kill -9 loses none): after a command only the new lines are
 * appended; after an undo or a reset the lines are saved whole; a view with no new line (a hint,
 * an answer) writes nothing.
 */
final class LinesSaver implements Consumer<Map<String, Object>> {
  private final SessionRecords records;
  private final String sessionId;
  private final String context;
  private final LiveWorkspace workspace;
  /** The lines the records hold as this saver last wrote or read them. */
  private List<String> written;

  LinesSaver(SessionRecords records, String sessionId, String context, LiveWorkspace workspace, List<String> recorded) {
    this.records = records;
    this.sessionId = sessionId;
    this.context = context;
    this.workspace = workspace;
    this.written = List.copyOf(recorded);
  }

  @Override
  public void accept(Map<String, Object> view) {
    List<String> now = workspace.lines();
    if (now.equals(written)) {
      return;
    }
    int from = written.size();
    boolean grew = now.size() > from && now.subList(0, from).equals(written);
    // Appending fails when the records hold something else (another node wrote, or nothing is there yet).
    if (!grew || !records.appendLines(sessionId, context, from, now.subList(from, now.size()))) {
      records.saveLines(sessionId, context, now);
    }
    written = now;
  }
}
