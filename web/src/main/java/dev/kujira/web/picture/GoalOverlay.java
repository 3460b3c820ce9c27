package dev.kujira.web.picture;

import dev.kujira.lessons.goal.ContainerGoal;
import dev.kujira.lessons.goal.ContainerProp;
import dev.kujira.lessons.goal.Goal;
import dev.kujira.lessons.goal.ResourceGoal;
import dev.kujira.lessons.model.Lang;
import dev.kujira.lessons.model.Task;
import dev.kujira.lessons.run.LessonSession;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds an {@link Overlay} from a lesson's tasks: reads what each task's goal names (containers,
 * networks, volumes, images) from the lessons' goal model. A part under {@link Goal.Not} names
 * what must not exist, so it is not highlighted as needed.
 *
 * <pre>{@code
 * String svg = StatePicture.svg(session.engine().state(), GoalOverlay.of(session, Lang.EN), Lang.EN, "pic");
 * }</pre>
 */
public final class GoalOverlay {
  private GoalOverlay() {
  }

  /** Returns the overlay of the session's current step: its tasks, done or not. */
  public static Overlay of(LessonSession session, Lang lang) {
    return of(session.currentStep().tasks(), session::done, lang);
  }

  /** Returns the overlay of {@code tasks}, {@code done} saying which task ids are done. */
  public static Overlay of(List<Task> tasks, Predicate<String> done, Lang lang) {
    return new Overlay(tasks.stream()
        .map(t -> new Overlay.Task(t.id(), t.label().in(lang), done.test(t.id()), needs(t.goal()))).toList());
  }

  /** Returns what {@code goal} names. */
  public static Overlay.Needs needs(Goal goal) {
    Set<String> containers = new HashSet<>();
    Set<String> networks = new HashSet<>();
    Set<String> volumes = new HashSet<>();
    Set<String> images = new HashSet<>();
    collect(goal, containers, networks, volumes, images);
    return new Overlay.Needs(containers, networks, volumes, images);
  }

  private static void collect(Goal goal, Set<String> containers, Set<String> networks, Set<String> volumes,
      Set<String> images) {
    if (goal instanceof Goal.All all) {
      all.parts().forEach(p -> collect(p, containers, networks, volumes, images));
    } else if (goal instanceof Goal.Any any) {
      any.parts().forEach(p -> collect(p, containers, networks, volumes, images));
    } else if (goal instanceof ContainerGoal c) {
      for (ContainerProp p : c.props()) {
        if (p instanceof ContainerProp.Name n) {
          containers.add(n.name());
        } else if (p instanceof ContainerProp.Image i && !i.ref().startsWith("sha256:")) {
          images.add(i.ref());
        } else if (p instanceof ContainerProp.OnNetwork o) {
          networks.add(o.network());
        } else if (p instanceof ContainerProp.Mount m && m.type().equals("volume") && !m.source().isEmpty()) {
          volumes.add(m.source());
        }
      }
    } else if (goal instanceof ResourceGoal.ImageGoal i) {
      images.add(i.ref());
    } else if (goal instanceof ResourceGoal.NetworkGoal n) {
      networks.add(n.name());
    } else if (goal instanceof ResourceGoal.VolumeGoal v) {
      volumes.add(v.name());
    } else if (goal instanceof ResourceGoal.Resolves r) {
      containers.add(r.from());
    } else if (goal instanceof ResourceGoal.FileGoal f && f.container() != null) {
      containers.add(f.container());
    }
    // Not, counts, builds, outputs and compose projects name no single resource to point at.
  }
}
