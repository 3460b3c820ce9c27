package dev.kujira.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mysql and mariadb clients on a container's terminal, typed into a virtual xterm running the
 * REPL: the -p prompt without echo, the monitor's banner, prompts, tables, "rows in set",
 * "Query OK", "Database changed", errors and "Bye" (MySQL 8.0's and MariaDB 11.4's client texts).
 */
class MysqlMonitorTest {
  private static String typed(Path dir, String... keys) throws Exception {
    PipedInputStream in = new PipedInputStream(1 << 16);
    PipedOutputStream feed = new PipedOutputStream(in);
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    Terminal t = new ExternalTerminal(null, "test", "xterm-256color", in, screen, UTF_8,
        Terminal.SignalHandler.SIG_DFL, true);
    org.jline.terminal.Attributes raw = t.enterRawMode();
    raw = new org.jline.terminal.Attributes(t.getAttributes());
    raw.setLocalFlag(org.jline.terminal.Attributes.LocalFlag.ISIG, false);
    t.setAttributes(raw);
    t.resume();
    Repl.Options o = new Repl.Options(List.of(), null, false, Map.of(), dir.resolve("mirror"))
        .withHostAccess(new HostAccess(dir.resolve("sessions"), true));
    CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> {
      try {
        return Repl.run(t, o);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    for (String k : keys) {
      feed.write(k.getBytes(UTF_8));
      feed.flush();
    }
    feed.write(4);
    feed.flush();
    run.get(60, TimeUnit.SECONDS);
    t.close();
    return screen.toString(UTF_8).replaceAll("\u001b\\[[0-9;?]*[a-zA-Z]|\u001b[=>]|\r|.\b \b", "");
  }

  @Test
  void mysqlMonitor_promptsForThePassword_andPrintsTables(@TempDir Path dir) throws Exception {
    String screen = typed(dir, ":clock fast\r", "docker run -d --name db -e MYSQL_ROOT_PASSWORD=pw -e MYSQL_DATABASE=app"
        + " mysql:8.0\r", "docker exec -it db mysql -uroot -p\r", "pw\r", "SHOW DATABASES;\r", "use app\r",
        "CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(10));\r",
        "INSERT INTO t (name)\r", "VALUES ('alice'), (NULL);\r", "SELECT * FROM t;\r", "SELECT * FROM nosuch;\r",
        "exit\r", "echo mysql=$?\r", "docker exec -it db mysql -uroot -pwrong\r", "docker exec -it db mysql -uroot -ppw"
        + " -e 'SELECT COUNT(*) FROM app.t'\r");
    assertThat(screen).contains("docker exec -it db mysql -uroot -p\nEnter password: \n"
        + "Welcome to the MySQL monitor.  Commands end with ; or \\g.\nYour MySQL connection id is 8\n"
        + "Server version: 8.0.40 MySQL Community Server - GPL\n\n"
        + "Copyright (c) 2000, 2024, Oracle and/or its affiliates.\n\n"
        + "Oracle is a registered trademark of Oracle Corporation and/or its\naffiliates. Other names may be trademarks"
        + " of their respective\nowners.\n\n"
        + "Type 'help;' or '\\h' for help. Type '\\c' to clear the current input statement.\n\n"
        + "mysql> SHOW DATABASES;\n+--------------------+\n| Database           |\n+--------------------+\n"
        + "| app                |\n| information_schema |\n| mysql              |\n| performance_schema |\n"
        + "| sys                |\n+--------------------+\n5 rows in set (0.00 sec)\n\n"
        + "mysql> use app\nDatabase changed\n"
        + "mysql> CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(10));\n"
        + "Query OK, 0 rows affected (0.01 sec)\n\n"
        + "mysql> INSERT INTO t (name)\n    -> VALUES ('alice'), (NULL);\nQuery OK, 2 rows affected (0.01 sec)\n"
        + "Records: 2  Duplicates: 0  Warnings: 0\n\n"
        + "mysql> SELECT * FROM t;\n+----+-------+\n| id | name  |\n+----+-------+\n|  1 | alice |\n|  2 | NULL  |\n"
        + "+----+-------+\n2 rows in set (0.00 sec)\n\n"
        + "mysql> SELECT * FROM nosuch;\nERROR 1146 (42S02): Table 'app.nosuch' doesn't exist\n"
        + "mysql> exit\nBye\n");
    assertThat(screen).doesNotContain("Enter password: pw");
    assertThat(screen).contains("mysql=0");
    assertThat(screen).contains("docker exec -it db mysql -uroot -pwrong\nmysql: [Warning] Using a password on the"
        + " command line interface can be insecure.\nERROR 1045 (28000): Access denied for user 'root'@'localhost'"
        + " (using password: YES)\n");
    // -e on a terminal prints a table, without the monitor's "rows in set".
    assertThat(screen).contains("+----------+\n| COUNT(*) |\n+----------+\n|        2 |\n+----------+\n");
  }

  @Test
  void mariadbMonitor_showsTheDatabaseInItsPrompt(@TempDir Path dir) throws Exception {
    String screen = typed(dir, ":clock fast\r", "docker run -d --name maria -e MARIADB_ROOT_PASSWORD=pw"
        + " -e MARIADB_DATABASE=shop mariadb\r", "docker exec -it maria mariadb -uroot -ppw\r", "USE shop;\r",
        "SELECT DATABASE();\r", "\u0004");
    assertThat(screen).contains("Welcome to the MariaDB monitor.  Commands end with ; or \\g.\n"
        + "Your MariaDB connection id is 3\nServer version: 11.4.4-MariaDB-ubu2404 mariadb.org binary distribution\n\n"
        + "Copyright (c) 2000, 2018, Oracle, MariaDB Corporation Ab and others.\n\n"
        + "Type 'help;' or '\\h' for help. Type '\\c' to clear the current input statement.\n\n"
        + "MariaDB [(none)]> USE shop;\nDatabase changed\nMariaDB [shop]> SELECT DATABASE();\n+------------+\n"
        + "| DATABASE() |\n+------------+\n| shop       |\n+------------+\n1 row in set (0.001 sec)\n\n"
        + "MariaDB [shop]> Bye\n");
  }
}
