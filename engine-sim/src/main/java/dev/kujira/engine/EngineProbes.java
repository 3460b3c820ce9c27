package dev.kujira.engine;

import dev.kujira.engine.api.CommandResult;
import dev.kujira.engine.api.FileInfo;
import dev.kujira.engine.api.HttpProbe;
import dev.kujira.engine.api.ProbeTarget;
import dev.kujira.engine.api.Probes;
import dev.kujira.engine.daemon.DaemonState;
import dev.kujira.engine.daemon.ProbeViews;
import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.Stat;
import dev.kujira.engine.host.Host;
import dev.kujira.engine.process.NetworkView;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Implements {@link Probes} on one engine: reads through fresh views of the files and the network
 * model, never through a process, so nothing is scheduled, logged, emitted or remembered.
 */
final class EngineProbes implements Probes {
  private static final String IPV4 = "\\d+\\.\\d+\\.\\d+\\.\\d+";
  private final Engine engine;
  private final DaemonState state;
  private final Host host;

  EngineProbes(Engine engine, DaemonState state, Host host) {
    this.engine = engine;
    this.state = state;
    this.host = host;
  }

  private FileSystemView files(ProbeTarget at) {
    // A fresh view each time: its working directory and mounts are the probe's own.
    return at.isHost() ? host.view() : ProbeViews.files(state, at.container());
  }

  @Override
  public Optional<byte[]> read(ProbeTarget at, String path) {
    FileSystemView fs = files(at);
    try {
      return fs.stat(path).isFile() ? Optional.of(fs.read(path)) : Optional.empty();
    } catch (FsException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<List<String>> list(ProbeTarget at, String path) {
    FileSystemView fs = files(at);
    try {
      if (!fs.stat(path).isDirectory()) {
        return Optional.empty();
      }
      List<String> names = new ArrayList<>(fs.list(path));
      names.sort(null);
      return Optional.of(List.copyOf(names));
    } catch (FsException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<FileInfo> stat(ProbeTarget at, String path) {
    FileSystemView fs = files(at);
    try {
      Stat s = fs.stat(path);
      return Optional.of(new FileInfo(fs.absolute(path), FileInfo.Type.valueOf(s.type().name()), s.mode(), s.size(),
          s.uid(), s.gid(), s.mtime()));
    } catch (FsException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<String> resolve(String container, String name) {
    return name.matches(IPV4) ? Optional.of(name) : ProbeViews.network(state, container).resolve(name);
  }

  @Override
  public HttpProbe http(ProbeTarget at, String url) {
    URI u = URI.create(url.contains("://") ? url : "http://" + url);
    String name = u.getHost() == null ? "" : u.getHost();
    int port = u.getPort() < 0 ? 80 : u.getPort();
    String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
    if (u.getRawQuery() != null) {
      path += "?" + u.getRawQuery();
    }
    NetworkView net = at.isHost() ? ProbeViews.hostNetwork(state) : ProbeViews.network(state, at.container());
    Optional<String> ip = name.matches(IPV4) ? Optional.of(name) : net.resolve(name);
    if (ip.isEmpty()) {
      return new HttpProbe(HttpProbe.Outcome.UNRESOLVED, 0, "", "");
    }
    NetworkView.HttpResult r = net.http(ip.get(), port, path);
    return switch (r.kind()) {
      case ANSWERED -> new HttpProbe(HttpProbe.Outcome.ANSWERED, r.status(), r.reason(),
          new String(r.body(), StandardCharsets.UTF_8));
      case REFUSED, RESET -> new HttpProbe(HttpProbe.Outcome.REFUSED, 0, "", "");
      case UNREACHABLE -> new HttpProbe(HttpProbe.Outcome.UNREACHABLE, 0, "", "");
    };
  }

  @Override
  public CommandResult runInFork(String line) {
    try (Engine copy = Engine.fork(engine.checkpoint())) {
      return copy.run(line);
    }
  }
}
