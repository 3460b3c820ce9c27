package dev.kujira.web.pages;

import io.javalin.http.Context;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders the pages' Pebble templates (under {@code templates/} on the classpath). Pebble
 * escapes every value for HTML by default; only the server-rendered lesson prose is marked raw, and the
 * {@code inlinecode} filter ({@link InlineCode}) turns a message's backticks into {@code <code>}.
 */
public final class Templates {
  private final PebbleEngine pebble;

  /** Creates the renderer. */
  public Templates() {
    ClasspathLoader loader = new ClasspathLoader();
    loader.setPrefix("templates");
    loader.setSuffix(".peb");
    this.pebble = new PebbleEngine.Builder().loader(loader).strictVariables(false).extension(new InlineCode()).build();
  }

  /** Renders template {@code name} with {@code model} as the answer to {@code ctx}. */
  public void render(Context ctx, String name, Map<String, Object> model) {
    StringWriter w = new StringWriter();
    try {
      pebble.getTemplate(name).evaluate(w, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.contentType("text/html; charset=utf-8").result(w.toString());
  }
}
