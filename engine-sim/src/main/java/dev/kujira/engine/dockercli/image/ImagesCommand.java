package dev.kujira.engine.dockercli.image;

import dev.kujira.engine.api.ImageSummary;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.dockercli.Output;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code docker images} / {@code docker image ls}: one row per tag, newest image first; a
 * dangling image shows {@code <none>}; {@code REPO[:TAG]} and {@code reference=} match with
 * path globs as moby's reference filter does (conformance 26-images-list-filter-format).
 */
public final class ImagesCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (images and image ls share it). */
  public ImagesCommand(CommandSpec spec) {
    this.spec = spec;
  }


  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    Map<String, List<String>> filters = Output.filters(in.list("filter"));
    List<String> refs = new ArrayList<>(filters.getOrDefault("reference", List.of()));
    filters.remove("reference");
    if (!in.args().isEmpty()) {
      refs.add(in.args().get(0));
    }
    boolean trunc = !in.bool("no-trunc");
    long now = cli.api().now();
    List<ImageContext.Row> rows = new ArrayList<>();
    for (ImageSummary img : cli.api().imageList(in.bool("all"), filters)) {
      List<String> tags = new ArrayList<>(img.repoTags());
      tags.sort(null);
      if (tags.isEmpty()) {
        if (refs.isEmpty()) {
          rows.add(new ImageContext.Row(img, "<none>", "<none>", now));
        }
        continue;
      }
      for (String t : tags) {
        int colon = t.lastIndexOf(':');
        String repo = t.substring(0, colon);
        String tag = t.substring(colon + 1);
        if (refs.isEmpty() || refs.stream().anyMatch(r -> matches(r, repo, tag))) {
          rows.add(new ImageContext.Row(img, repo, tag, now));
        }
      }
    }
    String format = in.string("format");
    if (in.bool("quiet") && (format.isEmpty() || format.equals("table"))) {
      format = "{{.ID}}";
    }
    // --digests adds the DIGEST column to the default table (docker/cli image/list.go).
    String table = in.bool("digests") ? "table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}"
        : ImageContext.DEFAULT_TABLE_FORMAT;
    ImageContext.COLUMNS.print(cli, format, table, rows, trunc);
  }

  /** moby's reference filter: the pattern matches "repo" or "repo:tag" as a path glob. */
  static boolean matches(String pattern, String repo, String tag) {
    try {
      PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      return m.matches(Path.of(repo)) || m.matches(Path.of(repo + ":" + tag));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
