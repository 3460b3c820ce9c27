package dev.kujira.lessons.load;

import dev.kujira.lessons.model.Lesson;
import dev.kujira.lessons.model.NearMiss;
import dev.kujira.lessons.model.Task;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds problems that span a lesson's parts or several lessons: duplicate ids, {@code needs}
 * that name no task or form a cycle, near misses for unknown tasks, unknown prerequisites.
 * (Positions: these are reported at the lesson file's first line, with the task's id.)
 */
final class Lint {
  private Lint() {
  }

  static List<Diagnostic> across(List<Lesson> lessons) {
    List<Diagnostic> out = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    Set<String> ids = new HashSet<>();
    lessons.forEach(l -> ids.add(l.id()));
    for (Lesson l : lessons) {
      String before = seen.putIfAbsent(l.id(), l.source());
      if (before != null) {
        out.add(error(l, "duplicate lesson id '" + l.id() + "' (also in " + before + ")"));
      }
      for (String p : l.prerequisites()) {
        if (!ids.contains(p)) {
          out.add(error(l, "prerequisite '" + p + "' is no lesson"));
        }
      }
      out.addAll(within(l));
    }
    return out;
  }

  static List<Diagnostic> within(Lesson l) {
    List<Diagnostic> out = new ArrayList<>();
    Map<String, Task> tasks = new HashMap<>();
    for (Task t : l.tasks()) {
      if (tasks.put(t.id(), t) != null) {
        out.add(error(l, "duplicate task id '" + t.id() + "'"));
      }
    }
    for (Task t : l.tasks()) {
      for (String n : t.needs()) {
        if (!tasks.containsKey(n)) {
          out.add(error(l, "task '" + t.id() + "' needs '" + n + "', which is no task of this lesson"));
        }
      }
      if (cycle(t.id(), t.id(), tasks, new HashSet<>())) {
        out.add(error(l, "task '" + t.id() + "' is part of a needs cycle"));
      }
    }
    Set<String> questions = new HashSet<>();
    l.steps().forEach(s -> s.questions().forEach(q -> {
      if (!questions.add(q.id())) {
        out.add(error(l, "duplicate question id '" + q.id() + "'"));
      }
    }));
    for (NearMiss n : l.nearMisses()) {
      if (!tasks.containsKey(n.task())) {
        out.add(error(l, "near miss names task '" + n.task() + "', which is no task of this lesson"));
      }
    }
    if (l.solution().isEmpty()) {
      out.add(error(l, "lesson without solution (give each step's solution lines)"));
    }
    return out;
  }

  private static boolean cycle(String origin, String at, Map<String, Task> tasks, Set<String> visited) {
    Task t = tasks.get(at);
    if (t == null || !visited.add(at)) {
      return false;
    }
    for (String n : t.needs()) {
      if (n.equals(origin) || cycle(origin, n, tasks, visited)) {
        return true;
      }
    }
    return false;
  }

  private static Diagnostic error(Lesson l, String message) {
    return new Diagnostic(l.source(), 1, 1, Diagnostic.Severity.ERROR, message);
  }
}
