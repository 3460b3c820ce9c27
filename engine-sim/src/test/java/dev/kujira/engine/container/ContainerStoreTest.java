package dev.kujira.engine.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.ImageConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The container store resolves a user's word as moby does and its snapshot is independent of later changes. */
class ContainerStoreTest {

  private static Container container(String id, String name) {
    Image image = new Image("sha256:" + "0".repeat(64), "{}", ImageConfig.EMPTY, "amd64", "linux", 0, "", "", "",
        List.of(), List.of(), "");
    return new Container(id, name, 0, image, "img", null, List.of("sh"), List.of(), "", "", name, false,
        false, Map.of(), List.of(), Map.of(), false, List.of(), RestartPolicy.NO, false, "bridge", "", null,
        new FsTree());
  }

  private static ContainerStore twoContainers() {
    ContainerStore store = new ContainerStore();
    Container web = container("ab12" + "0".repeat(60), "web");
    Container db = container("ab34" + "0".repeat(60), "db");
    store.put(web.id, web);
    store.put(db.id, db);
    return store;
  }

  @Test
  void find_triesFullId_thenName_thenAUniquePrefix() {
    ContainerStore store = twoContainers();
    assertThat(store.find("ab12" + "0".repeat(60)).name).isEqualTo("web");
    assertThat(store.find("db").name).isEqualTo("db");
    assertThat(store.find("/db").name).isEqualTo("db");
    assertThat(store.find("ab3").name).isEqualTo("db");
    assertThat(store.find("ab")).as("an ambiguous prefix names nothing").isNull();
    assertThat(store.find("")).isNull();
    assertThat(store.byName("/db")).as("byName takes the bare name only").isNull();
  }

  @Test
  void newestFirst_reversesCreationOrder() {
    assertThat(twoContainers().newestFirst()).extracting(c -> c.name).containsExactly("db", "web");
  }

  @Test
  void restore_bringsBackTheSnapshot_andReportsWhatRan() {
    ContainerStore store = twoContainers();
    store.get(store.find("web").id).moveTo(ContainerStatus.RUNNING);
    List<Container> saved = store.snapshot();
    store.remove(store.find("db").id);
    store.find("web").moveTo(ContainerStatus.EXITED);

    List<String> running = store.restore(saved);

    assertThat(store.values()).extracting(c -> c.name).containsExactly("web", "db");
    assertThat(store.find("web").status).isEqualTo(ContainerStatus.RUNNING);
    assertThat(running).containsExactly(store.find("web").id);
    assertThat(store.find("web")).as("restore hands out copies, never the saved objects").isNotSameAs(saved.get(0));
  }
}
