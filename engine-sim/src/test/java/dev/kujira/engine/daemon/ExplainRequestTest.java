package dev.kujira.engine.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code kujira explain}: each step of a request, and the step where it fails, from the same model wget uses. */
class ExplainRequestTest {
  private Engine engine;

  @BeforeEach
  void setUp() throws IOException {
    engine = Engine.create(EngineOptions.defaults().withArchive(Path.of("../conformance/busybox-image.tar")));
    engine.run("docker network create app");
    engine.run("docker run -d --name db --network app busybox nc -l -p 3306");
    engine.run("docker run -d --name web --network app -p 8080:80 busybox httpd -f -p 80");
    engine.run("docker run -d --name lone busybox sleep 300");
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  @Test
  void sameUserNetwork_isAnsweredStepByStep() {
    CommandResult r = engine.run("kujira explain from web to http://db:3306");
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).isEqualTo("""
        1 source: container web is running on app (172.18.0.3)
        2 name: db resolves to 172.18.0.2 (from /etc/hosts or the embedded DNS server 127.0.0.11 of a user-defined network)
        3 route: network app (172.18.0.0/16) connects web to db at 172.18.0.2
        4 port: nc in db listens on port 3306: the request is answered
        """);
  }

  @Test
  void wrongPort_isRefused_andSaysWhatListens() {
    CommandResult r = engine.run("kujira explain from web to db:5432");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stdout()).endsWith("4 port: nothing in db listens on port 5432: the connection is refused"
        + " (it listens on [3306])\n");
  }

  @Test
  void defaultBridge_hasNoNames() {
    CommandResult r = engine.run("kujira explain from lone to http://db:3306");
    assertThat(r.stdout()).contains("only on the default bridge, which has no DNS for container names")
        .contains("they share no network at all");
    // and wget agrees with the explanation
    assertThat(engine.run("docker exec lone wget -q -O - http://db:3306/").stderr()).isEqualTo("wget: bad address 'db'\n");
  }

  @Test
  void fromTheHost_followsThePublishedPort() {
    assertThat(engine.run("kujira explain to http://localhost:8080/").stdout())
        .contains("2 port: host port 8080 is published by web (-p 8080:80)")
        .endsWith("3 port: httpd in web listens on port 80: the request is answered\n");
    assertThat(engine.run("kujira explain to localhost:9999").exitCode()).isEqualTo(1);
  }

  @Test
  void stoppedTarget_isNotInDns() {
    engine.run("docker stop -t 0 db");
    assertThat(engine.run("kujira explain from web to db:3306").stdout())
        .contains("container db exists but is not running");
  }

  @Test
  void aTargetWithoutHostOrWithABadPort_isExplained_notAnInternalError() {
    for (String target : new String[] {"http://", "http://:80", ":", "web:0", "http://web:99999999999"}) {
      CommandResult r = engine.run("kujira explain to " + target);
      assertThat(r.output()).as(target).isEqualTo("1 target: '" + target + "' is not a URL or HOST:PORT with a host"
          + " and a port from 1 to 65535 (such as http://localhost:8080 or web:80)\n");
      assertThat(r.exitCode()).isEqualTo(1);
    }
    // A container name with "_" (java.net.URI refuses it as a host) is a name like any other.
    assertThat(engine.run("docker run -d --name web_1 --network app busybox httpd -f -p 80").exitCode()).isZero();
    assertThat(engine.run("kujira explain from web to web_1:80").stdout())
        .contains("2 name: web_1 resolves to").endsWith("the request is answered\n");
  }

  @Test
  void anUnknownSubcommand_saysSo_beforeTheUsage() {
    CommandResult r = engine.run("kujira nope");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).startsWith("kujira: unknown command 'nope'\n\nusage: kujira explain");
  }
}
