package dev.kujira.cli;

import dev.kujira.lessons.author.Demonstration;
import dev.kujira.lessons.author.Proposal;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code :author start|goal|keep N...|save FILE}: authoring a lesson by demonstration. The
 * lines typed before {@code start} become the lesson's start, the lines after it its solution;
 * {@code goal} proposes goals from the difference between the two states, {@code keep} keeps the
 * ones that matter (all by default), {@code save} writes a draft that lints.
 */
final class AuthorCommands {
  private final Session session;
  private Demonstration demo;
  private int from;
  private List<Proposal> proposals = List.of();
  private List<Proposal> kept;

  AuthorCommands(Session session) {
    this.session = session;
  }

  int run(String rest, PrintStream out) {
    String[] w = rest.strip().split("\\s+", 2);
    String arg = w.length > 1 ? w[1].strip() : "";
    switch (w[0]) {
      case "start" -> {
        from = session.lines().size();
        demo = Demonstration.start(session.engine(), session.lines());
        proposals = List.of();
        kept = null;
        out.println("author: start state recorded (" + from + " command line" + (from == 1 ? "" : "s")
            + " make it); now type the solution, then :author goal");
        return 0;
      }
      case "goal" -> {
        if (demo == null) {
          return notStarted(out);
        }
        proposals = demo.propose(session.engine());
        kept = null;
        if (proposals.isEmpty()) {
          out.println("author: nothing changed since :author start");
        }
        for (int i = 0; i < proposals.size(); i++) {
          out.println("  " + (i + 1) + ") " + proposals.get(i).label().en());
          out.println("     goal: " + proposals.get(i).goal());
        }
        if (!proposals.isEmpty()) {
          out.println("author: :author keep N... keeps some (all are kept otherwise); :author save FILE writes the lesson");
        }
        return 0;
      }
      case "keep" -> {
        List<Proposal> k = new ArrayList<>();
        for (String n : arg.split("[\\s,]+")) {
          if (!n.matches("\\d+") || Integer.parseInt(n) < 1 || Integer.parseInt(n) > proposals.size()) {
            out.println("author: keep takes numbers from 1 to " + proposals.size() + " (see :author goal)");
            return 2;
          }
          k.add(proposals.get(Integer.parseInt(n) - 1));
        }
        kept = k;
        out.println("author: keeping " + k.size() + " goal" + (k.size() == 1 ? "" : "s"));
        return 0;
      }
      case "save" -> {
        return save(arg, out);
      }
      default -> {
        out.println("usage: :author start | :author goal | :author keep N... | :author save FILE");
        return 2;
      }
    }
  }

  private int save(String file, PrintStream out) {
    if (demo == null) {
      return notStarted(out);
    }
    if (file.isEmpty()) {
      out.println(":author save needs a FILE (e.g. mylessons/basics/01-web.yaml)");
      return 2;
    }
    if (proposals.isEmpty()) {
      proposals = demo.propose(session.engine());
    }
    List<Proposal> goals = kept != null ? kept : proposals;
    if (goals.isEmpty()) {
      out.println("author: no goal to save: nothing changed since :author start");
      return 1;
    }
    Path path = Path.of(file);
    String id = path.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    String track = path.getParent() == null ? "mine" : path.getParent().getFileName().toString();
    List<String> lines = session.lines();
    String yaml = demo.draft(track + "-" + id, track, goals, lines.subList(Math.min(from, lines.size()), lines.size()));
    try {
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      Files.writeString(path, yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      out.println(":author save: cannot write " + file + ": " + e.getMessage());
      return 1;
    }
    out.println("author: wrote " + file + " (" + goals.size() + " task" + (goals.size() == 1 ? "" : "s")
        + "); check it with: kujira lessons test " + (path.getParent() == null ? "." : path.getParent()));
    return 0;
  }

  private static int notStarted(PrintStream out) {
    out.println("author: say :author start first, before typing the solution");
    return 2;
  }
}
