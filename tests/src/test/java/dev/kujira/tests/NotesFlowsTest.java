package dev.kujira.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The study notes' flows (../shared/seeds, inventories in seeds/inventory) typed into a session.
 * Flows the real engine can run (busybox only, no registry) are recorded transcripts under
 * {@code src/test/resources/notes} compared as the conformance suite compares; flows on images
 * the recording engine lacks check the model's facts: log lines, files, status codes. Each
 * adaptation of a note's command is written beside it.
 */
class NotesFlowsTest {
  static final Path FLOWS = Path.of("src/test/resources/notes");

  @TempDir
  Path dir;

  @Test
  void recordedFlows_matchTheRealEngine() throws IOException {
    try (Stream<Path> dirs = Files.list(FLOWS)) {
      for (Path flow : dirs.sorted().filter(Files::isDirectory).toList()) {
        String expected = Files.readString(flow.resolve("expected.txt"), StandardCharsets.UTF_8);
        String actual = ConformanceSuiteTest.run(flow);
        assertThat(Transcripts.normalize(actual)).as(flow.getFileName().toString())
            .isEqualTo(Transcripts.normalize(expected));
      }
    }
  }

  private Engine engine(String... images) throws IOException {
    Engine e = Engine.create(EngineOptions.defaults().withHostDir(dir));
    for (String image : images) {
      e.run("docker pull -q " + image);
    }
    return e;
  }

  /**
   * Seed 000, L708-852 and L880-930: the WordPress + MySQL compose file, {@code up -d}, the site
   * on 8080, {@code down}. Adaptations: the note's two TAB-indented comment lines inside
   * {@code services:} are not valid YAML (Compose refuses tabs) and are dropped; the note's
   * {@code docker-compose} (v1) is typed as {@code docker compose}.
   */
  @Test
  void seed000_wordpressCompose_logsInAsItsUserAndRedirectsToTheInstaller() throws IOException {
    Files.writeString(dir.resolve("docker-compose.yml"), String.join("\n", "version: \"3\"", "services:",
        "  wordpress-db:", "    image: mysql:5.7", "    networks:", "      - wordpressnet", "    volumes:",
        "      - wordpress_db_volume:/var/lib/mysql", "    restart: always", "    environment:",
        "      MYSQL_ROOT_PASSWORD: myrootpassword", "      MYSQL_DATABASE: wordpressdb",
        "      MYSQL_USER: wordpressuser", "      MYSQL_PASSWORD: wordpresspass", "  wordpress-app:",
        "    depends_on:", "      - wordpress-db", "    image: wordpress", "    networks:", "      - wordpressnet",
        "    ports:", "      - 8080:80", "    restart: always", "    environment:",
        "      WORDPRESS_DB_HOST: wordpress-db", "      WORDPRESS_DB_NAME: wordpressdb",
        "      WORDPRESS_DB_USER: wordpressuser", "      WORDPRESS_DB_PASSWORD: wordpresspass", "networks:",
        "  wordpressnet:", "volumes:", "  wordpress_db_volume:", ""));
    try (Engine e = engine("mysql:5.7", "wordpress")) {
      CommandResult up = e.run("docker compose up -d");
      assertThat(up.exitCode()).as(up.output()).isZero();
      CommandResult head = e.run("curl -sI localhost:8080");
      assertThat(head.stdout()).startsWith("HTTP/1.1 302 Found\r\n")
          .contains("Location: http://localhost:8080/wp-admin/install.php\r\n");
      assertThat(e.run("curl -sL localhost:8080").stdout()).contains("<title>WordPress &rsaquo; Installation</title>");
      CommandResult db = e.run("docker compose exec wordpress-db mysql -uwordpressuser -pwordpresspass -e 'SHOW DATABASES'");
      assertThat(db.stdout()).contains("wordpressdb");
      CommandResult down = e.run("docker compose down");
      assertThat(down.exitCode()).isZero();
      assertThat(e.run("curl -s localhost:8080").exitCode()).isEqualTo(7);
    }
  }

  /**
   * Seed 004, L376-480: create, start, logs and exec on nginx; L750-790: run with -p 8080:80 and
   * curl. The logs are the notes' 17 lines but for the date and the kernel (the notes' host was
   * Rocky Linux 5.14; the simulated one is 6.8.0-kujira). The notes' {@code run -dit} is typed as
   * they type it: detached, Docker 26.1 accepts -t without a terminal (recorded: exit 0 with stdin
   * from /dev/null).
   */
  @Test
  void seed004_nginxWalkthrough() throws IOException {
    try (Engine e = engine("nginx")) {
      assertThat(e.run("docker container create -it --name nginx nginx").stdout()).matches("[0-9a-f]{64}\n");
      assertThat(e.run("docker container start nginx").stdout()).isEqualTo("nginx\n");
      List<String> logs = e.run("docker container logs nginx").output().lines().toList();
      assertThat(logs).hasSize(17);
      assertThat(logs.get(3)).isEqualTo(
          "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf");
      assertThat(logs.get(8)).isEqualTo("/docker-entrypoint.sh: Configuration complete; ready for start up");
      assertThat(logs.get(16)).endsWith(" [notice] 1#1: start worker process 30");
      assertThat(e.run("docker container exec nginx /bin/ls").stdout()).contains("docker-entrypoint.d\n")
          .contains("docker-entrypoint.sh\n").contains("etc\n");
      assertThat(e.run("docker container run -dit --name nginx2 -p 8080:80 nginx").exitCode()).isZero();
      assertThat(e.run("curl localhost:8080").stdout()).contains("<h1>Welcome to nginx!</h1>");
    }
  }

  /** Seed 004, L1116-1153: nginx on the host network answers curl localhost:80; ps shows no port. */
  @Test
  void seed004_hostNetwork() throws IOException {
    try (Engine e = engine("nginx")) {
      e.run("docker container run -d --name nginx-host --network host nginx");
      assertThat(e.run("curl localhost:80").stdout()).contains("<title>Welcome to nginx!</title>");
      assertThat(e.run("docker container ls --format '{{.Names}}:{{.Ports}}'").stdout()).isEqualTo("nginx-host:\n");
    }
  }

  /** Seed 004, L1263-1349: a volume outlives its container; inspect names its mount point under the data root. */
  @Test
  void seed004_volumes() throws IOException {
    try (Engine e = engine("busybox")) {
      assertThat(e.run("docker volume create vm1").stdout()).isEqualTo("vm1\n");
      assertThat(e.run("docker volume inspect vm1 --format '{{.Mountpoint}}'").stdout())
          .isEqualTo("/var/lib/docker/volumes/vm1/_data\n");
      e.run("docker container run --rm --mount type=volume,src=vm1,target=/home busybox sh -c 'echo kept > /home/f'");
      assertThat(e.run("docker container run --rm --mount type=volume,src=vm1,target=/home busybox cat /home/f")
          .stdout()).isEqualTo("kept\n");
      assertThat(e.run("ls -d /var/lib/docker/volumes").exitCode()).isZero();
    }
  }
}
