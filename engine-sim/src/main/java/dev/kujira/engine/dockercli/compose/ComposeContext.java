package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.compose.ComposeException;
import dev.kujira.engine.compose.ComposeFile;
import dev.kujira.engine.compose.ComposeProject;
import dev.kujira.engine.compose.DotEnv;
import dev.kujira.engine.compose.Errors;
import dev.kujira.engine.compose.Loader;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.fs.FsException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Is what a compose command sees: the docker CLI context, compose's global flags, and the project
 * they select, loaded on first use as compose does: the file from {@code -f} or the first of
 * compose.yaml, compose.yml, docker-compose.yml, docker-compose.yaml in the folder or a parent;
 * {@code .env} beside it; the name from {@code -p}, COMPOSE_PROJECT_NAME, {@code name:} or the folder.
 */
final class ComposeContext {
  private static final List<String> FILES = List.of("compose.yaml", "compose.yml", "docker-compose.yml",
      "docker-compose.yaml");
  private static final List<String> OVERRIDES = List.of("compose.override.yml", "compose.override.yaml",
      "docker-compose.override.yml", "docker-compose.override.yaml");
  private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
      .withZone(ZoneOffset.UTC);
  private final CliContext cli;
  private final Invocation global;
  private ComposeProject project;

  ComposeContext(CliContext cli, Invocation global) {
    this.cli = cli;
    this.global = global;
  }

  CliContext cli() {
    return cli;
  }

  /** Prints a warning as compose's logrus does on a non-terminal stderr. */
  void warn(String message) {
    cli.err().println("time=\"" + LOG_TIME.format(Instant.ofEpochMilli(cli.api().now())) + "\" level=warning msg=\""
        + message.replace("\"", "\\\"") + "\"");
  }

  /** Returns the project, loading it the first time. */
  ComposeProject project() {
    if (project == null) {
      project = load();
    }
    return project;
  }

  /**
   * Returns the compose files: every {@code -f}, else COMPOSE_FILE's (':'-separated), else the first
   * file found here or in a parent folder followed by its override file, if there is one.
   */
  private List<String> find() {
    List<String> given = new ArrayList<>(global.list("file"));
    String fromEnv = cli.env().getOrDefault("COMPOSE_FILE", "");
    if (given.isEmpty() && !fromEnv.isEmpty()) {
      given.addAll(List.of(fromEnv.split(cli.env().getOrDefault("COMPOSE_PATH_SEPARATOR", ":"))));
    }
    if (!given.isEmpty()) {
      List<String> out = new ArrayList<>();
      for (String f : given) {
        String path = cli.files().absolute(f);
        if (!cli.files().exists(path)) {
          throw new ComposeException(Errors.openFailed(path), ComposeException.NOT_FOUND);
        }
        out.add(path);
      }
      return out;
    }
    String dir = cli.cwd();
    while (true) {
      String base = dir.equals("/") ? "" : dir;
      for (String f : FILES) {
        if (cli.files().exists(base + "/" + f)) {
          List<String> out = new ArrayList<>(List.of(base + "/" + f));
          OVERRIDES.stream().map(o -> base + "/" + o).filter(cli.files()::exists).findFirst().ifPresent(out::add);
          return out;
        }
      }
      if (dir.equals("/")) {
        throw new ComposeException(Errors.noConfigFile(), ComposeException.NOT_FOUND);
      }
      dir = dir.lastIndexOf('/') == 0 ? "/" : dir.substring(0, dir.lastIndexOf('/'));
    }
  }

  private ComposeProject load() {
    List<String> paths = find();
    String path = paths.get(0);
    String dir = global.string("project-directory").isEmpty() ? path.substring(0, Math.max(1, path.lastIndexOf('/')))
        : cli.files().absolute(global.string("project-directory"));
    Map<String, String> env = new HashMap<>();
    List<String> envFiles = global.list("env-file");
    for (String f : envFiles) {
      String abs = cli.files().absolute(f);
      env.putAll(DotEnv.parse(read(abs).orElseThrow(() -> new ComposeException(
          Errors.envFileNotFound(abs), ComposeException.FAILURE))));
    }
    if (envFiles.isEmpty()) {
      read(dir + "/.env").ifPresent(text -> env.putAll(DotEnv.parse(text)));
    }
    env.putAll(cli.env());
    Loader loader = new Loader(env, this::read);
    List<String> texts = new ArrayList<>();
    paths.forEach(f -> texts.add(read(f).orElse("")));
    ComposeFile file = loader.load(paths, texts);
    loader.warnings().forEach(this::warn);
    String name = global.string("project-name");
    if (!name.isEmpty()) {
      if (!name.matches("[a-z0-9][a-z0-9_-]*")) {
        throw new ComposeException(Errors.invalidProjectName(name), ComposeException.FAILURE);
      }
    } else {
      name = env.getOrDefault("COMPOSE_PROJECT_NAME", "");
      if (name.isEmpty()) {
        name = !file.name().isEmpty() ? file.name() : dir.substring(dir.lastIndexOf('/') + 1);
      }
      // compose normalises a name it derives: lower case, only [a-z0-9_-] (compose-go NormalizeProjectName)
      name = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
    }
    List<String> profiles = new ArrayList<>(global.list("profile"));
    String fromEnv = env.getOrDefault("COMPOSE_PROFILES", "");
    if (!fromEnv.isEmpty()) {
      profiles.addAll(List.of(fromEnv.split(",")));
    }
    return new ComposeProject(cli.api(), file, name, dir, cli.err(), profiles).sleeper(cli.sleeper())
        .output(cli.out());
  }

  Optional<String> read(String path) {
    try {
      return Optional.of(new String(cli.files().read(path), StandardCharsets.UTF_8));
    } catch (FsException e) {
      return Optional.empty();
    }
  }
}
