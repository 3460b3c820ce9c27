package dev.kujira.lessons.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Is the topic map (TOPICS.yaml): for every row of the study notes' inventories (see
 * {@link SeedRows}), the lessons that teach it or why none does. Lint fails when a row has no
 * entry, an entry has neither lessons nor a reason, or more than 5 % of the rows are not taught;
 * an entry naming a lesson that is not in the set is a warning (tracks may be written on other
 * branches), and such a row does not count as taught.
 *
 * @param rows the rows (the inventories' when present, else the project's copy)
 * @param taught the rows taught by at least one lesson of the set
 * @param notTaught the rows with a reason instead
 * @param diagnostics the problems found
 */
public record Topics(int rows, int taught, int notTaught, List<Diagnostic> diagnostics) {
  static final String FILE = "TOPICS.yaml";
  static final String ROWS = "seed-rows.tsv";
  private static final double MAX_NOT_TAUGHT = 0.05;
  private static final Set<String> ENTRY_FIELDS = Set.of("seed", "map", "item", "topic", "lessons", "notTaught");

  /** Copies the list. */
  public Topics {
    diagnostics = List.copyOf(diagnostics);
  }

  /** Checks {@code dir}/TOPICS.yaml against the rows, when the file is there. */
  static Optional<Topics> check(Path dir, String shownPrefix, Set<String> lessonIds) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      List<SeedRows.Row> rows = new ArrayList<>();
      List<Diagnostic> out = new ArrayList<>();
      String shown = shownPrefix + FILE;
      Path copy = dir.resolve(ROWS);
      if (Files.isRegularFile(copy)) {
        rows.addAll(SeedRows.parseCopy(Files.readString(copy, StandardCharsets.UTF_8)));
      }
      Optional<Path> inventory = SeedRows.inventoryDir();
      if (inventory.isPresent()) {
        Set<String> copied = keys(rows);
        for (SeedRows.Row r : SeedRows.readInventories(inventory.get())) {
          if (!copied.contains(r.key())) {
            out.add(new Diagnostic(shownPrefix + ROWS, 1, 1, Diagnostic.Severity.ERROR, "inventory row '" + r.key()
                + "' (" + r.topic() + ") is missing from the copy: refresh " + ROWS + " from " + inventory.get()));
            rows.add(r);
          }
        }
      }
      return Optional.of(check(shown, Files.readString(file, StandardCharsets.UTF_8), rows, lessonIds, out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks the topic map's text against {@code rows}. */
  static Topics check(String shown, String yaml, List<SeedRows.Row> rows, Set<String> lessonIds, List<Diagnostic> out) {
    Y y = new Y(shown, out);
    Map<String, Node> entries = new LinkedHashMap<>();
    Map<String, Boolean> taughtByKey = new LinkedHashMap<>();
    Map<String, Node> unknownIds = new LinkedHashMap<>();
    Map<String, Integer> unknownRows = new LinkedHashMap<>();
    try {
      Optional<Node> root = new Compose(LoadSettings.builder().setLabel(shown).build()).composeString(yaml);
      Node list = root.map(r -> y.map(r, "the topic map", Set.of("topics")).get("topics")).orElse(null);
      for (Node e : y.seq(list, "topics")) {
        Map<String, Node> f = y.map(e, "a topic entry", ENTRY_FIELDS);
        String seed = y.str(f.get("seed"), "seed");
        String kind = f.containsKey("map") ? "map" : "item";
        String ref = y.str(f.get(kind), kind);
        String key = (seed.length() >= 3 ? seed.substring(0, 3) : seed) + " " + kind + " " + ref;
        if (!f.containsKey("map") && !f.containsKey("item")) {
          y.error(e, "a topic entry needs map: LINES or item: NUMBER");
        }
        if (entries.put(key, e) != null) {
          y.error(e, "second entry for row '" + key + "'");
        }
        List<String> lessons = y.strings(f.get("lessons"), "lessons");
        String reason = y.str(f.get("notTaught"), "notTaught");
        if (lessons.isEmpty() == reason.isBlank()) {
          y.error(e, "row '" + key + "' needs either lessons: [...] or notTaught: REASON");
        }
        boolean taught = false;
        for (String id : lessons) {
          if (lessonIds.contains(id)) {
            taught = true;
          } else {
            unknownIds.putIfAbsent(id, f.get("lessons"));
            unknownRows.merge(id, 1, Integer::sum);
          }
        }
        taughtByKey.put(key, taught ? Boolean.TRUE : reason.isBlank() ? null : Boolean.FALSE);
      }
    } catch (MarkedYamlEngineException ex) {
      int line = ex.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
      out.add(new Diagnostic(shown, line, 1, Diagnostic.Severity.ERROR, ex.getProblem()));
    }
    unknownIds.forEach((id, node) -> y.warning(node, "'" + id + "' (named by " + unknownRows.get(id)
        + " rows) is no lesson here; those rows count as taught only through their other lessons"));
    Set<String> known = keys(rows);
    entries.forEach((key, node) -> {
      if (!known.contains(key)) {
        y.error(node, "no inventory row '" + key + "'");
      }
    });
    int taught = 0;
    int notTaught = 0;
    for (SeedRows.Row r : rows) {
      if (!entries.containsKey(r.key())) {
        out.add(new Diagnostic(shown, 1, 1, Diagnostic.Severity.ERROR,
            "inventory row '" + r.key() + "' (" + r.topic() + ") has no entry"));
      } else if (Boolean.TRUE.equals(taughtByKey.get(r.key()))) {
        taught++;
      } else if (Boolean.FALSE.equals(taughtByKey.get(r.key()))) {
        notTaught++;
      }
    }
    if (notTaught > rows.size() * MAX_NOT_TAUGHT) {
      out.add(new Diagnostic(shown, 1, 1, Diagnostic.Severity.ERROR, notTaught + " of " + rows.size()
          + " rows are notTaught; at most 5 % may be"));
    }
    return new Topics(rows.size(), taught, notTaught, out);
  }

  private static Set<String> keys(List<SeedRows.Row> rows) {
    Set<String> out = new java.util.HashSet<>();
    rows.forEach(r -> out.add(r.key()));
    return out;
  }
}
