package dev.kujira.engine.dockercli.compose;

import dev.kujira.engine.compose.ComposeException;
import dev.kujira.engine.compose.Converge;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Invocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code docker compose scale SERVICE=NUM...}: up with those scales for those services. */
final class ScaleCommand implements ComposeCommand {
  @Override
  public CommandSpec spec() {
    return ComposeSpecs.SCALE;
  }

  @Override
  public void run(ComposeContext ctx, Invocation in) {
    Map<String, Integer> scale = new LinkedHashMap<>();
    for (String a : in.args()) {
      int eq = a.indexOf('=');
      try {
        scale.put(a.substring(0, eq), Integer.parseInt(a.substring(eq + 1)));
      } catch (RuntimeException e) {
        throw new ComposeException(dev.kujira.engine.compose.Errors.invalidScale(a), ComposeException.FAILURE);
      }
    }
    new Converge(ctx.project()).run(new Converge.Options(List.copyOf(scale.keySet()), false, false, false, false,
        in.bool("no-deps"), false, scale, true, false, false, false), ctx::warn);
  }
}
