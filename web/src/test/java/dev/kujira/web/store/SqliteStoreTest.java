package dev.kujira.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite, in a temporary file: always run. */
class SqliteStoreTest extends StoreContract {
  @TempDir
  Path dir;
  private int next;

  @Override
  protected String freshUrl() {
    return "jdbc:sqlite:" + dir.resolve("kujira-" + (next++) + ".db");
  }

  @Test
  void theDefaultDatabaseIsCreatedUnderDotKujiraOnFirstStart() {
    String url = JdbcStore.defaultUrl(dir.resolve("home"));
    assertThat(url).isEqualTo("jdbc:sqlite:" + dir.resolve("home/.kujira/kujira.db"));
    try (Store s = JdbcStore.open(url)) {
      assertThat(s.classes().create("c", "t").info().code()).hasSize(8).matches("[" + JdbcStore.CODE_ALPHABET + "]{8}");
    }
    assertThat(Files.isRegularFile(dir.resolve("home/.kujira/kujira.db"))).isTrue();
    try (Store again = JdbcStore.open(url)) {
      assertThat(again.classes().ownedBy("t")).hasSize(1); // migrating an up-to-date file changes nothing
    }
  }
}
