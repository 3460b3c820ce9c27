package dev.kujira.engine.image.registry;

import java.util.List;
import java.util.Map;

/**
 * The official images a learner meets, with facts from their docker-library Dockerfiles and the
 * sizes Docker Hub lists for linux/amd64 (approximate). Executables name simulated programs.
 *
 * <p>Where the servers approximate their real counterparts: postgres keeps its cluster in
 * PGDATA as kujira's own JSON file and runs a SQL subset (one table per statement: CREATE/DROP
 * TABLE and DATABASE, INSERT, SELECT with WHERE/ORDER BY/LIMIT/count(*), UPDATE, DELETE, CREATE
 * USER; no joins, transactions or privileges); mysql and mariadb answer a handful of statements
 * and abridge their logs (5.7's forty [Note] lines, mariadb-install-db's output; their
 * /docker-entrypoint-initdb.d *.sql files are named, not run); redis's dump.rdb is kujira's own
 * key list; background processes (postgres' checkpointer, nginx's workers, mysqld's threads) are
 * fixed pid/thread numbers, not processes; log timestamps come from the session's clock.
 */
final class OfficialImages {
  static final String PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  private OfficialImages() {
  }

  static List<ImageSpec> all() {
    List<ImageSpec> all = new java.util.ArrayList<>(core());
    all.addAll(ScriptImages.all());
    all.addAll(LanguageImages.all());
    all.addAll(DataImages.all());
    return all;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new java.util.ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static List<ImageSpec> core() {
    return List.of(
        new ImageSpec("busybox", List.of("latest", "1.37", "1.37.0", "stable"), "busybox", List.of(PATH), null,
            List.of("sh"), List.of(), List.of(), "", "", Map.of(), 4_270_000L, Map.of(),
            List.of("BusyBox 1.37.0 (glibc), Debian 12", "CMD [\"sh\"]")),
        new ImageSpec("alpine", List.of("latest", "3.20", "3.20.3", "3"), "alpine", List.of(PATH), null,
            List.of("/bin/sh"), List.of(), List.of(), "", "", Map.of(), 7_800_000L, Map.of(),
            List.of("ADD alpine-minirootfs-3.20.3-x86_64.tar.gz / # buildkit", "CMD [\"/bin/sh\"]")),
        new ImageSpec("alpine", List.of("3.19", "3.19.4"), "alpine319", List.of(PATH), null, List.of("/bin/sh"),
            List.of(), List.of(), "", "", Map.of(), 7_380_000L, Map.of(),
            List.of("ADD alpine-minirootfs-3.19.4-x86_64.tar.gz / # buildkit", "CMD [\"/bin/sh\"]")),
        new ImageSpec("ubuntu", List.of("latest", "24.04", "noble"), "ubuntu", List.of(PATH), null, List.of("/bin/bash"),
            List.of(), List.of(), "", "", Map.of("org.opencontainers.image.ref.name", "ubuntu",
                "org.opencontainers.image.version", "24.04"), 78_100_000L, Map.of(),
            List.of("ARG RELEASE", "ARG LAUNCHPAD_BUILD_ARCH", "LABEL org.opencontainers.image.ref.name=ubuntu",
                "LABEL org.opencontainers.image.version=24.04", "ADD file:ubuntu-noble-oci-amd64-root.tar.gz in / ",
                "CMD [\"/bin/bash\"]")),
        new ImageSpec("ubuntu", List.of("22.04", "jammy"), "ubuntu2204", List.of(PATH), null, List.of("/bin/bash"),
            List.of(), List.of(), "", "", Map.of("org.opencontainers.image.ref.name", "ubuntu",
                "org.opencontainers.image.version", "22.04"), 77_900_000L, Map.of(),
            List.of("ADD file:ubuntu-jammy-oci-amd64-root.tar.gz in / ", "CMD [\"/bin/bash\"]")),
        new ImageSpec("debian", List.of("latest", "bookworm", "12", "12.8"), "debian", List.of(PATH), null,
            List.of("bash"), List.of(), List.of(), "", "", Map.of(), 117_000_000L, Map.of(),
            List.of("ADD rootfs.tar.xz / # buildkit", "CMD [\"bash\"]")),
        // nginxinc/docker-nginx mainline/debian at d21b4f2 (1.27.3, the snapshot's nginx:latest).
        new ImageSpec("nginx", List.of("latest", "1.27", "1.27.3", "mainline"), "debian",
            concat(List.of(PATH), NginxFiles.DEBIAN_ENV), List.of("/docker-entrypoint.sh"),
            List.of("nginx", "-g", "daemon off;"), List.of("80/tcp"), List.of(), "", "SIGQUIT",
            Map.of("maintainer", "NGINX Docker Maintainers <docker-maint@nginx.com>"), 192_000_000L,
            NginxFiles.files(Map.of("/usr/share/nginx/html/index.html", Pages.NGINX_INDEX,
                "/usr/share/nginx/html/50x.html", Pages.NGINX_50X), false), NginxFiles.debianHistory()),
        // mainline/alpine on mainline/alpine-slim at d21b4f2.
        new ImageSpec("nginx", List.of("alpine", "1.27-alpine"), "alpine", concat(List.of(PATH), NginxFiles.ALPINE_ENV),
            List.of("/docker-entrypoint.sh"), List.of("nginx", "-g", "daemon off;"), List.of("80/tcp"), List.of(), "",
            "SIGQUIT", Map.of("maintainer", "NGINX Docker Maintainers <docker-maint@nginx.com>"), 47_900_000L,
            NginxFiles.files(Map.of("/usr/share/nginx/html/index.html", Pages.NGINX_INDEX,
                "/usr/share/nginx/html/50x.html", Pages.NGINX_50X), true), NginxFiles.alpineHistory()),
        new ImageSpec("httpd", List.of("latest", "2.4", "2.4.62", "2"), "debian", HttpdFiles.ENV, null,
            List.of("httpd-foreground"), List.of("80/tcp"), List.of(), HttpdFiles.PREFIX, "SIGWINCH", Map.of(),
            148_000_000L, HttpdFiles.files(), HttpdFiles.history()),
        new ImageSpec("redis", List.of("latest", "7", "7.4", "7.4.1"), "debian",
            List.of(PATH, "REDIS_VERSION=7.4.1"), List.of("docker-entrypoint.sh"), List.of("redis-server"),
            List.of("6379/tcp"), List.of("/data"), "/data", "", Map.of(), 117_000_000L,
            Map.of("/usr/local/bin/redis-server", "#!kujira:redis-server\n", "/usr/local/bin/redis-cli",
                "#!kujira:redis-cli\n",
                "/usr/local/bin/docker-entrypoint.sh", DataImages.REDIS_ENTRYPOINT, "/etc/passwd", DataImages.passwd(
                    "redis:x:999:999::/home/redis:/usr/sbin/nologin")),
            List.of("ADD rootfs.tar.xz / # buildkit", "VOLUME [/data]", "WORKDIR /data",
                "ENTRYPOINT [\"docker-entrypoint.sh\"]", "EXPOSE map[6379/tcp:{}]", "CMD [\"redis-server\"]")),
        new ImageSpec("mysql", List.of("latest", "9", "9.1", "9.1.0", "8.0", "5.7"), "debian",
            List.of(PATH, "GOSU_VERSION=1.17", "MYSQL_MAJOR=innovation", "MYSQL_VERSION=9.1.0-1.el9",
                "MYSQL_SHELL_VERSION=9.1.0-1.el9"),
            List.of("docker-entrypoint.sh"), List.of("mysqld"), List.of("3306/tcp", "33060/tcp"), List.of("/var/lib/mysql"),
            "", "", Map.of(), 593_000_000L, Map.of("/usr/sbin/mysqld", "#!kujira:mysqld\n", "/usr/bin/mysql", "#!kujira:mysql\n",
                "/usr/local/bin/docker-entrypoint.sh", "#!kujira:database-entrypoint\n"),
            List.of("ADD oraclelinux-9-slim-amd64-rootfs.tar.xz / # buildkit", "VOLUME [/var/lib/mysql]",
                "ENTRYPOINT [\"docker-entrypoint.sh\"]", "EXPOSE map[3306/tcp:{} 33060/tcp:{}]", "CMD [\"mysqld\"]")),
        new ImageSpec("mysql", List.of("8.0", "8.0.40", "8"), "debian",
            List.of(PATH, "GOSU_VERSION=1.17", "MYSQL_MAJOR=8.0", "MYSQL_VERSION=8.0.40-1.el9"),
            List.of("docker-entrypoint.sh"), List.of("mysqld"), List.of("3306/tcp", "33060/tcp"), List.of("/var/lib/mysql"),
            "", "", Map.of(), 573_000_000L, Map.of("/usr/sbin/mysqld", "#!kujira:mysqld\n", "/usr/bin/mysql", "#!kujira:mysql\n",
                "/usr/local/bin/docker-entrypoint.sh", "#!kujira:database-entrypoint\n"),
            List.of("ADD oraclelinux-9-slim-amd64-rootfs.tar.xz / # buildkit", "VOLUME [/var/lib/mysql]",
                "ENTRYPOINT [\"docker-entrypoint.sh\"]", "EXPOSE map[3306/tcp:{} 33060/tcp:{}]", "CMD [\"mysqld\"]")),
        new ImageSpec("mysql", List.of("5.7", "5.7.44"), "debian",
            List.of(PATH, "GOSU_VERSION=1.16", "MYSQL_MAJOR=5.7", "MYSQL_VERSION=5.7.44-1.el7"),
            List.of("docker-entrypoint.sh"), List.of("mysqld"), List.of("3306/tcp", "33060/tcp"), List.of("/var/lib/mysql"),
            "", "", Map.of(), 448_000_000L, Map.of("/usr/sbin/mysqld", "#!kujira:mysqld\n", "/usr/bin/mysql", "#!kujira:mysql\n",
                "/usr/local/bin/docker-entrypoint.sh", "#!kujira:database-entrypoint\n"),
            List.of("ADD oraclelinux-7-slim-amd64-rootfs.tar.xz / # buildkit", "VOLUME [/var/lib/mysql]",
                "ENTRYPOINT [\"docker-entrypoint.sh\"]", "EXPOSE map[3306/tcp:{} 33060/tcp:{}]", "CMD [\"mysqld\"]")),
        new ImageSpec("mariadb", List.of("latest", "11", "11.4"), "ubuntu",
            List.of(PATH, "MARIADB_VERSION=1:11.4.4+maria~ubu2404"), List.of("docker-entrypoint.sh"),
            List.of("mariadbd"), List.of("3306/tcp"), List.of("/var/lib/mysql"), "", "", Map.of(), 407_000_000L,
            // MariaDB 11's client is mariadb; the image has no mysql command any more (MDEV-21303).
            Map.of("/usr/sbin/mariadbd", "#!kujira:mysqld\n", "/usr/bin/mariadb", "#!kujira:mysql\n",
                "/usr/local/bin/docker-entrypoint.sh", "#!kujira:database-entrypoint\n"),
            List.of("ADD file:ubuntu-noble-oci-amd64-root.tar.gz in / ", "VOLUME [/var/lib/mysql]",
                "ENTRYPOINT [\"docker-entrypoint.sh\"]", "EXPOSE map[3306/tcp:{}]", "CMD [\"mariadbd\"]")),
        new ImageSpec("wordpress", List.of("latest", "6", "6.7", "php8.2"), "debian",
            List.of(PATH, "PHP_VERSION=8.2.26"), List.of("docker-entrypoint.sh"),
            List.of("apache2-foreground"), List.of("80/tcp"), List.of("/var/www/html"), "/var/www/html", "SIGWINCH",
            Map.of(), 700_000_000L, Map.of("/usr/local/bin/apache2-foreground", "#!kujira:wordpress\n",
                "/usr/local/bin/docker-entrypoint.sh", "#!/bin/sh\nexec \"$@\"\n"),
            List.of("ADD rootfs.tar.xz / # buildkit", "STOPSIGNAL SIGWINCH", "WORKDIR /var/www/html",
                "VOLUME [/var/www/html]", "ENTRYPOINT [\"docker-entrypoint.sh\"]", "CMD [\"apache2-foreground\"]")),
        new ImageSpec("registry", List.of("latest", "2", "2.8", "2.8.3"), "alpine", List.of(PATH),
            List.of("/entrypoint.sh"), List.of("/etc/docker/registry/config.yml"), List.of("5000/tcp"),
            List.of("/var/lib/registry"), "", "", Map.of(), 25_400_000L,
            Map.of("/bin/registry", "#!kujira:registry\n", "/entrypoint.sh", "#!kujira:registry\n",
                "/etc/docker/registry/config.yml", "version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: /var/lib/registry\nhttp:\n  addr: :5000\n"),
            List.of("ADD alpine-minirootfs-3.18.4-x86_64.tar.gz / # buildkit", "VOLUME [/var/lib/registry]",
                "EXPOSE map[5000/tcp:{}]", "ENTRYPOINT [\"/entrypoint.sh\"]", "CMD [\"/etc/docker/registry/config.yml\"]")),
        new ImageSpec("hello-world", List.of("latest", "linux"), "scratch", List.of(PATH), null, List.of("/hello"),
            List.of(), List.of(), "", "", Map.of(), 13_256L, Map.of("/hello", "#!kujira:hello\n"),
            List.of("COPY hello / # buildkit", "CMD [\"/hello\"]")));
  }
}
