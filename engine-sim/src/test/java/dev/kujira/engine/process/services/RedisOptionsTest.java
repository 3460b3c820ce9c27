package dev.kujira.engine.process.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * redis-server's options learners give the redis image: --requirepass with redis-cli's AUTH
 * errors and -a warning (Redis 7.4's and redis-cli's words), --appendonly yes keeping every
 * write in /data/appendonlydir so a docker kill loses nothing, where the default snapshot is only
 * written at a clean shutdown.
 */
class RedisOptionsTest {
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
  void requirepass_refusesCommandsUntilAuth() {
    engine.run("docker run -d --name cache redis redis-server --requirepass s3cret");
    CommandResult none = engine.run("docker exec cache redis-cli ping");
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.stdout()).isEqualTo("NOAUTH Authentication required.\n");
    CommandResult wrong = engine.run("docker exec cache redis-cli -a nope ping");
    assertThat(wrong.stderr()).isEqualTo("Warning: Using a password with '-a' or '-u' option on the command line"
        + " interface may not be safe.\nAUTH failed: WRONGPASS invalid username-password pair or user is disabled.\n");
    assertThat(wrong.stdout()).isEqualTo("NOAUTH Authentication required.\n");
    CommandResult ok = engine.run("docker exec cache redis-cli --no-auth-warning -a s3cret set k v");
    assertThat(ok.stderr()).isEmpty();
    assertThat(ok.stdout()).isEqualTo("OK\n");
    assertThat(engine.run("docker exec -e REDISCLI_AUTH=s3cret cache redis-cli get k").stdout()).isEqualTo("v\n");
    assertThat(engine.run("docker logs cache").stdout()).contains("# Configuration loaded\n");
  }

  @Test
  void appendonly_keepsWritesThroughAKill_theDefaultSnapshotDoesNot() {
    engine.run("docker run -d --name aof -v aofdata:/data redis redis-server --appendonly yes");
    assertThat(engine.run("docker logs aof").stdout())
        .contains("* Creating AOF base file appendonly.aof.1.base.rdb on server start\n")
        .contains("* Creating AOF incr file appendonly.aof.1.incr.aof on server start\n");
    engine.run("docker exec aof redis-cli set visits 41");
    engine.run("docker exec aof redis-cli incr visits");
    engine.run("docker kill aof");
    engine.run("docker start aof");
    assertThat(engine.run("docker exec aof redis-cli get visits").stdout()).isEqualTo("42\n");
    assertThat(engine.run("docker exec aof ls /data/appendonlydir").stdout())
        .isEqualTo("appendonly.aof.1.base.rdb\nappendonly.aof.1.incr.aof\nappendonly.aof.manifest\n");
    String restart = engine.run("docker logs aof").stdout();
    assertThat(restart.substring(restart.lastIndexOf("Server initialized")))
        .contains("* DB loaded from append only file: 0.000 seconds\n")
        .contains("* Opening AOF incr file appendonly.aof.1.incr.aof on server start\n");

    engine.run("docker run -d --name rdb -v rdbdata:/data redis");
    engine.run("docker exec rdb redis-cli set visits 41");
    engine.run("docker kill rdb");
    engine.run("docker start rdb");
    assertThat(engine.run("docker exec rdb redis-cli get visits").stdout()).isEqualTo("\n");
  }
}
