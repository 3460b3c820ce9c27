package dev.kujira.lessons.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the rows of the study notes' inventories that the curriculum must cover: every row of a
 * "Map of the seed" table and every item of a "Lesson topics" list (the leaves of a nested list,
 * the rows of a numbered table). The project keeps a copy of the rows (seed-rows.tsv next to
 * TOPICS.yaml) so the check runs in a clone without ../shared; when the inventories are present,
 * their rows are read too and a row missing from the copy is reported.
 */
public final class SeedRows {
  private static final Pattern SEED_HEADING = Pattern.compile("[Ss]eed (\\d{3})\\b");
  private static final Pattern SEEDS_PLURAL = Pattern.compile("seeds \\d");
  private static final Pattern TOP_ITEM = Pattern.compile("^(\\d+)\\. (.*)");
  private static final Pattern SUB_ITEM = Pattern.compile("^\\s+(\\d+)\\. (.*)");
  private static final Pattern TABLE_ITEM = Pattern.compile("^\\|\\s*(\\d+)\\s*\\|\\s*([^|]*)\\|");

  /**
   * Is one row: {@code kind} is "map" (a map table row, {@code ref} its line range) or "item" (a
   * lesson-topics item, {@code ref} its number, "1.2" for a nested one).
   *
   * @param seed the seed's three digits
   * @param kind map or item
   * @param ref the line range or item number, as the inventory writes it
   * @param topic the row's text
   */
  public record Row(String seed, String kind, String ref, String topic) {
    /** Returns the key that TOPICS.yaml entries are matched on. */
    public String key() {
      return seed + " " + kind + " " + ref;
    }
  }

  private SeedRows() {
  }

  /** Parses the project's copy (seed, kind, ref, topic separated by tabs; the seed as its file name). */
  public static List<Row> parseCopy(String tsv) {
    List<Row> out = new ArrayList<>();
    for (String line : tsv.split("\n")) {
      String[] f = line.split("\t", 4);
      if (f.length == 4 && !line.startsWith("#")) {
        out.add(new Row(f[0].substring(0, 3), f[1], f[2], f[3]));
      }
    }
    return out;
  }

  /** Returns the inventory folder: $KUJIRA_SEED_INVENTORY, else ../shared/seeds/inventory from here or the parent. */
  public static Optional<Path> inventoryDir() {
    String env = System.getenv("KUJIRA_SEED_INVENTORY");
    List<Path> candidates = new ArrayList<>();
    if (env != null && !env.isBlank()) {
      candidates.add(Path.of(env));
    }
    candidates.add(Path.of("..", "shared", "seeds", "inventory"));
    candidates.add(Path.of("..", "..", "shared", "seeds", "inventory"));
    return candidates.stream().filter(Files::isDirectory).findFirst();
  }

  /** Reads the rows of every *.md inventory in {@code dir}, by file name. */
  public static List<Row> readInventories(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    List<Row> out = new ArrayList<>();
    for (Path f : files) {
      out.addAll(parseInventory(Files.readString(f, StandardCharsets.UTF_8)));
    }
    return out;
  }

  /** Parses one inventory's markdown. */
  public static List<Row> parseInventory(String markdown) {
    List<Row> out = new ArrayList<>();
    String seed = "???";
    String section = null;
    String top = null;
    for (String line : markdown.split("\n")) {
      if (line.startsWith("# ")) {
        Matcher m = SEED_HEADING.matcher(line);
        if (m.find() && !SEEDS_PLURAL.matcher(line).find()) {
          seed = m.group(1);
        }
        section = null;
        continue;
      }
      if (line.startsWith("#")) {
        section = line.contains("Map of the seed") ? "map" : line.contains("Lesson topics") ? "item" : null;
        top = null;
        continue;
      }
      if (line.strip().equals("---")) {
        section = null;
        continue;
      }
      if ("map".equals(section) && line.startsWith("|") && !line.startsWith("|---")) {
        String body = line.strip().replace("\\|", "\u0000");
        int cut = body.indexOf('|', 1);
        String ref = body.substring(1, cut).strip();
        String topic = body.substring(cut + 1).replaceAll("\\|\\s*$", "").replaceAll("\\s*\\|\\s*", " — ");
        if (!ref.equals("Lines")) {
          out.add(new Row(seed, "map", ref, clean(topic.replace('\u0000', '|'))));
        }
      } else if ("item".equals(section)) {
        Matcher t = TOP_ITEM.matcher(line);
        Matcher s = SUB_ITEM.matcher(line);
        Matcher tab = TABLE_ITEM.matcher(line);
        if (t.find()) {
          top = t.group(1);
          out.add(new Row(seed, "item", top, clean(t.group(2))));
        } else if (s.find() && top != null) {
          Row last = out.isEmpty() ? null : out.get(out.size() - 1);
          if (last != null && last.kind().equals("item") && last.ref().equals(top)) {
            out.remove(out.size() - 1); // a nested list: its leaves are the items
          }
          out.add(new Row(seed, "item", top + "." + s.group(1), clean(s.group(2))));
        } else if (tab.find()) {
          out.add(new Row(seed, "item", tab.group(1), clean(tab.group(2))));
        }
      }
    }
    return out;
  }

  private static String clean(String s) {
    return s.replace("**", "").replace("`", "").strip();
  }
}
