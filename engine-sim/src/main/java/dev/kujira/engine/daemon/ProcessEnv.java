package dev.kujira.engine.daemon;

import dev.kujira.engine.container.Container;
import java.util.LinkedHashMap;
import java.util.Map;

/** The environment of a container's processes, its main one and each exec's. */
final class ProcessEnv {
  private ProcessEnv() {
  }

  /** The environment of a process in {@code c}; a terminal adds TERM=xterm (moby CreateDaemonEnvironment, d09). */
  static Map<String, String> of(Container c, boolean tty) {
    Map<String, String> env = new LinkedHashMap<>();
    // moby's CreateDaemonEnvironment: the default PATH and HOSTNAME come first, the container's
    // env replaces them in place (ReplaceOrAppendEnvValues: an image's own PATH stays first, recorded
    // by tests/tools/difftest 5251:36), HOME last.
    env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    env.put("HOSTNAME", c.hostname);
    if (tty) {
      env.put("TERM", "xterm");
    }
    for (String e : c.linkEnv) {
      env.put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
    }
    for (String e : c.env) {
      int eq = e.indexOf('=');
      if (eq > 0) {
        env.put(e.substring(0, eq), e.substring(eq + 1));
      }
    }
    env.putIfAbsent("HOME", "/root");
    return env;
  }
}
