package dev.kujira.engine.process.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The postgres image after a crash, with its WAL elsewhere and on alpine. The recovery lines are
 * PostgreSQL 15.18's as this machine's server printed them after kill -9 of the postmaster and a
 * start on the same data (see {@link PgRecovery}); the images' facts are docker-library/postgres's
 * Dockerfiles and docker-entrypoint.sh (15/16/17 on bookworm and alpine3.20).
 */
class PostgresRecoveryTest {
  private static final String TIME = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} UTC ";
  private Engine engine;

  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults());
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  private String lastStart(String container) {
    String err = engine.run("docker logs " + container).stderr();
    return err.substring(err.lastIndexOf("LOG:  starting PostgreSQL"));
  }

  @Test
  void dockerKill_thenStart_recoversFromTheLog_whileAStopShutsDownCleanly() {
    engine.run("docker run -d --name db -v pg:/var/lib/postgresql/data -e POSTGRES_PASSWORD=pw postgres:15");
    engine.run("docker exec db psql -U postgres -c 'CREATE TABLE t (i INT)'");
    engine.run("docker exec db psql -U postgres -c 'INSERT INTO t VALUES (1), (2)'");
    assertThat(engine.run("docker kill db").exitCode()).isZero();
    assertThat(engine.run("docker inspect -f '{{.State.ExitCode}}' db").stdout()).isEqualTo("137\n");
    engine.run("docker start db");
    String start = lastStart("db");
    assertThat(start).matches("(?s)LOG:  starting PostgreSQL 15\\.10 \\(Debian 15\\.10-1\\.pgdg120\\+1\\) on .*\n"
        + TIME + "\\[27\\] LOG:  database system was interrupted; last known up at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"
        + " UTC\n" + TIME + "\\[27\\] LOG:  database system was not properly shut down; automatic recovery in progress\n"
        + TIME + "\\[27\\] LOG:  redo starts at 0/[0-9A-F]+\n"
        + TIME + "\\[27\\] LOG:  invalid record length at 0/[0-9A-F]+: wanted 24, got 0\n"
        + TIME + "\\[27\\] LOG:  redo done at 0/[0-9A-F]+ system usage: CPU: user: 0\\.00 s, system: 0\\.00 s, elapsed:"
        + " 0\\.00 s\n" + TIME + "\\[25\\] LOG:  checkpoint starting: end-of-recovery immediate wait\n"
        + TIME + "\\[25\\] LOG:  checkpoint complete: wrote \\d+ buffers .*; distance=\\d+ kB, estimate=\\d+ kB\n"
        + TIME + "\\[1\\] LOG:  database system is ready to accept connections\n");
    CommandResult count = engine.run("docker exec db psql -U postgres -t -c 'SELECT count(*) FROM t'");
    assertThat(count.stdout()).as(count.stderr()).isEqualTo("     2\n\n");
    // Killed again with nothing written since the end-of-recovery checkpoint: no redo.
    engine.run("docker kill db");
    engine.run("docker start db");
    assertThat(lastStart("db")).contains("LOG:  database system was not properly shut down; automatic recovery in"
        + " progress\n").contains("LOG:  redo is not required\n").doesNotContain("redo starts");
    // docker stop sends the image's STOPSIGNAL (SIGINT): a fast shutdown, so the next start is clean.
    engine.run("docker stop db");
    engine.run("docker start db");
    assertThat(lastStart("db")).contains("LOG:  database system was shut down at ").doesNotContain("interrupted");
  }

  @Test
  void sigquit_isAnImmediateShutdown_andPostgres16SaysExpectedAtLeast() {
    engine.run("docker run -d --name db -e POSTGRES_PASSWORD=pw postgres:16");
    engine.run("docker exec db psql -U postgres -c 'CREATE TABLE t (i INT)'");
    engine.run("docker kill -s QUIT db");
    assertThat(engine.run("docker logs db").stderr()).containsPattern("\\[1\\] LOG:  received immediate shutdown"
        + " request\n" + TIME + "\\[1\\] LOG:  database system is shut down\n$");
    engine.run("docker start db");
    assertThat(lastStart("db")).containsPattern("LOG:  invalid record length at 0/[0-9A-F]+: expected at least 24,"
        + " got 0\n").contains("LOG:  database system was interrupted; last known up at ");
  }

  @Test
  void initdbWaldir_putsTheLogInItsOwnDirectory() {
    engine.run("docker run -d --name db -e POSTGRES_PASSWORD=pw -e POSTGRES_INITDB_WALDIR=/var/lib/postgresql/wal"
        + " postgres:15");
    assertThat(engine.run("docker logs db").stdout()).contains("fixing permissions on existing directory"
        + " /var/lib/postgresql/data ... ok\nfixing permissions on existing directory /var/lib/postgresql/wal ... ok\n"
        + "creating subdirectories ... ok\n");
    assertThat(engine.run("docker exec db readlink /var/lib/postgresql/data/pg_wal").stdout())
        .isEqualTo("/var/lib/postgresql/wal\n");
  }

  @Test
  void alpineTags_areMuslBuilds_withPostgresAsUid70() {
    engine.run("docker run -d --name db -e POSTGRES_PASSWORD=pw postgres:16-alpine");
    CommandResult logs = engine.run("docker logs db");
    assertThat(logs.stdout()).contains("selecting default time zone ... UTC\n")
        .endsWith("PostgreSQL init process complete; ready for start up.\n\n");
    assertThat(logs.stderr()).contains("[1] LOG:  starting PostgreSQL 16.6 on x86_64-pc-linux-musl, compiled by gcc"
        + " (Alpine 13.2.1_git20240309) 13.2.1 20240309, 64-bit\n");
    assertThat(engine.run("docker exec db psql --version").stdout()).isEqualTo("psql (PostgreSQL) 16.6\n");
    assertThat(engine.run("docker exec db grep postgres /etc/passwd /etc/group").stdout())
        .isEqualTo("/etc/passwd:postgres:x:70:70:Linux User,,,:/var/lib/postgresql:/bin/sh\n/etc/group:postgres:x:70:\n");
    assertThat(engine.run("docker exec db psql -U postgres -t -c 'SELECT version()'").stdout())
        .startsWith(" PostgreSQL 16.6 on x86_64-pc-linux-musl");
    assertThat(engine.run("docker exec db cat /etc/alpine-release").stdout()).isEqualTo("3.20.3\n");
    assertThat(engine.run("docker run --rm postgres:15 grep postgres /etc/passwd").stdout())
        .isEqualTo("postgres:x:999:999::/var/lib/postgresql:/bin/bash\n");
    assertThat(engine.run("docker run --rm postgres:17-alpine which postgres").stdout())
        .isEqualTo("/usr/local/bin/postgres\n");
  }
}
