package dev.kujira.web.picture;

import dev.kujira.lessons.model.Lang;
import java.util.Map;

/**
 * The picture's few words in Japanese and English. Docker's own nouns and values (names, states
 * as {@code docker ps} prints them, bind/volume/tmpfs) stay as Docker writes them in both.
 */
final class Labels {
  private static final Map<String, String[]> WORDS = Map.ofEntries(
      Map.entry("title", new String[] {"Docker の状態", "Docker state"}),
      Map.entry("goal", new String[] {"ゴール", "Goal"}),
      Map.entry("containers", new String[] {"コンテナ", "Containers"}),
      Map.entry("images", new String[] {"イメージ", "Images"}),
      Map.entry("networks", new String[] {"ネットワーク", "Networks"}),
      Map.entry("volumes", new String[] {"ボリューム", "Volumes"}),
      Map.entry("none", new String[] {"なし", "none"}),
      Map.entry("needed", new String[] {"必要", "needed"}),
      Map.entry("done", new String[] {"完了", "done"}),
      Map.entry("dangling", new String[] {"dangling", "dangling"}),
      Map.entry("unused", new String[] {"未使用", "unused"}),
      Map.entry("usedBy", new String[] {"使用:", "used by"}),
      Map.entry("members", new String[] {"メンバー", "members"}),
      Map.entry("noMembers", new String[] {"実行中のメンバーなし", "no running members"}),
      Map.entry("dns", new String[] {"DNS", "DNS"}),
      Map.entry("ports", new String[] {"ポート", "ports"}),
      Map.entry("layer", new String[] {"レイヤー", "layer"}),
      Map.entry("shared", new String[] {"共有", "shared"}),
      Map.entry("missing", new String[] {"まだありません", "not there yet"}));

  private Labels() {
  }

  /** Returns "1 layer", "2 layers" (Japanese has no plural: "2 レイヤー"). */
  static String count(long n, String key, Lang lang) {
    return n + " " + of(key, lang) + (lang == Lang.EN && n != 1 ? "s" : "");
  }

  /** Returns the word {@code key} in {@code lang}. */
  static String of(String key, Lang lang) {
    String[] w = WORDS.get(key);
    if (w == null) {
      throw new IllegalArgumentException("no label " + key);
    }
    return lang == Lang.JA ? w[0] : w[1];
  }
}
