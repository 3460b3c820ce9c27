package dev.kujira.web.picture;

/** Draws the goal's tasks at the top: done ones green with a tick, open ones highlighted. */
final class GoalSection {
  private static final double ROW = 20;

  private GoalSection() {
  }

  static double draw(Frame f, double y) {
    if (f.overlay.tasks().isEmpty()) {
      return y;
    }
    long done = f.overlay.tasks().stream().filter(Overlay.Task::done).count();
    y = f.heading(y, "goal", -1);
    f.svg.text(Frame.WIDTH - Frame.MARGIN, y - 15, done + "/" + f.overlay.tasks().size() + " " + f.word("done"), 12,
        done == f.overlay.tasks().size() ? Frame.DONE : Frame.MUTED, true, 120, "end");
    for (Overlay.Task t : f.overlay.tasks()) {
      Overlay.Mark mark = t.done() ? Overlay.Mark.DONE : Overlay.Mark.NEEDED;
      f.svg.group("k-task" + Frame.cssMark(mark), (t.done() ? "✓ " : "○ ") + t.label());
      f.svg.rect(Frame.MARGIN, y, Frame.INNER, ROW - 3, Frame.fill(mark, Frame.CARD), Frame.stroke(mark, Frame.LINE),
          1, false);
      f.svg.text(Frame.MARGIN + 8, y + 13, Frame.badge(mark) + t.label(), 12, t.done() ? Frame.DONE : Frame.INK,
          !t.done(), Frame.INNER - 16);
      f.svg.end();
      y += ROW;
    }
    return y + Frame.GAP - 3;
  }
}
