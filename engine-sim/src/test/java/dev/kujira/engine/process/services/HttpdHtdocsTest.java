package dev.kujira.engine.process.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The httpd image serving a bind-mounted htdocs (the Hub page's "-v "$PWD":/usr/local/apache2/htdocs/"). */
class HttpdHtdocsTest {
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
  void bindMountedHtdocs_isServed_andAnEditShowsAtOnce() {
    engine.writeHostFile("/root/site/index.html", 0644, "<h1>mine</h1>\n".getBytes(StandardCharsets.UTF_8));
    engine.run("docker run -d --name web -p 8080:80 -v /root/site:/usr/local/apache2/htdocs/ httpd:2.4");
    assertThat(engine.run("curl -s localhost:8080").stdout()).isEqualTo("<h1>mine</h1>\n");
    engine.writeHostFile("/root/site/index.html", 0644, "<h1>edited</h1>\n".getBytes(StandardCharsets.UTF_8));
    assertThat(engine.run("curl -s localhost:8080/").stdout()).isEqualTo("<h1>edited</h1>\n");
    assertThat(engine.run("curl -s -o /dev/null -w '%{http_code}' localhost:8080/nosuch.html").stdout()).isEqualTo("404");
    assertThat(engine.run("docker logs web").stdout()).contains("\"GET / HTTP/1.1\" 200 ")
        .contains("\"GET /nosuch.html HTTP/1.1\" 404 ");
  }

  /**
   * curl -I shows Apache's headers in httpd's order: Date and Server first, then a file's
   * Last-Modified, ETag (size-mtime in microseconds, hex), Accept-Ranges, Content-Length and
   * Content-Type; a 404 carries Apache's error-page type with its charset.
   */
  @Test
  void headers_comeInApachesOrder() {
    engine.writeHostFile("/root/site/index.html", 0644, "<h1>mine</h1>\n".getBytes(StandardCharsets.UTF_8));
    engine.run("docker run -d --name web -p 8080:80 -v /root/site:/usr/local/apache2/htdocs/ httpd:2.4");
    String head = engine.run("curl -sI localhost:8080/").stdout();
    assertThat(head.lines().map(l -> l.contains(":") ? l.substring(0, l.indexOf(':')) : l).toList())
        .containsExactly("HTTP/1.1 200 OK", "Date", "Server", "Last-Modified", "ETag", "Accept-Ranges",
            "Content-Length", "Content-Type", "");
    assertThat(head).contains("Server: Apache/2.4.62 (Unix)\r\n").contains("Content-Length: 14\r\n")
        .contains("Content-Type: text/html\r\n").containsPattern("ETag: \"e-[0-9a-f]+\"");
    String missing = engine.run("curl -sI localhost:8080/nosuch.html").stdout();
    assertThat(missing).startsWith("HTTP/1.1 404 Not Found\r\n")
        .contains("Content-Type: text/html; charset=iso-8859-1\r\n").doesNotContain("ETag");
  }
}
