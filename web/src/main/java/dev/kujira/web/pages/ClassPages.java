package dev.kujira.web.pages;

import dev.kujira.lessons.load.Diagnostic;
import dev.kujira.lessons.model.Lang;
import dev.kujira.lessons.model.Lesson;
import dev.kujira.lessons.run.CompletionCode;
import dev.kujira.web.guard.Guard;
import dev.kujira.web.session.Sessions;
import dev.kujira.web.session.WebSession;
import dev.kujira.web.store.ClassStore;
import dev.kujira.web.store.ProgressStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the classes: the instructor's page (create a class and get its code; each class's progress
 * table, read from the shared database, with the completion codes checked against the class key;
 * the lint report of the loaded lessons) and the home page's form a learner joins a class with.
 * Creating a class gives an instructor key, shown once: the form's POST holds it in the database
 * sealed for this browser session ({@link SealedKey}) and redirects (POST, redirect, GET, so a
 * reload makes no second class) to the page that takes it, whichever node of several answers; it
 * is never in a URL, a cookie or a cache. With the class code it opens the class's table in any
 * other browser. The database keeps only the key's salted hash; a wrong code or key
 * says nothing about which of the two was wrong.
 */
final class ClassPages {
  private static final int MAX_NAME = 80;
  private final Pages pages;
  private final Sessions sessions;
  private final ClassStore classes;
  private final byte[] classKey;

  ClassPages(Pages pages, Sessions sessions, ClassStore classes, byte[] classKey) {
    this.pages = pages;
    this.sessions = sessions;
    this.classes = classes;
    this.classKey = classKey.clone();
  }

  void routes(RoutesConfig r) {
    r.get("/instructor", this::instructor);
    r.post("/instructor/classes", this::create);
    r.post("/instructor/open", this::open);
    r.post("/classes/join", this::join);
  }

  /** Returns the classes {@code s} belongs to, for the home page. */
  List<Map<String, Object>> memberOf(WebSession s) {
    return classes.memberOf(s.id()).stream().<Map<String, Object>>map(c -> Map.of("name", c.name(), "code", c.code()))
        .toList();
  }

  /**
   * Renders the instructor's page; {@code ?created=CODE} (where the create form redirects) shows a
   * class this session just made, with its key the first time only: the key is taken from where
   * the form's answer held it.
   */
  private void instructor(Context ctx) {
    Optional<WebSession> session = pages.session(ctx);
    if (session.isEmpty()) {
      return;
    }
    WebSession s = session.get();
    String code = Optional.ofNullable(ctx.queryParam("created")).orElse("");
    Optional<ClassStore.ClassInfo> made = code.isEmpty() || code.length() > 32 ? Optional.empty()
        : classes.find(code).filter(c -> c.owner().equals(s.id()));
    ClassStore.Created created = made.map(c -> new ClassStore.Created(c, classes.takeKey(c.code(), s.id())
        .flatMap(sealed -> SealedKey.open(classKey, s.id(), sealed)).orElse(""))).orElse(null);
    instructor(ctx, s, created);
  }

  private void instructor(Context ctx, WebSession s, ClassStore.Created created) {
    List<Map<String, Object>> tables = new ArrayList<>();
    for (ClassStore.ClassInfo c : classes.ownedBy(s.id())) {
      tables.add(table(c, s.lang()));
    }
    List<String> errors = sessions.catalog().errors().stream().map(Diagnostic::toString).toList();
    Map<String, Object> m = new HashMap<>();
    m.put("keyId", CompletionCode.keyId(classKey));
    m.put("errors", errors);
    m.put("lessonCount", sessions.catalog().lessons().size());
    m.put("classes", tables);
    m.put("created", created == null ? "" : created.info().code());
    m.put("createdKey", created == null ? "" : created.key());
    m.put("opened", Optional.ofNullable(ctx.queryParam("opened")).filter(o -> o.equals("1") || o.equals("0")).orElse(""));
    // The key is on this page only: no cache may keep it.
    ctx.header("Cache-Control", "no-store");
    pages.render(ctx, "instructor", s, m);
  }

  /** Builds one class's table: a row per member, a column per lesson anyone in the class started. */
  private Map<String, Object> table(ClassStore.ClassInfo c, Lang lang) {
    List<ClassStore.Row> rows = classes.table(c.code());
    List<Lesson> started = sessions.catalog().lessons().stream()
        .filter(l -> rows.stream().anyMatch(r -> r.lessons().stream().anyMatch(p -> p.lesson().equals(l.id()))))
        .toList();
    List<Map<String, Object>> members = new ArrayList<>();
    for (ClassStore.Row r : rows) {
      List<Map<String, Object>> cells = new ArrayList<>();
      int finished = 0;
      for (Lesson l : started) {
        Optional<ProgressStore.LessonProgress> p = r.lessons().stream().filter(x -> x.lesson().equals(l.id())).findFirst();
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("lesson", l.id());
        if (p.isEmpty()) {
          cell.put("state", "none");
          cell.put("text", "—");
        } else if (p.get().finished()) {
          finished++;
          boolean verified = CompletionCode.parse(p.get().completionCode())
              .filter(code -> code.lessonId().equals(l.id()) && code.verify(classKey)).isPresent();
          cell.put("state", verified ? "verified" : "done");
          cell.put("text", "✔ " + Pages.minutes(lang, p.get().seconds()));
          cell.put("title", Messages.get(lang, verified ? "codeVerified" : "done"));
        } else {
          cell.put("state", "started");
          cell.put("text", p.get().tasksDone().size() + "/" + l.tasks().size());
          cell.put("title", Messages.get(lang, "started"));
        }
        cells.add(cell);
      }
      members.add(Map.of("name", r.displayName(), "cells", cells, "finished", finished));
    }
    List<Map<String, Object>> columns = started.stream()
        .<Map<String, Object>>map(l -> Map.of("id", l.id(), "title", l.title().in(lang))).toList();
    return Map.of("name", c.name(), "code", c.code(), "columns", columns, "members", members);
  }

  private void create(Context ctx) {
    Optional<WebSession> s = checked(ctx);
    if (s.isEmpty()) {
      return;
    }
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
    if (name.isEmpty() || name.length() > MAX_NAME) {
      ctx.redirect("/instructor");
      return;
    }
    // POST, redirect, GET: a reload of the page shown does not make a second class.
    ClassStore.Created made = classes.create(name, s.get().id());
    String code = made.info().code();
    classes.holdKey(code, s.get().id(), SealedKey.seal(classKey, s.get().id(), made.key()));
    ctx.redirect("/instructor?created=" + code, HttpStatus.SEE_OTHER);
  }

  /** Opens a class's table in this browser with its code and instructor key. */
  private void open(Context ctx) {
    Optional<WebSession> s = checked(ctx);
    if (s.isEmpty()) {
      return;
    }
    String code = Optional.ofNullable(ctx.formParam("code")).orElse("").strip();
    String key = Optional.ofNullable(ctx.formParam("key")).orElse("");
    boolean ok = !code.isEmpty() && code.length() <= 32 && !key.isBlank() && key.length() <= 64
        && classes.open(code, key, s.get().id()).isPresent();
    ctx.redirect("/instructor?opened=" + (ok ? "1" : "0"));
  }

  private void join(Context ctx) {
    Optional<WebSession> s = checked(ctx);
    if (s.isEmpty()) {
      return;
    }
    String code = Optional.ofNullable(ctx.formParam("code")).orElse("").strip();
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
    boolean ok = !code.isEmpty() && code.length() <= 32 && !name.isEmpty() && name.length() <= MAX_NAME
        && classes.join(code, s.get().id(), name);
    ctx.redirect(ok ? "/?joined=1" : "/?joined=0");
  }

  /** Returns the form's session when its CSRF token is right; else answers 403. */
  private Optional<WebSession> checked(Context ctx) {
    Optional<WebSession> s = pages.guard().existing(ctx);
    if (s.isEmpty() || !Guard.csrf(s.get(), ctx.formParam("csrf"))) {
      ctx.status(403).result("forbidden");
      return Optional.empty();
    }
    return s;
  }
}
