package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.process.Alarm;
import dev.kujira.engine.process.Signal;

/**
 * The docker client's {@code --sig-proxy} while it waits attached without a terminal: the signals
 * it receives go to the container as {@code docker kill --signal} would send them, and the client
 * keeps waiting (docker/cli container/signals.go ForwardAllSignals, which skips SIGCHLD, SIGPIPE
 * and SIGURG; the run reference: "non-TTY mode only"). Recorded on Docker 26.1: {@code timeout 2
 * docker run --rm busybox sleep 5} lasts 5 s (sleep as PID 1 ignores the TERM), a trap in the
 * container answers it, and {@code timeout -k 1 2 docker attach c} ends only by the KILL.
 */
final class SignalProxy {
  private SignalProxy() {
  }

  /** Installs the proxy to container {@code id} when {@code on}; closing the handle removes it. */
  static Alarm.Handle forward(CliContext cli, boolean on, String id) {
    if (!on) {
      return () -> { };
    }
    return Alarm.proxy(s -> {
      if (s != Signal.SIGCHLD && s != Signal.SIGPIPE && s != Signal.SIGURG) {
        cli.api().containerKill(id, s.shortName());
      }
    });
  }
}
