package dev.kujira.engine.process.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The wordpress image against mysql with the notes' compose file (seed 000, L708-852: mysql:5.7
 * and wordpress on one network, the database in a named volume): the entrypoint's copy of
 * WordPress and of wp-config-docker.php in the logs (docker-library/wordpress
 * docker-entrypoint.sh), Apache's lines and access log, the installer redirect with its Location,
 * and the database error page when the site's password is not the one MySQL was given at its
 * first start.
 */
class WordPressTest {
  private static final String COMPOSE = String.join("\n", "services:", "  wordpress-db:", "    image: mysql:5.7",
      "    networks:", "      - wordpressnet", "    volumes:", "      - wordpress_db_volume:/var/lib/mysql",
      "    restart: always", "    environment:", "      MYSQL_ROOT_PASSWORD: myrootpassword",
      "      MYSQL_DATABASE: wordpressdb", "      MYSQL_USER: wordpressuser", "      MYSQL_PASSWORD: @DBPW@",
      "  wordpress-app:", "    depends_on:", "      - wordpress-db", "    image: wordpress", "    networks:",
      "      - wordpressnet", "    ports:", "      - 8080:80", "    restart: always", "    environment:",
      "      WORDPRESS_DB_HOST: wordpress-db", "      WORDPRESS_DB_NAME: wordpressdb",
      "      WORDPRESS_DB_USER: wordpressuser", "      WORDPRESS_DB_PASSWORD: wordpresspass", "networks:",
      "  wordpressnet:", "volumes:", "  wordpress_db_volume:", "");
  private Engine engine;

  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults());
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  private void compose(String dbPassword) {
    engine.writeHostFile("/root/wordpress/docker-compose.yml", 0644, COMPOSE.replace("@DBPW@", dbPassword)
        .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void notesCompose_copiesWordPress_andRedirectsToTheInstaller() {
    compose("wordpresspass");
    CommandResult up = engine.run("cd /root/wordpress && docker compose up -d");
    assertThat(up.exitCode()).as(up.output()).isZero();
    CommandResult head = engine.run("curl -sI localhost:8080");
    assertThat(head.stdout()).startsWith("HTTP/1.1 302 Found\r\n")
        .contains("X-Redirect-By: WordPress\r\n").contains("Location: http://localhost:8080/wp-admin/install.php\r\n");
    // Apache's Date and Server, PHP's X-Powered-By, WordPress' nocache_headers(), then the redirect's own.
    // (Content-Length is left out of the comparison: where Apache puts it for a bodiless redirect was not seen.)
    assertThat(head.stdout().lines().map(l -> l.contains(":") ? l.substring(0, l.indexOf(':')) : l)
        .filter(n -> !n.equals("Content-Length")).toList())
        .containsExactly("HTTP/1.1 302 Found", "Date", "Server", "X-Powered-By", "Expires", "Cache-Control",
            "X-Redirect-By", "Location", "Content-Type", "");
    CommandResult logs = engine.run("docker logs wordpress-wordpress-app-1");
    assertThat(logs.stderr()).startsWith("WordPress not found in /var/www/html - copying now...\n"
        + "Complete! WordPress has been successfully copied to /var/www/html\n"
        + "No 'wp-config.php' found in /var/www/html, but 'WORDPRESS_...' variables supplied; copying"
        + " 'wp-config-docker.php' (WORDPRESS_DB_HOST WORDPRESS_DB_NAME WORDPRESS_DB_PASSWORD WORDPRESS_DB_USER)\n"
        + "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 172.")
        .containsPattern("\\[mpm_prefork:notice\\] \\[pid 1\\] AH00163: Apache/2\\.4\\.62 \\(Debian\\) PHP/8\\.2\\.26"
            + " configured -- resuming normal operations\n");
    assertThat(logs.stdout()).containsPattern("^172\\.\\d+\\.0\\.1 - - \\[\\d\\d/\\w{3}/\\d{4}:\\d\\d:\\d\\d:\\d\\d"
        + " \\+0000\\] \"HEAD / HTTP/1\\.1\" 302 \\d+ \"-\" \"curl/[\\d.]+\"\n");
    assertThat(engine.run("docker compose -f /root/wordpress/docker-compose.yml exec wordpress-app ls wp-includes"
        + " wp-config.php").stdout()).contains("wp-config.php").contains("version.php");
    assertThat(engine.run("curl -sL localhost:8080").stdout()).contains("<title>WordPress &rsaquo; Installation</title>");
  }

  @Test
  void aDatabaseMadeWithAnotherPassword_givesTheConnectionErrorPage() {
    // The volume keeps the user as MySQL's first start made it: changing the file later does not change it.
    compose("firstpass");
    engine.run("cd /root/wordpress && docker compose up -d");
    engine.run("cd /root/wordpress && docker compose down");
    compose("wordpresspass");
    engine.run("cd /root/wordpress && docker compose up -d");
    CommandResult page = engine.run("curl -si localhost:8080");
    assertThat(page.stdout()).startsWith("HTTP/1.1 500 Internal Server Error\r\n")
        .contains("<h1>Error establishing a database connection</h1>");
    assertThat(engine.run("docker compose -f /root/wordpress/docker-compose.yml exec wordpress-db mysql -uwordpressuser"
        + " -pwordpresspass -e 'SELECT 1'").stderr()).contains("ERROR 1045 (28000): Access denied for user"
        + " 'wordpressuser'@'localhost' (using password: YES)");
  }
}
