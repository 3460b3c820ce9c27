package dev.kujira.engine.process.services;

import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import dev.kujira.engine.process.Signal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The wordpress image (6.7.1 on php8.2-apache): what its docker-entrypoint.sh does before Apache
 * (docker-library/wordpress: with no index.php or wp-includes/version.php in /var/www/html it
 * copies WordPress there, "WordPress not found in /var/www/html - copying now..." and "Complete!
 * …" on stderr; with WORDPRESS_* variables and no wp-config.php it copies wp-config-docker.php,
 * naming the variables in bash's order), then Apache with mod_php: its start lines and access log
 * as the php:apache images print them ({@link PhpApache}). A site that reaches its database
 * (WORDPRESS_DB_HOST, "mysql" by default; user, password and database as wp-config-docker.php
 * reads them) sends "/" to the installer (302 with Location) and serves the installer page;
 * otherwise every page is "Error establishing a database connection" (500). The copy is done by
 * the server program here, where the real image's entrypoint does it.
 */
final class WordPress {
  static final String INSTALL_PAGE = "<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n"
      + "<title>WordPress &rsaquo; Installation</title>\n</head>\n<body class=\"wp-core-ui language-chooser\">\n"
      + "<p id=\"logo\">WordPress</p>\n</body>\n</html>\n";
  static final String DB_ERROR = "<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n"
      + "<title>Database Error</title>\n</head>\n<body id=\"error-page\">\n"
      + "<div class=\"wp-die-message\"><h1>Error establishing a database connection</h1></div></body>\n</html>\n";
  private static final String DOCROOT = "/var/www/html";
  private static final String APACHE = "Apache/2.4.62 (Debian)";
  private static final String PHP = "8.2.26";
  private static final DateTimeFormatter ERROR_TIME =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss.SSSSSS yyyy", Locale.ROOT);
  private static final DateTimeFormatter ACCESS_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z",
      Locale.ROOT);
  /** The top of WordPress 6.7.1's tree, as /usr/src/wordpress holds it. */
  private static final List<String> FILES = List.of(".htaccess", "index.php", "license.txt", "readme.html",
      "wp-activate.php", "wp-admin/", "wp-blog-header.php", "wp-comments-post.php", "wp-config-docker.php",
      "wp-config-sample.php", "wp-content/", "wp-content/index.php", "wp-content/plugins/", "wp-content/themes/",
      "wp-cron.php", "wp-includes/", "wp-includes/version.php", "wp-links-opml.php", "wp-load.php", "wp-login.php",
      "wp-mail.php", "wp-settings.php", "wp-signup.php", "wp-trackback.php", "xmlrpc.php");

  private WordPress() {
  }

  /** Returns apache2-foreground of the wordpress image; {@code unused} is kept for the services table. */
  static Program server(Program unused) {
    return (p, argv) -> {
      install(p);
      String ip = Scripts.ownAddress(p);
      String fqdn = "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using "
          + ip + ". Set the 'ServerName' directive globally to suppress this message";
      p.stderr().println(fqdn);
      p.stderr().println(fqdn);
      notice(p, "mpm_prefork", "AH00163: " + APACHE + " PHP/" + PHP + " configured -- resuming normal operations");
      notice(p, "core", "AH00094: Command line: 'apache2 -D FOREGROUND'");
      p.stderr().flush();
      return Scripts.serve(p, 80, false, r -> {
        NetworkView.HttpResult res = answer(p, r.path(), r.host());
        String time = ACCESS_TIME.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC));
        long sent = (r.method().equals("HEAD") ? 0 : res.body().length) + 150
            + String.join("\r\n", res.headers()).length();
        p.stdout().println(r.client() + " - - [" + time + "] \"" + r.method() + " " + r.path() + " HTTP/1.1\" "
            + res.status() + " " + sent + " \"-\" \"" + r.userAgent() + "\"");
        p.stdout().flush();
        return res;
      }, Set.of(Signal.SIGWINCH, Signal.SIGTERM, Signal.SIGINT), (Signal s) -> {
        // SIGWINCH (the image's STOPSIGNAL) is Apache's graceful stop; SIGTERM and SIGINT stop at once.
        notice(p, "mpm_prefork", s == Signal.SIGWINCH ? "AH00170: caught SIGWINCH, shutting down gracefully"
            : "AH00169: caught SIGTERM, shutting down");
        return 0;
      });
    };
  }

  private static void notice(Proc p, String module, String text) {
    String time = ERROR_TIME.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC));
    p.stderr().println("[" + time + "] [" + module + ":notice] [pid 1] " + text);
  }

  /** docker-entrypoint.sh's copy of WordPress and of wp-config-docker.php. */
  private static void install(Proc p) {
    p.fs().mkdir(DOCROOT, true);
    if (!p.fs().exists(DOCROOT + "/index.php") && !p.fs().exists(DOCROOT + "/wp-includes/version.php")) {
      p.stderr().println("WordPress not found in " + DOCROOT + " - copying now...");
      if (!p.fs().list(DOCROOT).stream().allMatch(n -> n.equals("wp-content"))) {
        p.stderr().println("WARNING: " + DOCROOT + " is not empty! (copying anyhow)");
      }
      for (String f : FILES) {
        if (f.endsWith("/")) {
          p.fs().mkdir(DOCROOT + "/" + f, true);
        } else if (!p.fs().exists(DOCROOT + "/" + f)) {
          PgEntrypoint.write(p, DOCROOT + "/" + f, content(f));
        }
      }
      p.stderr().println("Complete! WordPress has been successfully copied to " + DOCROOT);
    }
    TreeSet<String> wpEnvs = new TreeSet<>();
    p.env().keySet().stream().filter(k -> k.startsWith("WORDPRESS_")).forEach(wpEnvs::add);
    boolean config = p.fs().exists(DOCROOT + "/wp-config.php") && p.fs().stat(DOCROOT + "/wp-config.php").size() > 0;
    if (!config && !wpEnvs.isEmpty() && p.fs().exists(DOCROOT + "/wp-config-docker.php")) {
      p.stderr().println("No 'wp-config.php' found in " + DOCROOT + ", but 'WORDPRESS_...' variables supplied; copying"
          + " 'wp-config-docker.php' (" + String.join(" ", wpEnvs) + ")");
      PgEntrypoint.write(p, DOCROOT + "/wp-config.php", content("wp-config-docker.php"));
    }
    p.stderr().flush();
  }

  private static String content(String file) {
    return switch (file) {
      case "index.php" -> "<?php\n/**\n * Front to the WordPress application. This file doesn't do anything, but loads\n"
          + " * wp-blog-header.php which does and tells WordPress to load the theme.\n *\n * @package WordPress\n */\n\n"
          + "/**\n * Tells WordPress to load the WordPress theme and output it.\n *\n * @var bool\n */\n"
          + "define( 'WP_USE_THEMES', true );\n\n/** Loads the WordPress Environment and Template */\n"
          + "require __DIR__ . '/wp-blog-header.php';\n";
      case "wp-includes/version.php" -> "<?php\n/**\n * WordPress Version\n */\n\n$wp_version = '6.7.1';\n";
      case "wp-config-docker.php" -> "<?php\n// a helper function to lookup \"env_FILE\", \"env\", then fallback\n"
          + "define( 'DB_NAME', getenv_docker('WORDPRESS_DB_NAME', 'wordpress') );\n"
          + "define( 'DB_USER', getenv_docker('WORDPRESS_DB_USER', 'example username') );\n"
          + "define( 'DB_PASSWORD', getenv_docker('WORDPRESS_DB_PASSWORD', 'example password') );\n"
          + "define( 'DB_HOST', getenv_docker('WORDPRESS_DB_HOST', 'mysql') );\n";
      case ".htaccess" -> "# BEGIN WordPress\n\nRewriteEngine On\nRewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]\n"
          + "RewriteBase /\nRewriteRule ^index\\.php$ - [L]\nRewriteCond %{REQUEST_FILENAME} !-f\n"
          + "RewriteCond %{REQUEST_FILENAME} !-d\nRewriteRule . /index.php [L]\n\n# END WordPress\n";
      default -> file.endsWith(".php") ? "<?php\n" : "WordPress 6.7.1\n";
    };
  }

  /**
   * wp_redirect() to the installer builds its absolute URL from the request's Host, as wp_guess_url() does.
   * Apache puts Date and Server first; a WordPress that is not installed yet sends nocache_headers()
   * (the Expires of 1984 and Cache-Control) before the redirect's X-Redirect-By and Location.
   */
  private static NetworkView.HttpResult answer(Proc p, String path, String host) {
    String date = "Date: " + java.time.format.DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.ROOT)
        .format(java.time.Instant.ofEpochMilli(p.now()).atOffset(java.time.ZoneOffset.UTC));
    String type = "Content-Type: text/html; charset=UTF-8";
    List<String> nocache = List.of(date, "Server: " + APACHE, "X-Powered-By: PHP/" + PHP,
        "Expires: Wed, 11 Jan 1984 05:00:00 GMT", "Cache-Control: no-cache, must-revalidate, max-age=0");
    if (!databaseAnswers(p)) {
      return new NetworkView.HttpResult(NetworkView.HttpResult.Kind.ANSWERED, 500, "Internal Server Error",
          DB_ERROR.getBytes(StandardCharsets.UTF_8), List.of(date, "Server: " + APACHE, "X-Powered-By: PHP/" + PHP, type));
    }
    List<String> headers = new java.util.ArrayList<>(nocache);
    if (path.startsWith("/wp-admin/install.php")) {
      headers.add(type);
      return new NetworkView.HttpResult(NetworkView.HttpResult.Kind.ANSWERED, 200, "OK",
          INSTALL_PAGE.getBytes(StandardCharsets.UTF_8), headers);
    }
    headers.add("X-Redirect-By: WordPress");
    headers.add("Location: http://" + host + "/wp-admin/install.php");
    headers.add(type);
    return new NetworkView.HttpResult(NetworkView.HttpResult.Kind.ANSWERED, 302, "Found", new byte[0], headers);
  }

  private static boolean databaseAnswers(Proc p) {
    String host = p.env().getOrDefault("WORDPRESS_DB_HOST", "mysql");
    int port = 3306;
    int colon = host.lastIndexOf(':');
    if (colon > 0) {
      port = Integer.parseInt(host.substring(colon + 1));
      host = host.substring(0, colon);
    }
    Optional<String> ip = p.network().resolve(host);
    if (ip.isEmpty()) {
      return false;
    }
    // wp-config-docker.php's defaults when the variables are unset (docker-library/wordpress).
    String user = p.env().getOrDefault("WORDPRESS_DB_USER", "example username");
    String password = p.env().getOrDefault("WORDPRESS_DB_PASSWORD", "example password");
    String name = p.env().getOrDefault("WORDPRESS_DB_NAME", "wordpress");
    // mysqli logs in with the user and password and selects the database (MysqlServer's request).
    NetworkView.HttpResult r = p.network().tcp(ip.get(), port, (user + "\n" + password + "\n" + Scripts.ownAddress(p)
        + "\n" + name + "\n").getBytes(StandardCharsets.UTF_8));
    return r.kind() == NetworkView.HttpResult.Kind.ANSWERED
        && MysqlServer.decode(new String(r.body(), StandardCharsets.UTF_8)).code() == 0;
  }
}
