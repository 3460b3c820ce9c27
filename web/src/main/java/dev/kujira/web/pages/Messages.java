package dev.kujira.web.pages;

import dev.kujira.lessons.model.Lang;
import java.util.LinkedHashMap;
import java.util.Map;

/** Holds the pages' own words in Japanese and English (lesson text comes from the lessons). */
public final class Messages {
  private static final String[][] TEXTS = {
      {"tagline", "ブラウザーで Docker を練習できる学習環境です。コマンドはすべてシミュレーターの中で動きます。",
          "Practise Docker in your browser. Every command runs in a simulator."},
      {"home", "ホーム", "Home"},
      {"sandbox", "サンドボックス", "Sandbox"},
      {"instructor", "講師用", "Instructor"},
      {"language", "言語", "Language"},
      {"continue", "前回の続きから再開する", "Continue where I left off"},
      {"lessons", "レッスン", "Lessons"},
      {"minutes", "分", "min"},
      {"done", "完了", "done"},
      {"started", "学習中", "in progress"},
      {"notStarted", "未着手", "not started"},
      {"step", "ステップ", "Step"},
      {"tasks", "タスク", "Tasks"},
      {"hint", "ヒントを見る", "Show a hint"},
      {"reset", "最初からやり直す", "Start over"},
      {"undo", "直前のコマンドを取り消す", "Undo the last command"},
      {"solution", "解答を表示", "Show the solution"},
      {"confirmSolution", "解答を表示しますか？自分で考えてから見るのがおすすめです。",
          "Show the solution? Trying on your own first helps you learn."},
      {"run", "実行", "Run"},
      {"terminal", "ターミナル", "Terminal"},
      {"terminalLabel", "Docker が使えるターミナル", "A terminal with Docker"},
      {"picture", "いまの状態", "The current state"},
      {"finished", "おめでとうございます！このレッスンのタスクをすべて完了しました。",
          "Well done! You have completed every task of this lesson."},
      {"code", "完了コード", "Completion code"},
      {"share", "このセッションを共有", "Share this session"},
      {"shareHelp", "このリンクを開くと、同じコマンドを新しいセッションで再生します。",
          "Opening this link replays the same commands in a new session."},
      {"sandboxIntro", "レッスンなしで自由にコマンドを試せます。右側に状態が表示されます。",
          "Try any command without a lesson. The state is drawn beside the terminal."},
      {"busy", "コマンドの実行中です。終わるまで待つか、ターミナルで Ctrl-C を押してください。",
          "A command is running. Wait for it, or press Ctrl-C in the terminal."},
      {"noHint", "残っているタスクはありません。", "No task left."},
      {"undone", "直前のコマンドを取り消しました。", "Undid the last command."},
      {"nothingToUndo", "取り消せるコマンドはありません。", "Nothing to undo."},
      {"resetDone", "レッスンの最初の状態に戻しました。", "Back to the lesson's start state."},
      {"ended", "ターミナルが終了しました。ページを再読み込みすると再開します。",
          "The terminal ended. Reload the page to start it again."},
      {"disconnected", "サーバーとの接続が切れました。ページを再読み込みしてください。",
          "The connection to the server was lost. Please reload the page."},
      {"tooLarge", "一度に送れる入力の大きさを超えました。", "That input is too large to send at once."},
      {"full", "現在サーバーが混み合っています。しばらくしてからもう一度お試しください。",
          "The server is full right now. Please try again in a little while."},
      {"notFound", "ページが見つかりません。", "Page not found."},
      {"mirrorBanner", "ミラーモード: このサーバーはこのマシンの実際の Docker デーモンとファイルにアクセスできます。",
          "Mirror mode: this server can reach this machine's real Docker daemon and files."},
      {"instructorIntro", "講師用ページ（準備中）: 完了コードは次の鍵で署名されます。",
          "Instructor page (early version): completion codes are signed with this key."},
      {"keyId", "鍵 ID", "Key id"},
      {"lint", "レッスンの検査結果", "Lesson check"},
      {"lintClean", "エラーはありません。", "No errors."},
      {"verifyHelp", "受講者の完了コードは `./kujira verify CODE` で確認できます。",
          "Check a learner's completion code with `./kujira verify CODE`."},
      {"skip", "本文へスキップ", "Skip to content"},
  };

  /** The curriculum's tracks in the order a learner takes them, with their titles. */
  private static final String[][] TRACKS = {
      {"first-steps", "はじめの一歩", "First steps"},
      {"images", "イメージ", "Images"},
      {"storage", "データの保存", "Storage"},
      {"networks", "ネットワーク", "Networks"},
      {"dockerfile", "Dockerfile", "Dockerfile"},
      {"compose", "Compose", "Compose"},
      {"registries", "レジストリ", "Registries"},
      {"troubleshooting", "トラブルシューティング", "Troubleshooting"},
  };

  /** Returns a track's title ({@code id} itself for a track of an instructor's own). */
  public static String track(Lang lang, String id) {
    for (String[] t : TRACKS) {
      if (t[0].equals(id)) {
        return lang == Lang.JA ? t[1] : t[2];
      }
    }
    return id;
  }

  /** Returns a track's place in the curriculum (the instructor's own tracks after the known ones). */
  public static int trackOrder(String id) {
    for (int i = 0; i < TRACKS.length; i++) {
      if (TRACKS[i][0].equals(id)) {
        return i;
      }
    }
    return TRACKS.length;
  }

  private Messages() {
  }

  /** Returns every message in {@code lang}, by key. */
  public static Map<String, String> in(Lang lang) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String[] t : TEXTS) {
      m.put(t[0], lang == Lang.JA ? t[1] : t[2]);
    }
    return m;
  }

  /** Returns one message. */
  public static String get(Lang lang, String key) {
    return in(lang).getOrDefault(key, key);
  }
}
