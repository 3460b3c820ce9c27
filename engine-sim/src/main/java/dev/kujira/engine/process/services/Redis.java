package dev.kujira.engine.process.services;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import dev.kujira.engine.process.Signal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * redis-server as the redis image runs it (7.4 on Debian): the log lines Redis prints at start
 * (pid:role, Redis's own time format, {@code *} for notices and {@code #} for warnings), the
 * memory-overcommit warning a host with vm.overcommit_memory=0 gives, the no-config-file warning
 * when started without arguments ("Configuration loaded" with them), the RDB loaded from /data
 * when there is one, and on SIGTERM/SIGINT the save of the final snapshot to /data/dump.rdb and
 * "bye bye". The snapshot file holds kujira's own key=value lines, not Redis's RDB format: only
 * its presence and round trip are modelled. {@code --requirepass} and {@code --appendonly yes}
 * are {@link RedisAof}'s.
 */
final class Redis {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm:ss.SSS", Locale.ROOT);
  private static final String DUMP = "/data/dump.rdb";
  private static final Set<Signal> STOP = Set.of(Signal.SIGTERM, Signal.SIGINT);

  private Redis() {
  }

  /** Returns redis-server; its version is the image's REDIS_VERSION, else {@code fallback}. */
  static Program server(String fallback) {
    return (p, argv) -> {
      String version = p.env().getOrDefault("REDIS_VERSION", fallback);
      if (argv.size() > 1 && (argv.get(1).equals("-v") || argv.get(1).equals("--version"))) {
        p.stdout().println("Redis server v=" + version + " sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=0");
        return 0;
      }
      int port = 6379;
      String requirepass = "";
      boolean aof = false;
      for (int i = 1; i + 1 < argv.size(); i++) {
        switch (argv.get(i)) {
          case "--port" -> port = Integer.parseInt(argv.get(i + 1));
          case "--requirepass" -> requirepass = argv.get(i + 1);
          case "--appendonly" -> aof = argv.get(i + 1).equalsIgnoreCase("yes");
          default -> {
            // other directives: not modelled
          }
        }
      }
      String pid = String.valueOf(p.pid());
      log(p, pid + ":C", '#', "WARNING Memory overcommit must be enabled! Without it, a background save or replication"
          + " may fail under low memory condition. Being disabled, it can also cause failures without low memory"
          + " condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add"
          + " 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command"
          + " 'sysctl vm.overcommit_memory=1' for this to take effect.");
      log(p, pid + ":C", '*', "oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo");
      log(p, pid + ":C", '*', "Redis version=" + version + ", bits=64, commit=00000000, modified=0, pid=" + pid
          + ", just started");
      log(p, pid + ":C", '#', argv.size() == 1 ? "Warning: no config file specified, using the default config. In"
          + " order to specify a config file use " + argv.get(0) + " /path/to/redis.conf" : "Configuration loaded");
      String m = pid + ":M";
      log(p, m, '*', "monotonic clock: POSIX clock_gettime");
      log(p, m, '*', "Running mode=standalone, port=" + port + ".");
      log(p, m, '*', "Server initialized");
      Map<String, String> data = aof && p.fs().exists(RedisAof.MANIFEST) ? RedisAof.load(p, version, m)
          : load(p, version, m);
      if (aof) {
        RedisAof.open(p, m, data);
      }
      log(p, m, '*', "Ready to accept connections tcp");
      p.stdout().flush();
      for (Signal s : STOP) {
        p.handle(s, true);
      }
      int listening = port;
      String password = requirepass;
      boolean appendonly = aof;
      p.network().listen(listening, (NetworkView.RawHandler) request -> {
        synchronized (data) {
          String reply = RedisAof.connection(data, password, new String(request, StandardCharsets.UTF_8));
          if (appendonly) {
            RedisAof.append(p, data);
          }
          return reply.getBytes(StandardCharsets.UTF_8);
        }
      });
      return ServeUntil.signal(p, listening, STOP::contains, s -> {
        // The signal handler writes its line with the Unix time, not the log's format (serverLogFromHandler).
        p.stdout().println(pid + ":signal-handler (" + p.now() / 1000 + ") Received " + s.name()
            + " scheduling shutdown...");
        log(p, m, '*', "User requested shutdown...");
        log(p, m, '*', "Saving the final RDB snapshot before exiting.");
        save(p, data);
        log(p, m, '*', "DB saved on disk");
        log(p, m, '#', "Redis is now ready to exit, bye bye...");
        p.stdout().flush();
        return 0;
      });
    };
  }

  static Map<String, String> load(Proc p, String version, String m) {
    Map<String, String> data = new TreeMap<>();
    byte[] raw;
    try {
      raw = p.fs().read(DUMP);
    } catch (FsException e) {
      return data;
    }
    for (String line : new String(raw, StandardCharsets.UTF_8).split("\n")) {
      int eq = line.indexOf('=');
      if (line.startsWith("K ") && eq > 0) {
        data.put(unescape(line.substring(2, eq)), unescape(line.substring(eq + 1)));
      }
    }
    log(p, m, '*', "Loading RDB produced by version " + version);
    log(p, m, '*', "RDB age " + Math.max(0, (p.now() - p.fs().stat(DUMP).mtime()) / 1000) + " seconds");
    log(p, m, '*', "RDB memory usage when created 0.90 Mb");
    log(p, m, '*', "Done loading RDB, keys loaded: " + data.size() + ", keys expired: 0.");
    log(p, m, '*', "DB loaded from disk: 0.000 seconds");
    return data;
  }

  static void save(Proc p, Map<String, String> data) {
    save(p, data, DUMP);
  }

  static void save(Proc p, Map<String, String> data, String file) {
    StringBuilder sb = new StringBuilder("REDIS0012 kujira\n");
    data.forEach((k, v) -> sb.append("K ").append(escape(k)).append('=').append(escape(v)).append('\n'));
    try {
      p.fs().write(file, sb.toString().getBytes(StandardCharsets.UTF_8), false);
    } catch (FsException e) {
      // No /data (another image's redis-server): Redis would log the failed save; the data is lost either way.
    }
  }

  private static String escape(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String unescape(String s) {
    return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  static void log(Proc p, String who, char level, String text) {
    p.stdout().println(who + " " + TIME.format(Instant.ofEpochMilli(p.now()).atOffset(ZoneOffset.UTC)) + " " + level
        + " " + text);
  }
}
