package dev.kujira.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kujira.web.session.LiveWorkspace;
import dev.kujira.web.session.Sessions;
import dev.kujira.web.session.WebSession;
import dev.kujira.web.term.KeyInput;
import dev.kujira.web.term.ScreenOutput;
import dev.kujira.web.term.TerminalProgram;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Is the WebSocket of one browser terminal: text messages in ({@code i} + keys, {@code r} +
 * "COLS,ROWS" on resize), binary frames out (the screen), and text frames out with the
 * workspace's view after every change ({@code {"type":"view",...}}) so the page ticks tasks and
 * redraws the picture. The REPL runs on its own thread per terminal.
 */
public final class TerminalSocket {
  /** The largest message accepted from a browser (a paste larger than this is refused). */
  public static final int MAX_MESSAGE = 16 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Sessions sessions;
  private final TerminalProgram program;
  private final boolean hostAccess;
  private final int maxTerminals;
  private final Function<WsContext, Optional<WebSession>> sessionOf;
  private final AtomicInteger open = new AtomicInteger();
  private final Map<String, Connection> connections = new ConcurrentHashMap<>();

  /** Creates the endpoint; {@code sessionOf} finds a socket's session from its cookie and origin. */
  public TerminalSocket(Sessions sessions, TerminalProgram program, boolean hostAccess, int maxTerminals,
      Function<WsContext, Optional<WebSession>> sessionOf) {
    this.sessions = sessions;
    this.program = program;
    this.hostAccess = hostAccess;
    this.maxTerminals = maxTerminals;
    this.sessionOf = sessionOf;
  }

  /** Configures the endpoint's handlers. */
  public void configure(WsConfig ws) {
    ws.onConnect(this::connect);
    ws.onMessage(ctx -> {
      Connection c = connections.get(ctx.sessionId());
      if (c != null) {
        c.message(ctx.message());
      }
    });
    ws.onClose(ctx -> end(ctx.sessionId()));
    ws.onError(ctx -> end(ctx.sessionId()));
  }

  private void end(String socketId) {
    Connection c = connections.remove(socketId);
    if (c != null) {
      c.hangUp();
    }
  }

  /** Returns how many terminals are open. */
  public int open() {
    return open.get();
  }

  private void connect(WsConnectContext ctx) throws java.io.IOException {
    ctx.enableAutomaticPings();
    Optional<WebSession> session = sessionOf.apply(ctx);
    String context = Optional.ofNullable(ctx.queryParam("ctx")).orElse("sandbox");
    Optional<LiveWorkspace> workspace = session.flatMap(s -> sessions.workspace(s, context));
    if (workspace.isEmpty()) {
      ctx.closeSession(1008, "no session");
      return;
    }
    if (open.incrementAndGet() > maxTerminals) {
      open.decrementAndGet();
      ctx.send("{\"type\":\"error\",\"message\":\"busy\"}");
      ctx.closeSession(1013, "too many terminals");
      return;
    }
    Connection c = new Connection(ctx);
    connections.put(ctx.sessionId(), c);
    int cols = size(ctx.queryParam("cols"), 80);
    int rows = size(ctx.queryParam("rows"), 24);
    try {
      c.attached = program.attach(c.keys, new ScreenOutput(c::screen), cols, rows, workspace.get(), hostAccess);
    } catch (java.io.IOException | RuntimeException e) {
      open.decrementAndGet();
      connections.remove(ctx.sessionId());
      ctx.closeSession(1011, "terminal");
      return;
    }
    WebSession s = session.get();
    Runnable hangUp = () -> {
      c.hangUp();
      c.close();
    };
    s.terminal(context, hangUp);
    Runnable unlisten = workspace.get().listen(c::view);
    Thread t = new Thread(() -> {
      try {
        c.attached.run();
      } catch (java.io.IOException | RuntimeException e) {
        c.text("{\"type\":\"error\",\"message\":\"terminal\"}");
      } finally {
        unlisten.run();
        s.terminalEnded(context, hangUp);
        open.decrementAndGet();
        c.text("{\"type\":\"ended\"}");
        c.close();
      }
    }, "kujira-terminal");
    t.setDaemon(true);
    t.start();
  }

  private static int size(String value, int fallback) {
    try {
      int n = Integer.parseInt(value == null ? "" : value);
      return n >= 2 && n <= 1000 ? n : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** Is one open terminal. */
  private static final class Connection {
    private final WsContext ctx;
    private final KeyInput keys = new KeyInput();
    private volatile TerminalProgram.Attached attached;

    Connection(WsContext ctx) {
      this.ctx = ctx;
    }

    /**
     * Ends the program as a closed terminal window does: a Ctrl-C first (a foreground command,
     * {@code logs -f} or a real-time {@code sleep}, gives up), then the end of input.
     */
    void hangUp() {
      keys.type(new byte[] {3});
      keys.hangUp();
    }

    void message(String m) {
      if (m.length() > MAX_MESSAGE) {
        text("{\"type\":\"error\",\"message\":\"too-large\"}");
      } else if (m.startsWith("i")) {
        keys.type(m.substring(1).getBytes(StandardCharsets.UTF_8));
      } else if (m.startsWith("r") && attached != null) {
        String[] p = m.substring(1).split(",");
        if (p.length == 2) {
          attached.resize(size(p[0], 80), size(p[1], 24));
        }
      }
    }

    synchronized void screen(byte[] bytes) {
      if (ctx.session.isOpen()) {
        ctx.send(ByteBuffer.wrap(bytes));
      }
    }

    synchronized void text(String s) {
      if (ctx.session.isOpen()) {
        ctx.send(s);
      }
    }

    void view(Map<String, Object> view) {
      try {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("type", "view");
        m.put("view", view);
        text(JSON.writeValueAsString(m));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }

    synchronized void close() {
      if (ctx.session.isOpen()) {
        ctx.closeSession();
      }
    }
  }
}
