package dev.kujira.engine.process.services;

import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Signal;
import dev.kujira.engine.process.WebRoot;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The Ruby web servers of the ruby images' gems, as their sources print and behave: Puma 6.5.0
 * (lib/puma/runner.rb's header, binder.rb's "Listening on" lines, launcher.rb's stop: SIGINT stops and
 * logs "Gracefully stopping", the shutdown line and "Goodbye!"; SIGTERM's trap stops the server, then
 * raises SignalException as raise_exception_on_sigterm asks, so the process dies of it) and WEBrick
 * 1.9.1 (server.rb's INFO lines on stderr, the common and referer access-log lines per request,
 * "going to shutdown ..." and "#start done." when stopped). Puma logs no request by itself (log_requests
 * is off); Rack's CommonLogger, which Sinatra and rackup put in front of the app, does.
 */
final class RubyServers {
  static final String RUBY_DESCRIPTION = "ruby 3.3.6 (2024-11-05 revision 75015d4c1f) [x86_64-linux]";
  /** WEBrick's banner: RUBY_VERSION (RUBY_RELEASE_DATE) [RUBY_PLATFORM]. */
  private static final String RUBY_RELEASE = "3.3.6 (2024-11-05) [x86_64-linux]";
  private static final String WEBRICK = "1.9.1";
  private static final DateTimeFormatter LOG = DateTimeFormatter.ofPattern("'['yyyy-MM-dd HH:mm:ss']'", Locale.ROOT);
  private static final DateTimeFormatter CLF = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss 'UTC'", Locale.ROOT);
  private static final DateTimeFormatter TIME_TO_S = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx", Locale.ROOT);
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT);
  private static final Set<Signal> STOP = Set.of(Signal.SIGINT, Signal.SIGTERM);

  private RubyServers() {
  }

  /** Is what a server does after a stop signal, given it: its last lines and its status. */
  interface OnStop {
    int stopped(Signal s);
  }

  /** Returns whether {@code host} is an address the model serves on (all addresses or loopback). */
  static boolean servable(String host) {
    return host == null || List.of("0.0.0.0", "localhost", "127.0.0.1", "::", "[::]").contains(host);
  }

  private static boolean loopback(String host) {
    return host != null && (host.equals("localhost") || host.equals("127.0.0.1"));
  }

  /**
   * Runs Puma in single mode on {@code host:port}; {@code afterStop} runs after Puma's own stop lines
   * (Sinatra's "ended his set"). Returns 0 after SIGINT, 143 after SIGTERM.
   */
  static int puma(Proc p, String host, int port, String environment, Function<NetworkView.Request, NetworkView.HttpResult> app,
      Runnable afterStop) {
    out(p, "Puma starting in single mode...");
    out(p, "* Puma version: 6.5.0 (\"Sky's Version\")");
    out(p, "* Ruby version: " + RUBY_DESCRIPTION);
    out(p, "*  Min threads: 0");
    out(p, "*  Max threads: 5");
    out(p, "*  Environment: " + environment);
    out(p, "*          PID: " + p.pid());
    // Binder#add_tcp_listener: "localhost" binds each loopback address, IPv4 first as getifaddrs lists them.
    List<String> addresses = host.equals("localhost") ? List.of("127.0.0.1", "[::1]")
        : List.of(host.equals("::") ? "[::]" : host);
    addresses.forEach(a -> out(p, "* Listening on http://" + a + ":" + port));
    out(p, "Use Ctrl-C to stop");
    return Scripts.serve(p, port, loopback(host), app, STOP, s -> {
      out(p, "- Gracefully stopping, waiting for requests to finish");
      if (s == Signal.SIGTERM) {
        afterStop.run();
        return 143;
      }
      out(p, "=== puma shutdown: " + TIME_TO_S.format(SinatraApp.time(p)) + " ===");
      out(p, "- Goodbye!");
      afterStop.run();
      return 0;
    });
  }

  /** WEBrick::HTTPServer.new: its two INFO lines. */
  static void webrickCreated(Proc p) {
    info(p, "WEBrick " + WEBRICK);
    info(p, "ruby " + RUBY_RELEASE);
  }

  /**
   * WEBrick::HTTPServer#start on {@code bind:port} (null: every address); {@code started} runs after the
   * start line (a StartCallback), {@code onStop} decides the end from the signal.
   */
  static int webrickStart(Proc p, String bind, int port, Function<NetworkView.Request, NetworkView.HttpResult> app,
      Runnable started, OnStop onStop) {
    info(p, "WEBrick::HTTPServer#start: pid=" + p.pid() + " port=" + port);
    started.run();
    return Scripts.serve(p, port, loopback(bind), r -> {
      NetworkView.HttpResult res = app.apply(r);
      // AccessLog's COMMON_LOG_FORMAT, then REFERER_LOG_FORMAT ("%{Referer}i -> %U"), both to $stderr.
      int length = res.body().length;
      p.stderr().println(r.client() + " - - [" + CLF.format(SinatraApp.time(p)) + "] \"" + r.method() + " " + r.path()
          + " HTTP/1.1\" " + res.status() + " " + (length == 0 ? "-" : String.valueOf(length)));
      p.stderr().println("- -> " + r.path().split("\\?")[0]);
      p.stderr().flush();
      List<String> headers = new ArrayList<>(res.headers());
      headers.add("Server: WEBrick/" + WEBRICK + " (Ruby/3.3.6/2024-11-05)");
      headers.add("Date: " + HTTP_DATE.format(SinatraApp.time(p)));
      return new NetworkView.HttpResult(res.kind(), res.status(), res.reason(), res.body(), headers);
    }, STOP, onStop::stopped);
  }

  /** The end of WEBrick#start: the ensure block's two lines. */
  static void webrickStopped(Proc p) {
    info(p, "going to shutdown ...");
    info(p, "WEBrick::HTTPServer#start done.");
  }

  /**
   * The end of a WEBrick#start that a signal's exception left (Ruby's own SIGINT handler raises
   * Interrupt in the main thread, SIGTERM's a SignalException): GenericServer#start's rescue logs
   * it FATAL with its backtrace (BasicLog#format), the ensure block says its two lines, then Ruby
   * reports an uncaught Interrupt (eval_error.c error_handle: a message-less exception shows its
   * class name; a plain SignalException is not reported, "no message when exiting by signal") and
   * re-raises the signal with its default action (ruby_default_signal). As a container's PID 1 the
   * kernel ignores a signal it has no handler for, so ruby then exits with EXIT_FAILURE. Frames of
   * webrick 1.9.1's server.rb (IO.select at 173, SimpleServer.start's yield at 32, the start block
   * at 160) in Ruby 3.3's backtrace format; {@code callers} are the frames below.
   */
  static int webrickInterrupted(Proc p, Signal s, String... callers) {
    String server = "/usr/local/bundle/gems/webrick-" + WEBRICK + "/lib/webrick/server.rb:";
    List<String> frames = new ArrayList<>(List.of(server + "173:in `select'", server + "173:in `block in start'",
        server + "32:in `start'", server + "160:in `start'"));
    frames.addAll(List.of(callers));
    boolean interrupt = s == Signal.SIGINT;
    p.stderr().println(LOG.format(SinatraApp.time(p)) + " FATAL " + (interrupt ? "Interrupt: " : "SignalException: "
        + s.name()) + "\n\t" + String.join("\n\t", frames));
    webrickStopped(p);
    if (interrupt) {
      p.stderr().println(frames.get(0) + ": Interrupt");
      frames.subList(1, frames.size()).forEach(f -> p.stderr().println("\tfrom " + f));
    }
    p.stderr().flush();
    return p.pid() == 1 ? 1 : 128 + s.number();
  }

  /** WEBrick's FileHandler over {@code root}, with its own 404 page (HTTPResponse#error_body). */
  static Function<NetworkView.Request, NetworkView.HttpResult> files(Proc p, String root, int port) {
    WebRoot web = new WebRoot(p.fs(), root, "");
    return r -> {
      NetworkView.HttpResult res = web.get(r.path());
      if (res.status() != 404) {
        return res;
      }
      String path = r.path().split("\\?")[0];
      String body = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0//EN\">\n<HTML>\n  <HEAD><TITLE>Not Found</TITLE></HEAD>\n"
          + "  <BODY>\n    <H1>Not Found</H1>\n    `" + path + "' not found.\n    <HR>\n    <ADDRESS>\n"
          + "     WEBrick/" + WEBRICK + " (Ruby/3.3.6/2024-11-05) at\n     " + r.host().replaceFirst(":\\d+$", "") + ":" + port
          + "\n    </ADDRESS>\n  </BODY>\n</HTML>\n";
      return new NetworkView.HttpResult(NetworkView.HttpResult.Kind.ANSWERED, 404, "Not Found",
          body.getBytes(StandardCharsets.ISO_8859_1), List.of("Content-Type: text/html; charset=ISO-8859-1"));
    };
  }

  /** A WEBrick::Log INFO line on stderr. */
  static void info(Proc p, String message) {
    p.stderr().println(LOG.format(SinatraApp.time(p)) + " INFO  " + message);
    p.stderr().flush();
  }

  private static void out(Proc p, String line) {
    p.stdout().println(line);
    p.stdout().flush();
  }
}
