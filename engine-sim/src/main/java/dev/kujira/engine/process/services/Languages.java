package dev.kujira.engine.process.services;

import dev.kujira.engine.process.CompiledProgram;
import dev.kujira.engine.process.Program;
import java.util.Map;

/**
 * Registers the language images' programs under the names their catalogue files use: node,
 * python3 and ruby (their version from the executable), go (reading GOLANG_VERSION as the image
 * sets it), the binaries go build writes, java,
 * javac and jshell per JDK build, and php and Apache with PHP per PHP version.
 */
final class Languages {
  private Languages() {
  }

  static void addTo(Map<String, Program> m) {
    // node, python3 and ruby are one program each; the image's executable carries the version after its marker line,
    // as a real binary has it compiled in (a bare marker, a package's executable, is the newest image's).
    m.put("node", (CompiledProgram) body -> NodeScript.program(CompiledProgram.field(body, "version", "22.12.0")));
    m.put("python3", (CompiledProgram) body -> PythonScript.program(CompiledProgram.field(body, "version", "3.12.8")));
    m.put("ruby", (CompiledProgram) body -> RubyScript.program(CompiledProgram.field(body, "description",
        RubyServers.RUBY_DESCRIPTION)));
    m.put("go", GoTool.program());
    m.put("gofmt", (p, argv) -> Scripts.unsupported(p, "gofmt", "gofmt"));
    m.put(GoTool.BINARY, GoTool.binary());
    // The vendors' version texts: Temurin marks its LTS builds from 21 on (java -version of Temurin 25 on this
    // machine prints the same shape); openjdk:17 is the OpenJDK GA build 17.0.2+8-86.
    JavaTools.addTo(m, "-temurin-21", new JavaTools.Jdk("21.0.5", "2024-10-15", "Temurin-21.0.5+11 (build 21.0.5+11-LTS)",
        "Temurin-21.0.5+11 (build 21.0.5+11-LTS, mixed mode, sharing)", " LTS"));
    JavaTools.addTo(m, "-temurin-17", new JavaTools.Jdk("17.0.13", "2024-10-15", "Temurin-17.0.13+11 (build 17.0.13+11)",
        "Temurin-17.0.13+11 (build 17.0.13+11, mixed mode, sharing)", ""));
    // openjdk:21 is the 21 GA build (21+35-2513), the last 21 docker-library/openjdk published.
    JavaTools.addTo(m, "-openjdk-21", new JavaTools.Jdk("21", "2023-09-19", "(build 21+35-2513)",
        "(build 21+35-2513, mixed mode, sharing)", ""));
    JavaTools.addTo(m, "-openjdk-17", new JavaTools.Jdk("17.0.2", "2022-01-18", "(build 17.0.2+8-86)",
        "(build 17.0.2+8-86, mixed mode, sharing)", ""));
    for (String v : new String[] {"8.4.1", "8.3.14", "8.2.26"}) {
      m.put("php-" + v, PhpScript.program(v));
      m.put("apache2-foreground-php-" + v, PhpApache.program(v));
    }
  }
}
