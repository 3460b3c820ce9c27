package dev.kujira.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Mirror mode reaches the machine's files and daemon: the server refuses it on any address but loopback. */
class MirrorOptionTest {
  @Test
  void mirrorOnAPublicAddressIsRefused() {
    WebOptions o = WebOptions.defaults(new byte[] {1}).at("0.0.0.0", 0).withMirror(true);
    assertThatThrownBy(() -> WebServer.start(o, new LineProgram())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("127.0.0.1");
  }
}
