package dev.kujira.web.records;

import dev.kujira.lessons.run.Progress;
import dev.kujira.web.store.AnswerStore;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps sessions, progress and the workspaces' answers in memory, for as long as the server runs. */
public final class MemoryRecords implements SessionRecords, ProgressRecords, AnswerStore {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Map<String, List<String>> lines = new ConcurrentHashMap<>();
  private final Map<String, List<String>> shares = new ConcurrentHashMap<>();
  private final Map<String, Progress> progress = new ConcurrentHashMap<>();
  private final Map<String, String> last = new ConcurrentHashMap<>();
  private final Map<String, Boolean> known = new ConcurrentHashMap<>();
  private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();
  private final Map<String, Map<String, String>> answers = new ConcurrentHashMap<>();
  private final Map<String, Boolean> helped = new ConcurrentHashMap<>();

  @Override
  public Marks load(String sessionId, String context) {
    return new Marks(answers.getOrDefault(sessionId + "\n" + context, Map.of()),
        helped.containsKey(sessionId + "\n" + context));
  }

  @Override
  public void answer(String sessionId, String context, String question, String given) {
    answers.computeIfAbsent(sessionId + "\n" + context, k -> new ConcurrentHashMap<>()).putIfAbsent(question, given);
  }

  @Override
  public void helped(String sessionId, String context) {
    helped.put(sessionId + "\n" + context, true);
  }

  @Override
  public void clearAnswers(String sessionId, String context) {
    answers.remove(sessionId + "\n" + context);
  }

  @Override
  public void clear(String sessionId, String context) {
    clearAnswers(sessionId, context);
    helped.remove(sessionId + "\n" + context);
  }

  @Override
  public void saveSession(String sessionId) {
    known.put(sessionId, true);
  }

  @Override
  public boolean knows(String sessionId) {
    return known.containsKey(sessionId);
  }

  @Override
  public void saveLines(String sessionId, String context, List<String> l) {
    lines.put(sessionId + "\n" + context, List.copyOf(l));
  }

  @Override
  public List<String> lines(String sessionId, String context) {
    return lines.getOrDefault(sessionId + "\n" + context, List.of());
  }

  @Override
  public String share(List<String> l) {
    byte[] raw = new byte[16];
    RANDOM.nextBytes(raw);
    String id = HexFormat.of().formatHex(raw);
    shares.put(id, List.copyOf(l));
    return id;
  }

  @Override
  public Optional<List<String>> shared(String shareId) {
    return Optional.ofNullable(shares.get(shareId));
  }

  @Override
  public Progress progress(String sessionId) {
    return progress.getOrDefault(sessionId, Progress.empty());
  }

  @Override
  public void saveProgress(String sessionId, Progress p) {
    progress.put(sessionId, p);
  }

  @Override
  public void saveCode(String sessionId, String lessonId, String code) {
    codes.computeIfAbsent(sessionId, k -> new ConcurrentHashMap<>()).put(lessonId, code);
  }

  @Override
  public Map<String, String> codes(String sessionId) {
    return Map.copyOf(codes.getOrDefault(sessionId, Map.of()));
  }

  @Override
  public Optional<String> lastLesson(String sessionId) {
    return Optional.ofNullable(last.get(sessionId));
  }

  @Override
  public void saveLastLesson(String sessionId, String lessonId) {
    last.put(sessionId, lessonId);
  }
}
