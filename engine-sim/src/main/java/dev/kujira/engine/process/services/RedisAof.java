package dev.kujira.engine.process.services;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.Proc;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The redis-server settings learners pass on the image's command line. {@code --requirepass}:
 * every command but AUTH answers "NOAUTH Authentication required." until the connection has
 * authenticated, and a wrong password is "WRONGPASS invalid username-password pair or user is
 * disabled." (Redis 7's ACL words). {@code --appendonly yes}: Redis 7's multi-part AOF in
 * /data/appendonlydir (base, incr and manifest files, created at the first start), written after
 * each command so a {@code docker kill} loses nothing, and read instead of dump.rdb at the next
 * start, with the log lines of both. The files hold kujira's key=value lines, not Redis's formats.
 * A request is one connection: its lines are commands run in order (redis-cli -a sends AUTH first).
 */
final class RedisAof {
  static final String DIR = "/data/appendonlydir";
  static final String MANIFEST = DIR + "/appendonly.aof.manifest";
  private static final String BASE = "appendonly.aof.1.base.rdb";
  private static final String INCR = "appendonly.aof.1.incr.aof";

  private RedisAof() {
  }

  /** Runs the commands of one connection; AUTH is checked against {@code password} ("" for none). */
  static String connection(Map<String, String> data, String password, String request) {
    boolean authed = password.isEmpty();
    StringBuilder out = new StringBuilder();
    for (String line : request.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      List<String> w = List.of(line.trim().split("\\s+"));
      if (w.get(0).equalsIgnoreCase("AUTH")) {
        if (w.size() < 2) {
          out.append("-ERR wrong number of arguments for 'auth' command\r\n");
        } else if (password.isEmpty()) {
          out.append("-ERR AUTH <password> called without any password configured for the default user. Are you sure"
              + " your configuration is correct?\r\n");
        } else if (w.get(w.size() - 1).equals(password)) {
          authed = true;
          out.append("+OK\r\n");
        } else {
          out.append("-WRONGPASS invalid username-password pair or user is disabled.\r\n");
        }
      } else if (!authed) {
        out.append("-NOAUTH Authentication required.\r\n");
      } else {
        out.append(DataServices.redis(data, line));
      }
    }
    return out.toString();
  }

  /** Creates the AOF files at a first start with appendonly on, or opens them. */
  static void open(Proc p, String m, Map<String, String> data) {
    if (!p.fs().exists(MANIFEST)) {
      p.fs().mkdir(DIR, true);
      Redis.log(p, m, '*', "Creating AOF base file " + BASE + " on server start");
      Redis.save(p, data, DIR + "/" + BASE);
      Redis.log(p, m, '*', "Creating AOF incr file " + INCR + " on server start");
      Redis.save(p, data, DIR + "/" + INCR);
      PgEntrypoint.write(p, MANIFEST, "file " + BASE + " seq 1 type b\nfile " + INCR + " seq 1 type i\n");
    } else {
      Redis.log(p, m, '*', "Opening AOF incr file " + INCR + " on server start");
    }
  }

  /** Reads the data back from the AOF, as Redis does when appendonly is on and the files are there. */
  static Map<String, String> load(Proc p, String version, String m) {
    Map<String, String> data = new TreeMap<>();
    Redis.log(p, m, '*', "Reading RDB base file on AOF loading...");
    Redis.log(p, m, '*', "Loading RDB produced by version " + version);
    Redis.log(p, m, '*', "RDB age " + Math.max(0, (p.now() - p.fs().stat(MANIFEST).mtime()) / 1000) + " seconds");
    Redis.log(p, m, '*', "RDB memory usage when created 0.90 Mb");
    Redis.log(p, m, '*', "RDB is base AOF");
    Redis.log(p, m, '*', "Done loading RDB, keys loaded: 0, keys expired: 0.");
    Redis.log(p, m, '*', "DB loaded from base file " + BASE + ": 0.000 seconds");
    try {
      for (String line : new String(p.fs().read(DIR + "/" + INCR), StandardCharsets.UTF_8).split("\n")) {
        int eq = line.indexOf('=');
        if (line.startsWith("K ") && eq > 0) {
          data.put(Redis.unescape(line.substring(2, eq)), Redis.unescape(line.substring(eq + 1)));
        }
      }
    } catch (FsException e) {
      // no incr file: the base alone
    }
    Redis.log(p, m, '*', "DB loaded from incr file " + INCR + ": 0.000 seconds");
    Redis.log(p, m, '*', "DB loaded from append only file: 0.000 seconds");
    return data;
  }

  /** Writes the data after a command (appendfsync everysec: at most a second is lost, none here). */
  static void append(Proc p, Map<String, String> data) {
    Redis.save(p, data, DIR + "/" + INCR);
  }
}
