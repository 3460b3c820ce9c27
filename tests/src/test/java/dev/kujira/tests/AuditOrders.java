package dev.kujira.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit's comparison beyond the conformance normalisation ({@link Transcripts#normalize}).
 * Two kinds of rule, each with its reason:
 * <ul>
 * <li>{@link #normalize}: what no run of any Docker engine reproduces, applied to both sides (the
 * recording harness's own daemon configuration, the seconds on BuildKit's log lines, ids a probe cut
 * shorter than the 12 characters the harness maps);
 * <li>the orders the real engine races on, declared probe by probe in {@code racy-orders.txt} with
 * the evidence (the sources and repeated recordings, {@code racy-evidence.md}): a probe so declared
 * matches "up to order" when the real transcript is the simulator's with the declared lines in
 * another order the real engine can produce. Only the declared lines move; everything else must be
 * equal as it stands.
 * </ul>
 */
final class AuditOrders {
  /** How the simulator's transcript of a probe compares with the recording. */
  enum Verdict { EXACT, UP_TO_ORDER, DIFFERENT }

  /** The orders a declared run of lines can come in on the real engine. */
  enum Relation {
    /**
     * Go iterates a map of at most 8 entries (one group) from a random slot: the entries come in
     * their insertion order, rotated (Go 1.24's swiss maps and the older buckets alike; the
     * engine's binaries are built with go1.24).
     */
    ROTATION,
    /** A Go map iterated after it grew past one group, or filled in random order: any order. */
    ANY,
    /** One goroutine per object (compose's errgroups): lines interleave, each object's own in order. */
    PER_KEY,
    /** A sequential loop over a Go map: each object's lines stay together, the objects in any order. */
    BLOCKS,
    /**
     * Two pipes copied by two goroutines into one log (the json-file logger, attach): the lines of
     * each stream keep their order, the streams interleave as the goroutines ran.
     */
    STREAMS
  }

  /** One declaration: the probe, the relation, the lines it moves, and for STREAMS the tokens. */
  record Rule(String probe, Relation relation, Pattern lines, List<String> written, List<List<String>> streams,
      String reason) {
  }

  /**
   * The recording harness's own configuration (../shared/conformance/real-docker.sh), which a
   * learner's machine, the one the simulator models, does not have: dockerd runs with
   * {@code --data-root /tmp/real-docker/data} (the default is /var/lib/docker), and the shell
   * exports DOCKER_HOST, about which the CLI warns whenever a context is listed or used. Only a
   * path and a warning change. The storage driver is not mapped: {@code --storage-driver vfs} is a
   * fact the probes that print it (system/004, system/005) are about, so they stay documented
   * machine-bound differences, as does docker diff's order under vfs (mgmt2/037).
   */
  private static final List<Map.Entry<Pattern, String>> HARNESS = List.of(
      Map.entry(Pattern.compile("/tmp/real-docker/data/"), "/var/lib/docker/"),
      Map.entry(Pattern.compile("(?m)^Warning: DOCKER_HOST environment variable overrides the active context\\. .*\\n"), ""));
  private static final Pattern BUILDKIT_LOG_TIME = Pattern.compile("(?m)^(#\\d+) \\d+\\.\\d+ ");
  private static final Pattern SHORT_ID = Pattern.compile("(?<![0-9A-Za-z<#])([0-9a-f]{6,11})(?![0-9A-Za-z>])");

  private AuditOrders() {
  }

  /**
   * Normalisation both sides get after the conformance one. BuildKit's plain progress prints, on
   * each line a step logs, the seconds since the step began ("#5 0.052 no-eth0"): wall time of the
   * machine, like the "0.2s" the conformance normalisation already maps. A hex token of 6 to 11
   * characters with a digit and a letter is an id cut short ({@code cut -c1-22} of an events line,
   * a short build commit): numbered by first appearance as the 12- and 64-character ids are.
   */
  static String normalize(String text) {
    String out = text;
    for (Map.Entry<Pattern, String> rule : HARNESS) {
      out = rule.getKey().matcher(out).replaceAll(Matcher.quoteReplacement(rule.getValue()));
    }
    out = BUILDKIT_LOG_TIME.matcher(out).replaceAll("$1 <T> ");
    Map<String, Integer> seen = new LinkedHashMap<>();
    Matcher m = SHORT_ID.matcher(out);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String id = m.group(1);
      boolean mixed = id.chars().anyMatch(Character::isDigit) && id.chars().anyMatch(Character::isLetter);
      String to = mixed ? "<IDs#" + seen.computeIfAbsent(id, k -> seen.size() + 1) + ">" : id;
      m.appendReplacement(sb, Matcher.quoteReplacement(to));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * Reads {@code racy-orders.txt}: "FOLDER/NNN RELATION REGEX reason", the regex without spaces
   * (\s for one), its group 1 the object's key for PER_KEY and BLOCKS; STREAMS takes, in place of
   * the regex, "WRITTEN=STREAM/STREAM": the tokens in the order the program wrote them, then each
   * stream's tokens ("one,two,three=one,three/two").
   */
  static Map<String, List<Rule>> load(Path file) throws IOException {
    Map<String, List<Rule>> rules = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return rules;
    }
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String[] p = l.strip().split("\\s+", 4);
      Relation rel = Relation.valueOf(p[1].toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      Rule rule;
      if (rel == Relation.STREAMS) {
        String[] ws = p[2].split("=", 2);
        List<List<String>> streams = Arrays.stream(ws[1].split("/")).map(s -> List.of(s.split(","))).toList();
        List<String> written = List.of(ws[0].split(","));
        rule = new Rule(p[0], rel, null, written, streams, p.length > 3 ? p[3] : "");
      } else {
        rule = new Rule(p[0], rel, Pattern.compile(p[2]), List.of(), List.of(), p.length > 3 ? p[3] : "");
      }
      rules.computeIfAbsent(p[0], k -> new ArrayList<>()).add(rule);
    }
    return rules;
  }

  /**
   * Compares one probe's blocks (normalised, one per command line): equal, equal up to the
   * declared orders, or different.
   */
  static Verdict compare(List<String> real, List<String> sim, List<Rule> rules) {
    if (String.join("", real).equals(String.join("", sim))) {
      return Verdict.EXACT;
    }
    if (rules.isEmpty() || real.size() != sim.size()) {
      return Verdict.DIFFERENT;
    }
    for (int i = 0; i < real.size(); i++) {
      if (!sameUpToOrder(real.get(i), sim.get(i), rules)) {
        return Verdict.DIFFERENT;
      }
    }
    return Verdict.UP_TO_ORDER;
  }

  private static boolean sameUpToOrder(String real, String sim, List<Rule> rules) {
    List<String> r = lines(real);
    List<String> s = lines(sim);
    List<Rule> streams = rules.stream().filter(x -> x.relation() == Relation.STREAMS).toList();
    for (Rule rule : rules) {
      if (rule.relation() != Relation.STREAMS) {
        r = canonical(r, rule);
        s = canonical(s, rule);
      }
    }
    if (r.equals(s)) {
      return true;
    }
    for (Rule rule : streams) {
      for (List<String> order : interleavings(rule.streams())) {
        if (r.equals(substitute(s, rule.written(), order))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> lines(String block) {
    return new ArrayList<>(Arrays.asList(block.split("\n", -1)));
  }

  /** Replaces each maximal run of the rule's lines by one representative of its order class. */
  private static List<String> canonical(List<String> lines, Rule rule) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int j = i;
      while (j < lines.size() && !lines.get(j).startsWith("$ ") && rule.lines().matcher(lines.get(j)).find()) {
        j++;
      }
      if (j == i) {
        out.add(lines.get(i++));
        continue;
      }
      out.addAll(canonicalRun(lines.subList(i, j), rule));
      i = j;
    }
    return out;
  }

  private static List<String> canonicalRun(List<String> run, Rule rule) {
    List<String> out = new ArrayList<>(run);
    switch (rule.relation()) {
      case ROTATION -> {
        // the least rotation stands for all rotations
        List<String> best = out;
        for (int k = 1; k < run.size(); k++) {
          List<String> rot = new ArrayList<>(run.subList(k, run.size()));
          rot.addAll(run.subList(0, k));
          if (String.join("\n", rot).compareTo(String.join("\n", best)) < 0) {
            best = rot;
          }
        }
        return best;
      }
      case ANY -> out.sort(Comparator.naturalOrder());
      // a stable sort by key keeps each object's own order
      case PER_KEY -> out.sort(Comparator.comparing(l -> key(l, rule)));
      case BLOCKS -> {
        List<List<String>> groups = new ArrayList<>();
        for (String l : run) {
          if (groups.isEmpty() || !key(groups.get(groups.size() - 1).get(0), rule).equals(key(l, rule))) {
            groups.add(new ArrayList<>());
          }
          groups.get(groups.size() - 1).add(l);
        }
        groups.sort(Comparator.comparing(g -> String.join("\n", g)));
        out.clear();
        groups.forEach(out::addAll);
      }
      default -> throw new IllegalStateException(rule.relation().name());
    }
    return out;
  }

  private static String key(String line, Rule rule) {
    Matcher m = rule.lines().matcher(line);
    return m.find() && m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : line;
  }

  /** Every order of the streams' tokens that keeps each stream's own order. */
  static List<List<String>> interleavings(List<List<String>> streams) {
    List<List<String>> out = new ArrayList<>();
    weave(streams, new int[streams.size()], new ArrayList<>(), out);
    return out;
  }

  private static void weave(List<List<String>> streams, int[] at, List<String> sofar, List<List<String>> out) {
    boolean any = false;
    for (int k = 0; k < streams.size(); k++) {
      if (at[k] < streams.get(k).size()) {
        any = true;
        sofar.add(streams.get(k).get(at[k]++));
        weave(streams, at, sofar, out);
        at[k]--;
        sofar.remove(sofar.size() - 1);
      }
    }
    if (!any) {
      out.add(List.copyOf(sofar));
    }
  }

  /**
   * The simulator's output lines as they would read had the log held the tokens in {@code order}
   * rather than {@code written}: position by position, whole words only, command lines untouched.
   */
  private static List<String> substitute(List<String> lines, List<String> written, List<String> order) {
    Map<String, String> to = new LinkedHashMap<>();
    for (int i = 0; i < written.size(); i++) {
      to.put(written.get(i), order.get(i));
    }
    Pattern words = Pattern.compile("\\b(" + String.join("|", written.stream().map(Pattern::quote).toList()) + ")\\b");
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.add(l.startsWith("$ ") ? l : words.matcher(l).replaceAll(m -> Matcher.quoteReplacement(to.get(m.group(1)))));
    }
    return out;
  }
}
