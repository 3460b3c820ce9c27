package dev.kujira.engine.process.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The development servers a learner starts in the language images and reaches from the host
 * through {@code -p}: PHP's built-in server ({@code php -S}), as php-src's sapi/cli/php_cli_server.c
 * (PHP 8.3) logs and answers. No registry is reachable here, so the facts come from the public sources
 * cited on each program.
 */
class AppServersTest extends AppSession {
  private static final String LOG_TIME = "\\[\\w{3} \\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}\\] ";

  @BeforeEach
  void setUp() throws IOException {
    Files.createDirectories(dir.resolve("php/public"));
    Files.writeString(dir.resolve("php/public/index.php"), "<?php echo \"Hello from php -S\\n\"; ?>\n");
    Files.writeString(dir.resolve("php/public/about.html"), "<p>about</p>\n");
    Files.createDirectories(dir.resolve("jar/src/com/example"));
    Files.writeString(dir.resolve("jar/src/com/example/App.java"), "package com.example;\n\npublic class App {\n"
        + "    public static void main(String[] args) {\n        System.out.println(\"Hello from a jar\");\n    }\n}\n");
    Files.writeString(dir.resolve("jar/Dockerfile"), "FROM eclipse-temurin:21 AS build\nWORKDIR /src\nCOPY src ./src\n"
        + "RUN mkdir classes && javac -d classes src/com/example/App.java \\\n"
        + " && jar --create --file app.jar --main-class com.example.App -C classes .\n\n"
        + "FROM eclipse-temurin:21-jre\nWORKDIR /app\nCOPY --from=build /src/app.jar .\nCMD [\"java\", \"-jar\", \"app.jar\"]\n");
    engine = Engine.create(EngineOptions.defaults().withHostDir(dir));
    for (String image : new String[] {"php:8.3-cli", "eclipse-temurin:21", "eclipse-temurin:21-jre", "openjdk:17"}) {
      ok("docker pull -q " + image);
    }
  }

  @Test
  void phpBuiltInServer_servesFilesAndLogsEachRequest() {
    ok("docker run -d --name web -p 8000:8000 -v " + dir + "/php:/app -w /app php:8.3-cli php -S 0.0.0.0:8000 -t public");
    assertThat(ok("curl -s localhost:8000/").stdout()).isEqualTo("Hello from php -S\n");
    assertThat(ok("curl -s localhost:8000/about.html").stdout()).isEqualTo("<p>about</p>\n");
    CommandResult head = ok("curl -sI localhost:8000/");
    assertThat(head.stdout()).startsWith("HTTP/1.1 200 OK\r\nHost: localhost:8000\r\nDate: ")
        .contains("Connection: close\r\nX-Powered-By: PHP/8.3.14\r\nContent-type: text/html; charset=UTF-8\r\n");
    CommandResult missing = engine.run("curl -s -w '%{http_code}' localhost:8000/nope");
    assertThat(missing.stdout()).contains("<p>The requested resource <code class=\"url\">/nope</code> was not found on"
        + " this server.</p>").endsWith("404");
    String logs = ok("docker logs web").stderr();
    assertThat(logs).matches("(?s)" + LOG_TIME + "PHP 8\\.3\\.14 Development Server \\(http://0\\.0\\.0\\.0:8000\\) started\n"
        + LOG_TIME + "172\\.17\\.0\\.1:\\d+ Accepted\n" + LOG_TIME + "172\\.17\\.0\\.1:\\d+ \\[200\\]: GET /\n"
        + LOG_TIME + "172\\.17\\.0\\.1:\\d+ Closing\n.*");
    assertThat(logs).containsPattern(LOG_TIME + "172\\.17\\.0\\.1:\\d+ \\[404\\]: GET /nope - No such file or directory\n");
    // No TERM handler: as PID 1 it ignores docker stop's TERM and is killed after the grace period.
    ok("docker stop -t 1 web");
    assertThat(ok("docker inspect -f '{{.State.ExitCode}}' web").stdout()).isEqualTo("137\n");
  }

  @Test
  void phpBuiltInServer_onLoopbackIsUnreachableThroughThePublishedPort() {
    ok("docker run -d --name lo -p 8001:8000 -v " + dir + "/php/public:/app -w /app php:8.3-cli php -S localhost:8000");
    assertThat(engine.run("curl -s localhost:8001/").exitCode()).isEqualTo(56);
    assertThat(ok("docker exec lo php -r 'echo \"up\";'").stdout()).isEqualTo("up");
    CommandResult noDir = engine.run("docker run --rm php:8.3-cli php -S 0.0.0.0:8000 -t nowhere");
    assertThat(noDir.stderr()).isEqualTo("Directory nowhere does not exist.\n");
    assertThat(noDir.exitCode()).isEqualTo(1);
  }

  @Test
  void javaJar_aMultiStageBuildMakesAJarThatAJreRuns() {
    ok("docker build -q -t app jar");
    assertThat(ok("docker run --rm app").stdout()).isEqualTo("Hello from a jar\n");
    assertThat(ok("docker run --rm app java -cp app.jar com.example.App").stdout()).isEqualTo("Hello from a jar\n");
    CommandResult missing = engine.run("docker run --rm app java -jar nope.jar");
    assertThat(missing.stderr()).isEqualTo("Error: Unable to access jarfile nope.jar\n");
    assertThat(missing.exitCode()).isEqualTo(1);
    String hello = "docker run --rm -v " + dir + "/jar/src/com/example:/w -w /w openjdk:17 sh -c ";
    assertThat(ok(hello + "'javac -d /tmp App.java && cd /tmp && jar cf plain.jar com && jar tf plain.jar'").stdout())
        .isEqualTo("META-INF/\nMETA-INF/MANIFEST.MF\ncom/\ncom/example/\ncom/example/App.class\n");
    CommandResult plain = engine.run(hello + "'javac -d /tmp App.java && cd /tmp && jar cf plain.jar com && java -jar plain.jar'");
    assertThat(plain.stderr()).isEqualTo("no main manifest attribute, in plain.jar\n");
    assertThat(plain.exitCode()).isEqualTo(1);
    assertThat(ok(hello + "'javac -d /tmp App.java && cd /tmp && jar cfe e.jar com.example.App com && java -jar e.jar'")
        .stdout()).isEqualTo("Hello from a jar\n");
    assertThat(engine.run("docker run --rm openjdk:17 jar").stderr()).isEqualTo(
        "Usage: jar [OPTION...] [ [--release VERSION] [-C dir] files] ...\nTry `jar --help' for more information.\n");
  }
}
