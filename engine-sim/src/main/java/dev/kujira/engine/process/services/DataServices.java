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
 * The redis protocol {@link Redis} serves on 6379 (strings) and the data servers' clients by name
 * (redis-cli; mysql and mariadb are {@link MysqlClient}). A client reaches a server only the way
 * wget would: name, route, listener.
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

  /**
   * redis-cli [-h HOST] [-p PORT] [-a PASSWORD] COMMAND [ARG...]: prints replies as it does without
   * a terminal; -a (or REDISCLI_AUTH) sends AUTH first on the same connection, as redis-cli does.
   */
  static int redisCli(Proc p, List<String> argv) {
    String host = "127.0.0.1";
    int port = 6379;
    String auth = p.env().get("REDISCLI_AUTH");
    boolean warn = true;
    List<String> cmd = new ArrayList<>();
    for (int i = 1; i < argv.size(); i++) {
      String a = argv.get(i);
      if (a.equals("-h") && i + 1 < argv.size() && cmd.isEmpty()) {
        host = argv.get(++i);
      } else if (a.equals("-p") && i + 1 < argv.size() && cmd.isEmpty()) {
        port = Integer.parseInt(argv.get(++i));
      } else if (a.equals("-a") && i + 1 < argv.size() && cmd.isEmpty()) {
        auth = argv.get(++i);
        if (warn) {
          // redis-cli warns unless --no-auth-warning came before (it reads its options in order).
          p.stderr().println("Warning: Using a password with '-a' or '-u' option on the command line interface may"
              + " not be safe.");
        }
      } else if (a.equals("--no-auth-warning") && cmd.isEmpty()) {
        warn = false;
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
    String request = (auth == null ? "" : "AUTH " + auth + "\n") + String.join(" ", cmd);
    NetworkView.HttpResult r = p.network().tcp(ip.get(), port, request.getBytes(StandardCharsets.UTF_8));
    if (r.kind() != NetworkView.HttpResult.Kind.ANSWERED) {
      p.stdout().println("Could not connect to Redis at " + host + ":" + port + ": "
          + (r.kind() == NetworkView.HttpResult.Kind.REFUSED ? "Connection refused" : "Connection timed out"));
      return 1;
    }
    String reply = new String(r.body(), StandardCharsets.UTF_8);
    if (auth != null) {
      String first = reply.substring(0, reply.indexOf("\r\n"));
      reply = reply.substring(first.length() + 2);
      if (first.startsWith("-")) {
        p.stderr().println("AUTH failed: " + first.substring(1));
      }
    }
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

  /** Returns the client programs by name. */
  static Map<String, Program> clients() {
    Map<String, Program> m = new LinkedHashMap<>();
    m.put("redis-cli", DataServices::redisCli);
    m.put("mysql", MysqlClient::run);
    return m;
  }
}
