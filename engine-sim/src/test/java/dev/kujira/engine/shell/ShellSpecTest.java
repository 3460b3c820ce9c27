package dev.kujira.engine.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.UnionView;
import dev.kujira.engine.host.Programs;
import dev.kujira.engine.process.Machine;
import dev.kujira.engine.process.ProcImpl;
import dev.kujira.engine.process.Scheduler;
import dev.kujira.engine.util.VirtualClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the jlox-style spec scripts of src/test/resources/shell: each script's "# expect: TEXT"
 * lines are its expected output (stdout and stderr as written) and "# exit: N" its status.
 * Expectations were taken from busybox 1.35's sh on the real engine.
 */
class ShellSpecTest {
  static Stream<Path> scripts() throws IOException {
    return Files.list(Path.of("src/test/resources/shell")).filter(p -> p.toString().endsWith(".sh")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void script_printsWhatAshPrints(Path script) throws IOException {
    String text = Files.readString(script, StandardCharsets.UTF_8);
    List<String> expected = new ArrayList<>();
    int exit = 0;
    for (String line : text.split("\n")) {
      int at = line.indexOf("# expect: ");
      if (at >= 0) {
        expected.add(line.substring(at + 10));
      }
      at = line.indexOf("# exit: ");
      if (at >= 0) {
        exit = Integer.parseInt(line.substring(at + 8).trim());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
    int status = Shell.run(proc(ps), text, Dialect.ASH, List.of());
    String want = expected.isEmpty() ? "" : String.join("\n", expected) + "\n";
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(want);
    assertThat(status).isEqualTo(exit);
  }

  static ProcImpl proc(PrintStream out) {
    VirtualClock clock = new VirtualClock(VirtualClock.DEFAULT_START);
    FsTree root = new FsTree();
    UnionView fs = new UnionView(root, List.of(), clock::now);
    fs.mkdir("/bin", true);
    fs.mkdir("/tmp", true);
    for (String name : Programs.containerPrograms().names().stream().filter(n -> !n.contains("/")).toList()) {
      fs.write("/bin/" + name, ("#!kujira:" + name + "\n").getBytes(StandardCharsets.UTF_8), false);
      fs.chmod("/bin/" + name, 0755);
    }
    Machine m = new Machine("box", Programs.containerPrograms(), new Scheduler(clock));
    return ProcImpl.start(m, Map.of("PATH", "/bin", "HOME", "/root"), fs, new ByteArrayInputStream(new byte[0]), out, out);
  }
}
