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
      p.network().listen(80, path -> answer(p, path));
      return dev.kujira.engine.process.Suspend.call(() -> inner.run(p, argv), o -> {
        try {
          return o.get();
        } finally {
          p.network().unlisten(80);
        }
      });
    };
  }

  private static NetworkView.HttpResult answer(Proc p, String path) {
    if (!databaseAnswers(p)) {
      return result(500, "Internal Server Error", DB_ERROR);
    }
    if (path.startsWith("/wp-admin/install.php")) {
      return result(200, "OK", INSTALL_PAGE);
    }
    return result(302, "Found", "");
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
    return ip.isPresent() && p.network().tcp(ip.get(), port, new byte[0]).kind() == NetworkView.HttpResult.Kind.ANSWERED;
  }

  private static NetworkView.HttpResult result(int status, String reason, String body) {
    return new NetworkView.HttpResult(NetworkView.HttpResult.Kind.ANSWERED, status, reason,
        body.getBytes(StandardCharsets.UTF_8));
  }
}
