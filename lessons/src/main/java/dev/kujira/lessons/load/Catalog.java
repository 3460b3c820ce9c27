package dev.kujira.lessons.load;

import dev.kujira.lessons.model.Lesson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Is a set of lessons: the bundled ones (resources/lessons/TRACK/*.yaml) or an instructor's
 * folder, read without rebuilding, with every problem found while reading them.
 *
 * @param lessons the lessons that could be read, by track then order
 * @param diagnostics the problems of every file and across files
 * @param topics the topic map's coverage, when the folder has a TOPICS.yaml
 */
public record Catalog(List<Lesson> lessons, List<Diagnostic> diagnostics, Optional<Topics> topics) {
  /** Copies the lists. */
  public Catalog {
    lessons = List.copyOf(lessons);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Is a set of lessons without a topic map. */
  public Catalog(List<Lesson> lessons, List<Diagnostic> diagnostics) {
    this(lessons, diagnostics, Optional.empty());
  }

  /** Reads the lessons bundled with kujira. */
  public static Catalog bundled() {
    URL url = Catalog.class.getResource("/lessons");
    if (url == null) {
      return new Catalog(List.of(), List.of());
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          return read(fs.getPath("/lessons"), "lessons/");
        }
      }
      return read(Path.of(uri), "lessons/");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The bundled curriculum's tracks in the order a learner takes them, from zero; an instructor's
   * own tracks come after these, by name.
   */
  public static final List<String> TRACK_ORDER = List.of("first-steps", "images", "storage", "networks", "dockerfile",
      "compose", "registries", "troubleshooting");

  private static int trackRank(String track) {
    int i = TRACK_ORDER.indexOf(track);
    return i < 0 ? TRACK_ORDER.size() : i;
  }

  /** Reads every *.yaml file under {@code dir}. */
  public static Catalog read(Path dir) throws IOException {
    return read(dir, dir.toString().endsWith("/") ? dir.toString() : dir + "/");
  }

  private static Catalog read(Path dir, String shownPrefix) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().equals("TOPICS.yaml"))
          .sorted().collect(Collectors.toList());
    }
    List<Lesson> lessons = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Path f : files) {
      String shown = shownPrefix + dir.relativize(f);
      LessonLoader.Result r = LessonLoader.load(shown, Files.readString(f, StandardCharsets.UTF_8));
      r.lesson().ifPresent(lessons::add);
      diagnostics.addAll(r.diagnostics());
    }
    diagnostics.addAll(Lint.across(lessons));
    Optional<Topics> topics = Topics.check(dir, shownPrefix,
        lessons.stream().map(Lesson::id).collect(Collectors.toSet()));
    topics.ifPresent(t -> diagnostics.addAll(t.diagnostics()));
    lessons.sort(Comparator.comparingInt((Lesson l) -> trackRank(l.track())).thenComparing(Lesson::track)
        .thenComparingInt(Lesson::order).thenComparing(Lesson::id));
    return new Catalog(lessons, diagnostics, topics);
  }

  /** Returns the lesson with {@code id}. */
  public Optional<Lesson> lesson(String id) {
    return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /** Returns the errors (not the warnings). */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).collect(Collectors.toList());
  }

  /** Returns the tracks, in order of their first lesson. */
  public List<String> tracks() {
    return lessons.stream().map(Lesson::track).distinct().collect(Collectors.toList());
  }
}
