package dev.kujira.engine.process.services;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.ProcessKilled;
import dev.kujira.engine.process.Resolution;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The entrypoint's docker_process_init_files over /docker-entrypoint-initdb.d/: *.sql run by
 * psql (ON_ERROR_STOP, so a failing statement stops the entrypoint with psql's status 3), *.sh
 * run (executable) or sourced, anything else ignored; an empty folder leaves the glob unexpanded
 * and prints "ignoring /docker-entrypoint-initdb.d/*" as bash does. Compressed .sql.gz/.xz/.zst
 * files are not simulated.
 */
final class PgInitFiles {
  private static final String SELF = "/usr/local/bin/docker-entrypoint.sh";
  private static final String DIR = "/docker-entrypoint-initdb.d";

  private PgInitFiles() {
  }

  /** Returns 0, or the status that stops the entrypoint. */
  static int run(Proc p, PgCluster c, String pgdata, String user, String db) {
    List<String> files = new ArrayList<>();
    try {
      for (String name : p.fs().list(DIR)) {
        files.add(DIR + "/" + name);
      }
    } catch (FsException e) {
      // no folder: the glob stays as written
    }
    files.sort(null);
    if (files.isEmpty()) {
      files.add(DIR + "/*");
    }
    for (String f : files) {
      if (f.endsWith(".sh")) {
        boolean exec = p.fs().exists(f) && (p.fs().stat(f).mode() & 0111) != 0;
        p.stdout().println(SELF + ": " + (exec ? "running " : "sourcing ") + f);
        p.stdout().flush();
        int status = shell(p, f);
        if (status != 0) {
          return status;
        }
      } else if (f.endsWith(".sql")) {
        p.stdout().println(SELF + ": running " + f);
        String sql = new String(p.fs().read(f), StandardCharsets.UTF_8);
        PsqlSession s = new PsqlSession(p, req -> PgServer.answer(p, c, pgdata, "trust", req), user, db, f);
        int status = s.script(sql, true);
        if (status != 0) {
          return status;
        }
        p.stdout().println();
      } else {
        p.stdout().println(SELF + ": ignoring " + f);
      }
      p.stdout().println();
      p.stdout().flush();
    }
    return 0;
  }

  private static int shell(Proc p, String path) {
    Resolution r = p.resolve("sh");
    if (!r.isFound()) {
      return 0;
    }
    try {
      return p.child(p.env(), p.stdin(), p.stdout(), p.stderr()).exec(r.program(), List.of("sh", path), null);
    } catch (ProcessKilled k) {
      return k.exitStatus();
    }
  }
}
