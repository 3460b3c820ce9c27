package dev.kujira.engine.compose;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites BuildKit's plain progress as compose prints a service's build: the steps carry the
 * service name ("[app internal] load build definition", "[app 1/2] FROM …", "[app] exporting to
 * image"), after one "#0 building with …" line per command (conformance c12's first recording).
 */
final class BuildOutput extends OutputStream {
  private static final Pattern STEP = Pattern.compile("^(#\\d+) \\[(internal|(?:[^\\]\\s]+ )?\\d+/\\d+)\\] (.*)$");
  private static final Pattern EXPORT = Pattern.compile("^(#\\d+) exporting to image$");
  private static final Pattern HEADER = Pattern.compile("^#0 building with .*$");
  private final PrintStream out;
  private final String service;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private boolean started;

  BuildOutput(PrintStream out, String service) {
    this.out = out;
    this.service = service;
  }

  /** Prints the header compose writes once before its builds. */
  static void header(PrintStream out) {
    out.println("#0 building with \"default\" instance using docker driver");
    out.println();
  }

  @Override
  public void write(int b) {
    if (b == '\n') {
      String r = rewrite(line.toString(StandardCharsets.UTF_8));
      if (r != null) {
        out.println(r);
      }
      line.reset();
    } else {
      line.write(b);
    }
  }

  @Override
  public void flush() {
    String r = line.size() > 0 ? rewrite(line.toString(StandardCharsets.UTF_8)) : null;
    if (r != null) {
      out.print(r);
    }
    line.reset();
    out.flush();
  }

  private String rewrite(String l) {
    // the builder's own "#0" header and the blank lines before the first step are compose's to print
    if (HEADER.matcher(l).matches() || !started && l.isEmpty()) {
      return null;
    }
    started = true;
    Matcher m = STEP.matcher(l);
    if (m.matches()) {
      return m.group(1) + " [" + service + " " + m.group(2) + "] " + m.group(3);
    }
    m = EXPORT.matcher(l);
    if (m.matches()) {
      return m.group(1) + " [" + service + "] exporting to image";
    }
    return l;
  }
}
