package dev.kujira.engine.process.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The official images' services as their Dockerfiles and entrypoints make them: nginx's
 * entrypoint lines, access and error logs, /etc/nginx and its shutdown; host networking;
 * MYSQL_USER's account; WordPress's redirect to its installer.
 */
class ImageServicesTest {
  private Engine engine;

  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults());
    for (String image : new String[] {"nginx", "mysql:8.0", "wordpress"}) {
      engine.run("docker pull -q " + image);
    }
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  @Test
  void nginx_logsItsEntrypointStartupAndEachRequest() {
    engine.run("docker run -d --name web -p 8080:80 nginx");
    engine.run("curl -s localhost:8080/");
    engine.run("curl -s localhost:8080/missing");
    CommandResult logs = engine.run("docker logs web");
    assertThat(logs.stdout()).startsWith("/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to"
        + " perform configuration\n/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/\n"
        + "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh\n"
        + "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf\n"
        + "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf\n"
        + "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh\n"
        + "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh\n"
        + "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh\n"
        + "/docker-entrypoint.sh: Configuration complete; ready for start up\n")
        .containsPattern("172\\.17\\.0\\.1 - - \\[[^]]+\\] \"GET / HTTP/1\\.1\" 200 615 \"-\" \"curl/7\\.88\\.1\" \"-\"\n")
        .contains("\"GET /missing HTTP/1.1\" 404 ");
    assertThat(logs.stderr()).contains("[notice] 1#1: nginx/1.27.3\n").contains("[notice] 1#1: start worker processes\n")
        .contains("open() \"/usr/share/nginx/html/missing\" failed (2: No such file or directory), client: 172.17.0.1");
    assertThat(logs.stdout().lines().filter(l -> l.startsWith("/docker-entrypoint.sh") || l.startsWith("10-")).count()
        + logs.stderr().lines().filter(l -> l.contains("[notice]")).count()).isEqualTo(17);
  }

  @Test
  void nginx_shipsItsConfiguration_andTheIpv6ScriptEditsIt() {
    engine.run("docker run -d --name web nginx");
    assertThat(engine.run("docker exec web cat /etc/nginx/nginx.conf").stdout()).contains("worker_processes  auto;");
    assertThat(engine.run("docker exec web cat /etc/nginx/conf.d/default.conf").stdout())
        .contains("    listen       80;\n    listen  [::]:80;\n");
    assertThat(engine.run("docker run --rm nginx cat /etc/nginx/conf.d/default.conf").stdout())
        .doesNotContain("[::]");
  }

  @Test
  void nginx_quietLogsVariable_silencesTheEntrypoint() {
    engine.run("docker run -d --name quiet -e NGINX_ENTRYPOINT_QUIET_LOGS=1 nginx");
    assertThat(engine.run("docker logs quiet").stdout()).isEmpty();
  }

  @Test
  void nginx_stopsGracefullyOnSigquit_andFastOnSigterm() {
    engine.run("docker run -d --name web1 nginx");
    engine.run("docker stop web1");
    assertThat(engine.run("docker logs web1").stderr()).contains("[notice] 1#1: signal 3 (SIGQUIT) received, shutting down\n")
        .contains("[notice] 29#29: gracefully shutting down\n").endsWith("[notice] 1#1: exit\n");
    engine.run("docker run -d --name web2 nginx");
    engine.run("docker kill -s TERM web2");
    assertThat(engine.run("docker logs web2").stderr()).contains("signal 15 (SIGTERM) received, exiting\n")
        .doesNotContain("gracefully");
  }

  @Test
  void hostNetwork_listensOnTheHostsPort_andShowsNoPorts() {
    engine.run("docker run -d --name hostweb --network host nginx");
    assertThat(engine.run("curl -s localhost:80").stdout()).contains("Welcome to nginx!");
    assertThat(engine.run("docker ps --format '{{.Names}} [{{.Ports}}]'").stdout()).isEqualTo("hostweb []\n");
    assertThat(engine.run("docker logs hostweb").stdout()).contains("127.0.0.1 - - [");
  }

  @Test
  void mysqlUser_isCreatedWithAccessToItsDatabase() {
    engine.run("docker network create wp");
    engine.run("docker run -d --name db --network wp -e MYSQL_ROOT_PASSWORD=r -e MYSQL_DATABASE=wordpress"
        + " -e MYSQL_USER=wp -e MYSQL_PASSWORD=secret mysql:8.0");
    CommandResult user = engine.run("docker exec db mysql -uwp -psecret -e 'SHOW DATABASES'");
    assertThat(user.stdout()).contains("wordpress").doesNotContain("sys");
    CommandResult wrong = engine.run("docker exec db mysql -uwp -pnope -e 'SHOW DATABASES'");
    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.stderr()).contains("Access denied for user 'wp'");
    engine.run("docker run -d --name site --network wp -p 8080:80 -e WORDPRESS_DB_HOST=db -e WORDPRESS_DB_USER=wp"
        + " -e WORDPRESS_DB_PASSWORD=secret -e WORDPRESS_DB_NAME=wordpress wordpress");
    CommandResult head = engine.run("curl -sI localhost:8080/");
    assertThat(head.stdout()).startsWith("HTTP/1.1 302 Found\r\n")
        .contains("Location: http://localhost:8080/wp-admin/install.php\r\n");
    assertThat(engine.run("curl -sL localhost:8080/").stdout()).contains("WordPress &rsaquo; Installation");
  }

  @Test
  void wordpress_withWrongDatabaseCredentials_showsTheDatabaseError() {
    engine.run("docker network create wp");
    engine.run("docker run -d --name db --network wp -e MYSQL_ROOT_PASSWORD=r -e MYSQL_DATABASE=wordpress mysql:8.0");
    engine.run("docker run -d --name site --network wp -p 8081:80 -e WORDPRESS_DB_HOST=db -e WORDPRESS_DB_USER=wp"
        + " -e WORDPRESS_DB_PASSWORD=secret wordpress");
    assertThat(engine.run("curl -s -o /dev/null -w '%{http_code}' localhost:8081/").stdout()).isEqualTo("500");
  }
}
