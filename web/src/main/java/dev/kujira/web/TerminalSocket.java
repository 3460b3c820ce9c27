package dev.kujira.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.kujira.web.session.LiveWorkspace;
import dev.kujira.web.session.PictureSource;
import dev.kujira.web.session.Sessions;
import dev.kujira.web.session.WebSession;
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
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Is the WebSocket of one browser terminal: text messages in ({@code i} + keys, {@code r} +
 * "COLS,ROWS" on resize), binary frames out (the screen), and text frames out with the
 * workspace's view after every change ({@code {"type":"view",...}}) so the page ticks tasks and
 * redraws the picture. A terminal holds no thread while it waits for the learner: the program is
 * fed keys as they come and runs each command line on one pool shared by all terminals, which
 * never has more threads than terminals running a command (an idle thread ends after a while).
 */
public final class TerminalSocket {
  /** The largest message accepted from a browser (a paste larger than this is refused). */
  public static final int MAX_MESSAGE = 16 * 1024;
  /** Writes the views' values; one writer, made once, for every terminal (it is thread-safe). */
  private static final ObjectWriter JSON_OUT = new ObjectMapper().writer();
  private static final AtomicInteger THREADS = new AtomicInteger();
  private final Sessions sessions;
  private final TerminalProgram program;
  private final boolean hostAccess;
  private final int maxTerminals;
  private final Function<WsContext, Optional<WebSession>> sessionOf;
  private final AtomicInteger open = new AtomicInteger();
  private final Map<String, Connection> connections = new ConcurrentHashMap<>();
  private final ThreadPoolExecutor commands;

  /** Creates the endpoint; {@code sessionOf} finds a socket's session from its cookie and origin. */
  public TerminalSocket(Sessions sessions, TerminalProgram program, boolean hostAccess, int maxTerminals,
      Function<WsContext, Optional<WebSession>> sessionOf) {
    this.sessions = sessions;
    this.program = program;
    this.hostAccess = hostAccess;
    this.maxTerminals = maxTerminals;
    this.sessionOf = sessionOf;
    // One thread per command running now (at most one per terminal), none per terminal waiting.
    this.commands = new ThreadPoolExecutor(0, maxTerminals + 1, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
      Thread t = new Thread(r, "kujira-command-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
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

  /** Returns how many threads run command lines now (idle ones included until they time out). */
  public int commandThreads() {
    return commands.getPoolSize();
  }

  /** Stops the pool's idle threads. */
  public void close() {
    commands.shutdownNow();
  }

  private void connect(WsConnectContext ctx) {
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
    WebSession s = session.get();
    Connection c = new Connection(ctx);
    Runnable unlisten = workspace.get().listen(c::view);
    c.cleanup = () -> {
      unlisten.run();
      s.terminalEnded(context, c.hangUpAndClose);
      open.decrementAndGet();
    };
    connections.put(ctx.sessionId(), c);
    s.terminal(context, c.hangUpAndClose);
    int cols = size(ctx.queryParam("cols"), 80);
    int rows = size(ctx.queryParam("rows"), 24);
    try {
      c.attached = program.attach(new TerminalProgram.Wiring(new ScreenOutput(c::screen), cols, rows, commands,
          c::ended), workspace.get(), hostAccess);
    } catch (RuntimeException e) {
      connections.remove(ctx.sessionId());
      c.text("{\"type\":\"error\",\"message\":\"terminal\"}");
      c.finish();
      c.close();
    }
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
    private final java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile TerminalProgram.Attached attached;
    private volatile Runnable cleanup = () -> { };
    /** The picture last sent; views come one at a time (under the workspace's lock). */
    private PictureSource.Picture lastPicture;
    /** Ends this terminal from the session's side (another terminal took the workspace, eviction). */
    private final Runnable hangUpAndClose = () -> {
      hangUp();
      close();
    };

    Connection(WsContext ctx) {
      this.ctx = ctx;
    }

    /** The socket closed: the program is hung up (a running command gets Ctrl-C and end of input). */
    void hangUp() {
      TerminalProgram.Attached a = attached;
      if (a != null) {
        a.hangUp();
      }
      finish();
    }

    /** The program ended by itself ({@code exit}, Ctrl-D): the page is told and the socket closed. */
    void ended() {
      finish();
      text("{\"type\":\"ended\"}");
      close();
    }

    void finish() {
      if (finished.compareAndSet(false, true)) {
        cleanup.run();
      }
    }

    void message(String m) {
      TerminalProgram.Attached a = attached;
      if (m.length() > MAX_MESSAGE) {
        text("{\"type\":\"error\",\"message\":\"too-large\"}");
      } else if (a == null) {
        return;
      } else if (m.startsWith("i")) {
        a.keys(m.substring(1).getBytes(StandardCharsets.UTF_8));
      } else if (m.startsWith("r")) {
        String[] p = m.substring(1).split(",");
        if (p.length == 2) {
          a.resize(size(p[0], 80), size(p[1], 24));
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

    /**
     * Sends {@code {"type":"view","view":{...}}}: each value written by the shared writer, except
     * that a picture this socket sent last time (the workspace drew nothing new) is left out: the
     * page keeps drawing it, and a {@code docker ps} does not send the whole SVG again.
     */
    void view(Map<String, Object> view) {
      try {
        StringBuilder b = new StringBuilder(4096).append("{\"type\":\"view\",\"view\":{");
        boolean first = true;
        for (Map.Entry<String, Object> e : view.entrySet()) {
          if (e.getValue() instanceof PictureSource.Picture p && p == lastPicture) {
            continue;
          }
          b.append(first ? "" : ",").append(JSON_OUT.writeValueAsString(e.getKey())).append(':');
          first = false;
          if (e.getValue() instanceof PictureSource.Picture p) {
            lastPicture = p;
            b.append(JSON_OUT.writeValueAsString(p));
          } else {
            b.append(JSON_OUT.writeValueAsString(e.getValue()));
          }
        }
        text(b.append("}}").toString());
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
