package dev.kujira.engine.process.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** redis and mysql answer their clients from another container on the same network, and only there. */
class DataServicesTest {
  private Engine engine;

  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults());
    engine.run("docker network create data");
    engine.run("docker run -d --name cache --network data redis");
    engine.run("docker run -d --name db --network data -e MYSQL_ROOT_PASSWORD=secret -e MYSQL_DATABASE=app mysql:8.0");
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  @Test
  void redisCli_setsAndGetsThroughTheNetwork() {
    assertThat(engine.run("docker run --rm --network data redis redis-cli -h cache set k v").stdout()).isEqualTo("OK\n");
    assertThat(engine.run("docker run --rm --network data redis redis-cli -h cache get k").stdout()).isEqualTo("v\n");
    assertThat(engine.run("docker exec cache redis-cli incr hits").stdout()).isEqualTo("1\n");
  }

  @Test
  void redisCli_offTheNetwork_cannotResolveTheServer() {
    CommandResult r = engine.run("docker run --rm redis redis-cli -h cache ping");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stdout()).isEqualTo("Could not connect to Redis at cache:6379: Name or service not known\n");
  }

  @Test
  void mysqlClient_listsTheDatabases_andChecksThePassword() {
    CommandResult ok = engine.run("docker run --rm --network data mysql:8.0 mysql -h db -uroot -psecret -e 'SHOW DATABASES;'");
    assertThat(ok.stdout()).isEqualTo("Database\napp\ninformation_schema\nmysql\nperformance_schema\nsys\n");
    CommandResult denied = engine.run("docker run --rm --network data mysql:8.0 mysql -h db -uroot -pwrong -e 'SELECT 1'");
    assertThat(denied.exitCode()).isEqualTo(1);
    assertThat(denied.stderr()).contains("ERROR 1045 (28000): Access denied for user 'root'@'172.18.0.4'");
  }
}
