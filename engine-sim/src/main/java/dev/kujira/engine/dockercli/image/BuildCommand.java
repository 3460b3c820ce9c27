package dev.kujira.engine.dockercli.image;

import dev.kujira.engine.api.BuildEvent;
import dev.kujira.engine.api.BuildRequest;
import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.dockercli.spec.BuildSpecs;
import dev.kujira.engine.format.PlainProgress;
import dev.kujira.engine.image.Reference;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code docker build}: BuildKit's build with its plain progress on stderr (what buildx prints
 * when stderr is not a terminal), or with {@code -q} only the image id on stdout.
 */
public final class BuildCommand implements DockerCommand {
  /**
   * The legacy builder: its deprecation notice on stderr, its transcript (or with -q just the id) on
   * stdout; its errors reach the CLI's one error printer (a streamed one prints as it stands).
   */
  private static String classic(CliContext cli, BuildRequest req, boolean quiet) {
    cli.err().println("DEPRECATED: The legacy builder is deprecated and will be removed in a future release.");
    cli.err().println("            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0");
    cli.err().println("            environment-variable.");
    cli.err().println();
    PlainProgress out = new PlainProgress(cli.out());
    String id = cli.api().imageBuildClassic(req, quiet ? e -> { } : out);
    if (quiet) {
      cli.out().println(id);
    }
    return id;
  }

  /**
   * With -q buildx still prints a failure's Dockerfile excerpt, as part of its error (recorded:
   * "Dockerfile:2", the numbered lines, then "ERROR: failed to solve: …").
   */
  private static void excerpt(CliContext cli, BuildEvent e) {
    if (e instanceof BuildEvent.SourceExcerpt x) {
      PlainProgress.excerpt(x).forEach(cli.err()::println);
    }
  }

  /** --iidfile: the client writes the image id to the file, without a newline (recorded: 71 bytes). */
  private static void iidfile(CliContext cli, Invocation in, String id) {
    String file = in.string("iidfile");
    if (!file.isEmpty()) {
      cli.files().write(cli.files().absolute(file), id.getBytes(StandardCharsets.UTF_8), false);
    }
  }

  /** Returns the --label values: KEY=VALUE, or KEY alone for an empty value (buildx's ListToMap). */
  private static Map<String, String> labels(java.util.List<String> given) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String l : given) {
      int eq = l.indexOf('=');
      out.put(eq < 0 ? l : l.substring(0, eq), eq < 0 ? "" : l.substring(eq + 1));
    }
    return out;
  }

  @Override
  public CommandSpec spec() {
    return BuildSpecs.BUILD;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    String context = in.args().get(0);
    String dir = cli.files().absolute(context);
    String stdinText = null;
    if (context.equals("-")) {
      // docker build -: the Dockerfile comes on stdin and there is no context.
      try {
        stdinText = new String(cli.in().readAllBytes(), StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        stdinText = "";
      }
    } else if (!cli.files().exists(dir)) {
      throw new CliException("ERROR: unable to prepare context: path \"" + context + "\" not found", 1);
    }
    String file = in.string("file");
    String dockerfile = file.isEmpty() ? dir + "/Dockerfile" : cli.files().absolute(file);
    if (file.equals("-") && stdinText == null) {
      // -f - with a context: the Dockerfile comes on stdin, the context from the folder (buildx reads it as "Dockerfile").
      try {
        stdinText = new String(cli.in().readAllBytes(), StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        stdinText = "";
      }
    }
    for (String t : in.list("tag")) {
      try {
        Reference.parse(t);
      } catch (Reference.InvalidReference e) {
        throw new CliException("ERROR: invalid tag \"" + t + "\": " + e.getMessage(), 1);
      }
    }
    Map<String, String> buildArgs = new LinkedHashMap<>();
    for (String a : in.list("build-arg")) {
      int eq = a.indexOf('=');
      if (eq > 0) {
        buildArgs.put(a.substring(0, eq), a.substring(eq + 1));
      } else if (cli.env().containsKey(a)) {
        buildArgs.put(a, cli.env().get(a));
      }
    }
    boolean quiet = in.bool("quiet");
    BuildRequest req = new BuildRequest(dir, dockerfile, file.isEmpty() ? "Dockerfile" : file, in.list("tag"),
        in.bool("no-cache"), buildArgs, in.string("target")).withNetwork(in.string("network"))
        .withLabels(labels(in.list("label")))
        .withSandbox(BuildOptions.extraHosts(in), BuildOptions.secrets(cli, in), BuildOptions.output(cli, in));
    if (stdinText != null) {
      req = context.equals("-") ? req.withStdinDockerfile(stdinText) : req.withDockerfileText(stdinText);
    }
    String buildkit = cli.env().getOrDefault("DOCKER_BUILDKIT", "1");
    if (buildkit.equals("0") || buildkit.equalsIgnoreCase("false")) {
      if (!req.labels().isEmpty()) {
        // The legacy builder turns --label into a LABEL step of its own, which is not drawn here.
        throw new CliException("kujira: --label is not simulated", 125);
      }
      iidfile(cli, in, classic(cli, req, quiet));
      return;
    }
    // --progress=auto draws buildx's terminal view on a TTY and plain lines elsewhere.
    String mode = in.string("progress");
    boolean tty = !quiet && (mode.equals("tty") || mode.equals("auto") && cli.terminal());
    TtyProgress frame = new TtyProgress(columns(cli));
    PlainProgress plain = new PlainProgress(cli.err());
    boolean failed = true;
    try {
      String id = cli.api().imageBuild(req, quiet ? e -> excerpt(cli, e) : tty ? frame : plain);
      failed = false;
      iidfile(cli, in, id);
      if (quiet) {
        // an export to the client (--output local or tar) makes no image: -q prints an empty line
        cli.out().println(req.output().isEmpty() ? id : "");
      }
    } catch (EngineException e) {
      throw new CliException("ERROR: " + e.getMessage(), 1);
    } finally {
      if (tty) {
        frame.render(cli.err());
      } else if (!quiet) {
        plain.close(failed);
      }
    }
  }

  /** Returns the terminal's width: $COLUMNS when the shell exports it, else 80. */
  private static int columns(CliContext cli) {
    try {
      return Integer.parseInt(cli.env().getOrDefault("COLUMNS", "80").trim());
    } catch (NumberFormatException e) {
      return 80;
    }
  }
}
