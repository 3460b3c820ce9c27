package dev.kujira.engine.process.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The postgres image as docker-library/postgres makes it: the entrypoint's initdb and its
 * temporary server in the logs, POSTGRES_USER/PASSWORD/DB honoured, psql inside the container
 * and from another one, libpq's and the server's error wording, data kept in a volume.
 */
class PostgresImageTest {
  private Engine engine;

  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults());
    engine.run("docker network create net");
    engine.run("docker run -d --name db --network net -v pgdata:/var/lib/postgresql/data -e POSTGRES_USER=user"
        + " -e POSTGRES_PASSWORD=secret -e POSTGRES_DB=mydb postgres");
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  /** Types {@code input} into psql through a pipe (as a learner's here-document or file would). */
  private CommandResult psql(String input) {
    engine.writeHostFile("/root/in.sql", 0644, input.replace("\\n", "\n").replace("\\x27", "'")
        .replace("\\\\", "\\").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return engine.run("docker exec -i db psql -U user -d mydb < /root/in.sql");
  }

  @Test
  void firstStart_initialisesAsTheEntrypointDoes() {
    CommandResult logs = engine.run("docker logs db");
    assertThat(logs.stdout()).startsWith("The files belonging to this database system will be owned by user"
        + " \"postgres\".\nThis user must also own the server process.\n\n"
        + "The database cluster will be initialized with locale \"en_US.utf8\".\n")
        .contains("selecting default \"max_connections\" ... 100\n")
        .contains("    pg_ctl -D /var/lib/postgresql/data -l logfile start\n\nwaiting for server to start.... done\n"
            + "server started\nCREATE DATABASE\n\n\n/usr/local/bin/docker-entrypoint.sh: ignoring"
            + " /docker-entrypoint-initdb.d/*\n\nwaiting for server to shut down.... done\nserver stopped\n\n"
            + "PostgreSQL init process complete; ready for start up.\n\n");
    assertThat(logs.stderr()).contains("initdb: warning: enabling \"trust\" authentication for local connections\n")
        .containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} UTC \\[1\\] LOG:  starting PostgreSQL 17\\.2"
            + " \\(Debian 17\\.2-1\\.pgdg120\\+1\\) on x86_64-pc-linux-gnu")
        .contains("[48] LOG:  received fast shutdown request\n")
        .contains("[1] LOG:  listening on IPv4 address \"0.0.0.0\", port 5432\n")
        .endsWith("[1] LOG:  database system is ready to accept connections\n");
  }

  @Test
  void psql_insideTheContainer_runsTheLearnersFirstSession() {
    assertThat(psql("\\\\dt\\n").stderr()).isEqualTo("Did not find any relations.\n");
    CommandResult r = psql("CREATE TABLE users (id SERIAL PRIMARY KEY, name TEXT NOT NULL, age INT);\\n"
        + "INSERT INTO users (name, age) VALUES (\\x27alice\\x27, 30);\\n"
        + "INSERT INTO users (name, age) VALUES (\\x27bob\\x27, 25), (\\x27carol\\x27, NULL);\\n"
        + "SELECT * FROM users;\\nSELECT name FROM users WHERE age > 26;\\nSELECT count(*) FROM users;\\n\\\\q\\n");
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("CREATE TABLE\nINSERT 0 1\nINSERT 0 2\n"
        + " id | name  | age \n----+-------+-----\n  1 | alice |  30\n  2 | bob   |  25\n  3 | carol |    \n(3 rows)\n\n"
        + " name  \n-------\n alice\n(1 row)\n\n"
        + " count \n-------\n     3\n(1 row)\n\n");
    assertThat(psql("\\\\dt\\n").stdout()).isEqualTo("       List of relations\n Schema | Name  | Type  | Owner \n"
        + "--------+-------+-------+-------\n public | users | table | user\n(1 row)\n\n");
    assertThat(psql("\\\\d users\\n").stdout()).isEqualTo("                            Table \"public.users\"\n"
        + " Column |  Type   | Collation | Nullable |              Default              \n"
        + "--------+---------+-----------+----------+-----------------------------------\n"
        + " id     | integer |           | not null | nextval(\u0027users_id_seq\u0027::regclass)\n"
        + " name   | text    |           | not null | \n age    | integer |           |          | \n"
        + "Indexes:\n    \"users_pkey\" PRIMARY KEY, btree (id)\n\n");
    CommandResult bad = psql("SELECT * FROM nosuch;\\nSELEC 1;\\n");
    assertThat(bad.stderr()).isEqualTo("ERROR:  relation \"nosuch\" does not exist\nLINE 1: SELECT * FROM nosuch;\n"
        + "                      ^\nERROR:  syntax error at or near \"SELEC\"\nLINE 1: SELEC 1;\n        ^\n");
  }

  @Test
  void psql_listsTheDatabasesOfTheEntrypoint() {
    String l = psql("\\\\l\\n").stdout();
    assertThat(l).contains(" mydb      | user  | UTF8     | libc            | en_US.utf8 | en_US.utf8 |        |"
        + "           | \n").contains(" template0 | user  |").contains("| =c/user          +\n");
    assertThat(l).contains("Name    | Owner | Encoding | Locale Provider |").contains("(4 rows)\n");
  }

  @Test
  void psql_wrongUserOrDatabase_failsInPostgresWords() {
    CommandResult root = engine.run("docker exec db psql -c 'SELECT 1'");
    assertThat(root.exitCode()).isEqualTo(2);
    assertThat(root.stderr()).isEqualTo("psql: error: connection to server on socket"
        + " \"/var/run/postgresql/.s.PGSQL.5432\" failed: FATAL:  role \"root\" does not exist\n");
    assertThat(engine.run("docker exec db psql -U user -d nodb -c 'SELECT 1'").stderr())
        .endsWith("failed: FATAL:  database \"nodb\" does not exist\n");
    assertThat(engine.run("docker exec db psql -U user -c 'SELECT current_user'").stderr())
        .endsWith("FATAL:  database \"user\" does not exist\n");
  }

  @Test
  void psql_refusesABadPort_andSaysWhenAStatementIsOutsideTheSubset() {
    CommandResult port = engine.run("docker exec db psql -U user -d mydb -p abc -c 'SELECT 1'");
    assertThat(port.exitCode()).isEqualTo(2);
    assertThat(port.stderr()).isEqualTo("psql: error: invalid integer value \"abc\" for connection option \"port\"\n");
    CommandResult join = engine.run("docker exec db psql -U user -d mydb -c 'BEGIN'");
    assertThat(join.exitCode()).isEqualTo(1);
    assertThat(join.stderr()).startsWith("kujira: psql: BEGIN is not simulated");
  }

  @Test
  void psql_fromAnotherContainer_needsThePassword() {
    String ip = engine.run("docker inspect -f '{{.NetworkSettings.Networks.net.IPAddress}}' db").stdout().trim();
    CommandResult none = engine.run("docker run --rm --network net postgres psql -h db -U user -d mydb -c 'SELECT 1'");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.stderr()).isEqualTo("Password for user user: \npsql: error: connection to server at \"db\" (" + ip
        + "), port 5432 failed: fe_sendauth: no password supplied\n");
    assertThat(engine.run("docker run --rm --network net -e PGPASSWORD=wrong postgres psql -h db -U user -d mydb"
        + " -c 'SELECT 1'").stderr()).endsWith("failed: FATAL:  password authentication failed for user \"user\"\n");
    assertThat(engine.run("docker run --rm --network net -e PGPASSWORD=secret postgres psql -h db -U user -d mydb"
        + " -c 'SELECT current_database()'").stdout()).isEqualTo(" current_database \n------------------\n mydb\n"
        + "(1 row)\n\n");
    assertThat(engine.run("echo secret | docker run -i --rm --network net postgres psql -h db -U user -d mydb"
        + " -c 'SELECT 1'").stdout()).contains("(1 row)");
    assertThat(engine.run("docker run --rm postgres psql -h db -U user").stderr())
        .isEqualTo("psql: error: could not translate host name \"db\" to address: Name or service not known\n");
  }

  @Test
  void dataInAVolume_survivesANewContainer_whichSkipsInit() {
    psql("CREATE TABLE notes (body TEXT);\\nINSERT INTO notes VALUES (\\x27kept\\x27);\\n");
    engine.run("docker stop db");
    CommandResult stopped = engine.run("docker logs db");
    assertThat(stopped.stderr()).contains(" UTC [1] LOG:  received fast shutdown request\n")
        .contains(" UTC [1] LOG:  aborting any active transactions\n").endsWith("[1] LOG:  database system is shut down\n");
    engine.run("docker rm db");
    engine.run("docker run -d --name db --network net -v pgdata:/var/lib/postgresql/data postgres");
    CommandResult logs = engine.run("docker logs db");
    assertThat(logs.stdout()).isEqualTo("\nPostgreSQL Database directory appears to contain a database; Skipping"
        + " initialization\n\n");
    assertThat(logs.stderr()).contains("LOG:  database system was shut down at ")
        .endsWith("LOG:  database system is ready to accept connections\n");
    assertThat(psql("SELECT body FROM notes;\\n").stdout()).isEqualTo(" body \n------\n kept\n(1 row)\n\n");
  }

  @Test
  void initdbScripts_runAtTheFirstStart() {
    engine.writeHostFile("/root/init.sql", 0644, "CREATE TABLE seeded (n INT);\nINSERT INTO seeded VALUES (7);\n"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    engine.run("docker create --name seed -e POSTGRES_PASSWORD=pw postgres");
    engine.run("docker cp /root/init.sql seed:/docker-entrypoint-initdb.d/init.sql");
    engine.run("docker start seed");
    assertThat(engine.run("docker logs seed").stdout()).contains("server started\n\n"
        + "/usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/init.sql\nCREATE TABLE\nINSERT 0 1\n\n\n"
        + "waiting for server to shut down....");
    assertThat(engine.run("docker exec seed psql -U postgres -t -c 'SELECT n FROM seeded'").stdout()).isEqualTo(" 7\n\n");
  }

  @Test
  void olderTags_sayTheirVersion() {
    assertThat(engine.run("docker run --rm postgres:15 psql --version").stdout())
        .isEqualTo("psql (PostgreSQL) 15.10 (Debian 15.10-1.pgdg120+1)\n");
    engine.run("docker run -d --name old -e POSTGRES_PASSWORD=pw postgres:16");
    assertThat(engine.run("docker logs old").stdout()).contains("selecting default \"shared_buffers\" ... 128MB\n");
    assertThat(engine.run("docker exec old psql -U postgres -c 'SELECT version()'").stdout())
        .contains(" PostgreSQL 16.6 (Debian 16.6-1.pgdg120+1) on x86_64-pc-linux-gnu");
    engine.run("docker run -d --name older -e POSTGRES_HOST_AUTH_METHOD=trust postgres:15");
    CommandResult logs = engine.run("docker logs older");
    assertThat(logs.stdout()).contains("selecting default max_connections ... 100\n").doesNotContain("CREATE DATABASE");
    assertThat(logs.stderr()).contains("WARNING: POSTGRES_HOST_AUTH_METHOD has been set to \"trust\".");
  }
}
