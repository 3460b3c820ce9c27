package dev.kujira.web.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Types keys into the browser terminal's line editor and checks the line and what the screen got. */
class LineEditorTest {
  private final StringBuilder screen = new StringBuilder();
  private final List<String> asked = new ArrayList<>();
  private final LineEditor editor = new LineEditor(screen::append, text -> {
    asked.add(text);
    return List.of("create", "connect", "disconnect", "ls");
  });

  private List<LineEditor.Event> type(String keys) {
    List<LineEditor.Event> events = new ArrayList<>();
    for (byte b : keys.getBytes(StandardCharsets.UTF_8)) {
      LineEditor.Event e = editor.key(b);
      if (e != null) {
        events.add(e);
      }
    }
    return events;
  }

  @Test
  void echoesAndHandsTheLineOverOnEnter() {
    editor.start("$ ");
    assertThat(type("docker ps\r")).containsExactly(new LineEditor.Event.Line("docker ps"));
    assertThat(screen.toString()).isEqualTo(LineEditor.REVERSE_WRAP + "$ docker ps\r\n");
  }

  @Test
  void editsInTheMiddleOfTheLine() {
    editor.start("$ ");
    // Left twice (between b and c), Backspace takes b, X goes in, Delete takes c.
    assertThat(type("abcd\u001b[D\u001b[D\u007fX\u001b[3~\r")).containsExactly(new LineEditor.Event.Line("aXd"));
    editor.start("$ ");
    assertThat(type("one two three\u0017\u0001>\u0005<\r")).containsExactly(new LineEditor.Event.Line(">one two <"));
    editor.start("$ ");
    assertThat(type("hello\u0001\u000b\u0015x\r")).containsExactly(new LineEditor.Event.Line("x"));
  }

  @Test
  void walksTheHistoryAndKeepsTheDraft() {
    editor.start("$ ");
    type("first\r");
    editor.start("$ ");
    type("second\r");
    editor.start("$ ");
    type("dra");
    type("\u001b[A\u001b[A");
    assertThat(editor.partial()).isEqualTo("first");
    type("\u001b[B");
    assertThat(editor.partial()).isEqualTo("second");
    type("\u001b[B");
    assertThat(editor.partial()).isEqualTo("dra");
    assertThat(type("\u0010\r")).containsExactly(new LineEditor.Event.Line("second"));
  }

  @Test
  void completesTheWordBeforeTheCursor() {
    editor.start("$ ");
    type("docker network cr\t");
    assertThat(asked).containsExactly("docker network cr");
    assertThat(editor.partial()).isEqualTo("docker network create ");
    editor.start("$ ");
    type("docker network c\t");
    // "create" and "connect" share only "c": the candidates are listed and the line drawn again.
    assertThat(screen.toString()).endsWith("connect  create\r\n$ docker network c");
    type("o\t");
    assertThat(editor.partial()).isEqualTo("docker network connect ");
  }

  @Test
  void ctrlCDropsTheLineAndCtrlDEndsOnlyAnEmptyOne() {
    editor.start("$ ");
    assertThat(type("half\u0003")).containsExactly(new LineEditor.Event.Interrupt());
    assertThat(screen.toString()).endsWith("half^C\r\n");
    editor.start("$ ");
    assertThat(type("ab\u0001\u0004\r")).containsExactly(new LineEditor.Event.Line("b"));
    editor.start("$ ");
    assertThat(type("\u0004")).containsExactly(new LineEditor.Event.Eof());
  }

  @Test
  void takesUtf8AndMovesOverWideCharactersByTheirWidth() {
    editor.start("$ ");
    assertThat(type("echo 日本\u001b[D\u007f\r")).containsExactly(new LineEditor.Event.Line("echo 本"));
    // Moving left over 本 goes back two columns; deleting 日 redraws 本 and goes back two again.
    assertThat(screen.toString()).contains("本\u001b[J\b\b");
  }

  /** Feeds what the editor writes to a 20-column screen model and returns it. */
  private TinyScreen wrapped(String keys) {
    TinyScreen s = new TinyScreen(20);
    LineEditor e = new LineEditor(s::write, text -> List.of());
    e.start("$ ");
    for (byte b : keys.getBytes(StandardCharsets.UTF_8)) {
      e.key(b);
    }
    return s;
  }

  @Test
  void editsALineLongerThanTheWindowAcrossItsWrappedRows() {
    String line = "echo " + "abcdefghij".repeat(4);
    // Home goes up two rows to the line's start; X goes in there and the rest is drawn after it.
    TinyScreen s = wrapped(line + "\u0001X");
    assertThat(s.text(0)).isEqualTo("$ X" + line);
    assertThat(s.cursor()).isEqualTo("0,3");
    // Left across a wrap, then Backspace: the character before the wrap goes, the rows close up.
    s = wrapped(line + "\u001b[D".repeat(27) + "\u007f");
    assertThat(s.text(0)).isEqualTo("$ " + line.substring(0, 17) + line.substring(18));
    assertThat(s.cursor()).isEqualTo("0,19");
    // Ctrl-K from the first row cuts the wrapped rows too; Enter leaves from the line's end.
    s = wrapped(line + "\u0001\u0006\u0006\u0006\u0006\u000b");
    assertThat(s.text(0)).isEqualTo("$ echo");
    s = wrapped(line + "\u0001\r");
    assertThat(s.cursor()).isEqualTo("3,0");
  }
}
