package dev.kujira.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.api.BuildInfo;
import dev.kujira.engine.api.ComposeProjectInfo;
import dev.kujira.engine.api.ContainerInfo;
import dev.kujira.engine.api.ContainerStatus;
import dev.kujira.engine.api.EngineState;
import dev.kujira.engine.api.ImageInfo;
import dev.kujira.engine.api.NetworkInfo;
import dev.kujira.engine.api.VolumeInfo;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The typed state API: each fact a lesson reads, from records, after real command lines. */
class StateApiTest {
  private Engine engine;

  @BeforeEach
  void setUp() throws IOException {
    engine = Engine.create(EngineOptions.defaults().withArchive(EngineTest.BUSYBOX));
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  @Test
  void container_facts_areTyped() {
    engine.run("docker network create appnet");
    engine.run("docker volume create --label team=a data");
    engine.run("docker run -d --name web --network appnet --network-alias www -p 127.0.0.1:8080:80 -v data:/data"
        + " -e GREETING=hi -l tier=front -u 1000 -w /srv -h webhost --restart on-failure:3 busybox httpd -f -p 80");
    engine.run("docker run --name job busybox sh -c 'exit 3'");
    EngineState s = engine.state();

    ContainerInfo web = s.containers().byName("web").orElseThrow();
    assertThat(web.status()).isEqualTo(ContainerStatus.RUNNING);
    assertThat(web.running()).isTrue();
    assertThat(web.path()).isEqualTo("httpd");
    assertThat(web.args()).containsExactly("-f", "-p", "80");
    assertThat(web.envValue("GREETING")).hasValue("hi");
    assertThat(web.labels()).containsEntry("tier", "front");
    assertThat(web.user()).isEqualTo("1000");
    assertThat(web.workingDir()).isEqualTo("/srv");
    assertThat(web.hostname()).isEqualTo("webhost");
    assertThat(web.restartPolicy()).isEqualTo("on-failure");
    assertThat(web.maxRetries()).isEqualTo(3);
    assertThat(web.ports()).containsExactly(new ContainerInfo.Port("127.0.0.1", 8080, 80, "tcp"));
    assertThat(web.mounts()).containsExactly(new ContainerInfo.MountInfo("volume",
        "/var/lib/docker/volumes/data/_data", "/data", false, "data"));
    ContainerInfo.Attachment net = web.network("appnet").orElseThrow();
    assertThat(net.ip()).startsWith("172.");
    assertThat(net.gateway()).endsWith(".1");
    assertThat(net.aliases()).containsExactly("www");
    assertThat(net.dnsNames()).contains("web", "www");
    assertThat(web.imageRef()).isEqualTo("busybox");
    assertThat(web.imageId()).isEqualTo(s.images().byReference("busybox").orElseThrow().id());
    assertThat(web.startedAt()).isGreaterThanOrEqualTo(web.created());

    ContainerInfo job = s.containers().byName("job").orElseThrow();
    assertThat(job.status()).isEqualTo(ContainerStatus.EXITED);
    assertThat(job.exitCode()).isEqualTo(3);
    assertThat(job.ports()).isEmpty();
    assertThat(job.health()).isEqualTo(ContainerInfo.Health.NONE);

    NetworkInfo appnet = s.networks().byName("appnet").orElseThrow();
    assertThat(appnet.driver()).isEqualTo("bridge");
    assertThat(appnet.subnet()).endsWith("/16");
    assertThat(appnet.members()).extracting(NetworkInfo.Member::container).containsExactly("web");
    assertThat(appnet.members().get(0).ip()).isEqualTo(net.ip());

    VolumeInfo data = s.volumes().byName("data").orElseThrow();
    assertThat(data.labels()).containsEntry("team", "a");
    assertThat(data.mountpoint()).isEqualTo("/var/lib/docker/volumes/data/_data");
    assertThat(data.usedBy()).containsExactly("web");
  }

  @Test
  void image_andBuild_facts_areTyped() {
    engine.run("mkdir /root/app && cd /root/app && printf 'FROM busybox AS base\\nENV A=1\\nRUN echo hi > /f\\n"
        + "EXPOSE 80\\nUSER nobody\\nCMD [\"sh\"]\\n' > Dockerfile");
    engine.run("cd /root/app && docker build -t app:1 .");
    engine.run("cd /root/app && docker build -t app:1 .");
    EngineState s = engine.state();

    ImageInfo app = s.images().byReference("app:1").orElseThrow();
    assertThat(app.references()).containsExactly("app:1");
    assertThat(app.dangling()).isFalse();
    assertThat(app.config().env()).contains("A=1");
    assertThat(app.config().exposedPorts()).containsExactly("80/tcp");
    assertThat(app.config().user()).isEqualTo("nobody");
    assertThat(app.config().cmd()).containsExactly("sh");
    ImageInfo.LayerInfo run = app.layers().stream().filter(l -> l.createdBy().contains("echo hi")).findFirst()
        .orElseThrow();
    assertThat(run.emptyLayer()).isFalse();
    assertThat(run.diffId()).startsWith("sha256:");
    assertThat(run.size()).isPositive();
    assertThat(app.layers().stream().filter(l -> l.createdBy().contains("ENV A=1")).findFirst().orElseThrow()
        .emptyLayer()).isTrue();

    BuildInfo last = s.builds().last().orElseThrow();
    BuildInfo.Step step = last.steps().stream().filter(x -> x.instruction().contains("echo hi")).findFirst()
        .orElseThrow();
    assertThat(step.cached()).isTrue();
    assertThat(step.stage()).isEqualTo("base");
    assertThat(step.reason()).isNotEmpty();
  }

  @Test
  void compose_project_groupsServicesNetworksAndVolumes() {
    engine.run("mkdir /root/shop && cd /root/shop && printf 'services:\\n  web:\\n    image: busybox\\n"
        + "    command: sleep 300\\n    volumes: [\"cache:/c\"]\\nvolumes:\\n  cache: {}\\n' > compose.yaml");
    engine.run("cd /root/shop && docker compose up -d --scale web=2");
    ComposeProjectInfo shop = engine.state().compose().byName("shop").orElseThrow();
    ComposeProjectInfo.Service web = shop.service("web").orElseThrow();
    assertThat(web.containers()).containsExactly("shop-web-1", "shop-web-2");
    assertThat(web.replicas()).isEqualTo(2);
    assertThat(web.running()).isEqualTo(2);
    assertThat(shop.networks()).containsExactly("shop_default");
    assertThat(shop.volumes()).containsExactly("shop_cache");
    assertThat(engine.state().containers().byName("shop-web-1").orElseThrow().composeService()).isEqualTo("web");
  }

  @Test
  void canonicalJson_isStableForEqualStates() {
    engine.run("docker run -d --name app busybox sleep 100");
    assertThat(engine.state().canonicalJson()).isEqualTo(engine.state().canonicalJson());
    assertThat(engine.state().canonicalJson()).contains("\"name\":\"app\"", "\"status\":\"RUNNING\"");
  }
}
