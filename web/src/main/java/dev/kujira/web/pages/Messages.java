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
      {"instructorIntro", "クラスを作ってコードを受講者に伝えると、全員の進み具合をここで確認できます。完了コードは次の鍵で署名されます。",
          "Create a class and give its code to your students: their progress shows here. Completion codes are signed with this key."},
      {"keyId", "鍵 ID", "Key id"},
      {"lint", "レッスンの検査結果", "Lesson check"},
      {"lintClean", "エラーはありません。", "No errors."},
      {"verifyHelp", "受講者の完了コードは `./kujira verify CODE` で確認できます。",
          "Check a learner's completion code with `./kujira verify CODE`."},
      {"skip", "本文へスキップ", "Skip to content"},
      {"drills", "ドリル", "Drills"},
      {"drillIntro", "自動で作られる練習問題です。できた問題はしばらく後に、間違えた問題はすぐにまた出題されます（ライトナー方式）。",
          "Generated exercises. What you solve comes back later, what you miss comes back soon (Leitner boxes)."},
      {"drill", "ドリル", "Drill"},
      {"drillTopic", "トピック", "Topic"},
      {"allTopics", "すべて", "All"},
      {"choose", "選ぶ", "Choose"},
      {"nextDrill", "次のドリルへ", "Next drill"},
      {"skipDrill", "スキップして次へ", "Skip to the next drill"},
      {"drillSolved", "正解です！「次のドリルへ」で続けましょう。", "Solved! Go on with \"Next drill\"."},
      {"resultUp", "前のドリルを自力で解けたので、その種類は一つ上の箱に移りました。",
          "You solved the last drill on your own: its kind moved up a box."},
      {"resultBack", "前のドリルはスキップしたか、解答を表示したか、ミスの説明が出たので、その種類は箱 1 に戻りました。",
          "The last drill was skipped, or needed the solution or a mistake explained: its kind went back to box 1."},
      {"boxes", "ライトナーの箱", "Leitner boxes"},
      {"template", "種類", "Kind"},
      {"box", "箱", "Box"},
      {"record", "正解/回数", "Right/seen"},
      {"due", "次の出題", "Next due"},
      {"drillNew", "未出題", "new"},
      {"drillDue", "出題できます", "due now"},
      {"drillLater", "{n} 問後", "in {n} drills"},
      {"predict", "出力を予想しよう", "Predict the output"},
      {"checkAnswer", "答え合わせ", "Check my answer"},
      {"right", "正解です！", "Right!"},
      {"wrong", "残念、不正解です。", "Not quite."},
      {"theAnswer", "正解", "The answer"},
      {"actualOutput", "実際の出力", "What it printed"},
      {"yes", "はい", "Yes"},
      {"no", "いいえ", "No"},
      {"yourNumber", "数を入力", "Your number"},
      {"spent", "学習時間", "Time spent"},
      {"showCode", "完了コードを表示", "Show the completion code"},
      {"joinTitle", "クラスに参加する", "Join a class"},
      {"classCode", "クラスコード", "Class code"},
      {"yourName", "表示名", "Your name"},
      {"join", "参加する", "Join"},
      {"joinedOk", "クラスに参加しました。進み具合が講師に表示されます。",
          "You joined the class. Your instructor now sees your progress."},
      {"joinedNo", "そのクラスコードは見つかりませんでした。コードと名前を確かめてください。",
          "No class has that code. Check the code and your name."},
      {"yourClasses", "参加中のクラス", "Your classes"},
      {"newClass", "クラスを作る", "Create a class"},
      {"className", "クラス名", "Class name"},
      {"create", "作成", "Create"},
      {"createdClass", "クラスを作りました。受講者はホームページでこのコードを入力して参加します: ",
          "Class created. Students join on the home page with this code: "},
      {"instructorKey", "講師キー", "Instructor key"},
      {"keyOnce", "講師キーが表示されるのはこの一度だけです。控えておけば、クラスコードと一緒に入力して、別のブラウザーや別のパソコンからもこのクラスの進み具合を開けます。受講者には伝えないでください。",
          "This key is shown only this once. Keep it: with the class code, it opens this class's progress in any other browser or computer. Do not give it to your students."},
      {"keyShown", "このクラスの講師キーはすでに一度表示しました。もう表示されません。",
          "This class's instructor key was already shown once; it is not shown again."},
      {"openClass", "講師キーでクラスを開く", "Open a class with its instructor key"},
      {"openIntro", "別のブラウザーで作ったクラスは、クラスコードと講師キーを入力するとここに表示されます。",
          "A class created in another browser shows here once you enter its class code and instructor key."},
      {"open", "開く", "Open"},
      {"openedOk", "クラスを開きました。進み具合の表が下に表示されます。", "The class is open: its progress table is below."},
      {"openedNo", "クラスコードか講師キーが違います。もう一度確かめてください。",
          "The class code or the instructor key is wrong. Please check both."},
      {"yourClassesTeach", "あなたのクラス", "Your classes"},
      {"learner", "受講者", "Learner"},
      {"finishedCount", "完了数", "Finished"},
      {"noMembers", "まだ誰も参加していません。", "Nobody has joined yet."},
      {"codeVerified", "完了コードを確認済み", "completion code verified"},
      {"tableHelp", "✔ は完了（時間は学習時間）、n/m は完了したタスクの数、— は未着手です。",
          "✔ finished (with the time spent), n/m tasks done, — not started."},
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
