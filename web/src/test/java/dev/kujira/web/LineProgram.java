package dev.kujira.web;

import dev.kujira.web.term.TerminalProgram;
import dev.kujira.web.term.Workspace;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Is a terminal program for the web module's own tests (the real one, the cli's REPL, is tested
 * in cli): it reads lines ending in CR or LF, runs each on the workspace and prints the output and
 * "$ " as a prompt.
 */
final class LineProgram implements TerminalProgram {
  volatile int cols;
  volatile int rows;

  @Override
  public Attached attach(InputStream keys, OutputStream screen, int c, int r, Workspace workspace, boolean hostAccess) {
    cols = c;
    rows = r;
    return new Attached() {
      @Override
      public int run() throws java.io.IOException {
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(keys, StandardCharsets.UTF_8));
        out.print("$ ");
        out.flush();
        StringBuilder line = new StringBuilder();
        int ch;
        while ((ch = in.read()) >= 0) {
          if (ch == '\r' || ch == '\n') {
            workspace.run(line.toString(), InputStream.nullInputStream(), out, out);
            line.setLength(0);
            out.print("$ ");
            out.flush();
          } else {
            line.append((char) ch);
          }
        }
        return 0;
      }

      @Override
      public void resize(int c2, int r2) {
        cols = c2;
        rows = r2;
      }
    };
  }
}
