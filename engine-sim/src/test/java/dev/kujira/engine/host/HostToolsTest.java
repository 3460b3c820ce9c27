package dev.kujira.engine.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The learner's host is a Debian Docker host and the learner is root: whoami, id, sudo, ll, curl's flags, the socket. */
class HostToolsTest {
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
  void theLearnerIsRoot() {
    assertThat(engine.run("whoami").stdout()).isEqualTo("root\n");
    assertThat(engine.run("id").stdout()).isEqualTo("uid=0(root) gid=0(root) groups=0(root)\n");
    assertThat(engine.run("sudo id -u").stdout()).isEqualTo("0\n");
  }

  @Test
  void sudo_runsTheCommand_orSaysItIsMissing() {
    assertThat(engine.run("sudo docker ps").stdout()).startsWith("CONTAINER ID");
    CommandResult r = engine.run("sudo nosuchcmd");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).isEqualTo("sudo: nosuchcmd: command not found\n");
  }

  @Test
  void ll_listsLongWithClassMarks() {
    engine.run("mkdir -p /tmp/d/sub && touch /tmp/d/f");
    assertThat(engine.run("ll /tmp/d").stdout()).contains(" sub/\n").contains(" ./\n").contains(" f\n");
  }

  @Test
  void theDaemonsSocketAndDataRootAreThere() {
    assertThat(engine.run("ls -l /var/run/docker.sock").stdout()).contains(" root docker 0 ");
    assertThat(engine.run("ls -d /var/lib/docker/volumes").exitCode()).isZero();
  }

  @Test
  void curl_headIncludeVerboseAndVersion() {
    engine.run("docker pull -q nginx");
    engine.run("docker run -d -p 8080:80 --name web nginx");
    CommandResult head = engine.run("curl -I http://localhost:8080/");
    assertThat(head.exitCode()).isZero();
    assertThat(head.stdout()).startsWith("HTTP/1.1 200 OK\r\n").endsWith("\r\n\r\n").doesNotContain("<html");
    assertThat(engine.run("curl --head -s localhost:8080").stdout()).isEqualTo(head.stdout());
    CommandResult include = engine.run("curl -i -s localhost:8080/nope");
    assertThat(include.stdout()).startsWith("HTTP/1.1 404 Not Found\r\n").contains("404 Not Found</h1>");
    CommandResult verbose = engine.run("curl -v -s -o /dev/null localhost:8080");
    assertThat(verbose.stderr()).contains("> GET / HTTP/1.1\n").contains("> Host: localhost:8080\n")
        .contains("< HTTP/1.1 200 OK\n");
    assertThat(engine.run("curl -sf localhost:8080/nope").exitCode()).isEqualTo(22);
    assertThat(engine.run("curl --version").stdout()).startsWith("curl 7.88.1 (x86_64-pc-linux-gnu)");
  }
}
