package dev.kujira.engine.process.services;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.nio.charset.StandardCharsets;

/**
 * mysqld's network side: while the daemon runs it answers the mysql client on 3306 from the data
 * directory's {@link MysqlData} (the accounts and databases the entrypoint created at the first
 * start, and what clients changed since), saving each change there. A request is
 * "USER\nPASSWORD\nCLIENT\nDATABASE\nSQL" (PASSWORD "\0" when none was given, CLIENT "localhost"
 * over the socket or the client's address, as skip-name-resolve makes MySQL name it); the answer
 * is a {@link MysqlResult} as JSON. An empty SQL is the login alone; its OK carries the connection
 * id in {@code affected}.
 */
final class MysqlServer {
  static final String DATADIR = "/var/lib/mysql";
  private static final ObjectMapper JSON = new ObjectMapper();

  private MysqlServer() {
  }

  /** "8.0.40", "11.4.4-MariaDB-ubu2404": what VERSION() and the client's banner say. */
  static String version(Proc p) {
    String maria = p.env().get("MARIADB_VERSION");
    if (maria != null) {
      return maria.substring(maria.indexOf(':') + 1, maria.indexOf('+')) + "-MariaDB-ubu2404";
    }
    return Mysqld.version(p);
  }

  /** Wraps {@code daemon} so that it answers mysql clients on 3306 while it runs. */
  static Program wrap(Program daemon) {
    return (p, argv) -> {
      MysqlData loaded = MysqlData.load(p.fs(), DATADIR);
      MysqlData data = loaded == null ? MysqlData.fresh() : loaded;
      boolean maria = p.env().containsKey("MARIADB_VERSION");
      // MySQL 8's first client connection after the entrypoint's is number 8; MariaDB's is 3.
      long[] ids = {maria ? 3 : 8};
      p.network().listen(3306, (NetworkView.RawHandler) request -> {
        String reply;
        synchronized (data) {
          reply = json(answer(p, data, maria, ids, new String(request, StandardCharsets.UTF_8)));
        }
        return reply.getBytes(StandardCharsets.UTF_8);
      });
      return dev.kujira.engine.process.Suspend.call(() -> daemon.run(p, argv), o -> {
        try {
          return o.get();
        } finally {
          p.network().unlisten(3306);
        }
      });
    };
  }

  /** Logs in and runs the statement; the data is saved when a statement succeeds and may have changed it. */
  static MysqlResult answer(Proc p, MysqlData data, boolean maria, long[] ids, String request) {
    String[] f = request.split("\n", 5);
    String user = f[0];
    String given = f.length > 1 ? f[1] : "\0";
    String client = f.length > 2 ? f[2] : "localhost";
    String db = f.length > 3 && !f[3].isEmpty() ? f[3] : null;
    String sql = f.length > 4 ? f[4] : "";
    String account = data.account(user, client).orElse(null);
    boolean none = given.equals("\0");
    if (account == null || !data.accounts.get(account).password.equals(none ? "" : given)) {
      return MysqlResult.error(1045, "28000", "Access denied for user '" + user + "'@'" + client + "' (using password: "
          + (none || given.isEmpty() ? "NO" : "YES") + ")");
    }
    MysqlSql s = new MysqlSql(data, account, null, maria, version(p), p.now());
    s.client = client;
    s.hostname = p.hostname();
    if (db != null) {
      MysqlResult use = s.run("USE `" + db + "`");
      if (use.code() != 0) {
        return use;
      }
    }
    if (sql.isBlank()) {
      return MysqlResult.ok(ids[0]++, null);
    }
    MysqlResult r = s.run(sql);
    String first = sql.strip().split("\\s+", 2)[0].toUpperCase(java.util.Locale.ROOT);
    if (r.code() == 0 && !first.equals("SELECT") && !first.equals("SHOW") && !first.equals("DESCRIBE")
        && !first.equals("DESC") && !first.equals("USE")) {
      data.save(p.fs(), DATADIR);
    }
    return r;
  }

  static String json(MysqlResult r) {
    try {
      return JSON.writeValueAsString(r);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static MysqlResult decode(String json) {
    try {
      return JSON.readValue(json, MysqlResult.class);
    } catch (java.io.IOException e) {
      return MysqlResult.error(2013, "HY000", "Lost connection to MySQL server during query");
    }
  }
}
