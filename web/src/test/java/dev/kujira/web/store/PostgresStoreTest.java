package dev.kujira.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;

/**
 * The store contract on a real PostgreSQL server, at {@code KUJIRA_POSTGRES_URL} (.ci/run starts
 * one). Skipped without that variable; when {@code KUJIRA_POSTGRES=1} says the server is there,
 * an unreachable one fails the test instead. Each test gets a schema of its own.
 */
class PostgresStoreTest extends StoreContract {
  private static final List<String> SCHEMAS = new ArrayList<>();
  private static int next;

  static String serverUrl() {
    String url = System.getenv("KUJIRA_POSTGRES_URL");
    boolean required = "1".equals(System.getenv("KUJIRA_POSTGRES"));
    if (required) {
      assertThat(url).as("KUJIRA_POSTGRES=1 but KUJIRA_POSTGRES_URL is not set").isNotBlank();
    }
    Assumptions.assumeTrue(url != null && !url.isBlank(), "no PostgreSQL server (KUJIRA_POSTGRES_URL unset)");
    return url;
  }

  @Override
  protected String freshUrl() throws SQLException {
    String url = serverUrl();
    String schema = "kujira_test_" + ProcessHandle.current().pid() + "_" + (next++);
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    }
    SCHEMAS.add(schema);
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @AfterAll
  static void dropSchemas() throws SQLException {
    if (SCHEMAS.isEmpty()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(serverUrl()); Statement s = c.createStatement()) {
      for (String schema : SCHEMAS) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
    SCHEMAS.clear();
  }
}
