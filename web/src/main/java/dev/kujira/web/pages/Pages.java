package dev.kujira.web.pages;

import dev.kujira.lessons.load.Diagnostic;
import dev.kujira.lessons.model.Lang;
import dev.kujira.lessons.model.Lesson;
import dev.kujira.lessons.run.CompletionCode;
import dev.kujira.lessons.run.Progress;
import dev.kujira.web.guard.Guard;
import dev.kujira.web.session.LiveWorkspace;
import dev.kujira.web.session.Sessions;
import dev.kujira.web.session.WebSession;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the pages: home (tracks and lessons with progress, the language switch, "continue"),
 * a lesson beside its terminal, the sandbox (with share links that replay a session) and the
 * instructor's page.
 */
public final class Pages {
  private final Sessions sessions;
  private final Guard guard;
  private final Templates templates = new Templates();
  private final boolean mirror;
  private final byte[] classKey;

  /** Creates the pages; {@code mirror} shows the mirror-mode banner. */
  public Pages(Sessions sessions, Guard guard, boolean mirror, byte[] classKey) {
    this.sessions = sessions;
    this.guard = guard;
    this.mirror = mirror;
    this.classKey = classKey.clone();
  }

  /** Adds the routes. */
  public void routes(RoutesConfig r) {
    r.get("/", this::home);
    r.get("/lesson/{id}", this::lesson);
    r.get("/sandbox", this::sandbox);
    r.get("/instructor", this::instructor);
    r.post("/lang", this::lang);
  }

  private Optional<WebSession> session(Context ctx) {
    Optional<WebSession> s = guard.session(ctx);
    if (s.isEmpty()) {
      Lang l = Guard.lang(ctx);
      ctx.status(503);
      templates.render(ctx, "message", base(ctx, l, null, Map.of("message", Messages.get(l, "full"))));
    }
    return s;
  }

  private Map<String, Object> base(Context ctx, Lang lang, WebSession s, Map<String, Object> more) {
    Map<String, Object> m = new HashMap<>(more);
    m.put("lang", lang.code());
    m.put("other", lang == Lang.JA ? "en" : "ja");
    m.put("t", Messages.in(lang));
    m.put("csrf", s == null ? "" : s.csrf());
    m.put("mirror", mirror);
    m.put("path", ctx.path());
    return m;
  }

  private void home(Context ctx) {
    Optional<WebSession> found = session(ctx);
    if (found.isEmpty()) {
      return;
    }
    WebSession s = found.get();
    Lang lang = s.lang();
    Progress progress = sessions.progress().progress(s.id());
    List<Map<String, Object>> tracks = new ArrayList<>();
    List<String> ordered = new ArrayList<>(sessions.catalog().tracks());
    ordered.sort(java.util.Comparator.comparingInt(Messages::trackOrder));
    for (String track : ordered) {
      List<Map<String, Object>> lessons = new ArrayList<>();
      for (Lesson l : sessions.catalog().lessons()) {
        if (l.track().equals(track)) {
          Progress.LessonProgress p = progress.lessons().get(l.id());
          String status = p == null ? "notStarted" : p.finished() ? "done" : "started";
          lessons.add(Map.of("id", l.id(), "title", l.title().in(lang), "minutes", l.minutes(), "status", status,
              "statusText", Messages.get(lang, status)));
        }
      }
      tracks.add(Map.of("name", track, "title", Messages.track(lang, track), "lessons", lessons));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tracks", tracks);
    sessions.progress().lastLesson(s.id()).flatMap(id -> sessions.catalog().lesson(id))
        .ifPresent(l -> m.put("last", Map.of("id", l.id(), "title", l.title().in(lang))));
    templates.render(ctx, "home", base(ctx, lang, s, m));
  }

  private void lesson(Context ctx) {
    Optional<WebSession> found = session(ctx);
    if (found.isEmpty()) {
      return;
    }
    WebSession s = found.get();
    String id = ctx.pathParam("id");
    Optional<Lesson> lesson = sessions.catalog().lesson(id);
    Optional<LiveWorkspace> w = lesson.flatMap(l -> sessions.workspace(s, "lesson/" + l.id()));
    if (w.isEmpty()) {
      notFound(ctx, s);
      return;
    }
    sessions.progress().saveLastLesson(s.id(), id);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", lesson.get().title().in(s.lang()));
    m.put("lessonId", id);
    m.put("context", "lesson/" + id);
    m.put("view", w.get().view());
    templates.render(ctx, "lesson", base(ctx, s.lang(), s, m));
  }

  private void sandbox(Context ctx) {
    Optional<WebSession> found = session(ctx);
    if (found.isEmpty()) {
      return;
    }
    WebSession s = found.get();
    String share = ctx.queryParam("share");
    if (share != null) {
      Optional<List<String>> lines = sessions.records().shared(share);
      if (lines.isEmpty()) {
        notFound(ctx, s);
        return;
      }
      sessions.workspace(s, "sandbox").ifPresent(w -> w.replay(lines.get()));
      ctx.redirect("/sandbox");
      return;
    }
    LiveWorkspace w = sessions.workspace(s, "sandbox").orElseThrow();
    templates.render(ctx, "sandbox", base(ctx, s.lang(), s, Map.of("context", "sandbox", "view", w.view())));
  }

  private void instructor(Context ctx) {
    Optional<WebSession> found = session(ctx);
    if (found.isEmpty()) {
      return;
    }
    WebSession s = found.get();
    List<String> errors = sessions.catalog().errors().stream().map(Diagnostic::toString).toList();
    templates.render(ctx, "instructor", base(ctx, s.lang(), s, Map.of("keyId", CompletionCode.keyId(classKey),
        "errors", errors, "lessonCount", sessions.catalog().lessons().size())));
  }

  private void lang(Context ctx) {
    Optional<WebSession> s = guard.existing(ctx);
    Lang l = Lang.of(Optional.ofNullable(ctx.formParam("lang")).orElse(""));
    if (s.isEmpty() || l == null || !Guard.csrf(s.get(), ctx.formParam("csrf"))) {
      ctx.status(403).result("forbidden");
      return;
    }
    s.get().lang(l);
    Guard.rememberLang(ctx, l);
    String back = Optional.ofNullable(ctx.formParam("back")).orElse("/");
    // Only a path of this site: never an open redirect.
    ctx.redirect(back.startsWith("/") && !back.startsWith("//") ? back : "/");
  }

  private void notFound(Context ctx, WebSession s) {
    ctx.status(404);
    templates.render(ctx, "message", base(ctx, s.lang(), s, Map.of("message", Messages.get(s.lang(), "notFound"))));
  }
}
