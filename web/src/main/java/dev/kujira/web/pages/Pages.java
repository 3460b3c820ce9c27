package dev.kujira.web.pages;

import dev.kujira.lessons.model.Lang;
import dev.kujira.lessons.model.Lesson;
import dev.kujira.lessons.run.Progress;
import dev.kujira.web.guard.Guard;
import dev.kujira.web.records.DrillRecords;
import dev.kujira.web.session.LiveWorkspace;
import dev.kujira.web.session.Sessions;
import dev.kujira.web.session.WebSession;
import dev.kujira.web.store.ClassStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the pages: home (tracks and lessons with progress, time spent and completion codes, the
 * language switch, "continue", joining a class), a lesson beside its terminal, the sandbox (with
 * share links that replay a session), the drills ({@link DrillPage}) and the instructor's page
 * ({@link ClassPages}).
 */
public final class Pages {
  private final Sessions sessions;
  private final Guard guard;
  private final Templates templates = new Templates();
  private final boolean mirror;
  private final ClassPages classes;
  private final DrillPage drills;

  /**
   * Creates the pages; {@code mirror} shows the mirror-mode banner, {@code classKey} checks the
   * completion codes in the instructor's tables.
   */
  public Pages(Sessions sessions, Guard guard, boolean mirror, byte[] classKey, ClassStore classStore,
      DrillRecords drillRecords) {
    this.sessions = sessions;
    this.guard = guard;
    this.mirror = mirror;
    this.classes = new ClassPages(this, sessions, classStore, classKey);
    this.drills = new DrillPage(this, sessions, drillRecords);
  }

  /** Adds the routes. */
  public void routes(RoutesConfig r) {
    r.get("/", this::home);
    r.get("/lesson/{id}", this::lesson);
    r.get("/sandbox", this::sandbox);
    r.post("/lang", this::lang);
    classes.routes(r);
    drills.routes(r);
  }

  /** Returns the guard. */
  Guard guard() {
    return guard;
  }

  /** Renders {@code template} for session {@code s} with the page's common values and {@code more}. */
  void render(Context ctx, String template, WebSession s, Map<String, Object> more) {
    templates.render(ctx, template, base(ctx, s.lang(), s, more));
  }

  /** Returns a time spent as the pages show it: whole minutes, at least one ("3 分", "3 min"). */
  static String minutes(Lang lang, long seconds) {
    return Math.max(1, (seconds + 30) / 60) + " " + Messages.get(lang, "minutes");
  }

  /** Returns the request's session (made when new), or answers "server full" and returns empty. */
  Optional<WebSession> session(Context ctx) {
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
    Map<String, String> codes = sessions.progress().codes(s.id());
    List<Map<String, Object>> tracks = new ArrayList<>();
    List<String> ordered = new ArrayList<>(sessions.catalog().tracks());
    ordered.sort(java.util.Comparator.comparingInt(Messages::trackOrder));
    for (String track : ordered) {
      List<Map<String, Object>> lessons = new ArrayList<>();
      for (Lesson l : sessions.catalog().lessons()) {
        if (l.track().equals(track)) {
          Progress.LessonProgress p = progress.lessons().get(l.id());
          String status = p == null ? "notStarted" : p.finished() ? "done" : "started";
          Map<String, Object> row = new HashMap<>(Map.of("id", l.id(), "title", l.title().in(lang), "minutes", l.minutes(),
              "status", status, "statusText", Messages.get(lang, status), "code", codes.getOrDefault(l.id(), "")));
          row.put("spent", p == null || p.seconds() == 0 ? "" : minutes(lang, p.seconds()));
          lessons.add(row);
        }
      }
      tracks.add(Map.of("name", track, "title", Messages.track(lang, track), "lessons", lessons));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tracks", tracks);
    m.put("classes", classes.memberOf(s));
    m.put("joined", Optional.ofNullable(ctx.queryParam("joined")).orElse(""));
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
