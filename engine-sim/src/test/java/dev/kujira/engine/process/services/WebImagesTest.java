package dev.kujira.engine.process.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * nginx:latest and httpd:latest as their Dockerfiles make them at the catalogue's snapshot
 * (2024-12-04, docs/images.md): nginxinc/docker-nginx mainline/debian at d21b4f2 (1.27.3) and
 * docker-library/httpd 2.4/Dockerfile at 3056c11 (2.4.62). The real engine here has no Hub, so
 * the facts checked are the Dockerfiles': each step a history row, COPY layers the size of the
 * copied files (git ls-tree: docker-entrypoint.sh 1620 bytes, the four scripts 2125, 389, 3018
 * and 4619), the config, the nginx user, and httpd's installed tree under /usr/local/apache2.
 */
class WebImagesTest extends AppSession {

  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults().withHostDir(dir));
  }

  @Test
  void nginx_historyHasEachDockerfileStep_andTheCopiesWeighTheirScripts() {
    ok("docker pull -q nginx");
    List<String> rows = ok("docker history --no-trunc --format '{{.CreatedBy}}|{{.Size}}' nginx").stdout().lines()
        .map(r -> r.startsWith("RUN ") ? r.substring(0, 60) + "…|" + r.substring(r.lastIndexOf('|') + 1) : r).toList();
    assertThat(rows).containsExactly("CMD [\"nginx\" \"-g\" \"daemon off;\"]|0B", "STOPSIGNAL SIGQUIT|0B",
        "EXPOSE map[80/tcp:{}]|0B", "ENTRYPOINT [\"/docker-entrypoint.sh\"]|0B",
        "COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit|4.62kB",
        "COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit|3.02kB",
        "COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit|389B",
        "COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit|2.12kB",
        "COPY docker-entrypoint.sh / # buildkit|1.62kB", rows.get(9), "ENV DYNPKG_RELEASE=1~bookworm|0B",
        "ENV PKG_RELEASE=1~bookworm|0B", "ENV NJS_RELEASE=1~bookworm|0B", "ENV NJS_VERSION=0.8.7|0B",
        "ENV NGINX_VERSION=1.27.3|0B", "LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>|0B",
        "CMD [\"bash\"]|0B", rows.get(17));
    assertThat(rows.get(9)).startsWith("RUN /bin/sh -c set -x     && groupadd --system --gid 101 ngi…|");
    String run = ok("docker history --no-trunc --format '{{.CreatedBy}}' nginx").stdout().lines()
        .filter(l -> l.startsWith("RUN ")).findFirst().orElseThrow();
    // BuildKit joins the continuation lines and drops the comments ("# forward request and error logs ...").
    assertThat(run).contains("--comment \"nginx user\" --shell /bin/false --uid 101 nginx     && apt-get update")
        .contains("&& ln -sf /dev/stdout /var/log/nginx/access.log ").doesNotContain("# forward")
        .endsWith("&& mkdir /docker-entrypoint.d # buildkit");
    assertThat(ok("docker images --format '{{.Size}}' nginx").stdout()).isEqualTo("192MB\n");
    // BuildKit comments every step it builds, ENV and CMD too (Docker 26.1, a FROM/ENV/RUN/CMD build); ubuntu's
    // own steps it did not build, so temurin's history comments only its own.
    assertThat(ok("docker history --format '{{.Comment}}' nginx").stdout().lines().distinct())
        .containsExactly("buildkit.dockerfile.v0");
    ok("docker pull -q eclipse-temurin:21-jre");
    List<String> temurin = ok("docker history --format '{{.CreatedBy}}|{{.Comment}}' eclipse-temurin:21-jre").stdout()
        .lines().toList();
    assertThat(temurin.get(0)).endsWith("|buildkit.dockerfile.v0");
    assertThat(temurin.get(temurin.size() - 1)).startsWith("ARG RELEASE").endsWith("|");
  }

  @Test
  void nginx_configEntrypointScriptsAndUserAsTheDockerfileSetsThem() {
    ok("docker pull -q nginx");
    assertThat(ok("docker image inspect -f '{{json .Config.Env}}|{{json .Config.Entrypoint}}|{{json .Config.Cmd}}|"
        + "{{json .Config.ExposedPorts}}|{{.Config.StopSignal}}' nginx").stdout()).isEqualTo(
            "[\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\",\"NGINX_VERSION=1.27.3\","
                + "\"NJS_VERSION=0.8.7\",\"NJS_RELEASE=1~bookworm\",\"PKG_RELEASE=1~bookworm\","
                + "\"DYNPKG_RELEASE=1~bookworm\"]|[\"/docker-entrypoint.sh\"]|[\"nginx\",\"-g\",\"daemon off;\"]|"
                + "{\"80/tcp\":{}}|SIGQUIT\n");
    assertThat(ok("docker run --rm nginx ls /docker-entrypoint.d").stdout()).isEqualTo(
        "10-listen-on-ipv6-by-default.sh\n15-local-resolvers.envsh\n20-envsubst-on-templates.sh\n"
            + "30-tune-worker-processes.sh\n");
    assertThat(ok("docker run --rm nginx grep nginx /etc/passwd /etc/group").stdout()).isEqualTo(
        "/etc/passwd:nginx:x:101:101:nginx user:/nonexistent:/bin/false\n/etc/group:nginx:x:101:\n");
    assertThat(ok("docker run --rm nginx:alpine grep nginx /etc/passwd").stdout())
        .isEqualTo("nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin\n");
  }

  @Test
  void nginxAlpine_isAlpineSlimsStepsThenNjs() {
    ok("docker pull -q nginx:alpine");
    List<String> rows = ok("docker history --no-trunc --format '{{.CreatedBy}}|{{.Size}}' nginx:alpine").stdout()
        .lines().map(r -> r.startsWith("RUN ") ? r.substring(0, 40) + "…" : r).toList();
    assertThat(rows).hasSize(19);
    assertThat(rows.subList(0, 4)).containsExactly("RUN /bin/sh -c set -x     && apkArch=\"$(…",
        "ENV NJS_RELEASE=1|0B", "ENV NJS_VERSION=0.8.7|0B", "CMD [\"nginx\" \"-g\" \"daemon off;\"]|0B");
    assertThat(rows.subList(9, 16)).containsExactly("COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit|389B",
        "COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit|2.12kB",
        "COPY docker-entrypoint.sh / # buildkit|1.62kB", "RUN /bin/sh -c set -x     && addgroup -g…",
        "ENV DYNPKG_RELEASE=1|0B", "ENV PKG_RELEASE=1|0B", "ENV NGINX_VERSION=1.27.3|0B");
    assertThat(ok("docker image inspect -f '{{json .Config.Env}}' nginx:alpine").stdout()).isEqualTo(
        "[\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\",\"NGINX_VERSION=1.27.3\","
            + "\"PKG_RELEASE=1\",\"DYNPKG_RELEASE=1\",\"NJS_VERSION=0.8.7\",\"NJS_RELEASE=1\"]\n");
    assertThat(ok("docker run --rm nginx:alpine ls /docker-entrypoint.d").stdout().lines()).hasSize(4);
  }

  @Test
  void httpd_pullsItsFiveLayers_andItsHistoryFollowsTheDockerfile() {
    String pull = ok("docker pull httpd").stdout();
    assertThat(pull.lines().filter(l -> l.endsWith(": Pull complete"))).hasSize(5);
    List<String> rows = ok("docker history --no-trunc --format '{{.CreatedBy}}|{{.Size}}' httpd").stdout().lines()
        .map(r -> r.startsWith("RUN /bin/sh -c set") ? r.substring(0, 40) + "…|" + r.substring(r.lastIndexOf('|') + 1)
            : r).toList();
    assertThat(rows).containsExactly("CMD [\"httpd-foreground\"]|0B", "EXPOSE map[80/tcp:{}]|0B",
        "COPY httpd-foreground /usr/local/bin/ # buildkit|138B", "STOPSIGNAL SIGWINCH|0B", rows.get(4),
        "ENV HTTPD_PATCHES=|0B", "ENV HTTPD_SHA256=674188e7bf44ced82da8db522da946849e22080d73d16c93f7f4df89e25729ec|0B",
        "ENV HTTPD_VERSION=2.4.62|0B", "RUN /bin/sh -c set -eux;  apt-get update…|4.95MB",
        "WORKDIR /usr/local/apache2|0B",
        "RUN /bin/sh -c mkdir -p \"$HTTPD_PREFIX\"  && chown www-data:www-data \"$HTTPD_PREFIX\" # buildkit|0B",
        "ENV PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin|0B",
        "ENV HTTPD_PREFIX=/usr/local/apache2|0B", "CMD [\"bash\"]|0B", rows.get(14));
    // The Dockerfile's tabs (kept by BuildKit in created_by) print as spaces, one for one.
    assertThat(rows.get(4)).startsWith("RUN /bin/sh -c set -eux;   savedAptMark");
    assertThat(ok("docker image inspect -f '{{.Config.WorkingDir}} {{.Config.StopSignal}} {{json .Config.Cmd}}' httpd")
        .stdout()).isEqualTo("/usr/local/apache2 SIGWINCH [\"httpd-foreground\"]\n");
  }

  @Test
  void httpd_hasTheTreeMakeInstallLeaves() {
    ok("docker pull -q httpd");
    assertThat(ok("docker run --rm httpd ls").stdout().lines().toList())
        .containsExactly("bin", "build", "cgi-bin", "conf", "error", "htdocs", "icons", "include", "logs", "modules");
    assertThat(ok("docker run --rm httpd cat htdocs/index.html").stdout())
        .isEqualTo("<html><body><h1>It works!</h1></body></html>\n");
    assertThat(ok("docker run --rm httpd ls logs").stdout()).isEmpty();
    String conf = ok("docker run --rm httpd cat conf/httpd.conf").stdout();
    assertThat(conf).contains("ServerRoot \"/usr/local/apache2\"\n").contains("\nListen 80\n")
        .contains("\nLoadModule mpm_event_module modules/mod_mpm_event.so\n")
        .contains("\n#LoadModule rewrite_module modules/mod_rewrite.so\n")
        .contains("DocumentRoot \"/usr/local/apache2/htdocs\"\n").contains("User www-data\n")
        .contains("CustomLog /proc/self/fd/1 common\n").contains("ErrorLog /proc/self/fd/2\n");
    assertThat(ok("docker run --rm httpd ls conf").stdout().lines().toList())
        .containsExactly("extra", "httpd.conf", "magic", "mime.types", "original");
    assertThat(ok("docker run --rm httpd ls modules").stdout()).contains("mod_rewrite.so\n").contains("mod_ssl.so\n");
    // Every LoadModule line names a module the tree has.
    for (String line : conf.lines().filter(l -> l.matches("#?LoadModule .*")).toList()) {
      String so = line.substring(line.lastIndexOf('/') + 1);
      ok("docker run --rm httpd test -f modules/" + so);
    }
    // chown www-data:www-data "$HTTPD_PREFIX"; /usr and /usr/local keep the base's mode.
    assertThat(ok("docker run --rm httpd stat -c '%U %a' /usr/local/apache2 /usr/local").stdout())
        .isEqualTo("www-data 755\nroot 755\n");
  }
}
