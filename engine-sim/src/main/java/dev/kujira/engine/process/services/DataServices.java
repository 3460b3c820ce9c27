package dev.kujira.engine.process.services;

import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.Proc;
import dev.kujira.engine.process.Program;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The database servers' network side and their clients: the redis protocol {@link Redis} serves
 * on 6379 (strings), mysqld answers {@code mysql -e} on 3306 (databases, the root password
 * from MYSQL_ROOT_PASSWORD, a few server queries). A client reaches a server only the way wget
 * would: name, route, listener.
 */
final class DataServices {
  private DataServices() {
  }

  /** Answers one inline redis command in RESP. */
  static String redis(Map<String, String> data, String line) {
    List<String> w = List.of(line.trim().split("\\s+"));
    String cmd = w.get(0).toUpperCase(Locale.ROOT);
    switch (cmd) {
      case "PING":
        return w.size() > 1 ? bulk(w.get(1)) : "+PONG\r\n";
      case "ECHO":
        return bulk(w.size() > 1 ? w.get(1) : "");
      case "SET":
        if (w.size() < 3) {
          return arity(cmd);
        }
        data.put(w.get(1), String.join(" ", w.subList(2, w.size())));
        return "+OK\r\n";
      case "GET":
        return w.size() < 2 ? arity(cmd) : data.containsKey(w.get(1)) ? bulk(data.get(w.get(1))) : "$-1\r\n";
      case "DEL":
      case "EXISTS":
        int n = 0;
        for (String k : w.subList(1, w.size())) {
          if (data.containsKey(k)) {
            n++;
            if (cmd.equals("DEL")) {
              data.remove(k);
            }
          }
        }
        return ":" + n + "\r\n";
      case "INCR":
        long v = Long.parseLong(data.getOrDefault(w.get(1), "0")) + 1;
        data.put(w.get(1), String.valueOf(v));
        return ":" + v + "\r\n";
      case "KEYS":
        StringBuilder sb = new StringBuilder("*" + data.size() + "\r\n");
        data.keySet().forEach(k -> sb.append(bulk(k)));
        return sb.toString();
      case "DBSIZE":
        return ":" + data.size() + "\r\n";
      case "FLUSHALL":
        data.clear();
        return "+OK\r\n";
      default:
        return "-ERR unknown command '" + w.get(0) + "', with args beginning with: \r\n";
    }
  }

  private static String arity(String cmd) {
    return "-ERR wrong number of arguments for '" + cmd.toLowerCase(Locale.ROOT) + "' command\r\n";
  }

  private static String bulk(String s) {
    return "$" + s.getBytes(StandardCharsets.UTF_8).length + "\r\n" + s + "\r\n";
  }

  /** redis-cli [-h HOST] [-p PORT] COMMAND [ARG...]: prints replies as it does without a terminal. */
  static int redisCli(Proc p, List<String> argv) {
    String host = "127.0.0.1";
    int port = 6379;
    List<String> cmd = new ArrayList<>();
    for (int i = 1; i < argv.size(); i++) {
      String a = argv.get(i);
      if (a.equals("-h") && i + 1 < argv.size()) {
        host = argv.get(++i);
      } else if (a.equals("-p") && i + 1 < argv.size()) {
        port = Integer.parseInt(argv.get(++i));
      } else {
        cmd.add(a);
      }
    }
    if (cmd.isEmpty()) {
      cmd.add("PING");
    }
    Optional<String> ip = host.matches("\\d+\\.\\d+\\.\\d+\\.\\d+") ? Optional.of(host) : p.network().resolve(host);
    if (ip.isEmpty()) {
      p.stdout().println("Could not connect to Redis at " + host + ":" + port + ": Name or service not known");
      return 1;
    }
    NetworkView.HttpResult r = p.network().tcp(ip.get(), port, String.join(" ", cmd).getBytes(StandardCharsets.UTF_8));
    if (r.kind() != NetworkView.HttpResult.Kind.ANSWERED) {
      p.stdout().println("Could not connect to Redis at " + host + ":" + port + ": "
          + (r.kind() == NetworkView.HttpResult.Kind.REFUSED ? "Connection refused" : "Connection timed out"));
      return 1;
    }
    String reply = new String(r.body(), StandardCharsets.UTF_8);
    printResp(p, reply);
    return reply.startsWith("-") ? 1 : 0;
  }

  private static void printResp(Proc p, String reply) {
    String[] lines = reply.split("\r\n");
    char t = reply.charAt(0);
    if (t == '+' || t == ':' || t == '-') {
      p.stdout().println(lines[0].substring(1));
    } else if (t == '$') {
      p.stdout().println(lines[0].equals("$-1") ? "" : lines[1]);
    } else if (t == '*') {
      for (int i = 2; i < lines.length; i += 2) {
        p.stdout().println(lines[i]);
      }
    }
  }

  /** Wraps {@code daemon} so that it answers mysql clients on 3306 while it runs. */
  static Program mysqlServer(Program daemon) {
    return (p, argv) -> {
      Map<String, String> users = new java.util.HashMap<>();
      users.put("root", env(p, "ROOT_PASSWORD"));
      List<String> databases = new ArrayList<>(List.of("information_schema", "mysql", "performance_schema", "sys"));
      String extra = env(p, "DATABASE");
      if (!extra.isEmpty()) {
        databases.add(extra);
      }
      // The entrypoint creates MYSQL_USER with MYSQL_PASSWORD and grants it all on MYSQL_DATABASE
      // (docker-library/mysql's docker_setup_db; MariaDB's reads MARIADB_* first).
      String user = env(p, "USER");
      if (!user.isEmpty() && !user.equals("root")) {
        users.put(user, env(p, "PASSWORD"));
      }
      p.network().listen(3306, (NetworkView.RawHandler) request -> mysql(databases, users, extra,
          new String(request, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
      return dev.kujira.engine.process.Suspend.call(() -> daemon.run(p, argv), o -> {
        try {
          return o.get();
        } finally {
          p.network().unlisten(3306);
        }
      });
    };
  }

  /** Returns MARIADB_{@code name}, else MYSQL_{@code name}, else "". */
  private static String env(Proc p, String name) {
    return p.env().getOrDefault("MARIADB_" + name, p.env().getOrDefault("MYSQL_" + name, ""));
  }

  /** Answers "USER\nPASSWORD\nSQL" with "OK\n" + tab-separated rows, or "ERR\n" + the client's error line. */
  private static String mysql(List<String> databases, Map<String, String> users, String granted, String request) {
    String[] parts = request.split("\n", 4);
    String user = parts[0];
    String given = parts.length > 1 ? parts[1] : "";
    String client = parts.length > 2 ? parts[2] : "";
    String sql = parts.length > 3 ? parts[3].trim().replaceAll(";\\s*$", "") : "";
    if (!users.containsKey(user) || !given.equals(users.get(user))) {
      return "ERR\nERROR 1045 (28000): Access denied for user '" + user + "'@'" + client + "' (using password: "
          + (given.isEmpty() ? "NO" : "YES") + ")";
    }
    String upper = sql.toUpperCase(Locale.ROOT);
    if (upper.equals("SHOW DATABASES")) {
      // A user sees the schemas every account sees and the database it was granted.
      List<String> sorted = new ArrayList<>(user.equals("root") ? databases
          : List.of("information_schema", "performance_schema"));
      if (!user.equals("root") && databases.contains(granted)) {
        sorted.add(granted);
      }
      sorted.sort(null);
      return "OK\nDatabase\n" + String.join("\n", sorted);
    }
    if (upper.matches("SELECT VERSION\\(\\)")) {
      return "OK\nVERSION()\n9.1.0";
    }
    if (upper.matches("SELECT \\d+")) {
      return "OK\n" + sql.substring(7) + "\n" + sql.substring(7);
    }
    if (upper.startsWith("CREATE DATABASE ")) {
      String name = sql.substring(16).trim();
      if (databases.contains(name)) {
        return "ERR\nERROR 1007 (HY000) at line 1: Can't create database '" + name + "'; database exists";
      }
      databases.add(name);
      return "OK\n";
    }
    if (upper.startsWith("DROP DATABASE ")) {
      String name = sql.substring(14).trim();
      if (!databases.remove(name)) {
        return "ERR\nERROR 1008 (HY000) at line 1: Can't drop database '" + name + "'; database doesn't exist";
      }
      return "OK\n";
    }
    return "ERR\nkujira: this SQL statement is not simulated (try SHOW DATABASES, SELECT VERSION(), CREATE DATABASE)";
  }

  /** mysql [-h HOST] [-P PORT] [-u USER] [-pPASSWORD] -e SQL. */
  static int mysqlClient(Proc p, List<String> argv) {
    String host = "localhost";
    int port = 3306;
    String user = "root";
    String password = "";
    String sql = null;
    for (int i = 1; i < argv.size(); i++) {
      String a = argv.get(i);
      if (a.equals("-h") && i + 1 < argv.size()) {
        host = argv.get(++i);
      } else if (a.startsWith("-h") && a.length() > 2) {
        host = a.substring(2);
      } else if (a.equals("-P") && i + 1 < argv.size()) {
        port = Integer.parseInt(argv.get(++i));
      } else if (a.equals("-u") && i + 1 < argv.size()) {
        user = argv.get(++i);
      } else if (a.startsWith("-u") && a.length() > 2) {
        user = a.substring(2);
      } else if (a.startsWith("-p") && a.length() > 2) {
        password = a.substring(2);
      } else if (a.startsWith("--password=")) {
        password = a.substring(11);
      } else if (a.equals("-e") && i + 1 < argv.size()) {
        sql = argv.get(++i);
      }
    }
    if (!password.isEmpty()) {
      p.stderr().println("mysql: [Warning] Using a password on the command line interface can be insecure.");
    }
    if (sql == null) {
      p.stderr().println("kujira: the interactive mysql prompt is not simulated; use mysql -e \"SQL\"");
      return 1;
    }
    String target = host.equals("localhost") ? "127.0.0.1" : host;
    Optional<String> ip = target.matches("\\d+\\.\\d+\\.\\d+\\.\\d+") ? Optional.of(target) : p.network().resolve(target);
    if (ip.isEmpty()) {
      p.stderr().println("ERROR 2005 (HY000): Unknown MySQL server host '" + host + "' (-2)");
      return 1;
    }
    String me = p.network().interfaces().stream().filter(i -> !i.name().equals("lo")).map(NetworkView.Iface::address)
        .findFirst().orElse("localhost");
    NetworkView.HttpResult r = p.network().tcp(ip.get(), port,
        (user + "\n" + password + "\n" + me + "\n" + sql).getBytes(StandardCharsets.UTF_8));
    if (r.kind() != NetworkView.HttpResult.Kind.ANSWERED) {
      p.stderr().println(host.equals("localhost")
          ? "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)"
          : "ERROR 2003 (HY000): Can't connect to MySQL server on '" + host + ":" + port + "' (111)");
      return 1;
    }
    String reply = new String(r.body(), StandardCharsets.UTF_8);
    if (reply.startsWith("ERR\n")) {
      p.stderr().println(reply.substring(4));
      return 1;
    }
    String rows = reply.substring(3);
    if (!rows.isEmpty()) {
      p.stdout().println(rows);
    }
    return 0;
  }

  /** Returns the client programs by name. */
  static Map<String, Program> clients() {
    Map<String, Program> m = new LinkedHashMap<>();
    m.put("redis-cli", DataServices::redisCli);
    m.put("mysql", DataServices::mysqlClient);
    return m;
  }
}
