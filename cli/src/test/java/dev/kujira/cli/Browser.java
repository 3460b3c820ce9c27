package dev.kujira.cli;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Starts Debian's Chromium through Playwright for the web app's browser tests (ecosystem notes,
 * section 3). Without /usr/bin/chromium the tests are skipped, unless KUJIRA_CHROMIUM=1 (CI) says
 * it is there: then they fail.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;

  private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Launches Chromium headless, or skips the test when it is missing and CI did not promise it. */
  static Browser launch() {
    if (!"1".equals(System.getenv("KUJIRA_CHROMIUM"))) {
      Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium");
    }
    Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    com.microsoft.playwright.Browser b = pw.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM).setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    return new Browser(pw, b);
  }

  /** Opens a new browser context (its own cookies) in {@code locale}, with a page. */
  Page page(String locale) {
    BrowserContext ctx = browser.newContext(new NewContextOptions().setLocale(locale)
        .setViewportSize(1360, 860).setExtraHTTPHeaders(Map.of("Accept-Language", locale + ",en;q=0.5")));
    ctx.setDefaultTimeout(20_000);
    return ctx.newPage();
  }

  /** Saves a screenshot of {@code page} under target/screenshots. */
  static void screenshot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png")).setFullPage(true));
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
