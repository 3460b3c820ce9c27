package dev.kujira.engine.process;

/**
 * A program whose executable file carries what it runs after its {@code #!kujira:NAME} line: a
 * binary that {@code go build} wrote holds the source the model runs, as a real binary holds its
 * compiled code, so it keeps working when a multi-stage build copies it elsewhere.
 */
public interface CompiledProgram extends Program {
  /** Returns the program the file with {@code body} (the text after the marker line) runs. */
  Program load(String body);

  @Override
  default int run(Proc proc, java.util.List<String> argv) {
    return load("").run(proc, argv);
  }
}
