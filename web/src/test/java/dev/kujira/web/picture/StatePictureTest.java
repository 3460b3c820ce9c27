package dev.kujira.web.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kujira.engine.Engine;
import dev.kujira.engine.api.ContainerInfo;
import dev.kujira.engine.api.EngineState;
import dev.kujira.lessons.model.Lang;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Properties of the picture that hold in every state: well-formed, accessible, escaped, complete. */
class StatePictureTest {
  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void isWellFormedAccessibleSvgWithoutInlineStyles() throws Exception {
    try (Engine e = Scenes.engine("web-and-db")) {
      String svg = StatePicture.svg(e.state(), Scenes.goal(), Lang.EN, "pic");
      Document d = parse(svg);
      assertThat(d.getDocumentElement().getAttribute("role")).isEqualTo("img");
      assertThat(d.getDocumentElement().getAttribute("aria-labelledby")).isEqualTo("pic-title pic-desc");
      assertThat(d.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Docker state");
      assertThat(d.getElementsByTagName("desc").item(0).getTextContent())
          .isEqualTo("Containers 5 (running 2, paused 1, created 1, exited 1), Images 4, Networks 4, Volumes 1; Goal 2/3 done.");
      // A page's CSP without 'unsafe-inline' must not change the drawing.
      assertThat(svg).doesNotContain("style=").doesNotContain("<style").doesNotContain("<script");
    }
  }

  @Test
  void learnersTextIsTextNeverMarkup() throws Exception {
    try (Engine e = Scenes.engine("layers"); Engine w = Scenes.engine("web-and-db")) {
      Overlay evil = new Overlay(List.of(new Overlay.Task("t", "<script>alert('x')</script> & \"q\"", false,
          Overlay.Needs.containers("<img src=x onerror=alert(1)>"))));
      for (String svg : List.of(StatePicture.svg(e.state(), evil, Lang.EN, "a"), StatePicture.svg(w.state(), evil,
          Lang.JA, "b"))) {
        Document d = parse(svg);
        assertThat(d.getElementsByTagName("script").getLength()).isZero();
        assertThat(d.getElementsByTagName("img").getLength()).isZero();
        assertThat(d.getDocumentElement().getTextContent()).contains("<script>alert('x')</script> & \"q\"");
      }
      assertThat(StatePicture.svg(e.state(), evil, Lang.EN, "a"))
          .contains("RUN echo &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &gt; /two");
      String html = Outline.html(StatePicture.outline(w.state(), evil, Lang.EN));
      assertThat(html).contains("bind /root/&lt;script&gt;&amp;x → /app (ro)").doesNotContain("<script");
    }
  }

  @Test
  void theTextAlternativeNamesWhatThePictureDraws() throws Exception {
    try (Engine e = Scenes.engine("web-and-db")) {
      EngineState s = e.state();
      String text = StatePicture.text(s, Overlay.none(), Lang.EN);
      for (ContainerInfo c : s.containers().all()) {
        assertThat(text).contains(c.name() + ": " + ContainerSection.status(c));
      }
      assertThat(text).contains("port 8080→80/tcp", "volume dbdata → /data", "tmpfs → /run",
          "web 172.18.0.2, DNS web, www", "dbdata: used by db");
    }
  }

  @Test
  void theOverlayMarksNeededOverDone() {
    Overlay o = new Overlay(List.of(
        new Overlay.Task("a", "a", true, new Overlay.Needs(Set.of("web"), Set.of("net"), Set.of(), Set.of("nginx"))),
        new Overlay.Task("b", "b", false, new Overlay.Needs(Set.of("web"), Set.of(), Set.of("v"), Set.of()))));
    assertThat(o.mark("container", "web")).isEqualTo(Overlay.Mark.NEEDED);
    assertThat(o.mark("network", "net")).isEqualTo(Overlay.Mark.DONE);
    assertThat(o.mark("image", "nginx:latest")).isEqualTo(Overlay.Mark.DONE);
    assertThat(o.mark("volume", "v")).isEqualTo(Overlay.Mark.NEEDED);
    assertThat(o.mark("volume", "w")).isEqualTo(Overlay.Mark.NONE);
    assertThat(o.needed("container")).containsExactly("web");
  }

  @Test
  void refusesAnIdPrefixThatCouldBreakOutOfItsAttribute() throws Exception {
    try (Engine e = Scenes.engine("empty")) {
      assertThatThrownBy(() -> StatePicture.svg(e.state(), Overlay.none(), Lang.EN, "x\" onload=\"y"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void sharedLayersAreDrawnOnceAcrossTheirImages() throws Exception {
    try (Engine e = Scenes.engine("layers")) {
      LayerTree tree = new LayerTree(e.state().images().all());
      LayerTree.Node base = tree.root.children.values().stream()
          .filter(n -> n.layer.createdBy().startsWith("BusyBox")).findFirst().orElseThrow();
      assertThat(base.images).isEqualTo(3); // app:1, app:2 and the dangling old app:1
      assertThat(tree.nodes().stream().filter(n -> n.layer.diffId().equals(base.layer.diffId()))).hasSize(1);
    }
  }
}
