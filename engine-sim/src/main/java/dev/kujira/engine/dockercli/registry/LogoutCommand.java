package dev.kujira.engine.dockercli.registry;

import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.dockercli.spec.TopLevelSpecs;
import java.util.Map;

/**
 * {@code docker logout}: forgets a registry's credentials. Docker 26.1 prints "Removing login
 * credentials for …" even when none were stored (recorded twice in a row).
 */
public final class LogoutCommand implements DockerCommand {
  @Override
  public CommandSpec spec() {
    return TopLevelSpecs.LOGOUT;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    String key = DockerConfig.key(in.args().isEmpty() ? "" : in.args().get(0));
    cli.out().println("Removing login credentials for " + key);
    Map<String, String> auths = DockerConfig.auths(cli);
    if (auths.remove(key) != null || cli.files() != null && cli.files().exists(DockerConfig.path(cli))) {
      DockerConfig.write(cli, auths);
    }
  }
}
