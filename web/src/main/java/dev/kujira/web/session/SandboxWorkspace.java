package dev.kujira.web.session;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.model.Lang;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Is a free session: an engine, the lines that made its state, and the undo and redo stacks of
 * those lines kept in step with the engine's own checkpoints. {@code ./kujira}'s REPL and the
 * web's sandbox page both run on one.
 */
public final class SandboxWorkspace extends LiveWorkspace {
  private final EngineOptions options;
  private final PictureSource picture;
  private final Supplier<Lang> lang;
  private Engine engine;

  /** Creates a workspace whose engines are made with {@code options}; the picture is drawn for the page. */
  public SandboxWorkspace(EngineOptions options, PictureSource picture, Supplier<Lang> lang) {
    this.options = options;
    this.picture = picture == null ? null : picture.forWorkspace();
    this.lang = lang;
    this.engine = fresh();
  }

  /** Creates a workspace for the terminal alone (no page watches it). */
  public SandboxWorkspace(EngineOptions options) {
    this(options, null, () -> Lang.EN);
  }

  private Engine fresh() {
    try {
      Engine e = Engine.create(options);
      e.enableUndo(true);
      e.keepShellStatus(true);
      return e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Engine engine() {
    return engine;
  }

  @Override
  public int run(String line, InputStream in, PrintStream out, PrintStream err) {
    return locked(() -> {
      lines.add(line);
      undone.clear();
      int status = engine.run(line, in, out, err);
      changed();
      return status;
    });
  }

  @Override
  protected boolean undoEngine() {
    return engine.undo();
  }

  @Override
  protected boolean redoEngine() {
    return engine.redo();
  }

  @Override
  public void reset() {
    locked(() -> {
      engine.close();
      engine = fresh();
      lines.clear();
      undone.clear();
      changed();
      return null;
    });
  }

  @Override
  public int replay(List<String> script) {
    return locked(() -> {
      reset();
      int failed = 0;
      PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), true);
      for (String line : script) {
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        lines.add(line);
        if (engine.run(line, new ByteArrayInputStream(new byte[0]), sink, sink) != 0) {
          failed++;
        }
      }
      changed();
      return failed;
    });
  }

  @Override
  protected Map<String, Object> describe() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("lines", lines.size());
    if (picture != null) {
      v.put("picture", picture.draw(engine.state(), null, lang.get()));
    }
    return v;
  }

  @Override
  public void close() {
    engine.close();
  }
}
