package dev.kujira.engine.process.services;

import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Is the wordpress image's Apache with PHP: it answers on port 80 once it can reach its database
 * (WORDPRESS_DB_HOST, "mysql" by default, port 3306): a fresh site sends "/" to the installer
 * (302) and serves the installer page; without a database every page is WordPress's "Error
 * establishing a database connection" (500), as the real image does.
 */
final class WordPress {
  static final String INSTALL_PAGE = "<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n"
      + "<title>WordPress &rsaquo; Installation</title>\n</head>\n<body class=\"wp-core-ui language-chooser\">\n"
      + "<p id=\"logo\">WordPress</p>\n</body>\n</html>\n";
  static final String DB_ERROR = "<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n"
      + "<title>Database Error</title>\n</head>\n<body id=\"error-page\">\n"
      + "<div class=\"wp-die-message\"><h1>Error establishing a database connection</h1></div></body>\n</html>\n";

  private WordPress() {
  }

  /** Returns the server, which runs while {@code inner} (the Apache daemon) does. */
  static Program server(Program inner) {
    return (p, argv) -> {
      p.network().listen(80, new NetworkView.HttpHandler() {
        @Override
        public NetworkView.HttpResult get(String path) {
          return answer(p, path, "localhost");
        }

        @Override
        public NetworkView.HttpResult handle(NetworkView.Request r) {
          return answer(p, r.path(), r.host());
        }
      });
      return dev.kujira.engine.process.Suspend.call(() -> inner.run(p, argv), o -> {
        try {
          return o.get();
        } finally {
          p.network().unlisten(80);
        }
      });
    };
  }

  /** wp_redirect() to the installer builds its absolute URL from the request's Host, as wp_guess_url() does. */
  private static NetworkView.HttpResult answer(Proc p, String path, String host) {
    if (!databaseAnswers(p)) {
      return result(500, "Internal Server Error", DB_ERROR);
    }
    if (path.startsWith("/wp-admin/install.php")) {
      return result(200, "OK", INSTALL_PAGE);
    }
    return new NetworkView.HttpResult(NetworkView.HttpResult.Kind.ANSWERED, 302, "Found", new byte[0],
        java.util.List.of("Location: http://" + host + "/wp-admin/install.php"));
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

  private static NetworkView.HttpResult result(int status, String reason, String body) {
    return new NetworkView.HttpResult(NetworkView.HttpResult.Kind.ANSWERED, status, reason,
        body.getBytes(StandardCharsets.UTF_8));
  }
}
