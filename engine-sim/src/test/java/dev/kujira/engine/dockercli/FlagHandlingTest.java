package dev.kujira.engine.dockercli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.dockercli.program.Commands;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every flag of every command in the command table declares how it is handled (FlagHandling). */
class FlagHandlingTest {
  @Test
  void everyFlagOfTheTable_declaresItsHandling() {
    Commands table = Commands.standard();
    Set<String> undeclared = new TreeSet<>();
    int flags = 0;
    for (List<String> path : table.paths()) {
      CommandSpec spec = table.find(path).spec();
      for (Flag f : spec.flags()) {
        flags++;
        if (FlagHandling.of(spec, f.name()) == null) {
          undeclared.add(String.join(" ", spec.path()) + " | " + f.name());
        }
      }
    }
    undeclared.forEach(u -> System.out.println("UNDECLARED " + u));
    assertThat(flags).isGreaterThan(300);
    assertThat(undeclared).as("flags without a declared handling in flag-handling.txt").isEmpty();
  }
}
