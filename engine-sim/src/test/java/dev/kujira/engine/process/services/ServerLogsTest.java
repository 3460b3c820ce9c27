package dev.kujira.engine.process.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The redis and httpd images' logs: start lines, one line per request, the lines of their stop. */
class ServerLogsTest {
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
  void redis_logsItsStart_andSavesOnStop_intoItsVolume() {
    engine.run("docker run -d --name cache -v redisdata:/data redis");
    String start = engine.run("docker logs cache").stdout();
    String ts = "\\d\\d [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d\\.\\d{3}";
    assertThat(start).containsPattern("^1:C " + ts + " # WARNING Memory overcommit must be enabled!")
        .containsPattern("\n1:C " + ts + " \\* oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n")
        .containsPattern("\n1:C " + ts + " \\* Redis version=7\\.4\\.1, bits=64, commit=00000000, modified=0, pid=1,"
            + " just started\n")
        .containsPattern("\n1:C " + ts + " # Warning: no config file specified, using the default config\\. In order"
            + " to specify a config file use redis-server /path/to/redis\\.conf\n")
        .containsPattern("\n1:M " + ts + " \\* Running mode=standalone, port=6379\\.\n")
        .containsPattern("\n1:M " + ts + " \\* Ready to accept connections tcp\n$");
    assertThat(start.lines().count()).isEqualTo(8);
    engine.run("docker exec cache redis-cli set greeting hello");
    engine.run("docker stop cache");
    String stopped = engine.run("docker logs cache").stdout();
    assertThat(stopped).containsPattern("\n1:signal-handler \\(\\d+\\) Received SIGTERM scheduling shutdown\\.\\.\\.\n")
        .contains("* User requested shutdown...\n").contains("* Saving the final RDB snapshot before exiting.\n")
        .contains("* DB saved on disk\n").endsWith("# Redis is now ready to exit, bye bye...\n");
    engine.run("docker rm cache");
    engine.run("docker run -d --name again -v redisdata:/data redis --appendonly yes");
    String again = engine.run("docker logs again").stdout();
    assertThat(again).contains("# Configuration loaded\n").contains("* Done loading RDB, keys loaded: 1, keys expired: 0.\n");
    assertThat(engine.run("docker exec again redis-cli get greeting").stdout()).isEqualTo("hello\n");
  }

  @Test
  void httpd_logsStartRequestsAndGracefulStop() {
    engine.run("docker run -d --name web -p 8080:80 httpd:2.4");
    String ip = engine.run("docker inspect -f '{{.NetworkSettings.IPAddress}}' web").stdout().trim();
    engine.run("curl -s localhost:8080/");
    engine.run("curl -s localhost:8080/missing");
    engine.run("docker stop web");
    CommandResult logs = engine.run("docker logs web");
    String fqdn = "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using " + ip
        + ". Set the 'ServerName' directive globally to suppress this message\n";
    String ts = "\\[[A-Z][a-z]{2} [A-Z][a-z]{2} \\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6} \\d{4}\\] ";
    assertThat(logs.stderr()).startsWith(fqdn + fqdn)
        .containsPattern(ts + "\\[mpm_event:notice\\] \\[pid 1:tid \\d+\\] AH00489: Apache/2\\.4\\.62 \\(Unix\\)"
            + " configured -- resuming normal operations\n")
        .containsPattern(ts + "\\[core:notice\\] \\[pid 1:tid \\d+\\] AH00094: Command line: 'httpd -D FOREGROUND'\n")
        .containsPattern(ts + "\\[mpm_event:notice\\] \\[pid 1:tid \\d+\\] AH00492: caught SIGWINCH, shutting down"
            + " gracefully\n$");
    assertThat(logs.stdout()).containsPattern("^172\\.17\\.0\\.1 - - \\[[^]]+\\] \"GET / HTTP/1\\.1\" 200 45\n")
        .containsPattern("\"GET /missing HTTP/1\\.1\" 404 196\n$");
  }
}
