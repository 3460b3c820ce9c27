package dev.kujira.engine.process;

/**
 * A program whose executable file carries what it runs after its {@code #!kujira:NAME} line: a
 * binary that {@code go build} wrote holds the source the model runs, as a real binary holds its
 * compiled code, so it keeps working when a multi-stage build copies it elsewhere.
 */
public interface CompiledProgram extends Program {
  /** Returns the program the file with {@code body} (the text after the marker line) runs. */
  Program load(String body);

  /**
   * Returns the value of the "KEY=value" line {@code key} of an executable's {@code body} (the
   * catalogue's interpreters carry their version so: "version=22.12.0"), or {@code fallback}.
   */
  static String field(String body, String key, String fallback) {
    for (String line : body.split("\n")) {
      if (line.startsWith(key + "=")) {
        return line.substring(key.length() + 1);
      }
    }
    return fallback;
  }

  @Override
  default int run(Proc proc, java.util.List<String> argv) {
    return load("").run(proc, argv);
  }
}
