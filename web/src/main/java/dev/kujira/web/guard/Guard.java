package dev.kujira.web.guard;

import dev.kujira.lessons.model.Lang;
import dev.kujira.web.session.Sessions;
import dev.kujira.web.session.WebSession;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.websocket.WsContext;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps strangers apart: the session cookie (128-bit id, HttpOnly, SameSite=Strict), the CSRF
 * token every form and API call must carry, the same-origin check of WebSocket upgrades, the
 * security headers (CSP among them) and the page's language (a remembered choice, else the
 * browser's Accept-Language).
 */
public final class Guard {
  public static final String SESSION_COOKIE = "kujira_sid";
  public static final String LANG_COOKIE = "kujira_lang";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
      + "form-action 'self'; frame-ancestors 'none'";
  private final Sessions sessions;

  /** Creates the guard of {@code sessions}. */
  public Guard(Sessions sessions) {
    this.sessions = sessions;
  }

  /** Adds the security headers to every answer. */
  public static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cache-Control", "no-store");
  }

  /** Returns the request's session, creating one (and its cookie) when it has none; empty when the server is full. */
  public Optional<WebSession> session(Context ctx) {
    Optional<WebSession> s = existing(ctx);
    if (s.isPresent()) {
      return s;
    }
    Optional<WebSession> made = sessions.create(ctx.ip(), lang(ctx));
    made.ifPresent(n -> {
      Cookie c = new Cookie(SESSION_COOKIE, n.id(), "/", -1, false, true, null, SameSite.STRICT);
      c.setHttpOnly(true);
      c.setSameSite(SameSite.STRICT);
      c.setPath("/");
      ctx.cookie(c);
    });
    return made;
  }

  /** Returns the request's session if it has a live one. */
  public Optional<WebSession> existing(Context ctx) {
    return sessions.find(ctx.cookie(SESSION_COOKIE), lang(ctx));
  }

  /** Returns the WebSocket's session: the cookie's, when the upgrade came from this site's own pages. */
  public Optional<WebSession> existing(WsContext ctx) {
    String origin = ctx.header("Origin");
    String host = ctx.header("Host");
    if (origin == null || host == null || !(origin.equals("http://" + host) || origin.equals("https://" + host))) {
      return Optional.empty();
    }
    return sessions.find(ctx.cookie(SESSION_COOKIE));
  }

  /** Returns whether {@code given} is the session's CSRF token (compared in constant time). */
  public static boolean csrf(WebSession s, String given) {
    return given != null && MessageDigest.isEqual(s.csrf().getBytes(StandardCharsets.UTF_8),
        given.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the page language: the remembered choice, else the first of Accept-Language we have. */
  public static Lang lang(Context ctx) {
    Lang chosen = Lang.of(Optional.ofNullable(ctx.cookie(LANG_COOKIE)).orElse(""));
    if (chosen != null) {
      return chosen;
    }
    String accept = Optional.ofNullable(ctx.header("Accept-Language")).orElse("").toLowerCase(Locale.ROOT);
    for (String part : accept.split(",")) {
      String tag = part.split(";")[0].strip();
      if (tag.startsWith("ja")) {
        return Lang.JA;
      }
      if (tag.startsWith("en")) {
        return Lang.EN;
      }
    }
    return Lang.EN;
  }

  /** Remembers the language choice in a cookie for a year. */
  public static void rememberLang(Context ctx, Lang lang) {
    Cookie c = new Cookie(LANG_COOKIE, lang.code(), "/", -1, false, true, null, SameSite.STRICT);
    c.setHttpOnly(true);
    c.setSameSite(SameSite.STRICT);
    c.setPath("/");
    c.setMaxAge(365 * 24 * 3600);
    ctx.cookie(c);
  }
}
