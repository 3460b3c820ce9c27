package dev.kujira.web.api;

import dev.kujira.web.guard.Guard;
import dev.kujira.web.pages.Messages;
import dev.kujira.web.session.LessonWorkspace;
import dev.kujira.web.session.LiveWorkspace;
import dev.kujira.web.session.Sessions;
import dev.kujira.web.session.WebSession;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the JSON API of the pages: the workspace's view ({@code GET /api/view?ctx=}) and the
 * buttons ({@code POST /api/hint|reset|undo|solution|share?ctx=}), the answers to "predict the
 * output" questions ({@code POST /api/answer?ctx=&q=} with form field answer), each POST carrying the
 * session's CSRF token in the {@code X-CSRF-Token} header. A button pressed while a command runs
 * answers 409 with a message, never waits for ever.
 */
public final class Api {
  /** The longest answer to a question accepted, in characters. */
  static final int MAX_ANSWER = 200;
  private final Sessions sessions;
  private final Guard guard;

  /** Creates the API. */
  public Api(Sessions sessions, Guard guard) {
    this.sessions = sessions;
    this.guard = guard;
  }

  /** Adds the routes. */
  public void routes(RoutesConfig r) {
    r.get("/api/view", ctx -> workspace(ctx, false).ifPresent(w -> ctx.json(w.view())));
    r.post("/api/hint", ctx -> lesson(ctx).ifPresent(w -> {
      Optional<Optional<String>> h = w.hint();
      if (h.isEmpty()) {
        busy(ctx);
      } else {
        ctx.json(Map.of("hint", h.get().orElse(Messages.get(session(ctx).lang(), "noHint"))));
      }
    }));
    r.post("/api/answer", ctx -> lesson(ctx).ifPresent(w -> answer(ctx, w)));
    r.post("/api/solution", ctx -> lesson(ctx).ifPresent(w -> ctx.json(Map.of("lines", w.solution()))));
    r.post("/api/reset", ctx -> workspace(ctx, true).ifPresent(w -> {
      if (w.tryLocked(() -> {
        w.reset();
        return true;
      }).isEmpty()) {
        busy(ctx);
      } else {
        ctx.json(Map.of("message", Messages.get(session(ctx).lang(), "resetDone")));
      }
    }));
    r.post("/api/undo", ctx -> workspace(ctx, true).ifPresent(w -> {
      Optional<String> undone = w.tryLocked(() -> Optional.ofNullable(w.undo()).orElse(""));
      if (undone.isEmpty()) {
        busy(ctx);
      } else {
        String key = undone.get().isEmpty() ? "nothingToUndo" : "undone";
        ctx.json(Map.of("message", Messages.get(session(ctx).lang(), key), "line", undone.get()));
      }
    }));
    r.post("/api/share", ctx -> workspace(ctx, true).ifPresent(w -> {
      List<String> lines = w.lines();
      ctx.json(Map.of("url", "/sandbox?share=" + sessions.records().share(lines), "lines", lines.size()));
    }));
  }

  /** Checks the answer (form field "answer") to question {@code q} of the workspace's current step. */
  private static void answer(Context ctx, LessonWorkspace w) {
    String id = ctx.queryParam("q");
    String input = ctx.formParam("answer");
    if (id == null || input == null || input.length() > MAX_ANSWER) {
      ctx.status(400).json(Map.of("error", "q and answer are needed"));
      return;
    }
    Optional<Optional<Boolean>> right = w.answer(id, input);
    if (right.isEmpty()) {
      busy(ctx);
    } else if (right.get().isEmpty()) {
      ctx.status(404).json(Map.of("error", "no such question open"));
    } else {
      ctx.json(Map.of("right", right.get().get(), "questions", w.view().getOrDefault("questions", List.of())));
    }
  }

  private static WebSession session(Context ctx) {
    return ctx.attribute("kujira.session");
  }

  private Optional<LiveWorkspace> workspace(Context ctx, boolean post) {
    Optional<WebSession> s = guard.existing(ctx);
    if (s.isEmpty()) {
      ctx.status(401).json(Map.of("error", "no session"));
      return Optional.empty();
    }
    if (post && !Guard.csrf(s.get(), ctx.header(Guard.CSRF_HEADER))) {
      ctx.status(403).json(Map.of("error", "bad csrf token"));
      return Optional.empty();
    }
    ctx.attribute("kujira.session", s.get());
    String context = Optional.ofNullable(ctx.queryParam("ctx")).orElse("");
    Optional<LiveWorkspace> w = sessions.workspace(s.get(), context);
    if (w.isEmpty()) {
      ctx.status(404).json(Map.of("error", "no such workspace"));
    }
    return w;
  }

  private Optional<LessonWorkspace> lesson(Context ctx) {
    Optional<LiveWorkspace> w = workspace(ctx, true);
    if (w.isPresent() && !(w.get() instanceof LessonWorkspace)) {
      ctx.status(404).json(Map.of("error", "not a lesson"));
      return Optional.empty();
    }
    return w.map(LessonWorkspace.class::cast);
  }

  private static void busy(Context ctx) {
    ctx.status(409).json(Map.of("message", Messages.get(session(ctx).lang(), "busy")));
  }
}
