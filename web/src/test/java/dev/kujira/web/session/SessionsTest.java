package dev.kujira.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.lessons.load.Catalog;
import dev.kujira.lessons.model.Lang;
import dev.kujira.web.SvgPictures;
import dev.kujira.web.records.MemoryRecords;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Checks the registry's bounds and isolation with a fake clock. */
class SessionsTest {
  private final AtomicLong now = new AtomicLong(1_000_000);
  private final MemoryRecords records = new MemoryRecords();
  private final Sessions sessions = new Sessions(Catalog.bundled(), records, records, records, new SvgPictures(), new byte[] {1},
      new Sessions.Limits(2, 3, 60_000), now::get);

  @Test
  void idsAreRandom128BitHexAndSessionsAreApart() {
    WebSession a = sessions.create("1.1.1.1", Lang.EN).orElseThrow();
    WebSession b = sessions.create("1.1.1.2", Lang.JA).orElseThrow();
    assertThat(a.id()).matches("[0-9a-f]{32}").isNotEqualTo(b.id());
    assertThat(a.csrf()).matches("[0-9a-f]{32}").isNotEqualTo(a.id());
    LiveWorkspace wa = sessions.workspace(a, "sandbox").orElseThrow();
    wa.run("docker volume create data", java.io.InputStream.nullInputStream(), System.out, System.out);
    assertThat(sessions.workspace(b, "sandbox").orElseThrow().engine().state().volumes().all()).isEmpty();
    assertThat(sessions.workspace(a, "lesson/nope")).isEmpty();
    assertThat(records.lines(a.id(), "sandbox")).containsExactly("docker volume create data");
  }

  @Test
  void theLongestIdleSessionMakesRoomAndAnAddressIsLimitedPerMinute() {
    WebSession first = sessions.create("1.1.1.1", Lang.EN).orElseThrow();
    now.addAndGet(10);
    WebSession second = sessions.create("1.1.1.1", Lang.EN).orElseThrow();
    now.addAndGet(10);
    sessions.find(first.id());
    assertThat(sessions.create("2.2.2.2", Lang.EN)).isPresent();
    assertThat(sessions.size()).isEqualTo(2);
    assertThat(sessions.find(first.id())).as("the one used last stays").containsSame(first);
    assertThat(second.hasTerminal()).isFalse();
    assertThat(sessions.create("1.1.1.1", Lang.EN)).isPresent();
    assertThat(sessions.create("1.1.1.1", Lang.EN)).as("4th from one address in a minute").isEmpty();
    now.addAndGet(60_000);
    assertThat(sessions.create("1.1.1.1", Lang.EN)).isPresent();
  }

  @Test
  void anUnmeteredAddressIsNotLimitedPerMinuteButTheOthersStillAre() {
    Sessions load = new Sessions(Catalog.bundled(), records, records, records, new SvgPictures(), new byte[] {1},
        new Sessions.Limits(100, 3, 60_000, java.util.Set.of("127.0.0.1")), now::get);
    for (int i = 0; i < 50; i++) {
      assertThat(load.create("127.0.0.1", Lang.EN)).as("session %d from the load run's address", i).isPresent();
    }
    for (int i = 0; i < 3; i++) {
      assertThat(load.create("10.0.0.7", Lang.EN)).isPresent();
    }
    assertThat(load.create("10.0.0.7", Lang.EN)).as("4th from another address in a minute").isEmpty();
    assertThat(load.size()).isEqualTo(53);
  }

  @Test
  void aFullServerWithEveryTerminalOpenRefusesNewSessions() {
    sessions.create("1.1.1.1", Lang.EN).orElseThrow().terminal("sandbox", () -> { });
    sessions.create("1.1.1.2", Lang.EN).orElseThrow().terminal("sandbox", () -> { });
    assertThat(sessions.create("1.1.1.3", Lang.EN)).isEmpty();
  }

  @Test
  void anEvictedSessionComesBackWithItsLinesReplayed() {
    WebSession a = sessions.create("1.1.1.1", Lang.EN).orElseThrow();
    sessions.workspace(a, "sandbox").orElseThrow()
        .run("docker volume create data", java.io.InputStream.nullInputStream(), System.out, System.out);
    now.addAndGet(120_000);
    sessions.create("1.1.1.2", Lang.EN).orElseThrow();
    assertThat(sessions.size()).as("the idle one was evicted").isEqualTo(1);
    WebSession back = sessions.find(a.id()).orElseThrow();
    assertThat(back).isNotSameAs(a);
    assertThat(sessions.workspace(back, "sandbox").orElseThrow().engine().state().volumes().all()).hasSize(1);
    assertThat(sessions.find("f".repeat(32))).as("an id nobody was given").isEmpty();
  }

  @Test
  void aDrillIsAWorkspaceOfItsTemplateAndSeedAndIsForgottenWhenDone() {
    WebSession a = sessions.create("1.1.1.1", Lang.EN).orElseThrow();
    assertThat(sessions.workspace(a, "drill/nope/1")).isEmpty();
    assertThat(sessions.workspace(a, "drill/stop-one/x")).isEmpty();
    assertThat(sessions.workspace(a, "drill/stop-one")).isEmpty();
    LiveWorkspace w = sessions.workspace(a, "drill/stop-one/42").orElseThrow();
    assertThat(((LessonWorkspace) w).lesson().tasks()).hasSize(1);
    w.run("docker ps", java.io.InputStream.nullInputStream(), System.out, System.out);
    assertThat(records.lines(a.id(), "drill/stop-one/42")).containsExactly("docker ps");
    sessions.forget(a, "drill/stop-one/42");
    assertThat(records.lines(a.id(), "drill/stop-one/42")).isEmpty();
    assertThat(sessions.workspace(a, "drill/stop-one/42").orElseThrow()).isNotSameAs(w);
  }
}
