package dev.kujira.engine.process;

import java.util.List;

/** Stands for a program an image ships that the simulator does not model yet: it says so and fails. */
final class UnsimulatedProgram implements Program {
  private final String name;

  UnsimulatedProgram(String name) {
    this.name = name;
  }

  @Override
  public int run(Proc proc, List<String> argv) {
    proc.stderr().println(name + ": this program is not simulated by kujira yet");
    return 1;
  }
}
