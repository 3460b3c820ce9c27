package dev.kujira.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The flag audit (resources/audit, copied from shared/conformance/audit with its README): 510
 * probes recorded on Docker 26.1.5, each making one flag's effect visible. Every folder runs in
 * one fresh engine, as the audit's harness runs it with {@code kujira script}; its transcript is
 * cut into one block per command line and each probe is compared after the conformance
 * normalisation, one dynamic test per probe. Probes listed in {@code known-differences.txt}
 * (each a difference still to fix or a machine-bound one, with its reason) are reported as
 * skipped when they differ and fail when they match, so the list only shrinks; any other
 * difference fails. The comparison adds {@link AuditOrders}' rules: two normalisations, and for the
 * probes declared in {@code racy-orders.txt} (with the evidence in {@code racy-evidence.md}) the
 * orders the real engine races on. Prints "audit: N/510 (E exact, R up to the order the real
 * engine races on)".
 */
class AuditTest {
  static final Path AUDIT = Path.of("src/test/resources/audit");
  private static final Pattern HEADER = Pattern.compile("#\\s*P:\\s*(.*)");
  private static final AtomicInteger EXACT = new AtomicInteger();
  private static final AtomicInteger UP_TO_ORDER = new AtomicInteger();
  private static final AtomicInteger PROBES = new AtomicInteger();
  private static final Set<String> NEWLY_MATCHING = new TreeSet<>();
  private static final Map<String, List<AuditOrders.Rule>> RACY;

  static {
    try {
      RACY = AuditOrders.load(AUDIT.resolve("racy-orders.txt"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** One probe: its header fields and its command lines. */
  record Probe(String id, String family, String command, String flag, List<String> lines) {
    boolean setup() {
      return family.equals("setup");
    }
  }

  @TestFactory
  Stream<DynamicNode> everyProbe() throws IOException {
    Map<String, String> known = known();
    List<Path> dirs;
    try (Stream<Path> list = Files.list(AUDIT)) {
      dirs = list.filter(d -> Files.isRegularFile(d.resolve("commands.txt"))).sorted().toList();
    }
    return dirs.stream().map(dir -> DynamicContainer.dynamicContainer(dir.getFileName().toString(),
        folderTests(dir, known)));
  }

  private static Stream<DynamicNode> folderTests(Path dir, Map<String, String> known) {
    List<Probe> probes = parse(dir);
    String[] transcript = new String[1];
    List<DynamicNode> tests = new ArrayList<>();
    for (int i = 0; i < probes.size(); i++) {
      Probe p = probes.get(i);
      int index = i;
      if (p.setup()) {
        continue;
      }
      tests.add(DynamicTest.dynamicTest(p.id() + " " + p.command() + " | " + p.flag(), () -> {
        if (transcript[0] == null) {
          transcript[0] = run(dir, probes);
          // kept for reading a difference whole (the report prints only a diff)
          Path keep = Path.of("target/audit-sim").resolve(dir.getFileName() + ".txt");
          Files.createDirectories(keep.getParent());
          Files.writeString(keep, transcript[0], StandardCharsets.UTF_8);
        }
        probe(dir, probes, index, transcript[0], known);
      }));
    }
    return tests.stream();
  }

  private static void probe(Path dir, List<Probe> probes, int index, String sim, Map<String, String> known)
      throws IOException {
    List<String> all = probes.stream().flatMap(p -> p.lines().stream()).toList();
    String real = Files.readString(dir.resolve("real.txt"), StandardCharsets.UTF_8);
    int first = 0;
    for (int i = 0; i < index; i++) {
      first += probes.get(i).lines().size();
    }
    int n = probes.get(index).lines().size();
    List<String> rb = normal(blocks(real, all).subList(first, first + n));
    List<String> sb = normal(blocks(sim, all).subList(first, first + n));
    String r = String.join("", rb);
    String s = String.join("", sb);
    Probe p = probes.get(index);
    PROBES.incrementAndGet();
    assertThat(s).as("internal error in " + p.id()).doesNotContain("kujira: internal error");
    List<AuditOrders.Rule> rules = RACY.getOrDefault(p.id(), List.of());
    for (AuditOrders.Rule rule : rules) {
      assertThat(simOrderProblem(rule, sb)).as(p.id() + ": the simulator's order must be one the real engine gives").isNull();
    }
    AuditOrders.Verdict v = AuditOrders.compare(rb, sb, rules);
    if (v != AuditOrders.Verdict.DIFFERENT) {
      (v == AuditOrders.Verdict.EXACT ? EXACT : UP_TO_ORDER).incrementAndGet();
      if (known.containsKey(p.id())) {
        NEWLY_MATCHING.add(p.id());
      }
      assertThat(known).as(p.id() + " matches now: remove it from known-differences.txt").doesNotContainKey(p.id());
      return;
    }
    System.out.println("AUDIT DIFF " + p.id() + " " + p.command() + " | " + p.flag() + "\n" + Diff.unified(r, s));
    Assumptions.assumeFalse(known.containsKey(p.id()), p.id() + " known difference: " + known.get(p.id()));
    assertThat(s).as(Diff.unified(r, s)).isEqualTo(r);
  }

  /** Normalises a probe's blocks together (ids numbered across them), then cuts them apart again. */
  private static List<String> normal(List<String> blocks) {
    String cut = "\u0000block\n";
    String text = AuditOrders.normalize(Transcripts.normalize(String.join(cut, blocks)));
    List<String> out = new ArrayList<>(List.of(text.split(cut, -1)));
    assertThat(out).hasSize(blocks.size());
    return out;
  }

  /**
   * For a STREAMS rule: the order the program wrote its tokens must be one the real engine can log,
   * and the simulator's blocks that show every token must show them in that order.
   */
  private static String simOrderProblem(AuditOrders.Rule rule, List<String> simBlocks) {
    if (rule.relation() != AuditOrders.Relation.STREAMS) {
      return null;
    }
    if (!AuditOrders.interleavings(rule.streams()).contains(rule.written())) {
      return "written order " + rule.written() + " is no interleaving of " + rule.streams();
    }
    for (String block : simBlocks) {
      List<String> seen = new ArrayList<>();
      for (String l : block.split("\n")) {
        for (String t : rule.written()) {
          if (!l.startsWith("$ ") && Pattern.compile("\\b" + Pattern.quote(t) + "\\b").matcher(l).find()) {
            seen.add(t);
          }
        }
      }
      if (seen.containsAll(rule.written()) && !seen.equals(rule.written())) {
        return "simulator logged " + seen + ", not " + rule.written();
      }
    }
    return null;
  }

  @AfterAll
  static void report() {
    int matched = EXACT.get() + UP_TO_ORDER.get();
    System.out.println("audit: " + matched + "/" + PROBES.get() + " (" + EXACT.get() + " exact, " + UP_TO_ORDER.get()
        + " up to the order the real engine races on)");
    NEWLY_MATCHING.forEach(id -> System.out.println("audit: " + id + " matches now"));
  }

  /** Runs a folder's command lines in one fresh engine, as the harness's {@code kujira script} does. */
  static String run(Path dir, List<Probe> probes) throws IOException {
    Path work = Files.createTempDirectory("audit").resolve("conformance-work");
    Files.createDirectories(work);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.toList()) {
        String n = dir.relativize(p).toString();
        if (n.isEmpty() || n.equals("commands.txt") || n.equals("real.txt")) {
          continue;
        }
        Path target = work.resolve(n);
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target);
        }
      }
    }
    List<String> lines = probes.stream().flatMap(p -> p.lines().stream()).toList();
    // The recording machine reaches no registry, and harness.py's `kujira script` (without --hub)
    // models that machine: pulls from the Hub fail with its DNS error, as on the recording.
    dev.kujira.engine.EngineOptions options = dev.kujira.engine.EngineOptions.defaults()
        .withHostDir(work, Transcripts.WORK).withArchive(ConformanceSuiteTest.BUSYBOX);
    StringBuilder sb = new StringBuilder();
    try (dev.kujira.engine.Engine engine = dev.kujira.engine.Engine.create(options)) {
      engine.offline(true);
      for (String line : lines) {
        engine.cd(Transcripts.WORK);
        dev.kujira.engine.api.CommandResult r = engine.run(line);
        sb.append("$ ").append(line).append('\n').append(r.output());
        if (!r.output().isEmpty() && !r.output().endsWith("\n")) {
          sb.append('\n');
        }
        sb.append("[exit ").append(r.exitCode()).append("]\n");
      }
    }
    return sb.toString();
  }

  /** Parses commands.txt into probes, as harness.py's {@code parse} does; ids are FOLDER/NNN. */
  static List<Probe> parse(Path dir) {
    List<String> text;
    try {
      text = Files.readAllLines(dir.resolve("commands.txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String folder = dir.getFileName().toString();
    List<Probe> probes = new ArrayList<>();
    Probe cur = null;
    for (String l : text) {
      if (l.isBlank()) {
        continue;
      }
      String s = l.stripLeading();
      if (s.startsWith("#")) {
        Matcher m = HEADER.matcher(s);
        if (m.matches()) {
          String[] parts = m.group(1).split("\\|", -1);
          cur = new Probe(String.format("%s/%03d", folder, probes.size() + 1), parts[0].strip(),
              parts.length > 1 ? parts[1].strip() : "", parts.length > 2 ? parts[2].strip() : "", new ArrayList<>());
          probes.add(cur);
        }
        continue;
      }
      if (cur == null) {
        cur = new Probe(folder + "/000", "setup", "setup", "", new ArrayList<>());
        probes.add(cur);
      }
      cur.lines().add(l);
    }
    return probes;
  }

  /** Cuts a transcript into one block per command line, in order, as harness.py's {@code blocks} does. */
  static List<String> blocks(String text, List<String> commands) {
    String[] lines = text.split("\n", -1);
    List<Integer> starts = new ArrayList<>();
    int idx = 0;
    for (String c : commands) {
      String target = "$ " + c;
      while (idx < lines.length && !lines[idx].equals(target)) {
        idx++;
      }
      starts.add(idx);
      idx++;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int s = starts.get(i);
      int e = i + 1 < starts.size() ? starts.get(i + 1) : lines.length;
      if (s >= lines.length) {
        out.add("(missing)\n");
        continue;
      }
      String block = String.join("\n", java.util.Arrays.asList(lines).subList(s, Math.max(s, e)));
      out.add(block.replaceAll("\n+$", "") + "\n");
    }
    return out;
  }

  /** The known differences: "FOLDER/NNN reason" lines; # comments. */
  static Map<String, String> known() throws IOException {
    Map<String, String> known = new LinkedHashMap<>();
    for (String l : Files.readAllLines(AUDIT.resolve("known-differences.txt"), StandardCharsets.UTF_8)) {
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String[] parts = l.strip().split("\\s+", 2);
      known.put(parts[0], parts.length > 1 ? parts[1] : "");
    }
    return known;
  }
}
