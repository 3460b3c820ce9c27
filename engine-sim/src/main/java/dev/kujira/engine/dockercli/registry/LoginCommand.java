package dev.kujira.engine.dockercli.registry;

import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.dockercli.Batch;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.dockercli.spec.TopLevelSpecs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code docker login}: checks the registry answers and stores the credentials in config.json
 * (docker/cli registry/login.go). The order of its checks is the client's: a password on the
 * command line is warned about, a missing password needs a terminal, a missing user name is
 * asked for on standard input (all recorded on Docker 26.1).
 */
public final class LoginCommand implements DockerCommand {
  private static final String HUB_HINT = "Log in with your Docker ID or email address to push and pull images from"
      + " Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com/ to create one.\n"
      + "You can log in with your password or a Personal Access Token (PAT). Using a limited-scope PAT grants better"
      + " security and is required for organizations using SSO. Learn more at https://docs.docker.com/go/access-tokens/\n";

  @Override
  public CommandSpec spec() {
    return TopLevelSpecs.LOGIN;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    String server = in.args().isEmpty() ? "" : in.args().get(0);
    String key = DockerConfig.key(server);
    String user = in.string("username").trim();
    String password = in.string("password");
    if (in.bool("password-stdin")) {
      if (!password.isEmpty()) {
        throw new CliException("--password and --password-stdin are mutually exclusive", 1);
      }
      if (user.isEmpty()) {
        throw new CliException("Must provide --username with --password-stdin", 1);
      }
      password = readAll(cli).replaceAll("[\r\n]+$", "");
    } else if (!password.isEmpty()) {
      cli.err().println("WARNING! Using --password via the CLI is insecure. Use --password-stdin.");
    }
    if (password.isEmpty() && !cli.terminal()) {
      throw new CliException("Error: Cannot perform an interactive login from a non TTY device", 1);
    }
    if (user.isEmpty()) {
      if (key.equals(DockerConfig.HUB)) {
        cli.out().println(HUB_HINT);
      }
      user = prompt(cli, "Username: ");
      if (user.isEmpty()) {
        throw new CliException("Error: Non-null Username Required", 1);
      }
    }
    if (password.isEmpty()) {
      password = secret(cli);
      if (password.isEmpty()) {
        throw new CliException("Error: Password Required", 1);
      }
    }
    try {
      cli.api().registryLogin(key.equals(DockerConfig.HUB) ? "" : key);
    } catch (EngineException e) {
      throw new CliException(Batch.daemonError(e), 1);
    }
    Map<String, String> auths = DockerConfig.auths(cli);
    auths.put(key, user + ":" + password);
    DockerConfig.write(cli, auths);
    cli.err().println("WARNING! Your password will be stored unencrypted in " + DockerConfig.path(cli) + ".");
    cli.err().println("Configure a credential helper to remove this warning. See");
    cli.err().println("https://docs.docker.com/engine/reference/commandline/login/#credentials-store");
    cli.err().println();
    cli.out().println("Login Succeeded");
  }

  /** Prints {@code label} and reads one line; end of input is the client's "error while reading input: EOF". */
  private static String prompt(CliContext cli, String label) {
    String line = dev.kujira.engine.dockercli.Confirm.prompt(cli, label);
    if (line == null) {
      throw new CliException("error while reading input: EOF", 1);
    }
    return line.trim();
  }

  /** Reads the password with the terminal's echo off, as docker/cli's term.DisableEcho does. */
  private static String secret(CliContext cli) {
    dev.kujira.engine.process.TerminalInput tty = dev.kujira.engine.process.TerminalInput.owning(cli.in());
    if (tty == null) {
      return prompt(cli, "Password: ");
    }
    tty.echo(false);
    try {
      return prompt(cli, "Password: ");
    } finally {
      tty.echo(true);
    }
  }

  private static String readAll(CliContext cli) {
    try {
      return new String(cli.in().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
