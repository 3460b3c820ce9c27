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
    Files.createDirectories(dir.resolve("quote"));
    Files.writeString(dir.resolve("quote/hello.go"), "package main\n\nimport \"fmt\"\n\nimport \"rsc.io/quote\"\n\n"
        + "func main() {\n\tfmt.Println(quote.Go())\n}\n");
    Files.writeString(dir.resolve("quote/Dockerfile"), "FROM golang:1.22 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\n"
        + "RUN go mod download\nCOPY . .\nRUN go build -o /out/hello .\n\nFROM alpine:3.20\n"
        + "COPY --from=build /out/hello /hello\nCMD [\"/hello\"]\n");
    engine = Engine.create(EngineOptions.defaults().withHostDir(dir));
    for (String image : new String[] {"php:8.3-cli", "eclipse-temurin:21", "eclipse-temurin:21-jre", "openjdk:17",
        "golang:1.22", "alpine:3.20"}) {
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

  @Test
  void goModules_getTidyDownloadAndABuildThatFetchesThem() {
    String go = "docker run --rm -v " + dir + "/quote:/src -w /src golang:1.22 ";
    CommandResult noMod = engine.run(go + "go get rsc.io/quote");
    assertThat(noMod.stderr()).startsWith("go: go.mod file not found in current directory or any parent directory.\n"
        + "\t'go get' is no longer supported outside a module.\n");
    assertThat(noMod.exitCode()).isEqualTo(1);
    ok(go + "go mod init example.com/hello");
    CommandResult get = ok(go + "go get rsc.io/quote");
    assertThat(get.stderr()).isEqualTo("go: downloading rsc.io/quote v1.5.2\ngo: downloading rsc.io/sampler v1.3.0\n"
        + "go: downloading golang.org/x/text v0.0.0-20170915032832-14c0d48ead0c\n"
        + "go: added golang.org/x/text v0.0.0-20170915032832-14c0d48ead0c\ngo: added rsc.io/quote v1.5.2\n"
        + "go: added rsc.io/sampler v1.3.0\n");
    assertThat(ok("cat " + dir + "/quote/go.mod").stdout()).isEqualTo("module example.com/hello\n\ngo 1.22.10\n\n"
        + "require rsc.io/quote v1.5.2\n\nrequire (\n\tgolang.org/x/text v0.0.0-20170915032832-14c0d48ead0c // indirect\n"
        + "\trsc.io/sampler v1.3.0 // indirect\n)\n");
    assertThat(ok("cat " + dir + "/quote/go.sum").stdout()).startsWith(
        "golang.org/x/text v0.0.0-20170915032832-14c0d48ead0c h1:qgOY6WgZOaTkIIMiVjBQcw93ERBE4m30iBm00nkL0i8=\n")
        .contains("rsc.io/quote v1.5.2/go.mod h1:LzX7hefJvL54yjefDEDHNONDjII0t9xZLPXsUe+TKr0=\n");
    // A fresh container has an empty module cache: the run downloads again, as go does.
    CommandResult run = ok(go + "go run .");
    assertThat(run.stdout()).isEqualTo("Don't communicate by sharing memory, share memory by communicating.\n");
    assertThat(run.stderr()).startsWith("go: downloading rsc.io/quote v1.5.2\n");
    assertThat(ok(go + "sh -c 'go mod download && go run .'").stderr()).doesNotContain("go: downloading rsc.io/quote v1.5.2\ngo: downloading rsc.io/quote");
    ok("docker build -q -t quote quote");
    assertThat(ok("docker run --rm quote").stdout()).isEqualTo(
        "Don't communicate by sharing memory, share memory by communicating.\n");
    CommandResult tidy = ok(go + "sh -c 'rm go.sum; printf \"module example.com/hello\\n\\ngo 1.22.10\\n\" > go.mod; go mod tidy'");
    assertThat(tidy.stderr()).startsWith("go: finding module for package rsc.io/quote\ngo: downloading rsc.io/quote v1.5.2\n"
        + "go: found rsc.io/quote in rsc.io/quote v1.5.2\n");
    CommandResult offline = engine.run("docker run --rm --network none -v " + dir + "/quote:/src -w /src golang:1.22 go run .");
    assertThat(offline.stderr()).startsWith("kujira: go: downloading modules without a network");
  }
}
