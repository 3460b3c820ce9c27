package dev.kujira.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.drill.Drill;
import dev.kujira.lessons.drill.DrillTemplate;
import dev.kujira.lessons.drill.Drills;
import dev.kujira.lessons.load.Catalog;
import dev.kujira.lessons.model.Question;
import dev.kujira.lessons.run.CompletionCode;
import dev.kujira.lessons.run.LessonSession;
import dev.kujira.lessons.run.Prediction;
import org.junit.jupiter.api.Test;

/**
 * Takes the web app in real Chromium: home in Japanese and English, lesson 1 typed into the xterm
 * terminal (the same REPL as ./kujira) with every task ticking and the picture changing, a hint,
 * undo, reset, the completion code, the sandbox with completion and a share link, a second
 * browser that cannot see the first one's session, "predict the output" questions answered right
 * and wrong, the drills and their Leitner boxes, and an instructor's class with a student's
 * progress. Screenshots go to target/screenshots.
 */
class WebBrowserIT extends ServedPages {
  private static void awaitScreen(Page page, String text) {
    try {
      page.waitForFunction("t => document.querySelector('.xterm-rows') && "
          + "document.querySelector('.xterm-rows').innerText.includes(t)", text);
    } catch (com.microsoft.playwright.TimeoutError e) {
      throw new AssertionError("'" + text + "' not on the screen:\n" + page.innerText(".xterm-rows"), e);
    }
  }

  private static void type(Page page, String line) {
    page.locator("#terminal").click();
    page.keyboard().type(line);
    page.keyboard().press("Enter");
  }

  /** Waits until the picture's text alternative (which the SVG draws too) holds {@code text}. */
  private static void awaitPicture(Page page, String text) {
    try {
      page.waitForFunction("t => document.querySelector('#picture svg.k-picture') && "
          + "document.getElementById('picture-text').textContent.includes(t)", text);
    } catch (com.microsoft.playwright.TimeoutError e) {
      throw new AssertionError("'" + text + "' not in the picture:\n" + page.textContent("#picture-text"), e);
    }
  }

  private static void awaitTask(Page page, String task, boolean done) {
    page.waitForSelector("#tasks li[data-task='" + task + "']" + (done ? ".done" : ":not(.done)"));
  }

  @Test
  void homeInJapaneseAndEnglish() {
    Page ja = browser.page("ja-JP");
    ja.navigate(base + "/");
    assertThat(ja.locator("html").getAttribute("lang")).isEqualTo("ja");
    assertThat(ja.textContent("main")).contains("レッスン", "Web サーバーのコンテナを動かす");
    Browser.screenshot(ja, "home-ja");
    ja.click("#lang-switch");
    assertThat(ja.locator("html").getAttribute("lang")).isEqualTo("en");
    ja.navigate(base + "/");
    assertThat(ja.locator("html").getAttribute("lang")).as("the choice is remembered").isEqualTo("en");
    Page en = browser.page("en-US");
    en.navigate(base + "/");
    assertThat(en.textContent("main")).contains("Lessons", "Run a web server in a container");
    Browser.screenshot(en, "home-en");
    ja.context().close();
    en.context().close();
  }

  @Test
  void lessonOneFromHintToCompletionCode() {
    Page page = browser.page("en-US");
    page.navigate(base + "/");
    page.click("a[data-lesson='" + LESSON + "']");
    awaitScreen(page, "root@kujira");
    page.click("#hint");
    page.waitForFunction("() => document.getElementById('hints').textContent.includes('docker run')");
    type(page, "docker run -d --name web nginx:1.27");
    awaitTask(page, "web", true);
    awaitPicture(page, "web: running");
    assertThat(page.textContent("#picture svg.k-picture")).as("the SVG draws it").contains("web").contains("nginx:1.27");
    assertThat(page.textContent("#step")).isEqualTo("2");
    page.click("#undo");
    page.waitForFunction("() => !document.getElementById('picture-text').textContent.includes('web: running')");
    page.click("#reset");
    awaitTask(page, "web", false);
    type(page, "docker run -d --name web nginx:1.27");
    awaitTask(page, "web", true);
    type(page, "docker rm -f web");
    type(page, "docker run -d --name web -p 8080:80 nginx:1.27");
    awaitTask(page, "published", true);
    page.waitForSelector("#finished", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
    awaitPicture(page, "port 8080→80/tcp");
    String code = page.textContent("#code").strip();
    assertThat(CompletionCode.parse(code)).hasValueSatisfying(c -> {
      assertThat(c.verify(KEY)).isTrue();
      assertThat(c.lessonId()).isEqualTo(LESSON);
    });
    awaitScreen(page, "Completion code");
    assertThat(page.textContent("#hints")).as("the reset's message went once a command ran")
        .doesNotContain("Back to the lesson's start state");
    Browser.screenshot(page, "lesson-en");

    Page other = browser.page("en-US");
    other.navigate(base + "/lesson/" + LESSON);
    other.navigate(base + "/api/view?ctx=lesson/" + LESSON);
    assertThat(other.textContent("body")).as("another browser has its own session").contains("\"finished\":false")
        .doesNotContain(code);
    other.navigate(base + "/");
    assertThat(other.locator("li.lesson.done").count()).as("its progress is its own").isZero();
    page.navigate(base + "/");
    assertThat(page.textContent("#continue")).contains("Run a web server in a container");
    assertThat(page.textContent("li.lesson.done")).contains("Run a web server in a container");
    other.context().close();
    page.context().close();
  }

  @Test
  void lessonPageInJapaneseWithTheSolution() {
    Page page = browser.page("ja-JP");
    page.navigate(base + "/lesson/" + LESSON);
    awaitScreen(page, "root@kujira");
    page.onDialog(d -> d.accept());
    page.click("#solution");
    page.waitForSelector("#solution-lines button.run");
    page.click("#solution-lines button.run");
    awaitTask(page, "web", true);
    assertThat(page.textContent("#tasks")).contains("nginx:1.27 イメージから web という名前のコンテナを起動し");
    Browser.screenshot(page, "lesson-ja");
    page.context().close();
  }

  @Test
  void sandboxCompletesWithTabAndSharesItsLines() {
    Page page = browser.page("en-US");
    page.navigate(base + "/sandbox");
    awaitScreen(page, "root@kujira");
    page.locator("#terminal").click();
    page.keyboard().type("docker network cre");
    page.keyboard().press("Tab");
    page.keyboard().type(" appnet");
    page.keyboard().press("Enter");
    awaitPicture(page, "appnet (bridge");
    type(page, ":save /tmp/kujira-web-test");
    awaitScreen(page, "is not available here");
    page.click("#share");
    String url = page.getAttribute("#share-url", "href");
    Browser.screenshot(page, "sandbox-en");
    Page other = browser.page("en-US");
    other.navigate(base + url);
    awaitPicture(other, "appnet (bridge");
    other.context().close();
    page.context().close();
  }

  @Test
  void anInteractiveShellDetachesWithCtrlPCtrlQAndCtrlCEndsLogsFollow() {
    Page page = browser.page("en-US");
    page.navigate(base + "/sandbox");
    awaitScreen(page, "root@kujira");
    type(page, "docker run -it --name box busybox sh");
    awaitScreen(page, "/ #");
    type(page, "echo inside-$((6*7))");
    awaitScreen(page, "inside-42");
    page.keyboard().press("Control+p");
    page.keyboard().press("Control+q");
    page.waitForFunction("() => document.querySelector('.xterm-rows').innerText.split('root@kujira:~#').length > 2");
    type(page, "docker logs -f box");
    page.waitForTimeout(500);
    page.keyboard().press("Control+c");
    type(page, "docker ps --format '{{.Names}} is {{.State}}'");
    awaitScreen(page, "box is running");
    page.context().close();
  }

  /** Answers question {@code q}'s form as a learner would: ticks the choices, picks yes or no, or types the number. */
  private static void answer(Page page, Prediction p, String text) {
    String form = "form.question[data-question='" + p.question().id() + "'] ";
    if (p.multipleChoice()) {
      for (String n : text.split(" ")) {
        if (!n.equals("-")) {
          page.check(form + "input[value='" + n + "']");
        }
      }
    } else if (p.question().ask() == Question.Ask.SUCCEEDS) {
      page.check(form + "input[value='" + (text.startsWith("y") ? "y" : "n") + "']");
    } else {
      page.fill(form + "input[type=number]", text);
    }
    page.click(form + "button.check");
    page.waitForSelector(form + ".result");
  }

  /** Computes the engine's answer to the first question of {@code lesson}'s first step, as the server does. */
  private static Prediction predict(dev.kujira.lessons.model.Lesson lesson) {
    try (LessonSession s = LessonSession.open(lesson, EngineOptions.defaults())) {
      return s.predict(s.currentStep().questions().get(0));
    }
  }

  @Test
  void aPredictionAnsweredRightInJapaneseAndWrongInEnglishByKeyboard() {
    dev.kujira.lessons.model.Lesson lesson = Catalog.bundled().lesson("compose-90-up-predict-down").orElseThrow();
    Prediction p = predict(lesson);
    Page ja = browser.page("ja-JP");
    ja.navigate(base + "/lesson/" + lesson.id());
    ja.waitForSelector("#questions form.question");
    assertThat(ja.textContent("#questions")).contains("出力を予想しよう", "docker compose up -d");
    answer(ja, p, p.answerText());
    assertThat(ja.textContent("#questions .result")).contains("正解です！", "プロジェクト名-サービス名-番号", "shop-web-1");
    assertThat(ja.locator("#questions input:not([disabled])").count()).as("answered once").isZero();
    Browser.screenshot(ja, "lesson-question-ja");
    ja.context().close();

    Page en = browser.page("en-US");
    en.navigate(base + "/lesson/" + lesson.id());
    en.waitForSelector("#questions form.question");
    // By keyboard alone: Tab to each choice, Space to tick it, Enter on the button.
    String wrong = Drills.wrongAnswer(p);
    en.focus("#questions input[value='1']");
    for (int i = 1; i <= p.choices().size(); i++) {
      if (java.util.Arrays.asList(wrong.split(" ")).contains(String.valueOf(i))) {
        en.keyboard().press("Space");
      }
      en.keyboard().press("Tab");
    }
    en.keyboard().press("Enter");
    en.waitForSelector("#questions .result.wrong");
    assertThat(en.textContent("#questions .result")).contains("Not quite.", "The answer: shop-web-1, shop-cache-1",
        "Compose names each container PROJECT-SERVICE-NUMBER", "$ docker ps");
    assertThat(en.evaluate("() => document.activeElement.classList.contains('result')")).as("focus moves to the verdict")
        .isEqualTo(true);
    Browser.screenshot(en, "lesson-question-en");
    en.context().close();
  }

  /** Solves the drill on the page as someone who knows: types its solution, or answers its question right. */
  private static void solveDrill(Page page) {
    String meta = page.textContent("#drill-meta");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("· (\\S+) \\(seed (\\d+)\\)").matcher(meta);
    assertThat(m.find()).as(meta).isTrue();
    DrillTemplate t = DrillTemplate.all().stream().filter(x -> x.id().equals(m.group(1))).findFirst().orElseThrow();
    Drill d = t.generate(Long.parseLong(m.group(2)));
    awaitScreen(page, "root@kujira");
    if (d.question()) {
      Prediction p = predict(d.lesson());
      answer(page, p, p.answerText());
      assertThat(page.textContent("#questions .result")).contains("✔");
    } else {
      for (String line : d.lesson().solution()) {
        type(page, line);
      }
    }
    page.waitForSelector("#finished", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
  }

  @Test
  void drillsMoveUpABoxWhenSolvedAndBackWhenSkippedInBothLanguages() {
    Page page = browser.page("en-US");
    page.navigate(base + "/drill?topic=lifecycle");
    java.util.Set<Boolean> kinds = new java.util.HashSet<>();
    for (int n = 1; n <= 6 && kinds.size() < 2; n++) {
      assertThat(page.textContent("#drill-meta")).startsWith("Drill " + n);
      String template = page.textContent("#drill-meta").split(" · ")[2].split(" ")[0];
      kinds.add(DrillTemplate.all().stream().filter(x -> x.id().equals(template)).findFirst().orElseThrow()
          .generate(0).question());
      solveDrill(page);
      assertThat(page.textContent("#next-drill")).isEqualTo("Next drill");
      if (n == 1) {
        Browser.screenshot(page, "drill-en");
      }
      page.click("#next-drill");
      page.waitForSelector("#drill-result");
      assertThat(page.textContent("#drill-result")).contains("moved up a box");
      // A template met for the first time and solved enters box 1 (Leitner.record): seen once, right once.
      assertThat(page.textContent("#boxes tr[data-template='" + template + "'] .box")).isEqualTo("1");
      assertThat(page.textContent("#boxes tr[data-template='" + template + "'] .record")).isEqualTo("1/1");
    }
    assertThat(kinds).as("a task drill and a question drill were both solved").containsExactlyInAnyOrder(true, false);
    String skipped = page.textContent("#drill-meta").split(" · ")[2].split(" ")[0];
    page.click("#lang-switch");
    assertThat(page.textContent("#next-drill")).isEqualTo("スキップして次へ");
    page.click("#next-drill");
    assertThat(page.textContent("#drill-result")).contains("箱 1 に戻りました");
    assertThat(page.textContent("#boxes tr[data-template='" + skipped + "'] .box")).isEqualTo("1");
    assertThat(page.textContent("#boxes tr[data-template='" + skipped + "'] .record")).isEqualTo("0/1");
    page.click("#boxes summary");
    Browser.screenshot(page, "drill-ja");
    page.context().close();
  }

  @Test
  void anInstructorCreatesAClassAndSeesAStudentsFinishedLesson() {
    Page teacher = browser.page("ja-JP");
    teacher.navigate(base + "/instructor");
    teacher.fill("#class-name", "Docker 入門 <b>月曜</b>");
    teacher.click("#create-class");
    String code = teacher.textContent("#created-code").strip();
    assertThat(code).matches("[23456789A-Z]{8}");

    Page student = browser.page("en-US");
    student.navigate(base + "/");
    student.fill("#class-code", code.toLowerCase(java.util.Locale.ROOT));
    student.fill("#display-name", "Hanako <script>");
    student.click("#join");
    assertThat(student.textContent("#join-result")).contains("You joined the class");
    assertThat(student.textContent(".join")).contains("Docker 入門 <b>月曜</b>");
    student.navigate(base + "/lesson/" + LESSON);
    awaitScreen(student, "root@kujira");
    type(student, "docker run -d --name web -p 8080:80 nginx:1.27");
    student.waitForSelector("#finished", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
    String finishedCode = student.textContent("#code").strip();
    student.navigate(base + "/");
    String row = "li[data-row='" + LESSON + "'] ";
    assertThat(student.textContent(row + ".spent")).contains("Time spent", "min");
    student.click(row + "details.code summary");
    assertThat(student.textContent(row + ".completion-code")).isEqualTo(finishedCode);
    Browser.screenshot(student, "home-progress-en");
    Page intruder = browser.page("en-US");
    intruder.navigate(base + "/");
    intruder.fill("#class-code", "ZZZZZZZZ");
    intruder.fill("#display-name", "Nobody");
    intruder.click("#join");
    assertThat(intruder.textContent("#join-result")).contains("No class has that code");
    intruder.navigate(base + "/instructor");
    assertThat(intruder.locator("section.class").count()).as("another browser does not see the class").isZero();
    intruder.context().close();

    teacher.navigate(base + "/instructor");
    String table = "section.class[data-class='" + code + "'] ";
    assertThat(teacher.textContent(table + "th.member")).isEqualTo("Hanako <script>");
    assertThat(teacher.textContent(table + "td.count")).isEqualTo("1");
    assertThat(teacher.getAttribute(table + "td[data-lesson='" + LESSON + "']", "class")).contains("verified");
    assertThat(teacher.textContent(table + "td[data-lesson='" + LESSON + "']")).contains("✔", "分", "完了コードを確認済み");
    assertThat(teacher.textContent("main")).contains("レッスンの検査結果");
    Browser.screenshot(teacher, "instructor-ja");
    teacher.click("#lang-switch");
    assertThat(teacher.textContent(table + "td[data-lesson='" + LESSON + "']")).contains("min", "completion code verified");
    Browser.screenshot(teacher, "instructor-en");
    student.context().close();
    teacher.context().close();
  }
}
