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
 * The golang, eclipse-temurin/openjdk and php images a learner's notes build on: their ENV,
 * WORKDIR and entrypoints as their Dockerfiles set them (docker-library/golang, adoptium/containers,
 * docker-library/openjdk, docker-library/php), the tools' version texts, and hello-world programs
 * built and run the way the notes' Dockerfiles do it. The java and javac messages were checked
 * against the JDK 17 and Temurin 25 on this machine; no registry is reachable here, so the rest
 * follows the images' public sources.
 */
class LanguageImagesTest extends AppSession {
  private static final String HELLO_GO = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"Hello, Go!\")\n}\n";
  private static final String WEB_GO = "package main\n\nimport (\n\t\"fmt\"\n\t\"log\"\n\t\"net/http\"\n)\n\nfunc main() {\n"
      + "\thttp.HandleFunc(\"/\", func(w http.ResponseWriter, r *http.Request) {\n\t\tfmt.Fprintf(w, \"Hello from Go\\n\")\n"
      + "\t})\n\tlog.Println(\"listening on :8080\")\n\tlog.Fatal(http.ListenAndServe(\":8080\", nil))\n}\n";
  private static final String HELLO_JAVA = "public class Hello {\n    public static void main(String[] args) {\n"
      + "        System.out.println(\"Hello, Java!\");\n    }\n}\n";

  @BeforeEach
  void setUp() throws IOException {
    Files.createDirectories(dir.resolve("go"));
    Files.writeString(dir.resolve("go/main.go"), HELLO_GO);
    Files.writeString(dir.resolve("go/go.mod"), "module example.com/hello\n\ngo 1.22\n");
    Files.writeString(dir.resolve("go/Dockerfile"), "FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\n"
        + "RUN CGO_ENABLED=0 go build -o /out/hello .\n\nFROM alpine:3.20\nCOPY --from=build /out/hello /usr/local/bin/hello\n"
        + "CMD [\"hello\"]\n");
    Files.createDirectories(dir.resolve("gin"));
    Files.writeString(dir.resolve("gin/main.go"), "package main\n\nimport \"github.com/gin-gonic/gin\"\n\nfunc main() {\n}\n");
    Files.writeString(dir.resolve("gin/go.mod"), "module example.com/gin\n\ngo 1.22\n");
    Files.createDirectories(dir.resolve("web"));
    Files.writeString(dir.resolve("web/main.go"), WEB_GO);
    Files.writeString(dir.resolve("web/Dockerfile"), "FROM golang:1.22-alpine\nWORKDIR /app\nCOPY main.go .\n"
        + "RUN go mod init example.com/web && go build -o server .\nEXPOSE 8080\nCMD [\"./server\"]\n");
    Files.createDirectories(dir.resolve("java"));
    Files.writeString(dir.resolve("java/Hello.java"), HELLO_JAVA);
    Files.writeString(dir.resolve("java/Dockerfile"), "FROM eclipse-temurin:21\nWORKDIR /app\nCOPY Hello.java .\n"
        + "RUN javac Hello.java\nCMD [\"java\", \"Hello\"]\n");
    Files.createDirectories(dir.resolve("php"));
    Files.writeString(dir.resolve("php/index.php"), "<html><body>\n<?php echo \"Hello from PHP \" . PHP_VERSION; ?>\n"
        + "</body></html>\n");
    Files.writeString(dir.resolve("php/Dockerfile"), "FROM php:8.3-apache\nCOPY index.php /var/www/html/\n");
    engine = Engine.create(EngineOptions.defaults().withHostDir(dir));
    for (String image : new String[] {"golang:1.22", "golang", "golang:1.22-alpine", "alpine:3.20", "eclipse-temurin:21",
        "eclipse-temurin:17", "eclipse-temurin:21-jre", "openjdk:17", "openjdk:17-jdk-slim", "php:8.3-cli", "php:8.2",
        "php:8.3-apache"}) {
      ok("docker pull -q " + image);
    }
  }

  @Test
  void golang_versionEnvAndWorkdir() {
    assertThat(ok("docker run --rm golang:1.22 go version").stdout()).isEqualTo("go version go1.22.10 linux/amd64\n");
    assertThat(ok("docker run --rm golang go version").stdout()).isEqualTo("go version go1.23.4 linux/amd64\n");
    assertThat(ok("docker run --rm golang:1.22-alpine go version").stdout()).isEqualTo("go version go1.22.10 linux/amd64\n");
    assertThat(ok("docker run --rm golang:1.22 pwd").stdout()).isEqualTo("/go\n");
    assertThat(ok("docker run --rm golang:1.22 go env GOPATH GOROOT").stdout()).isEqualTo("/go\n/usr/local/go\n");
    assertThat(ok("docker run --rm golang:1.22 ls /go").stdout()).isEqualTo("bin\nsrc\n");
    assertThat(ok("docker image inspect -f '{{json .Config.Env}} {{.Config.WorkingDir}} {{json .Config.Cmd}}' golang:1.22")
        .stdout()).isEqualTo("[\"PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\","
            + "\"GOLANG_VERSION=1.22.10\",\"GOTOOLCHAIN=local\",\"GOPATH=/go\"] /go [\"bash\"]\n");
  }

  @Test
  void golang_modInitRunAndAMultiStageBuild() {
    CommandResult init = engine.run("docker run --rm -w /src golang:1.22 sh -c 'go mod init example.com/m && cat go.mod'");
    assertThat(init.stderr()).isEqualTo("go: creating new go.mod: module example.com/m\n");
    assertThat(init.stdout()).isEqualTo("module example.com/m\n\ngo 1.22.10\n");
    assertThat(engine.run("docker run --rm -w /src golang:1.22 go mod init").stderr())
        .startsWith("go: cannot determine module path for source directory /src (outside GOPATH, module path must be specified)\n");
    assertThat(ok("docker run --rm -v " + dir + "/go:/src -w /src golang:1.22 go run .").stdout()).isEqualTo("Hello, Go!\n");
    assertThat(ok("docker run --rm -v " + dir + "/go:/src -w /src golang:1.22 go run main.go").stdout())
        .isEqualTo("Hello, Go!\n");
    CommandResult noMod = engine.run("docker run --rm -v " + dir + "/go/main.go:/x/main.go -w /x golang:1.22 go build .");
    assertThat(noMod.stderr()).isEqualTo(
        "go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n");
    assertThat(noMod.exitCode()).isEqualTo(1);
    ok("docker build -q -t hello go");
    assertThat(ok("docker run --rm hello").stdout()).isEqualTo("Hello, Go!\n");
  }

  @Test
  void golang_aWebServerAnswersOnItsPublishedPort() {
    ok("docker build -q -t goweb web");
    ok("docker run -d --name goweb -p 8080:8080 goweb");
    assertThat(ok("curl -s localhost:8080/").stdout()).isEqualTo("Hello from Go\n");
    assertThat(ok("curl -s localhost:8080/any/path").stdout()).isEqualTo("Hello from Go\n");
    assertThat(ok("docker logs goweb").stderr()).matches("\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d listening on :8080\n");
  }

  @Test
  void golang_aThirdPartyImportFailsTheBuildAsGoDoes() {
    CommandResult r = engine.run("docker run --rm -v " + dir + "/gin:/src -w /src golang:1.22 go build .");
    assertThat(r.output()).isEqualTo("main.go:3:8: no required module provides package "
        + "github.com/gin-gonic/gin; to add it:\n\tgo get github.com/gin-gonic/gin\n");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void temurinAndOpenjdk_versionsJavaHomeAndHelloWorld() {
    CommandResult v = ok("docker run --rm eclipse-temurin:21 java -version");
    assertThat(v.stdout()).isEmpty();
    assertThat(v.stderr()).isEqualTo("openjdk version \"21.0.5\" 2024-10-15 LTS\n"
        + "OpenJDK Runtime Environment Temurin-21.0.5+11 (build 21.0.5+11-LTS)\n"
        + "OpenJDK 64-Bit Server VM Temurin-21.0.5+11 (build 21.0.5+11-LTS, mixed mode, sharing)\n");
    assertThat(ok("docker run --rm eclipse-temurin:17 javac -version").stdout()).isEqualTo("javac 17.0.13\n");
    assertThat(ok("docker run --rm openjdk:17 java -version").stderr()).startsWith("openjdk version \"17.0.2\" 2022-01-18\n");
    assertThat(ok("docker run --rm eclipse-temurin:21 sh -c 'echo $JAVA_HOME; which java'").stdout())
        .isEqualTo("/opt/java/openjdk\n/opt/java/openjdk/bin/java\n");
    assertThat(ok("docker run --rm openjdk:17-jdk-slim sh -c 'echo $JAVA_HOME'").stdout()).isEqualTo("/usr/local/openjdk-17\n");
    assertThat(engine.run("docker run --rm eclipse-temurin:21-jre javac -version").exitCode()).isEqualTo(127);
    ok("docker build -q -t hj java");
    assertThat(ok("docker run --rm hj").stdout()).isEqualTo("Hello, Java!\n");
    CommandResult missing = engine.run("docker run --rm hj java Nope");
    assertThat(missing.stderr()).isEqualTo("Error: Could not find or load main class Nope\n"
        + "Caused by: java.lang.ClassNotFoundException: Nope\n");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(ok("docker run --rm hj java Hello.java").stdout()).isEqualTo("Hello, Java!\n");
    CommandResult nofile = engine.run("docker run --rm hj javac Nope.java");
    assertThat(nofile.stderr()).isEqualTo("error: file not found: Nope.java\nUsage: javac <options> <source files>\n"
        + "use --help for a list of possible options\n");
    assertThat(nofile.exitCode()).isEqualTo(2);
  }

  @Test
  void php_cliVersionCodeAndScripts() {
    CommandResult v = ok("docker run --rm php:8.3-cli php -v");
    assertThat(v.stdout()).startsWith("PHP 8.3.14 (cli) (built: ").contains("Zend Engine v4.3.14, Copyright (c) Zend Technologies\n");
    assertThat(ok("docker run --rm php:8.2 php -r 'echo \"hi\" . PHP_EOL;'").stdout()).isEqualTo("hi\n");
    // docker-php-entrypoint: an option as the first argument is given to php.
    assertThat(ok("docker run --rm php:8.3-cli -r 'echo PHP_VERSION, \"\\n\";'").stdout()).isEqualTo("8.3.14\n");
    assertThat(ok("docker run --rm -v " + dir + "/php:/app php:8.3-cli php /app/index.php").stdout())
        .isEqualTo("<html><body>\nHello from PHP 8.3.14</body></html>\n");
    CommandResult missing = engine.run("docker run --rm php:8.3-cli php nope.php");
    assertThat(missing.stdout()).isEqualTo("Could not open input file: nope.php\n");
    assertThat(missing.exitCode()).isEqualTo(1);
  }

  @Test
  void phpApache_servesAPhpFileAndLogsAsApacheDoes() {
    ok("docker build -q -t site php");
    ok("docker run -d --name site -p 8080:80 site");
    assertThat(ok("curl -s localhost:8080/").stdout()).isEqualTo("<html><body>\nHello from PHP 8.3.14</body></html>\n");
    assertThat(ok("curl -sI localhost:8080/index.php").stdout()).contains("X-Powered-By: PHP/8.3.14");
    CommandResult logs = ok("docker logs site");
    assertThat(logs.stderr()).startsWith("AH00558: apache2: Could not reliably determine the server's fully qualified domain"
        + " name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message\n")
        .contains("[mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.62 (Debian) PHP/8.3.14 configured -- resuming normal"
            + " operations\n")
        .contains("[core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'\n");
    assertThat(logs.stdout()).containsPattern("172\\.17\\.0\\.1 - - \\[\\d\\d/\\w{3}/\\d{4}:[\\d:]{8} \\+0000\\] "
        + "\"GET / HTTP/1.1\" 200 \\d+ \"-\" \"curl/[\\d.]+\"\n");
    ok("docker exec site rm /var/www/html/index.php");
    assertThat(engine.run("curl -s -o /dev/null -w '%{http_code}' localhost:8080/").stdout()).isEqualTo("403");
    ok("docker stop site");
    assertThat(ok("docker logs site").stderr()).contains("AH00170: caught SIGWINCH, shutting down gracefully\n");
  }
}
