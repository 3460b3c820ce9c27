package dev.kujira.engine.image.registry;

import java.util.List;
import java.util.Map;

/**
 * The mysql and mariadb tags the catalogue's first entries (OfficialImages) leave out, as
 * docker-library/mysql and MariaDB/mariadb-docker built them in November 2024: mysql 8.4 LTS
 * (8.4.3 on Oracle Linux 9 slim, the same entrypoint as 8.0 and innovation) and mariadb 10.11
 * LTS (10.11.10 on Ubuntu 22.04 jammy, where the client is still also installed as mysql).
 */
final class MysqlImages {
  private MysqlImages() {
  }

  static List<ImageSpec> all() {
    return List.of(
        new ImageSpec("mysql", List.of("8.4", "8.4.3", "lts", "8.4-oracle", "lts-oracle"), "debian",
            List.of(OfficialImages.PATH, "GOSU_VERSION=1.17", "MYSQL_MAJOR=8.4", "MYSQL_VERSION=8.4.3-1.el9",
                "MYSQL_SHELL_VERSION=8.4.2-1.el9"),
            List.of("docker-entrypoint.sh"), List.of("mysqld"), List.of("3306/tcp", "33060/tcp"),
            List.of("/var/lib/mysql"), "", "", Map.of(), 586_000_000L,
            Map.of("/usr/sbin/mysqld", "#!kujira:mysqld\n", "/usr/bin/mysql", "#!kujira:mysql\n",
                "/usr/local/bin/docker-entrypoint.sh", "#!kujira:database-entrypoint\n"),
            List.of("ADD oraclelinux-9-slim-amd64-rootfs.tar.xz / # buildkit", "ENV MYSQL_MAJOR=8.4",
                "ENV MYSQL_VERSION=8.4.3-1.el9", "VOLUME [/var/lib/mysql]", "ENTRYPOINT [\"docker-entrypoint.sh\"]",
                "EXPOSE map[3306/tcp:{} 33060/tcp:{}]", "CMD [\"mysqld\"]")),
        new ImageSpec("mariadb", List.of("10.11", "10.11.10", "10", "lts-10.11", "10.11-jammy"), "ubuntu2204",
            List.of(OfficialImages.PATH, "GOSU_VERSION=1.17", "LANG=C.UTF-8", "MARIADB_VERSION=1:10.11.10+maria~ubu2204"),
            List.of("docker-entrypoint.sh"), List.of("mariadbd"), List.of("3306/tcp"), List.of("/var/lib/mysql"), "",
            "", Map.of(), 326_000_000L,
            Map.of("/usr/sbin/mariadbd", "#!kujira:mysqld\n", "/usr/bin/mariadb", "#!kujira:mysql\n",
                "/usr/bin/mysql", "#!kujira:mysql\n", "/usr/local/bin/docker-entrypoint.sh",
                "#!kujira:database-entrypoint\n"),
            List.of("ADD file:ubuntu-jammy-oci-amd64-root.tar.gz in / ", "ENV MARIADB_VERSION=1:10.11.10+maria~ubu2204",
                "VOLUME [/var/lib/mysql]", "ENTRYPOINT [\"docker-entrypoint.sh\"]", "EXPOSE map[3306/tcp:{}]",
                "CMD [\"mariadbd\"]")));
  }
}
