package dev.kujira.engine.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A volume's files are on the host at the Mountpoint {@code docker volume inspect} prints, as the
 * local driver keeps them under /var/lib/docker/volumes on a Linux host: both sides see each
 * other's writes, and the directory goes with the volume.
 */
class HostVolumesTest {
  private Engine engine;

  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults());
    engine.run("docker pull -q busybox");
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  @Test
  void theMountpointHoldsTheVolumesFiles_bothWays() {
    engine.run("docker volume create data");
    String mountpoint = engine.run("docker volume inspect data --format '{{.Mountpoint}}'").stdout().strip();
    assertThat(mountpoint).isEqualTo("/var/lib/docker/volumes/data/_data");
    engine.run("docker run --rm -v data:/data busybox sh -c 'echo from-container > /data/a'");
    assertThat(engine.run("cat " + mountpoint + "/a").stdout()).isEqualTo("from-container\n");
    engine.run("echo from-host > " + mountpoint + "/b");
    assertThat(engine.run("docker run --rm -v data:/data busybox cat /data/b").stdout()).isEqualTo("from-host\n");
  }

  @Test
  void theVolumesDirectoryListsExactlyTheVolumes() {
    engine.run("docker volume create one");
    engine.run("docker run --rm -v two:/x busybox true");
    assertThat(engine.run("ls /var/lib/docker/volumes").stdout()).isEqualTo("one\ntwo\n");
    assertThat(engine.run("ls -ld /var/lib/docker/volumes/one").stdout()).startsWith("drwx-----x ");
    engine.run("docker volume rm one");
    assertThat(engine.run("ls /var/lib/docker/volumes").stdout()).isEqualTo("two\n");
  }
}
