package dev.kujira.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseTest {
  @Test
  void aLineBreakBetweenJapaneseCharactersIsJoinedWithoutASpace() {
    assertThat(Prose.html("このままではホスト\nからアクセスできません。"))
        .isEqualTo("<p>このままではホストからアクセスできません。</p>\n");
  }

  @Test
  void aLineBreakNextToALatinWordStaysASpaceAndParagraphsStayApart() {
    assertThat(Prose.html("公開できたら、\n`curl localhost:8080` で\nnginx を見ます。\n\n次へ。"))
        .isEqualTo("<p>公開できたら、\n<code>curl localhost:8080</code> で\nnginx を見ます。</p>\n<p>次へ。</p>\n");
    assertThat(Prose.html("run the\ncontainer")).isEqualTo("<p>run the\ncontainer</p>\n");
  }

  @Test
  void rawHtmlIsEscaped() {
    assertThat(Prose.html("<script>x</script>")).doesNotContain("<script>");
  }
}
