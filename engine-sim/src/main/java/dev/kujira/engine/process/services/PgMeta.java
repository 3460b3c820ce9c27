package dev.kujira.engine.process.services;

import dev.kujira.engine.process.services.PgCluster.Column;
import dev.kujira.engine.process.services.PgCluster.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * psql's describe commands answered from a {@link PgCluster}: \l (its columns as the major
 * version's psql lists them), \dt, \d, \d TABLE and \du, with psql's titles and messages.
 */
final class PgMeta {
  private PgMeta() {
  }

  static PgResult run(PgCluster cluster, String database, int major, String command, String arg) {
    return switch (command) {
      case "l", "list" -> databases(cluster, major);
      case "dt", "d" -> arg.isEmpty() ? relations(cluster, database, command.equals("d")) : describe(cluster, database, arg);
      case "du", "dg" -> roles(cluster, major);
      default -> PgResult.error("invalid command \\" + command, -3);
    };
  }

  private static PgResult databases(PgCluster cluster, int major) {
    List<String> cols = major >= 17 ? List.of("Name", "Owner", "Encoding", "Locale Provider", "Collate", "Ctype",
        "Locale", "ICU Rules", "Access privileges")
        : major == 16 ? List.of("Name", "Owner", "Encoding", "Locale Provider", "Collate", "Ctype", "ICU Locale",
            "ICU Rules", "Access privileges")
        : List.of("Name", "Owner", "Encoding", "Collate", "Ctype", "ICU Locale", "Locale Provider", "Access privileges");
    List<List<String>> rows = new ArrayList<>();
    cluster.databases.forEach((name, db) -> {
      String acl = name.startsWith("template") ? "=c/" + db.owner + "\n" + db.owner + "=CTc/" + db.owner : "";
      rows.add(major >= 16 ? List.of(name, db.owner, "UTF8", "libc", "en_US.utf8", "en_US.utf8", "", "", acl)
          : List.of(name, db.owner, "UTF8", "en_US.utf8", "en_US.utf8", "", "libc", acl));
    });
    return PgResult.table("List of databases", cols, cols.stream().map(c -> false).toList(), rows, null);
  }

  private static PgResult relations(PgCluster cluster, String database, boolean sequences) {
    List<List<String>> rows = new ArrayList<>();
    PgCluster.Database db = cluster.databases.get(database);
    db.tables.forEach((name, t) -> {
      rows.add(List.of("public", name, "table", db.owner));
      if (sequences) {
        t.sequences.keySet().forEach(col -> rows.add(List.of("public", name + "_" + col + "_seq", "sequence", db.owner)));
      }
    });
    if (rows.isEmpty()) {
      return PgResult.error("Did not find any relations.", -3);
    }
    rows.sort((a, b) -> a.get(1).compareTo(b.get(1)));
    return PgResult.table("List of relations", List.of("Schema", "Name", "Type", "Owner"),
        List.of(false, false, false, false), rows, null);
  }

  private static PgResult describe(PgCluster cluster, String database, String name) {
    Table t = cluster.databases.get(database).tables.get(name);
    if (t == null) {
      return PgResult.error("Did not find any relation named \"" + name + "\".", -3);
    }
    List<List<String>> rows = new ArrayList<>();
    String key = null;
    for (Column c : t.columns) {
      rows.add(List.of(c.name(), c.type(), "", c.notNull() ? "not null" : "", c.dflt() == null ? "" : c.dflt()));
      if (c.primaryKey()) {
        key = c.name();
      }
    }
    List<String> footer = key == null ? List.of() : List.of("Indexes:", "    \"" + name + "_pkey\" PRIMARY KEY, btree ("
        + key + ")");
    return PgResult.table("Table \"public." + name + "\"", List.of("Column", "Type", "Collation", "Nullable",
        "Default"), List.of(false, false, false, false, false), rows, footer);
  }

  private static PgResult roles(PgCluster cluster, int major) {
    List<List<String>> rows = new ArrayList<>();
    cluster.roles.forEach((name, r) -> {
      String attrs = r.superuser() ? "Superuser, Create role, Create DB, Replication, Bypass RLS" : "";
      rows.add(major >= 16 ? List.of(name, attrs) : List.of(name, attrs, "{}"));
    });
    List<String> cols = major >= 16 ? List.of("Role name", "Attributes") : List.of("Role name", "Attributes", "Member of");
    return PgResult.table("List of roles", cols, cols.stream().map(c -> false).toList(), rows, List.of());
  }
}
