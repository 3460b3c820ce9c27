package dev.kujira.engine.image.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The postgres alpine tags as docker-library/postgres builds them (15/16/17 on alpine3.20,
 * November 2024): PostgreSQL compiled from source into /usr/local (so PG_VERSION is the bare
 * version and the server says "x86_64-pc-linux-musl"), the postgres user and group made by
 * busybox's addgroup/adduser with uid and gid 70 (Alpine's fixed id for postgres) and /bin/sh,
 * where the Debian tags use 999 and /bin/bash; gosu for the step-down, with su-exec linked to it
 * for 15 and 16 only ("removed in PostgreSQL 17+"); bash is among the run dependencies because
 * the entrypoint is a bash script. The entrypoint itself is the same file as on Debian.
 */
final class PgAlpine {
  private PgAlpine() {
  }

  static ImageSpec image(List<String> tags, String major, String version, String sha256, long size) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("/usr/local/bin/postgres", "#!kujira:postgres\n");
    files.put("/usr/local/bin/psql", "#!kujira:psql\n");
    files.put("/usr/local/bin/docker-entrypoint.sh", "#!kujira:postgres-entrypoint\n");
    files.put("/docker-entrypoint-initdb.d/", "");
    files.put("/var/run/postgresql/", "");
    files.put("/bin/bash", "#!kujira:bash\n");
    // alpine-baselayout 3.6's passwd and group (Alpine 3.20) with busybox adduser's postgres line.
    files.put("/etc/passwd", "root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\n"
        + "daemon:x:2:2:daemon:/sbin:/sbin/nologin\nlp:x:4:7:lp:/var/spool/lpd:/sbin/nologin\n"
        + "sync:x:5:0:sync:/sbin:/bin/sync\nshutdown:x:6:0:shutdown:/sbin:/sbin/shutdown\n"
        + "halt:x:7:0:halt:/sbin:/sbin/halt\nmail:x:8:12:mail:/var/mail:/sbin/nologin\n"
        + "news:x:9:13:news:/usr/lib/news:/sbin/nologin\nuucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin\n"
        + "cron:x:16:16:cron:/var/spool/cron:/sbin/nologin\nftp:x:21:21::/var/lib/ftp:/sbin/nologin\n"
        + "sshd:x:22:22:sshd:/dev/null:/sbin/nologin\ngames:x:35:35:games:/usr/games:/sbin/nologin\n"
        + "ntp:x:123:123:NTP:/var/empty:/sbin/nologin\nguest:x:405:100:guest:/dev/null:/sbin/nologin\n"
        + "nobody:x:65534:65534:nobody:/:/sbin/nologin\n"
        + "postgres:x:70:70:Linux User,,,:/var/lib/postgresql:/bin/sh\n");
    files.put("/etc/group", "root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nsys:x:3:root,bin\n"
        + "adm:x:4:root,daemon\ntty:x:5:\ndisk:x:6:root\nlp:x:7:lp\nkmem:x:9:\nwheel:x:10:root\nfloppy:x:11:root\n"
        + "mail:x:12:mail\nnews:x:13:news\nuucp:x:14:uucp\ncron:x:16:cron\naudio:x:18:\ncdrom:x:19:\ndialout:x:20:root\n"
        + "ftp:x:21:\nsshd:x:22:\ninput:x:23:\ntape:x:26:root\nvideo:x:27:root\nnetdev:x:28:\nkvm:x:34:kvm\n"
        + "games:x:35:\nshadow:x:42:\nwww-data:x:82:\nusers:x:100:games\nntp:x:123:\nabuild:x:300:\n"
        + "utmp:x:406:\nping:x:999:\nnogroup:x:65533:\nnobody:x:65534:\npostgres:x:70:\n");
    List<String> env = List.of(OfficialImages.PATH, "GOSU_VERSION=1.17", "LANG=en_US.utf8", "PG_MAJOR=" + major,
        "PG_VERSION=" + version, "PG_SHA256=" + sha256, "DOCKER_PG_LLVM_DEPS=llvm15-dev \t\tclang15",
        "PGDATA=/var/lib/postgresql/data");
    List<String> history = new java.util.ArrayList<>(List.of("ADD alpine-minirootfs-3.20.3-x86_64.tar.gz / # buildkit",
        "CMD [\"/bin/sh\"]",
        "RUN /bin/sh -c set -eux; addgroup -g 70 -S postgres; adduser -u 70 -S -D -G postgres -H -h"
            + " /var/lib/postgresql -s /bin/sh postgres; mkdir -p /var/lib/postgresql; chown -R postgres:postgres"
            + " /var/lib/postgresql # buildkit",
        "ENV GOSU_VERSION=1.17"));
    if (!major.equals("17")) {
      history.add("RUN /bin/sh -c set -eux; ln -svf gosu /usr/local/bin/su-exec; su-exec nobody true # buildkit");
    }
    history.addAll(List.of("ENV LANG=en_US.utf8", "RUN /bin/sh -c mkdir /docker-entrypoint-initdb.d # buildkit",
        "ENV PG_MAJOR=" + major, "ENV PG_VERSION=" + version, "ENV PG_SHA256=" + sha256,
        "ENV PGDATA=/var/lib/postgresql/data", "VOLUME [/var/lib/postgresql/data]",
        "COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/ # buildkit",
        "ENTRYPOINT [\"docker-entrypoint.sh\"]", "STOPSIGNAL SIGINT", "EXPOSE map[5432/tcp:{}]",
        "CMD [\"postgres\"]"));
    return new ImageSpec("postgres", tags, "alpine", env, List.of("docker-entrypoint.sh"), List.of("postgres"),
        List.of("5432/tcp"), List.of("/var/lib/postgresql/data"), "", "SIGINT", Map.of(), size, files, history);
  }
}
