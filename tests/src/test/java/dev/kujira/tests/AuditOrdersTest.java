package dev.kujira.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.tests.AuditOrders.Relation;
import dev.kujira.tests.AuditOrders.Rule;
import dev.kujira.tests.AuditOrders.Verdict;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The audit's order relations accept exactly the orders they declare, and nothing else moves. */
class AuditOrdersTest {
  private static Rule rule(Relation r, String regex) {
    return new Rule("x/001", r, Pattern.compile(regex), List.of(), List.of(), "");
  }

  private static Verdict cmp(String real, String sim, Rule... rules) {
    return AuditOrders.compare(List.of(real), List.of(sim), List.of(rules));
  }

  @Test
  void rotationAcceptsRotationsOnly() {
    Rule r = rule(Relation.ROTATION, "^[a-z]+$");
    String sim = "$ ls\na\nb\nc\n[exit 0]\n";
    assertThat(cmp("$ ls\nb\nc\na\n[exit 0]\n", sim, r)).isEqualTo(Verdict.UP_TO_ORDER);
    assertThat(cmp("$ ls\nc\na\nb\n[exit 0]\n", sim, r)).isEqualTo(Verdict.UP_TO_ORDER);
    assertThat(cmp("$ ls\nb\na\nc\n[exit 0]\n", sim, r)).isEqualTo(Verdict.DIFFERENT);
    assertThat(cmp(sim, sim, r)).isEqualTo(Verdict.EXACT);
  }

  @Test
  void perKeyKeepsEachObjectsOwnOrder() {
    Rule r = rule(Relation.PER_KEY, "^\\sContainer\\s(\\S+)\\s\\s(Stopping|Stopped)$");
    String sim = "$ x\n Container a  Stopping\n Container a  Stopped\n Container b  Stopping\n Container b  Stopped\n";
    assertThat(cmp("$ x\n Container b  Stopping\n Container a  Stopping\n Container a  Stopped\n Container b  Stopped\n",
        sim, r)).isEqualTo(Verdict.UP_TO_ORDER);
    assertThat(cmp("$ x\n Container a  Stopped\n Container a  Stopping\n Container b  Stopping\n Container b  Stopped\n",
        sim, r)).isEqualTo(Verdict.DIFFERENT);
    // a line outside the declared ones never moves
    assertThat(cmp("$ x\n Container a  Stopping\n Container a  Stopped\n Container b  Stopping\n Container b  Stopped\nrc=1\n",
        sim + "rc=2\n", r)).isEqualTo(Verdict.DIFFERENT);
  }

  @Test
  void blocksMoveWhole() {
    Rule r = rule(Relation.BLOCKS, "^\\sNetwork\\s(\\S+)\\s\\s(Creating|Created)$");
    String sim = "$ up\n Network f  Creating\n Network f  Created\n Network b  Creating\n Network b  Created\n";
    assertThat(cmp("$ up\n Network b  Creating\n Network b  Created\n Network f  Creating\n Network f  Created\n", sim, r))
        .isEqualTo(Verdict.UP_TO_ORDER);
    assertThat(cmp("$ up\n Network b  Creating\n Network f  Creating\n Network b  Created\n Network f  Created\n", sim, r))
        .isEqualTo(Verdict.DIFFERENT);
  }

  @Test
  void streamsFollowTheLogsOrderIntoTailAndDetails() {
    Rule r = new Rule("x/001", Relation.STREAMS, null, List.of("one", "two", "three"),
        List.of(List.of("one", "three"), List.of("two")), "");
    assertThat(AuditOrders.interleavings(r.streams())).hasSize(3).contains(r.written());
    // the log held one three two: tail 1 is two where the simulator's log gives three
    assertThat(cmp("$ docker logs --tail 1 lg\ntwo\n[exit 0]\n", "$ docker logs --tail 1 lg\nthree\n[exit 0]\n", r))
        .isEqualTo(Verdict.UP_TO_ORDER);
    assertThat(cmp("$ docker logs lg\n two\n one\n three\n", "$ docker logs lg\n one\n two\n three\n", r))
        .isEqualTo(Verdict.UP_TO_ORDER);
    // three before one is no order the two pipes give
    assertThat(cmp("$ docker logs lg\nthree\none\ntwo\n", "$ docker logs lg\none\ntwo\nthree\n", r))
        .isEqualTo(Verdict.DIFFERENT);
  }

  @Test
  void normalisesBuildKitSecondsAndShortIds() {
    assertThat(AuditOrders.normalize("#5 0.052 no-eth0\n")).isEqualTo("#5 <T> no-eth0\n");
    assertThat(AuditOrders.normalize("container start 6f957e\ncontainer start a44241\nx 6f957e\n"))
        .isEqualTo("container start <IDs#1>\ncontainer start <IDs#2>\nx <IDs#1>\n");
    // the recording harness's data root and shell, not Docker's defaults; its storage driver stays
    assertThat(AuditOrders.normalize(" Storage Driver: vfs\n\"/tmp/real-docker/data/volumes/v3/_data\"\n"))
        .isEqualTo(" Storage Driver: vfs\n\"/var/lib/docker/volumes/v3/_data\"\n");
    assertThat(AuditOrders.normalize("default true\nWarning: DOCKER_HOST environment variable overrides the active "
        + "context. To use a context, either set the global --context flag, or unset DOCKER_HOST environment variable.\n"))
        .isEqualTo("default true\n");
    // all digits or all letters: a number or a word, not an id
    assertThat(AuditOrders.normalize("123456 facade\n")).isEqualTo("123456 facade\n");
  }
}
