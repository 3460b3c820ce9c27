package dev.kujira.engine.image.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nginx image's files beyond its web root, from the nginx package and nginxinc/docker-nginx
 * (1.27.3): the configuration, and docker-entrypoint.sh with its /docker-entrypoint.d/ scripts
 * (programs of the simulator; a script a learner adds there runs as a shell script).
 */
final class NginxFiles {
  /** mainline/debian's ENV lines at nginxinc/docker-nginx d21b4f2 (2024-11-26, 1.27.3): DYNPKG_RELEASE since 1.27.2. */
  static final List<String> DEBIAN_ENV = List.of("NGINX_VERSION=1.27.3", "NJS_VERSION=0.8.7", "NJS_RELEASE=1~bookworm",
      "PKG_RELEASE=1~bookworm", "DYNPKG_RELEASE=1~bookworm");
  /** The scripts mainline/debian COPYs into /docker-entrypoint.d, each its own step and layer. */
  static final List<String> SCRIPTS = List.of("10-listen-on-ipv6-by-default.sh", "15-local-resolvers.envsh",
      "20-envsubst-on-templates.sh", "30-tune-worker-processes.sh");

  /** mainline/alpine's: alpine-slim's three ENVs, then its own NJS_VERSION and NJS_RELEASE. */
  static final List<String> ALPINE_ENV = List.of("NGINX_VERSION=1.27.3", "PKG_RELEASE=1", "DYNPKG_RELEASE=1",
      "NJS_VERSION=0.8.7", "NJS_RELEASE=1");

  private NginxFiles() {
  }

  /**
   * Returns nginx:1.27.3's (bookworm) history as its Dockerfile makes it: debian:bookworm-slim's
   * two entries, the maintainer LABEL, five ENVs, the one RUN that adds the nginx user and
   * packages, docker-entrypoint.sh and the four entrypoint scripts each COPYed on its own (their
   * layers weigh the scripts' sizes, see {@link Variants#fixedSize}), then ENTRYPOINT, EXPOSE,
   * STOPSIGNAL and CMD.
   */
  static List<String> debianHistory() {
    List<String> h = new ArrayList<>(Variants.BOOKWORM);
    h.add("LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>");
    DEBIAN_ENV.forEach(e -> h.add("ENV " + e));
    h.addAll(RunLines.read("nginx-1.27.3-debian.run"));
    h.addAll(copies());
    return h;
  }

  /**
   * Returns nginx:1.27.3-alpine's history: mainline/alpine-slim's steps (as the Debian one's, on
   * alpine:3.20, with its own RUN) then mainline/alpine's two ENVs and the RUN that adds njs and
   * the dynamic modules; its CMD is alpine-slim's.
   */
  static List<String> alpineHistory() {
    List<String> runs = RunLines.read("nginx-1.27.3-alpine.run");
    List<String> h = new ArrayList<>(Variants.ALPINE);
    h.add("LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>");
    ALPINE_ENV.subList(0, 3).forEach(e -> h.add("ENV " + e));
    h.add(runs.get(0));
    h.addAll(copies());
    ALPINE_ENV.subList(3, 5).forEach(e -> h.add("ENV " + e));
    h.add(runs.get(1));
    return h;
  }

  /** The entrypoint's COPY steps and the config steps after them, the same in both variants' Dockerfiles. */
  private static List<String> copies() {
    List<String> h = new ArrayList<>();
    h.add("COPY docker-entrypoint.sh / # buildkit");
    SCRIPTS.forEach(s -> h.add("COPY " + s + " /docker-entrypoint.d # buildkit"));
    h.addAll(List.of("ENTRYPOINT [\"/docker-entrypoint.sh\"]", "EXPOSE map[80/tcp:{}]", "STOPSIGNAL SIGQUIT",
        "CMD [\"nginx\" \"-g\" \"daemon off;\"]"));
    return h;
  }

  /** /etc/nginx/conf.d/default.conf as the nginx package ships it (before the IPv6 script). */
  static final String DEFAULT_CONF = "server {\n    listen       80;\n    server_name  localhost;\n\n"
      + "    #access_log  /var/log/nginx/host.access.log  main;\n\n    location / {\n"
      + "        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n\n"
      + "    #error_page  404              /404.html;\n\n"
      + "    # redirect server error pages to the static page /50x.html\n    #\n"
      + "    error_page   500 502 503 504  /50x.html;\n    location = /50x.html {\n"
      + "        root   /usr/share/nginx/html;\n    }\n}\n";

  /** /etc/nginx/nginx.conf as the nginx package ships it. */
  static final String NGINX_CONF = "\nuser  nginx;\nworker_processes  auto;\n\n"
      + "error_log  /var/log/nginx/error.log notice;\npid        /var/run/nginx.pid;\n\n\n"
      + "events {\n    worker_connections  1024;\n}\n\n\nhttp {\n"
      + "    include       /etc/nginx/mime.types;\n    default_type  application/octet-stream;\n\n"
      + "    log_format  main  '$remote_addr - $remote_user [$time_local] \"$request\" '\n"
      + "                      '$status $body_bytes_sent \"$http_referer\" '\n"
      + "                      '\"$http_user_agent\" \"$http_x_forwarded_for\"';\n\n"
      + "    access_log  /var/log/nginx/access.log  main;\n\n    sendfile        on;\n    #tcp_nopush     on;\n\n"
      + "    keepalive_timeout  65;\n\n    #gzip  on;\n\n    include /etc/nginx/conf.d/*.conf;\n}\n";

  /**
   * Returns the nginx image's files beyond the web root: the configuration, the entrypoint's
   * scripts and the nginx user (Debian's useradd or Alpine's adduser line, as the variant's RUN makes it).
   */
  static Map<String, String> files(Map<String, String> pages, boolean alpine) {
    Map<String, String> m = new LinkedHashMap<>(pages);
    m.putAll(Map.of("/usr/sbin/nginx", "#!kujira:nginx\n", "/docker-entrypoint.sh", "#!kujira:nginx-entrypoint\n",
        "/etc/nginx/nginx.conf", NGINX_CONF, "/etc/nginx/conf.d/default.conf", DEFAULT_CONF,
        "/etc/nginx/mime.types", "\ntypes {\n    text/html                                        html htm shtml;\n"
            + "    text/css                                         css;\n    application/javascript                           js;\n}\n",
        "/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh", "#!kujira:nginx-listen-ipv6\n",
        "/docker-entrypoint.d/15-local-resolvers.envsh", "#!kujira:nginx-entrypoint-quiet\n",
        "/docker-entrypoint.d/20-envsubst-on-templates.sh", "#!kujira:nginx-entrypoint-quiet\n",
        "/docker-entrypoint.d/30-tune-worker-processes.sh", "#!kujira:nginx-entrypoint-quiet\n"));
    // Debian: groupadd --system --gid 101 nginx; useradd ... --home /nonexistent --comment "nginx user" --shell
    // /bin/false --uid 101 nginx. Alpine: addgroup -g 101 -S nginx; adduser -S -D -H -u 101 -h /var/cache/nginx
    // -s /sbin/nologin -G nginx -g nginx nginx.
    m.put("/etc/passwd+", alpine ? "nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin\n"
        : "nginx:x:101:101:nginx user:/nonexistent:/bin/false\n");
    m.put("/etc/group+", alpine ? "nginx:x:101:nginx\n" : "nginx:x:101:\n");
    return m;
  }
}
