package dev.kujira.web;

import dev.kujira.lessons.load.Catalog;
import dev.kujira.web.api.Api;
import dev.kujira.web.guard.Guard;
import dev.kujira.web.pages.Pages;
import dev.kujira.web.records.StoreRecords;
import dev.kujira.web.session.PictureSource;
import dev.kujira.web.session.Sessions;
import dev.kujira.web.store.JdbcStore;
import dev.kujira.web.term.TerminalProgram;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;

/**
 * Is the web app's server ({@code ./kujira web}): Javalin on Jetty serving the pages, the JSON
 * API, the static files (xterm.js from the npm build) and one WebSocket per terminal, each
 * running {@code program} (the cli's REPL) on the browser session's workspace. Sessions and
 * progress are kept in the database of {@link WebOptions#db()} (SQLite under ~/.kujira when null).
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start(WebOptions.defaults(key).at("127.0.0.1", 0).withDb(url), program)) {
 *   System.out.println(server.address());
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {
  private final Javalin app;
  private final Sessions sessions;
  private final TerminalSocket terminals;
  private final JdbcStore store;

  private WebServer(Javalin app, Sessions sessions, TerminalSocket terminals, JdbcStore store) {
    this.app = app;
    this.sessions = sessions;
    this.terminals = terminals;
    this.store = store;
  }

  /**
   * Starts the server.
   *
   * @throws IllegalArgumentException when mirror mode is asked for on an address other than 127.0.0.1
   */
  public static WebServer start(WebOptions options, TerminalProgram program) throws IOException {
    return start(options, program, new SvgPictures());
  }

  /** Starts the server with another state picture. */
  public static WebServer start(WebOptions options, TerminalProgram program, PictureSource picture) throws IOException {
    if (options.mirror() && !options.loopback()) {
      throw new IllegalArgumentException("--mirror is only allowed with --host 127.0.0.1");
    }
    Catalog catalog = options.lessons() == null ? Catalog.bundled() : Catalog.read(options.lessons());
    JdbcStore store = JdbcStore.open(options.db() == null ? JdbcStore.defaultUrl() : options.db());
    StoreRecords records = new StoreRecords(store);
    Sessions sessions = new Sessions(catalog, records, records, store.answers(), picture, options.classKey(),
        new Sessions.Limits(options.maxSessions(), options.newSessionsPerMinute(), 30 * 60_000L,
            options.unmetered()), System::currentTimeMillis);
    Guard guard = new Guard(sessions);
    TerminalSocket terminals = new TerminalSocket(sessions, program, options.mirror(), options.maxSessions(),
        guard::existing);
    Pages pages = new Pages(sessions, guard, options.mirror(), options.classKey(), store.classes(), records);
    Api api = new Api(sessions, guard);
    Javalin app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/public";
        s.location = Location.CLASSPATH;
        s.headers = java.util.Map.of("Cache-Control", "no-cache", "X-Content-Type-Options", "nosniff");
      });
      cfg.jetty.modifyWebSocketServletFactory(f -> {
        f.setMaxTextMessageSize(4L * TerminalSocket.MAX_MESSAGE);
        f.setIdleTimeout(java.time.Duration.ofMinutes(30));
      });
      cfg.routes.before(Guard::headers);
      pages.routes(cfg.routes);
      api.routes(cfg.routes);
      cfg.routes.ws("/ws/terminal", terminals::configure);
    });
    try {
      app.start(options.host(), options.port());
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return new WebServer(app, sessions, terminals, store);
  }

  /** Returns the port the server listens on. */
  public int port() {
    return app.port();
  }

  /** Returns the address to open in a browser. */
  public String address(String host) {
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
  }

  /** Returns how many browser sessions are live. */
  public int sessions() {
    return sessions.size();
  }

  /** Returns how many terminals are open. */
  public int terminals() {
    return terminals.open();
  }

  /** Stops the server. */
  @Override
  public void close() {
    app.stop();
    terminals.close();
    store.close();
  }
}
