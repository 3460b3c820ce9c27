package dev.kujira.engine.process.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Items of issue 16 ("a learner's first hours") that had no test of their own: the archive and
 * checksum tools the busybox, Alpine and Debian/Ubuntu images carry, curl following a redirect, and
 * the database images' environment variables creating their users and databases.
 */
class FirstHoursGapsTest extends AppSession {
  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults().withHostDir(dir));
    for (String image : new String[] {"busybox", "alpine", "ubuntu", "debian"}) {
      ok("docker pull -q " + image);
    }
  }

  @Test
  void images_carryTheArchiveAndChecksumTools() {
    for (String image : new String[] {"busybox", "alpine"}) {
      assertThat(ok("docker run --rm " + image + " sh -c 'for t in tar gzip base64 md5sum sha256sum vi; do which $t; done'")
          .stdout().lines().count()).as(image).isEqualTo(6);
      assertThat(ok("docker run --rm " + image + " sh -c 'echo hi | md5sum; echo hi | base64'").stdout())
          .isEqualTo("764efa883dda1e11db47671c4a3bbd9e  -\naGkK\n");
    }
    for (String image : new String[] {"ubuntu", "debian"}) {
      assertThat(ok("docker run --rm " + image + " sh -c 'for t in tar gzip base64 md5sum sha256sum timeout; do which $t; done'")
          .stdout().lines().count()).as(image).isEqualTo(6);
    }
    // The notes' volume backup and restore through busybox's tar.
    ok("docker volume create data");
    ok("docker run --rm -v data:/src busybox sh -c 'echo kept > /src/file'");
    ok("docker run --rm -v data:/src -v " + dir + ":/dest busybox tar czf /dest/backup.tar.gz -C /src .");
    ok("docker volume create restored");
    ok("docker run --rm -v restored:/dst -v " + dir + ":/src busybox tar xzf /src/backup.tar.gz -C /dst");
    assertThat(ok("docker run --rm -v restored:/dst busybox cat /dst/file").stdout()).isEqualTo("kept\n");
  }

  @Test
  void mariadb_createsMariadbUserOnItsDatabase() {
    ok("docker pull -q mariadb");
    ok("docker run -d --name db -e MARIADB_ROOT_PASSWORD=root -e MARIADB_DATABASE=shop -e MARIADB_USER=app"
        + " -e MARIADB_PASSWORD=pw mariadb");
    assertThat(ok("docker exec db mariadb -uapp -ppw -e 'SHOW DATABASES'").stdout()).contains("shop");
    assertThat(engine.run("docker exec db mariadb -uapp -pnope -e 'SHOW DATABASES'").stderr()).contains("Access denied for user 'app'");
  }

  @Test
  void curl_followsARedirectWithL() {
    ok("docker pull -q wordpress");
    ok("docker pull -q mysql:8.0");
    ok("docker network create wp");
    ok("docker run -d --name db --network wp -e MYSQL_ROOT_PASSWORD=r -e MYSQL_DATABASE=wordpress -e MYSQL_USER=wp"
        + " -e MYSQL_PASSWORD=secret mysql:8.0");
    ok("docker run -d --name site --network wp -p 8080:80 -e WORDPRESS_DB_HOST=db -e WORDPRESS_DB_USER=wp"
        + " -e WORDPRESS_DB_PASSWORD=secret -e WORDPRESS_DB_NAME=wordpress wordpress");
    assertThat(engine.run("curl -s -o /dev/null -w '%{http_code}' localhost:8080/").stdout()).isEqualTo("302");
    assertThat(engine.run("curl -sL -o /dev/null -w '%{http_code}' localhost:8080/").stdout()).isEqualTo("200");
  }
}
