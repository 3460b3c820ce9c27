package dev.kujira.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.lessons.model.Lang;
import org.junit.jupiter.api.Test;

/** Checks the messages' inline code: backticks become {@code <code>}, everything else is escaped text. */
class InlineCodeTest {
  @Test
  void pairsOfBackticksBecomeCodeAndTheRestIsEscaped() {
    assertThat(InlineCode.html(Messages.get(Lang.EN, "verifyHelp")))
        .isEqualTo("Check a learner&#39;s completion code with <code>./kujira verify CODE</code>.");
    assertThat(InlineCode.html(Messages.get(Lang.JA, "verifyHelp")))
        .isEqualTo("受講者の完了コードは <code>./kujira verify CODE</code> で確認できます。");
    assertThat(InlineCode.html("<b>`a<i>`</b> & `lone")).isEqualTo("&lt;b&gt;<code>a&lt;i&gt;</code>&lt;/b&gt; &amp; `lone");
  }
}
