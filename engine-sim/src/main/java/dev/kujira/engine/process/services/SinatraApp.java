package dev.kujira.engine.process.services;

import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A classic Sinatra 4.1 application as a script declared it: its routes (method and exact path to a
 * literal body) and the settings {@code set :bind}, {@code :port} and {@code :environment}. It
 * answers a request as the gem's middleware stack does (sinatra/base.rb, rack-protection 4.1,
 * Rack 3.1): in development, Rack::Protection::HostAuthorization refuses a Host that is neither
 * localhost, *.localhost, *.test nor an IP address (403 "Host not permitted", with its warning on
 * rack.errors), the 404 page is "Sinatra doesn't know this ditty.", and Sinatra::CommonLogger writes
 * one access line per request to rack.errors (stderr). The settings' defaults: bind localhost in
 * development, 0.0.0.0 otherwise; port $PORT or 4567; environment $APP_ENV or $RACK_ENV or development.
 */
final class SinatraApp {
  static final String VERSION = "4.1.1";
  private static final DateTimeFormatter CLF = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss xx", Locale.ROOT);
  private static final DateTimeFormatter LOGGER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS", Locale.ROOT);

  /** Routes by "METHOD path". */
  final Map<String, String> routes = new LinkedHashMap<>();
  String bind;
  Integer port;
  String environment;

  /** Returns the environment the app runs in. */
  String environment(Proc p) {
    if (environment != null) {
      return environment;
    }
    String env = p.env().getOrDefault("APP_ENV", p.env().getOrDefault("RACK_ENV", ""));
    return env.isEmpty() ? "development" : env;
  }

  String bind(Proc p) {
    return bind != null ? bind : environment(p).equals("development") ? "localhost" : "0.0.0.0";
  }

  int port(Proc p) {
    String env = p.env().getOrDefault("PORT", "");
    return port != null ? port : env.matches("\\d+") ? Integer.parseInt(env) : 4567;
  }

  /** Answers one request as Sinatra's middleware and routes do, logging to stderr. */
  NetworkView.HttpResult answer(Proc p, NetworkView.Request r) {
    long began = p.now();
    String path = r.path().isEmpty() ? "/" : r.path().split("\\?")[0];
    String method = r.method().equals("HEAD") ? "GET" : r.method();
    boolean development = environment(p).equals("development");
    NetworkView.HttpResult res;
    if (development && !hostPermitted(r.host())) {
      // Rack::Protection::Base#warn through rack.logger, a ::Logger on rack.errors (Logger's default format).
      p.stderr().println("W, [" + LOGGER.format(time(p)) + " #" + p.pid() + "]  WARN -- : attack prevented by "
          + "Rack::Protection::HostAuthorization");
      res = Scripts.answer(403, "Forbidden", "Host not permitted", List.of("content-type: text/plain"));
    } else if (routes.containsKey(method + " " + path)) {
      res = Scripts.answer(200, "OK", routes.get(method + " " + path), htmlHeaders());
    } else if (development) {
      res = Scripts.answer(404, "Not Found", ditty(r.method().toLowerCase(Locale.ROOT), path), htmlHeaders());
    } else {
      res = Scripts.answer(404, "Not Found", "<h1>Not Found</h1>", htmlHeaders());
    }
    if (r.method().equals("HEAD")) {
      res = new NetworkView.HttpResult(res.kind(), res.status(), res.reason(), new byte[0], res.headers());
    }
    // Rack::CommonLogger's FORMAT: the length column says "-" for an empty body, then seconds taken.
    int length = res.body().length;
    p.stderr().println(r.client() + " - - [" + CLF.format(time(p)) + "] \"" + r.method() + " " + r.path() + " HTTP/1.1\" "
        + res.status() + " " + (length == 0 ? "-" : String.valueOf(length)) + " "
        + String.format(Locale.ROOT, "%.4f", (p.now() - began) / 1000.0));
    p.stderr().flush();
    return res;
  }

  /** Rack::Protection's XSSHeader and FrameOptions add theirs to every HTML answer. */
  private static List<String> htmlHeaders() {
    return new ArrayList<>(List.of("content-type: text/html;charset=utf-8", "x-xss-protection: 1; mode=block",
        "x-content-type-options: nosniff", "x-frame-options: SAMEORIGIN"));
  }

  /** The development host list of sinatra/base.rb: localhost, .localhost, .test and any IP address. */
  static boolean hostPermitted(String hostHeader) {
    String host = hostHeader.startsWith("[") ? hostHeader.substring(1, Math.max(1, hostHeader.indexOf(']')))
        : hostHeader.replaceFirst(":\\d+$", "");
    host = host.toLowerCase(Locale.ROOT);
    if (host.equals("localhost") || host.equals("test") || host.equals("") || host.contains(":")) {
      return true;
    }
    // The domain patterns are /\A[a-z0-9\-.]+localhost\z/ and /…+test\z/ (Regexp.escape of the name after the dot).
    if (host.matches("[a-z0-9\\-.]+localhost") || host.matches("[a-z0-9\\-.]+test")) {
      return true;
    }
    return host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }

  /** The development NotFound page of sinatra/base.rb, with the route it suggests. */
  private static String ditty(String method, String path) {
    String code = method + " '" + path + "' do\n  \"Hello World\"\nend\n";
    return "<!DOCTYPE html>\n<html>\n<head>\n  <style type=\"text/css\">\n"
        + "  body { text-align:center;font-family:helvetica,arial;font-size:22px;\n    color:#888;margin:20px}\n"
        + "  #c {margin:0 auto;width:500px;text-align:left}\n  </style>\n</head>\n<body>\n"
        + "  <h2>Sinatra doesn’t know this ditty.</h2>\n  <img src='/__sinatra__/404.png'>\n  <div id=\"c\">\n"
        + "    Try this:\n    <pre>" + code.replace("&", "&amp;").replace("'", "&#x27;").replace("\"", "&quot;")
            .replace("<", "&lt;").replace(">", "&gt;") + "</pre>\n  </div>\n</body>\n</html>\n";
  }

  static java.time.OffsetDateTime time(Proc p) {
    return Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC);
  }
}
