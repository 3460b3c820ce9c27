package dev.kujira.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Takes the pages in real Chromium where WebBrowserIT does not: an instructor opening a class in a
 * second browser with its instructor key (in Japanese and English), messages showing their inline
 * code as code, questions without the terminal's answer wording, and a command line longer than
 * the terminal edited across its wrapped rows. Screenshots go to target/screenshots.
 */
class WebPagesIT extends ServedPages {
  /** Returns the terminal's rows as one string: a line wrapped over several rows reads whole. */
  private static String screen(Page page) {
    return (String) page.evaluate("() => [...document.querySelectorAll('.xterm-rows > div')]"
        + ".map(r => r.textContent.replace(/\\u00a0/g, ' ')).join('')");
  }

  private static void awaitScreen(Page page, String text) {
    try {
      page.waitForFunction("t => [...document.querySelectorAll('.xterm-rows > div')]"
          + ".map(r => r.textContent.replace(/\\u00a0/g, ' ')).join('').includes(t)", text);
    } catch (com.microsoft.playwright.TimeoutError e) {
      throw new AssertionError("'" + text + "' not on the screen:\n" + screen(page), e);
    }
  }

  @Test
  void anInstructorOpensTheClassInAnotherBrowserWithItsKey() {
    Page teacher = browser.page("ja-JP");
    teacher.navigate(base + "/instructor");
    assertThat(teacher.textContent(".instructor-help code")).isEqualTo("./kujira verify CODE");
    assertThat(teacher.textContent("main")).doesNotContain("`");
    teacher.fill("#class-name", "火曜クラス");
    teacher.click("#create-class");
    String code = teacher.textContent("#created-code").strip();
    String key = teacher.textContent("#created-key").strip();
    assertThat(key).matches("([2-9A-Z]{5}-){4}[2-9A-Z]{5}");
    assertThat(teacher.textContent("main")).contains("講師キーが表示されるのはこの一度だけです");
    Browser.screenshot(teacher, "instructor-key-ja");
    // POST, redirect, GET: a reload makes no second class and no longer shows the key.
    teacher.reload();
    assertThat(teacher.locator("section.class").count()).isEqualTo(1);
    assertThat(teacher.textContent("#created-code").strip()).isEqualTo(code);
    assertThat(teacher.locator("#created-key").count()).isZero();
    assertThat(teacher.textContent("#key-shown")).contains("講師キーはすでに一度表示しました");
    teacher.navigate(base + "/instructor");
    assertThat(teacher.textContent("main")).as("shown once").doesNotContain(key).contains(code);

    Page student = browser.page("en-US");
    student.navigate(base + "/");
    student.fill("#class-code", code);
    student.fill("#display-name", "Taro");
    student.click("#join");
    student.navigate(base + "/lesson/" + LESSON);
    awaitScreen(student, "root@kujira");
    student.locator("#terminal").click();
    student.keyboard().type("docker run -d --name web nginx:1.27");
    student.keyboard().press("Enter");
    student.waitForSelector("#tasks li[data-task='web'].done");

    Page laptop = browser.page("en-US");
    laptop.navigate(base + "/instructor");
    assertThat(laptop.locator("section.class").count()).isZero();
    laptop.fill("#open-code", code);
    laptop.fill("#open-key", key.substring(0, 24) + (key.endsWith("2") ? "3" : "2"));
    laptop.click("#open-class-button");
    assertThat(laptop.textContent("#open-result")).contains("The class code or the instructor key is wrong");
    assertThat(laptop.locator("section.class").count()).isZero();
    laptop.fill("#open-code", code.toLowerCase(java.util.Locale.ROOT));
    laptop.fill("#open-key", key.toLowerCase(java.util.Locale.ROOT));
    laptop.click("#open-class-button");
    assertThat(laptop.textContent("#open-result")).contains("The class is open");
    String table = "section.class[data-class='" + code + "'] ";
    assertThat(laptop.textContent(table + "th.member")).isEqualTo("Taro");
    assertThat(laptop.textContent(table + "td[data-lesson='" + LESSON + "']")).contains("1/2");
    Browser.screenshot(laptop, "instructor-open-en");
    laptop.navigate(base + "/instructor");
    assertThat(laptop.locator(table).count()).as("the class stays open in this browser").isEqualTo(1);
    laptop.context().close();
    student.context().close();
    teacher.context().close();
  }

  @Test
  void hintsShowTheirCodeAsCodeAndQuestionsHaveNoTerminalWording() {
    for (String locale : List.of("ja-JP", "en-US")) {
      Page page = browser.page(locale);
      page.navigate(base + "/lesson/" + LESSON);
      awaitScreen(page, "root@kujira");
      page.click("#hint");
      page.waitForSelector("#hints code");
      assertThat(page.textContent("#hints code")).isEqualTo("docker run");
      assertThat(page.textContent("#hints")).doesNotContain("`");
      page.navigate(base + "/lesson/compose-90-up-predict-down");
      page.waitForSelector("#questions form.question input[type=checkbox]");
      assertThat(page.textContent("#questions")).doesNotContain("space-separated", "スペース区切り", "- for none", "なければ -");
      assertThat(page.textContent("#questions .prompt code")).isEqualTo("docker compose up -d");
      Browser.screenshot(page, "lesson-question-form-" + locale.substring(0, 2));
      page.context().close();
    }
  }

  @Test
  void aCommandLineLongerThanTheTerminalIsEditedAcrossItsRows() {
    Page page = browser.page("en-US");
    page.navigate(base + "/sandbox");
    awaitScreen(page, "root@kujira");
    // Longer than two rows of any window this page gets, so it wraps at least twice.
    String word = "a".repeat(150) + "b".repeat(150) + "c".repeat(20) + "xyz";
    String command = "# docker run --rm busybox echo ";
    page.locator("#terminal").click();
    page.keyboard().type("ocker run --rm busybox echo " + word);
    awaitScreen(page, "cxyz");
    // Home goes up to the line's start; the d goes in there.
    page.keyboard().press("Home");
    page.keyboard().type("d");
    awaitScreen(page, command + word);
    // Left from the end, 200 columns back across at least one wrap, then a Z in the b's.
    page.keyboard().press("End");
    for (int i = 0; i < 200; i++) {
      page.keyboard().press("ArrowLeft");
    }
    page.keyboard().type("Z");
    int at = word.length() - 200;
    awaitScreen(page, command + word.substring(0, at) + "Z" + word.substring(at));
    page.keyboard().press("Backspace");
    page.keyboard().press("Backspace");
    String shorter = word.substring(0, at - 1) + word.substring(at);
    awaitScreen(page, command + shorter);
    assertThat(screen(page)).as("no character is left behind where the line was longer").doesNotContain("xyzyz");
    page.keyboard().press("Enter");
    page.waitForFunction("t => [...document.querySelectorAll('.xterm-rows > div')]"
        + ".map(r => r.textContent.replace(/\\u00a0/g, ' ')).join('').split(t).length === 3", shorter);
    Browser.screenshot(page, "sandbox-long-line-en");
    page.context().close();
  }

  @Test
  void japaneseTextFillsItsTwoCellsWithoutAGap() {
    for (String locale : List.of("ja-JP", "en-US")) {
      Page page = browser.page(locale);
      page.navigate(base + "/sandbox");
      awaitScreen(page, "root@kujira");
      page.locator("#terminal").click();
      page.keyboard().type("docker run --rm busybox echo 'コンテナを起動し、動かしたままにする。ok'");
      page.keyboard().press("Enter");
      try {
        page.waitForFunction("t => [...document.querySelectorAll('.xterm-rows > div')]"
            + ".map(r => r.textContent).join('').split(t).length === 3", "起動し、動かしたままにする。ok");
      } catch (com.microsoft.playwright.TimeoutError e) {
        throw new AssertionError("the echoed text is not twice on the screen:\n" + screen(page), e);
      }
      // xterm.js widens a glyph narrower than its cells with letter-spacing: a wide character
      // whose glyph is not two cells wide is drawn with a gap after it.
      @SuppressWarnings("unchecked")
      List<String> gaps = (List<String>) page.evaluate("() => [...document.querySelectorAll('.xterm-rows span')]"
          + ".filter(s => /[\\u3000-\\u9fff]/.test(s.textContent) && Math.abs(parseFloat(s.style.letterSpacing || '0')) > 0.5)"
          + ".map(s => s.textContent + ' ' + s.style.letterSpacing)");
      assertThat(gaps).as("wide characters with a gap after them").isEmpty();
      Browser.screenshot(page, "sandbox-japanese-" + locale.substring(0, 2));
      page.context().close();
    }
  }
}
