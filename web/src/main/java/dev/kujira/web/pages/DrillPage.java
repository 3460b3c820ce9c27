package dev.kujira.web.pages;

import dev.kujira.lessons.drill.DrillTemplate;
import dev.kujira.lessons.drill.Gen;
import dev.kujira.lessons.model.Lang;
import dev.kujira.lessons.run.Leitner;
import dev.kujira.web.guard.Guard;
import dev.kujira.web.records.DrillRecords;
import dev.kujira.web.session.LessonWorkspace;
import dev.kujira.web.session.LiveWorkspace;
import dev.kujira.web.session.Sessions;
import dev.kujira.web.session.WebSession;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the drill page: the lessons module's generated drills one after the other beside a
 * terminal, the next template chosen by the session's Leitner boxes (kept in the database, so they
 * survive a restart), as {@code kujira drill} does in the terminal. The drill in progress is a
 * workspace of context "drill/TEMPLATE/SEED", replayed from its lines like a lesson's.
 */
final class DrillPage {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Pages pages;
  private final Sessions sessions;
  private final DrillRecords drills;

  DrillPage(Pages pages, Sessions sessions, DrillRecords drills) {
    this.pages = pages;
    this.sessions = sessions;
    this.drills = drills;
  }

  void routes(RoutesConfig r) {
    r.get("/drill", this::page);
    r.post("/drill/next", this::next);
  }

  /** Returns the topic asked for, or "" for every topic (an unknown one too). */
  private static String topic(String asked) {
    return asked != null && DrillTemplate.TOPICS.contains(asked) ? asked : "";
  }

  private static String template(String current) {
    return current.substring(0, current.indexOf('/'));
  }

  /** Picks the next drill among the topic's templates by the boxes; returns "TEMPLATE/SEED". */
  private static String pick(Leitner schedule, String topic) {
    // The one place a web drill's randomness starts: the template's tie-break and the drill's seed.
    Gen gen = new Gen(RANDOM.nextLong());
    String id = schedule.next(DrillTemplate.of(topic).stream().map(DrillTemplate::id).toList(), gen::pick);
    return id + "/" + gen.between(0, 999_999_999);
  }

  private void page(Context ctx) {
    Optional<WebSession> found = pages.session(ctx);
    if (found.isEmpty()) {
      return;
    }
    WebSession s = found.get();
    String topic = topic(ctx.queryParam("topic"));
    Leitner schedule = drills.drills(s.id());
    String stored = drills.currentDrill(s.id());
    boolean fits = !stored.isEmpty() && DrillTemplate.of(topic).stream().anyMatch(t -> t.id().equals(template(stored)));
    String current = fits ? stored : pick(schedule, topic);
    if (!fits) {
      if (!stored.isEmpty()) {
        sessions.forget(s, "drill/" + stored);
      }
      drills.saveDrills(s.id(), schedule, current);
    }
    String context = "drill/" + current;
    LiveWorkspace w = sessions.workspace(s, context).orElseThrow();
    DrillTemplate t = DrillTemplate.all().stream().filter(x -> x.id().equals(template(current))).findFirst().orElseThrow();
    Lang lang = s.lang();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("context", context);
    m.put("view", w.view());
    m.put("title", ((LessonWorkspace) w).lesson().title().in(lang));
    m.put("drillNumber", schedule.round() + 1);
    m.put("template", t.id());
    m.put("templateTopic", t.topic());
    m.put("seed", current.substring(current.indexOf('/') + 1));
    m.put("topic", topic);
    m.put("topics", DrillTemplate.TOPICS);
    m.put("boxes", boxes(schedule, lang));
    m.put("result", Optional.ofNullable(ctx.queryParam("result")).filter(r -> r.equals("up") || r.equals("back")).orElse(""));
    pages.render(ctx, "drill", s, m);
  }

  /** Returns one row per template: its topic, box and record, and whether it is due now. */
  private static List<Map<String, Object>> boxes(Leitner schedule, Lang lang) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DrillTemplate t : DrillTemplate.all()) {
      Leitner.Box b = schedule.boxes().get(t.id());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", t.id());
      row.put("topic", t.topic());
      row.put("box", b == null ? "—" : String.valueOf(b.box()));
      row.put("record", b == null ? "" : b.right() + "/" + b.seen());
      row.put("due", b == null ? Messages.get(lang, "drillNew")
          : b.due() <= schedule.round() ? Messages.get(lang, "drillDue")
          : Messages.get(lang, "drillLater").replace("{n}", String.valueOf(b.due() - schedule.round())));
      rows.add(row);
    }
    return rows;
  }

  private void next(Context ctx) {
    Optional<WebSession> found = pages.guard().existing(ctx);
    if (found.isEmpty() || !Guard.csrf(found.get(), ctx.formParam("csrf"))) {
      ctx.status(403).result("forbidden");
      return;
    }
    WebSession s = found.get();
    String topic = topic(ctx.formParam("topic"));
    Leitner schedule = drills.drills(s.id());
    String current = drills.currentDrill(s.id());
    String result = "";
    if (!current.isEmpty()) {
      boolean right = sessions.workspace(s, "drill/" + current).map(w -> ((LessonWorkspace) w).solvedAlone())
          .orElse(false);
      // Solved alone moves the template up a box; a skip, the solution or an explained mistake, back to box 1.
      schedule = schedule.record(template(current), right);
      sessions.forget(s, "drill/" + current);
      result = right ? "up" : "back";
    }
    drills.saveDrills(s.id(), schedule, pick(schedule, topic));
    ctx.redirect("/drill?" + (topic.isEmpty() ? "" : "topic=" + topic + "&") + "result=" + result);
  }
}
