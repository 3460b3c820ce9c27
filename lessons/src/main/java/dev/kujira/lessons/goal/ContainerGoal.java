package dev.kujira.lessons.goal;

import dev.kujira.lessons.state.ContainerFacts;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Holds when some container has every one of {@code props}: the container is found by what it
 * is, not by the command that made it (a name is just one more property).
 *
 * @param props the properties, all on the same container
 */
public record ContainerGoal(List<ContainerProp> props) implements Goal {
  /** Copies the list. */
  public ContainerGoal {
    props = List.copyOf(props);
  }

  @Override
  public Verdict check(World world) {
    String best = "no container yet";
    int bestMissing = Integer.MAX_VALUE;
    for (ContainerFacts c : world.facts().containers()) {
      List<ContainerProp> missing = props.stream().filter(p -> !p.test(c, world.facts())).collect(Collectors.toList());
      if (missing.isEmpty()) {
        return Verdict.yes();
      }
      if (missing.size() < bestMissing) {
        bestMissing = missing.size();
        best = "container " + c.name() + " is not " + missing.stream().map(ContainerProp::describe)
            .collect(Collectors.joining(", "));
      }
    }
    return Verdict.no(best);
  }

  @Override
  public String describe() {
    return "a container " + props.stream().map(ContainerProp::describe).collect(Collectors.joining(", "));
  }
}
