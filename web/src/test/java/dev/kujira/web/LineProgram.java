package dev.kujira.web;

import dev.kujira.web.term.TerminalProgram;
import dev.kujira.web.term.Workspace;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Is a terminal program for the web module's own tests (the real one, the cli's REPL, is tested
 * in cli): it collects keys into lines ending in CR or LF, runs each on the workspace on the
 * command pool and prints the output and "$ " as a prompt.
 */
final class LineProgram implements TerminalProgram {
  volatile int cols;
  volatile int rows;

  @Override
  public Attached attach(Wiring wiring, Workspace workspace, boolean hostAccess) {
    cols = wiring.cols();
    rows = wiring.rows();
    PrintStream out = new PrintStream(wiring.screen(), true, StandardCharsets.UTF_8);
    out.print("$ ");
    out.flush();
    return new Attached() {
      private final StringBuilder line = new StringBuilder();

      @Override
      public synchronized void keys(byte[] bytes) {
        for (byte b : bytes) {
          if (b == '\r' || b == '\n') {
            String l = line.toString();
            line.setLength(0);
            wiring.commands().execute(() -> {
              synchronized (this) {
                workspace.run(l, InputStream.nullInputStream(), out, out);
                out.print("$ ");
                out.flush();
              }
            });
          } else {
            line.append((char) b);
          }
        }
      }

      @Override
      public void resize(int c2, int r2) {
        cols = c2;
        rows = r2;
      }

      @Override
      public void hangUp() {
      }
    };
  }
}
