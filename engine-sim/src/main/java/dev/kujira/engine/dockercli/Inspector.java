package dev.kujira.engine.dockercli;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.gotemplate.GoJson;
import dev.kujira.engine.gotemplate.GoTemplate;
import dev.kujira.engine.gotemplate.TemplateException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Prints inspect documents as docker/cli's {@code inspect.Inspect}: an indented JSON array, or one
 * template result per object; missing objects are reported after the others and fail the command.
 * A template runs on the typed document first and, if that fails, on the raw JSON map with
 * {@code missingkey=error}, whose error is the one reported (seen on the real engine:
 * "template parsing error: … map has no entry for key").
 */
public final class Inspector {
  private Inspector() {
  }

  /** Looks each ref up with {@code lookup} (null result = not found, reported as {@code missing.apply(ref)}). */
  public static void inspect(CliContext cli, List<String> refs, String format, Function<String, ApiObject> lookup,
      Function<String, String> missing) {
    GoTemplate template = null;
    if (!format.isEmpty()) {
      try {
        template = GoTemplate.parse(format);
      } catch (TemplateException e) {
        throw new CliException("template parsing error: " + e.getMessage(), 64);
      }
    }
    List<ApiObject> found = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (String ref : refs) {
      ApiObject doc;
      try {
        doc = lookup.apply(ref);
      } catch (EngineException e) {
        errors.add(missing != null ? missing.apply(ref) : Batch.daemonError(e));
        continue;
      }
      if (doc == null) {
        errors.add(missing.apply(ref));
        continue;
      }
      if (template == null) {
        found.add(doc);
        continue;
      }
      // A failing template is one more error: docker/cli's Inspect collects them, then Flush
      // writes its lone newline when nothing was printed (recorded: "\n" before the error).
      try {
        cli.out().println(execute(template, doc));
        found.add(doc);
      } catch (CliException e) {
        errors.add(e.status());
      }
    }
    if (template == null) {
      cli.out().println(GoJson.indentedArray(found));
    } else if (found.isEmpty()) {
      // docker/cli TemplateInspector.Flush writes a lone newline when nothing was printed.
      cli.out().println();
    }
    if (!errors.isEmpty()) {
      throw new CliException(String.join("\n", errors), 1);
    }
  }

  private static String execute(GoTemplate template, ApiObject doc) {
    try {
      return template.execute(doc);
    } catch (TemplateException typed) {
      try {
        return template.executeRaw(doc);
      } catch (TemplateException raw) {
        throw new CliException("template parsing error: " + raw.getMessage(), 1);
      }
    }
  }
}
