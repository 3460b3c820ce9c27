package dev.kujira.engine.process;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs a {@code #!} script by exec'ing its interpreter with the script path, as the kernel does. */
final class ScriptProgram implements Program {
  private final ProgramRegistry registry;
  private final String path;
  private final byte[] content;

  ScriptProgram(ProgramRegistry registry, String path, byte[] content) {
    this.registry = registry;
    this.path = path;
    this.content = content;
  }

  @Override
  public int run(Proc proc, List<String> argv) {
    int end = 0;
    while (end < content.length && content[end] != '\n') {
      end++;
    }
    String line = new String(content, 2, Math.max(0, end - 2), StandardCharsets.UTF_8).trim();
    String[] parts = line.split("\\s+", 2);
    List<String> args = new ArrayList<>();
    args.add(parts[0]);
    if (parts.length > 1) {
      args.add(parts[1]);
    }
    args.add(path);
    args.addAll(argv.subList(1, argv.size()));
    Resolution interp = proc.resolve(parts[0]);
    if (!interp.isFound()) {
      proc.stderr().println("exec " + path + ": no such file or directory");
      return 127;
    }
    return interp.program().run(proc, args);
  }
}
