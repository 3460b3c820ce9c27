package dev.kujira.engine.dockercli.system;

import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.format.Units;
import dev.kujira.engine.gotemplate.GoStruct;
import dev.kujira.engine.gotemplate.GoTemplate;
import dev.kujira.engine.gotemplate.TemplateException;
import java.io.PrintStream;
import java.util.Map;

/** {@code docker info}: system-wide information, laid out as docker/cli system/info.go prints it. */
public final class InfoCommand implements DockerCommand {
  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public InfoCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    Map<String, Object> info = cli.api().systemInfo();
    String format = in.string("format");
    if (!format.isEmpty()) {
      try {
        cli.out().println(GoTemplate.parse(format).execute(new GoStruct("system.Info", info)));
      } catch (TemplateException e) {
        throw new CliException("template: " + e.getMessage(), 64);
      }
      return;
    }
    PrintStream o = cli.out();
    o.println("Client:");
    o.println(" Version:    " + VersionCommand.VERSION);
    o.println(" Context:    default");
    o.println(" Debug Mode: false");
    o.println();
    o.println("Server:");
    o.println(" Containers: " + info.get("Containers"));
    o.println("  Running: " + info.get("ContainersRunning"));
    o.println("  Paused: " + info.get("ContainersPaused"));
    o.println("  Stopped: " + info.get("ContainersStopped"));
    o.println(" Images: " + info.get("Images"));
    o.println(" Server Version: " + info.get("ServerVersion"));
    o.println(" Storage Driver: " + info.get("Driver"));
    o.println(" Logging Driver: json-file");
    o.println(" Cgroup Driver: cgroupfs");
    o.println(" Cgroup Version: 2");
    o.println(" Plugins:");
    o.println("  Volume: local");
    o.println("  Network: bridge host ipvlan macvlan null overlay");
    o.println("  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog");
    o.println(" Swarm: inactive");
    o.println(" Runtimes: io.containerd.runc.v2 runc");
    o.println(" Default Runtime: runc");
    o.println(" Init Binary: docker-init");
    o.println(" containerd version: " + info.get("ContainerdVersion"));
    o.println(" runc version: " + info.get("RuncVersion"));
    o.println(" Security Options:");
    o.println("  seccomp");
    o.println("   Profile: builtin");
    o.println(" Kernel Version: " + info.get("KernelVersion"));
    o.println(" Operating System: " + info.get("OperatingSystem"));
    o.println(" OSType: linux");
    o.println(" Architecture: x86_64");
    o.println(" CPUs: " + info.get("NCPU"));
    o.println(" Total Memory: " + Units.bytesSize((Long) info.get("MemTotal")));
    o.println(" Name: " + info.get("Name"));
    o.println(" Docker Root Dir: " + info.get("DockerRootDir"));
    o.println(" Debug Mode: false");
    o.println(" Experimental: false");
    o.println(" Insecure Registries:");
    o.println("  127.0.0.0/8");
    o.println(" Live Restore Enabled: false");
    o.println();
  }
}
