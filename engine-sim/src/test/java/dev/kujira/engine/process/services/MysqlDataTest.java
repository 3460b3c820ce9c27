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
 * The mysql and mariadb images' data as their entrypoints make it (docker-library/mysql 8.4 and
 * MariaDB/mariadb-docker 11.4 docker-entrypoint.sh): users and databases created once, in the
 * data directory, so a second start on the volume keeps them and ignores changed variables;
 * /docker-entrypoint-initdb.d's *.sql, *.sql.gz and *.sh run at the first start; the mysql
 * client's batch (tab-separated) output, its errors with their numbers and SQLSTATEs.
 */
class MysqlDataTest {
  private Engine engine;

  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults());
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  private CommandResult sql(String container, String args, String input) {
    engine.writeHostFile("/root/in.sql", 0644, input.getBytes(StandardCharsets.UTF_8));
    return engine.run("docker exec -i " + container + " mysql " + args + " < /root/in.sql");
  }

  @Test
  void usersAndDatabases_areMadeOnce_aSecondStartIgnoresChangedVariables() {
    engine.run("docker run -d --name db -v dbdata:/var/lib/mysql -e MYSQL_ROOT_PASSWORD=first -e MYSQL_DATABASE=app"
        + " -e MYSQL_USER=app -e MYSQL_PASSWORD=pw mysql:8.0");
    CommandResult made = sql("db", "-uapp -ppw app", "CREATE TABLE notes (id INT AUTO_INCREMENT PRIMARY KEY,"
        + " body VARCHAR(50) NOT NULL);\nINSERT INTO notes (body) VALUES ('kept'), ('also kept');\n");
    assertThat(made.stderr()).isEqualTo("mysql: [Warning] Using a password on the command line interface can be"
        + " insecure.\n");
    engine.run("docker rm -f db");
    engine.run("docker run -d --name db2 -v dbdata:/var/lib/mysql -e MYSQL_ROOT_PASSWORD=second -e MYSQL_USER=other"
        + " -e MYSQL_PASSWORD=pw2 mysql:8.0");
    // The root password is still the first one: the new variable was never read.
    CommandResult denied = engine.run("docker exec db2 mysql -uroot -psecond -e 'SELECT 1'");
    assertThat(denied.exitCode()).isEqualTo(1);
    assertThat(denied.stderr()).endsWith("ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using"
        + " password: YES)\n");
    assertThat(engine.run("docker exec db2 mysql -uother -ppw2 -e 'SELECT 1'").stderr())
        .endsWith("ERROR 1045 (28000): Access denied for user 'other'@'localhost' (using password: YES)\n");
    CommandResult rows = engine.run("docker exec db2 mysql -uroot -pfirst app -e 'SELECT * FROM notes'");
    assertThat(rows.stdout()).isEqualTo("id\tbody\n1\tkept\n2\talso kept\n");
    assertThat(engine.run("docker exec db2 mysql -uapp -ppw -e 'SHOW DATABASES'").stdout())
        .isEqualTo("Database\napp\ninformation_schema\nperformance_schema\n");
  }

  @Test
  void initdbFiles_sqlGzAndSh_runAtTheFirstStart_andTheirRowsAreThere() throws Exception {
    engine.writeHostFile("/root/init/01-schema.sql", 0644, ("CREATE TABLE users (id INT AUTO_INCREMENT PRIMARY KEY,"
        + " name VARCHAR(20) NOT NULL, age INT);\nINSERT INTO users (name, age) VALUES ('alice', 30), ('bob', NULL);\n")
        .getBytes(StandardCharsets.UTF_8));
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
      z.write("INSERT INTO users (name, age) VALUES ('carol', 41);\n".getBytes(StandardCharsets.UTF_8));
    }
    engine.writeHostFile("/root/init/02-more.sql.gz", 0644, gz.toByteArray());
    engine.writeHostFile("/root/init/03-count.sh", 0755, ("#!/bin/bash\nmysql -uroot -p\"$MYSQL_ROOT_PASSWORD\""
        + " \"$MYSQL_DATABASE\" -e 'SELECT count(*) FROM users'\n").getBytes(StandardCharsets.UTF_8));
    engine.writeHostFile("/root/init/README.txt", 0644, "notes\n".getBytes(StandardCharsets.UTF_8));
    engine.run("docker run -d --name db -v /root/init:/docker-entrypoint-initdb.d -e MYSQL_ROOT_PASSWORD=r"
        + " -e MYSQL_DATABASE=shop mysql:8.4");
    CommandResult logs = engine.run("docker logs db");
    assertThat(logs.stdout()).contains("[Entrypoint]: Creating database shop\n\n")
        .containsPattern("\\[Note\\] \\[Entrypoint\\]: /usr/local/bin/docker-entrypoint.sh: running"
            + " /docker-entrypoint-initdb.d/01-schema.sql\n\n\n.*\\[Note\\] \\[Entrypoint\\]:"
            + " /usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/02-more.sql.gz\n\n\n"
            + ".*\\[Note\\] \\[Entrypoint\\]: /usr/local/bin/docker-entrypoint.sh: running"
            + " /docker-entrypoint-initdb.d/03-count.sh\ncount\\(\\*\\)\n3\n\n\n.*\\[Note\\] \\[Entrypoint\\]: Stopping"
            + " temporary server\n");
    assertThat(logs.stderr()).containsPattern("\\[Warn\\] \\[Entrypoint\\]: /usr/local/bin/docker-entrypoint.sh:"
        + " ignoring /docker-entrypoint-initdb.d/README.txt\n");
    CommandResult r = engine.run("docker exec db mysql -uroot -pr shop -e 'SELECT name, age FROM users ORDER BY age'");
    assertThat(r.stdout()).isEqualTo("name\tage\nbob\tNULL\nalice\t30\ncarol\t41\n");
  }

  @Test
  void aFailingInitFile_stopsTheEntrypointWithTheClientsError() {
    engine.writeHostFile("/root/init/bad.sql", 0644, "CREATE TABLE t (i INT);\nINSERT INTO nosuch VALUES (1);\n"
        .getBytes(StandardCharsets.UTF_8));
    CommandResult r = engine.run("docker run --name db -v /root/init:/docker-entrypoint-initdb.d"
        + " -e MYSQL_ROOT_PASSWORD=r -e MYSQL_DATABASE=app mysql:8.0");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).endsWith("ERROR 1146 (42S02) at line 2: Table 'app.nosuch' doesn't exist\n");
  }

  @Test
  void mariadb_runsItsInitFiles_andKeepsItsUsers() {
    engine.writeHostFile("/root/init/seed.sql", 0644, ("CREATE TABLE items (id INT PRIMARY KEY, label TEXT);\n"
        + "INSERT INTO items VALUES (1, 'one');\n").getBytes(StandardCharsets.UTF_8));
    engine.run("docker run -d --name maria -v mdata:/var/lib/mysql -v /root/init:/docker-entrypoint-initdb.d"
        + " -e MARIADB_ROOT_PASSWORD=r -e MARIADB_DATABASE=shop -e MARIADB_USER=shop -e MARIADB_PASSWORD=pw mariadb:11");
    assertThat(engine.run("docker logs maria").stdout()).contains("/usr/local/bin/docker-entrypoint.sh: running"
        + " /docker-entrypoint-initdb.d/seed.sql\n\n\n");
    CommandResult r = engine.run("docker exec maria mariadb -ushop -ppw shop -e 'DESCRIBE items'");
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("Field\tType\tNull\tKey\tDefault\tExtra\nid\tint(11)\tNO\tPRI\tNULL\t\n"
        + "label\ttext\tYES\t\tNULL\t\n");
    engine.run("docker rm -f maria");
    engine.run("docker run -d --name maria2 -v mdata:/var/lib/mysql -e MARIADB_ROOT_PASSWORD=changed mariadb:11");
    assertThat(engine.run("docker logs maria2").stdout()).contains("[Note] [Entrypoint]: MariaDB upgrade not required\n")
        .doesNotContain("Creating");
    assertThat(engine.run("docker exec maria2 mariadb -uroot -pr shop -e 'SELECT label FROM items'").stdout())
        .isEqualTo("label\none\n");
  }

  @Test
  void clientErrors_inMysqlsWords() {
    engine.run("docker run -d --name db -e MYSQL_ROOT_PASSWORD=r -e MYSQL_DATABASE=app mysql:8.0");
    CommandResult r = sql("db", "-uroot -pr app", "CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(3) NOT NULL);\n"
        + "INSERT INTO t VALUES (1, 'abc');\nINSERT INTO t VALUES (1, 'dup');\n");
    assertThat(r.stderr()).endsWith("ERROR 1062 (23000) at line 3: Duplicate entry '1' for key 't.PRIMARY'\n");
    assertThat(sql("db", "-uroot -pr app", "INSERT INTO t VALUES (2, 'long');\n").stderr())
        .endsWith("ERROR 1406 (22001) at line 1: Data too long for column 'name' at row 1\n");
    assertThat(sql("db", "-uroot -pr app", "INSERT INTO t (id) VALUES (3);\n").stderr())
        .endsWith("ERROR 1364 (HY000) at line 1: Field 'name' doesn't have a default value\n");
    assertThat(sql("db", "-uroot -pr", "SELECT * FROM t;\n").stderr())
        .endsWith("ERROR 1046 (3D000) at line 1: No database selected\n");
    assertThat(sql("db", "-uroot -pr", "USE nosuch;\n").stderr())
        .endsWith("ERROR 1049 (42000) at line 1: Unknown database 'nosuch'\n");
    assertThat(sql("db", "-uroot -pr app", "SELEC 1;\n").stderr()).endsWith("ERROR 1064 (42000) at line 1: You have"
        + " an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right"
        + " syntax to use near 'SELEC 1' at line 1\n");
    assertThat(engine.run("docker exec db mysql -uroot -pr -e 'SELECT 1' nosuch").stderr())
        .endsWith("ERROR 1049 (42000): Unknown database 'nosuch'\n");
    // -p SECRET with a space: the client takes SECRET as the database and, without a terminal, reads no password.
    assertThat(engine.run("docker exec db mysql -uroot -p r -e 'SELECT 1'").stderr())
        .endsWith("ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: NO)\n");
    engine.run("docker stop db");
    engine.run("docker network create n");
    engine.run("docker run -d --name off --network n -e MYSQL_ROOT_PASSWORD=r mysql:8.0");
    engine.run("docker stop off");
    assertThat(engine.run("docker run --rm --network n mysql:8.0 mysql -h nosuch -uroot -pr -e 'SELECT 1'").stderr())
        .endsWith("ERROR 2005 (HY000): Unknown MySQL server host 'nosuch' (-2)\n");
  }
}
