package dev.kujira.engine.dockercli.system;

import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CliException;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.gotemplate.GoStruct;
import dev.kujira.engine.gotemplate.GoTemplate;
import dev.kujira.engine.gotemplate.TemplateException;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code docker version}: client and server versions, as Docker 26.1.5 prints them. */
public final class VersionCommand implements DockerCommand {
  static final String VERSION = "26.1.5+dfsg1";
  private static final String TEXT = String.join("\n",
      "Client:",
      " Version:           " + VERSION,
      " API version:       1.45",
      " Go version:        go1.24.4",
      " Git commit:        a72d7cd",
      " Built:             Thu Aug 13 05:35:48 2026",
      " OS/Arch:           linux/amd64",
      " Context:           default",
      "",
      "Server:",
      " Engine:",
      "  Version:          " + VERSION,
      "  API version:      1.45 (minimum version 1.24)",
      "  Go version:       go1.24.4",
      "  Git commit:       411e817",
      "  Built:            Thu Aug 13 05:35:48 2026",
      "  OS/Arch:          linux/amd64",
      "  Experimental:     false",
      " containerd:",
      "  Version:          1.7.24~ds1",
      "  GitCommit:        1.7.24~ds1-6+deb13u1",
      " runc:",
      "  Version:          1.1.5+ds1",
      "  GitCommit:        1.1.5+ds1-1+deb12u1");

  private final CommandSpec spec;

  /** Creates the command for {@code spec} (its long and short forms share it). */
  public VersionCommand(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    String format = in.string("format");
    if (format.isEmpty()) {
      cli.out().println(TEXT);
      return;
    }
    Map<String, Object> client = new LinkedHashMap<>();
    client.put("Platform", new GoStruct("struct { Name string }", Map.of("Name", "")));
    client.put("Version", VERSION);
    client.put("APIVersion", "1.45");
    client.put("DefaultAPIVersion", "1.45");
    client.put("GitCommit", "a72d7cd");
    client.put("GoVersion", "go1.24.4");
    client.put("Os", "linux");
    client.put("Arch", "amd64");
    client.put("BuildTime", "Thu Aug 13 05:35:48 2026");
    client.put("Context", "default");
    Map<String, Object> server = new LinkedHashMap<>();
    server.put("Version", VERSION);
    server.put("APIVersion", "1.45");
    server.put("MinAPIVersion", "1.24");
    server.put("GitCommit", "411e817");
    server.put("GoVersion", "go1.24.4");
    server.put("Os", "linux");
    server.put("Arch", "amd64");
    Map<String, Object> top = new LinkedHashMap<>();
    top.put("Client", new GoStruct("*command.ClientVersion", client));
    top.put("Server", new GoStruct("*types.Version", server));
    try {
      cli.out().println(GoTemplate.parse(format).execute(new GoStruct("command.VersionInfo", top)));
    } catch (TemplateException e) {
      throw new CliException("template: " + e.getMessage(), 64);
    }
  }
}
