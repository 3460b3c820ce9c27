package dev.kujira.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.lessons.model.Lang;
import dev.kujira.web.session.PictureSource;
import dev.kujira.web.session.SandboxWorkspace;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** Checks that a workspace's picture is drawn again only when what it shows changed. */
class SvgPicturesTest {
  private static final PrintStream SINK = new PrintStream(OutputStream.nullOutputStream());

  @Test
  void aCommandThatChangedNothingIsNotDrawnAgainAndOneThatDidIs() throws Exception {
    SvgPictures server = new SvgPictures();
    SvgPictures mine = (SvgPictures) server.forWorkspace();
    try (Engine engine = Engine.create(EngineOptions.defaults())) {
      engine.run("docker pull busybox");
      PictureSource.Picture first = mine.draw(engine.state(), null, Lang.EN);
      assertThat(mine.drawn()).isEqualTo(1);

      engine.run("docker ps -a");
      engine.run("docker run --rm busybox echo hi");
      long before = engine.state().time();
      PictureSource.Picture again = mine.draw(engine.state(), null, Lang.EN);
      assertThat(again).as("nothing shown changed: the same picture").isSameAs(first);
      assertThat(mine.drawn()).isEqualTo(1);
      assertThat(before).as("though the commands moved the clock").isGreaterThan(0);
      assertThat(again).as("and it is what a fresh drawing gives")
          .isEqualTo(new SvgPictures().draw(engine.state(), null, Lang.EN));

      engine.run("docker network create appnet");
      PictureSource.Picture changed = mine.draw(engine.state(), null, Lang.EN);
      assertThat(changed).isNotSameAs(first);
      assertThat(changed.svg()).contains("appnet");
      assertThat(mine.drawn()).isEqualTo(2);

      assertThat(mine.draw(engine.state(), null, Lang.JA)).as("another language is drawn")
          .isNotEqualTo(changed);
      assertThat(mine.drawn()).isEqualTo(3);
      assertThat(server.drawn()).as("the server's own source keeps nothing").isZero();
    }
  }

  @Test
  void aWorkspaceViewKeepsItsPictureOverAReadOnlyCommand() {
    SandboxWorkspace w = new SandboxWorkspace(EngineOptions.defaults(), new SvgPictures(), () -> Lang.EN);
    try {
      w.run("docker volume create data", InputStream.nullInputStream(), SINK, SINK);
      Object first = w.view().get("picture");
      w.run("docker volume ls", InputStream.nullInputStream(), SINK, SINK);
      assertThat(w.view().get("picture")).isSameAs(first);
      w.run("docker volume rm data", InputStream.nullInputStream(), SINK, SINK);
      Object after = w.view().get("picture");
      assertThat(after).isNotSameAs(first);
      assertThat(((PictureSource.Picture) after).svg()).doesNotContain(">data<");
      assertThat(((PictureSource.Picture) first).svg()).contains(">data<");
    } finally {
      w.close();
    }
  }
}
