package dev.kujira.engine.image.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The postgres images at the tags learners type (docker-library/postgres, bookworm, as of
 * November 2024: 17.2, 16.6, 15.10): ENV PG_MAJOR, PG_VERSION, PGDATA and the PATH through
 * /usr/lib/postgresql/N/bin, the postgres user (999), /docker-entrypoint-initdb.d, VOLUME PGDATA,
 * STOPSIGNAL SIGINT; and the pieces other data images share (the passwd file with a service user,
 * the redis image's entrypoint).
 */
final class DataImages {
  /** docker-library/redis's docker-entrypoint.sh without its gosu step (users are not switched here). */
  static final String REDIS_ENTRYPOINT = "#!/bin/sh\nset -e\n\n# first arg is `-f` or `--some-option`\n"
      + "# or first arg is `something.conf`\n"
      + "if [ \"${1#-}\" != \"$1\" ] || [ \"${1%.conf}\" != \"$1\" ]; then\n\tset -- redis-server \"$@\"\nfi\n\n"
      + "exec \"$@\"\n";

  private DataImages() {
  }

  /** Debian's base passwd file with {@code extra} appended. */
  static String passwd(String extra) {
    return "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
        + "bin:x:2:2:bin:/bin:/usr/sbin/nologin\nsys:x:3:3:sys:/dev:/usr/sbin/nologin\n"
        + "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n"
        + "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n" + extra + "\n";
  }

  /** Debian's base group file with {@code extra} appended. */
  static String group(String extra) {
    return "root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nwww-data:x:33:\nnogroup:x:65534:\n" + extra + "\n";
  }

  static List<ImageSpec> all() {
    List<ImageSpec> all = new ArrayList<>(List.of(postgres(List.of("latest", "17", "17.2", "bookworm", "17-bookworm"),
        "17", "17.2-1.pgdg120+1", 435_000_000L),
        postgres(List.of("16", "16.6", "16-bookworm"), "16", "16.6-1.pgdg120+1", 432_000_000L),
        postgres(List.of("15", "15.10", "15-bookworm"), "15", "15.10-1.pgdg120+1", 425_000_000L),
        PgAlpine.image(List.of("alpine", "17-alpine", "17.2-alpine", "alpine3.20", "17-alpine3.20"), "17", "17.2",
            "82ef27c0af3751695d7f64e2d963583005fbb6a0c3df63d0e4b42211d7021164", 274_000_000L),
        PgAlpine.image(List.of("16-alpine", "16.6-alpine", "16-alpine3.20"), "16", "16.6",
            "23369cdaccd45270ac5dcc30fa9da205d5be33fa505e1f17a0418d2caeca477b", 268_000_000L),
        PgAlpine.image(List.of("15-alpine", "15.10-alpine", "15-alpine3.20"), "15", "15.10",
            "55abe738d441f0e58658b3ec6f88097a713b5e3b73139f6230d7b5c4c389e573", 251_000_000L)));
    all.addAll(MysqlImages.all());
    return all;
  }

  private static ImageSpec postgres(List<String> tags, String major, String version, long size) {
    String bin = "/usr/lib/postgresql/" + major + "/bin/";
    Map<String, String> files = new LinkedHashMap<>();
    files.put(bin + "postgres", "#!kujira:postgres\n");
    files.put(bin + "psql", "#!kujira:psql\n");
    files.put("/usr/bin/psql", "#!kujira:psql\n");
    files.put("/usr/local/bin/docker-entrypoint.sh", "#!kujira:postgres-entrypoint\n");
    files.put("/docker-entrypoint-initdb.d/", "");
    files.put("/etc/passwd", passwd("postgres:x:999:999::/var/lib/postgresql:/bin/bash"));
    files.put("/etc/group", group("postgres:x:999:"));
    List<String> env = new ArrayList<>(List.of(OfficialImages.PATH + ":/usr/lib/postgresql/" + major + "/bin",
        "GOSU_VERSION=1.17", "LANG=en_US.utf8", "PG_MAJOR=" + major, "PG_VERSION=" + version,
        "PGDATA=/var/lib/postgresql/data"));
    return new ImageSpec("postgres", tags, "debian", env, List.of("docker-entrypoint.sh"), List.of("postgres"),
        List.of("5432/tcp"), List.of("/var/lib/postgresql/data"), "", "SIGINT", Map.of(), size, files,
        List.of("ADD rootfs.tar.xz / # buildkit", "CMD [\"bash\"]",
            "RUN /bin/sh -c set -eux; groupadd -r postgres --gid=999; useradd -r -g postgres --uid=999"
                + " --home-dir=/var/lib/postgresql --shell=/bin/bash postgres # buildkit",
            "ENV LANG=en_US.utf8", "RUN /bin/sh -c mkdir /docker-entrypoint-initdb.d # buildkit",
            "ENV PG_MAJOR=" + major, "ENV PATH=" + env.get(0).substring(5), "ENV PG_VERSION=" + version,
            "ENV PGDATA=/var/lib/postgresql/data", "VOLUME [/var/lib/postgresql/data]",
            "COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/ # buildkit",
            "ENTRYPOINT [\"docker-entrypoint.sh\"]", "STOPSIGNAL SIGINT", "EXPOSE map[5432/tcp:{}]",
            "CMD [\"postgres\"]"));
  }
}
