package dev.kujira.engine.process.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * curl -I and -i against nginx show the headers nginx's header filter writes, in its order: Server, Date,
 * Content-Type, Content-Length, Last-Modified, Connection, ETag, Accept-Ranges (an error page: the first
 * four and Connection), as the notes' `curl -I localhost:8080` shows them.
 */
class NginxHeadersTest extends AppSession {
  @BeforeEach
  void setUp() throws Exception {
    engine = Engine.create(EngineOptions.defaults().withHostDir(dir));
    ok("docker run -d --name web -p 8080:80 nginx:1.27");
  }

  @Test
  void headResponse_hasNginxsHeadersInItsOrder() {
    String head = ok("curl -sI localhost:8080").stdout().replace("\r\n", "\n"); // curl prints the lines as sent, CRLF
    assertThat(head).containsPattern("^HTTP/1.1 200 OK\nServer: nginx/1.27.3\nDate: \\w{3}, \\d\\d \\w{3} \\d{4} [\\d:]{8} GMT\n"
        + "Content-Type: text/html\nContent-Length: 615\nLast-Modified: \\w{3}, \\d\\d \\w{3} \\d{4} [\\d:]{8} GMT\n"
        + "Connection: keep-alive\nETag: \"[0-9a-f]+-267\"\nAccept-Ranges: bytes\n");
    assertThat(head.split("Content-Length").length).as("one Content-Length").isEqualTo(2);
    String missing = engine.run("curl -si localhost:8080/nope").stdout().replace("\r\n", "\n");
    assertThat(missing).containsPattern("^HTTP/1.1 404 Not Found\nServer: nginx/1.27.3\nDate: [^\n]+\nContent-Type: text/html\n"
        + "Content-Length: \\d+\nConnection: keep-alive\n").contains("<title>404 Not Found</title>");
  }
}
