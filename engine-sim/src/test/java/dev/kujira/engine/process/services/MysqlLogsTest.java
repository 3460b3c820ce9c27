package dev.kujira.engine.process.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mysql image's entrypoint and server lines: the first start's init, a restart on the same volume, the stop. */
class MysqlLogsTest {
  private static final String NOTE = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\+00:00 \\[Note\\] \\[Entrypoint\\]: ";
  private Engine engine;

  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults());
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  @Test
  void mysql80_firstStart_initialises_thenARestartOnTheVolumeSkipsIt() {
    engine.run("docker run -d --name db -v dbdata:/var/lib/mysql -e MYSQL_ROOT_PASSWORD=root -e MYSQL_DATABASE=app"
        + " -e MYSQL_USER=app -e MYSQL_PASSWORD=pw mysql:8.0");
    CommandResult logs = engine.run("docker logs db");
    assertThat(logs.stdout()).matches("(?s)" + NOTE + "Entrypoint script for MySQL Server 8\\.0\\.40-1\\.el9 started\\.\n"
        + NOTE + "Switching to dedicated user 'mysql'\n" + NOTE + "Entrypoint script for MySQL Server 8\\.0\\.40-1\\.el9"
        + " started\\.\n" + NOTE + "Initializing database files\n" + NOTE + "Database files initialized\n" + NOTE
        + "Starting temporary server\n" + NOTE + "Temporary server started\\.\n'/var/lib/mysql/mysql\\.sock' ->"
        + " '/var/run/mysqld/mysqld\\.sock'\n" + NOTE + "Creating database app\n" + NOTE + "Creating user app\n" + NOTE
        + "Giving user app access to schema app\n\n" + NOTE + "Stopping temporary server\n" + NOTE
        + "Temporary server stopped\n\n" + NOTE + "MySQL init process done\\. Ready for start up\\.\n\n");
    assertThat(logs.stderr()).contains("[System] [MY-013169] [Server] /usr/sbin/mysqld (mysqld 8.0.40) initializing of"
        + " server in progress as process 80\n")
        .contains("Warning: Unable to load '/usr/share/zoneinfo/zone1970.tab' as time zone. Skipping it.\n")
        .contains(" 10 [System] [MY-013172] [Server] Received SHUTDOWN from user root. Shutting down mysqld (Version:"
            + " 8.0.40).\n")
        .contains("[System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.40) starting as process 1\n")
        .containsPattern("Z 0 \\[System\\] \\[MY-010931\\] \\[Server\\] /usr/sbin/mysqld: ready for connections\\."
            + " Version: '8\\.0\\.40'  socket: '/var/run/mysqld/mysqld\\.sock'  port: 3306  MySQL Community Server -"
            + " GPL\\.\n$");
    assertThat(engine.run("docker exec db mysql -uapp -ppw -e 'SHOW DATABASES'").stdout()).contains("app");
    engine.run("docker stop db");
    assertThat(engine.run("docker logs db").stderr()).contains(" 0 [System] [MY-013172] [Server] Received SHUTDOWN"
        + " from user <via user signal>. Shutting down mysqld (Version: 8.0.40).\n")
        .endsWith("[Server] /usr/sbin/mysqld: Shutdown complete (mysqld 8.0.40)  MySQL Community Server - GPL.\n");
    engine.run("docker rm db");
    engine.run("docker run -d --name db2 -v dbdata:/var/lib/mysql mysql:8.0");
    CommandResult again = engine.run("docker logs db2");
    assertThat(again.stdout()).endsWith("Entrypoint script for MySQL Server 8.0.40-1.el9 started.\n"
        + "'/var/lib/mysql/mysql.sock' -> '/var/run/mysqld/mysqld.sock'\n");
    assertThat(again.stderr()).contains("starting as process 1\n").doesNotContain("initializing");
  }

  @Test
  void mysqlWithoutAPassword_stopsInTheEntrypointsWords() {
    CommandResult r = engine.run("docker run --name nopw mysql:8.0");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).containsPattern("\\+00:00 \\[ERROR\\] \\[Entrypoint\\]: Database is uninitialized and"
        + " password option is not specified\n    You need to specify one of the following as an environment"
        + " variable:\n    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD\n$");
  }

  @Test
  void mariadb_notesItsOwnInit_andItsReadyLine() {
    engine.run("docker run -d --name maria -e MARIADB_ROOT_PASSWORD=r -e MARIADB_DATABASE=shop mariadb");
    CommandResult logs = engine.run("docker logs maria");
    assertThat(logs.stdout()).contains("[Note] [Entrypoint]: Entrypoint script for MariaDB Server 1:11.4.4+maria~ubu2404"
        + " started.\n").contains("[Note] [Entrypoint]: Creating database shop\n")
        .contains("[Note] [Entrypoint]: Securing system users (equivalent to running mysql_secure_installation)\n")
        .endsWith("[Note] [Entrypoint]: MariaDB init process done. Ready for start up.\n\n");
    assertThat(logs.stderr()).containsPattern("\\d{4}-\\d\\d-\\d\\d [ \\d]\\d:\\d\\d:\\d\\d 0 \\[Note\\] mariadbd: ready for"
        + " connections\\.\nVersion: '11\\.4\\.4-MariaDB-ubu2404'  socket: '/run/mysqld/mysqld\\.sock'  port: 3306  mariadb\\.org"
        + " binary distribution\n$");
  }

  @Test
  void newerAndOlderServers_printTheirOwnLines() {
    engine.run("docker run -d --name new -e MYSQL_ROOT_PASSWORD=r mysql:9.1");
    assertThat(engine.run("docker logs new").stderr()).contains("[System] [MY-015015] [Server] MySQL Server - start.\n")
        .doesNotContain("skip-host-cache").contains("ready for connections. Version: '9.1.0'");
    engine.run("docker run -d --name old -e MYSQL_ROOT_PASSWORD=r mysql:5.7");
    assertThat(engine.run("docker logs old").stderr()).contains("[Note] mysqld (mysqld 5.7.44) starting as process 1"
        + " ...\n").endsWith("[Note] mysqld: ready for connections.\nVersion: '5.7.44'  socket:"
            + " '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)\n");
  }
}
