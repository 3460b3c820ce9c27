package dev.kujira.cli;

import dev.kujira.web.WebOptions;
import dev.kujira.web.WebServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser tests' common part: one web server on a free port of 127.0.0.1 with its own SQLite
 * file and class key, and one real Chromium, started before a test class and closed after it.
 */
abstract class ServedPages {
  static final byte[] KEY = "test-class-key".getBytes(StandardCharsets.UTF_8);
  static final String LESSON = "first-steps-01-run-web";
  static WebServer server;
  static Browser browser;
  static String base;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    browser = Browser.launch();
    Repl.Options options = new Repl.Options(List.of(), null, false, Map.of(), dir.resolve("mirror"));
    server = WebServer.start(WebOptions.defaults(KEY).at("127.0.0.1", 0).withDb("jdbc:sqlite:" + dir.resolve("kujira.db")),
        new WebTerminal(options));
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (browser != null) {
      browser.close();
    }
  }
}
