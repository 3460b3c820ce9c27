package dev.kujira.engine.process.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A learner's first app Dockerfiles run: python + pip + Flask and node + npm + express build, run
 * detached with a published port, and answer curl on the host; the classic mistakes fail as they
 * do on Docker (texts from CPython 3.11.7, Node v20.20.2, Flask 3.1.3 run on this machine, and the
 * real engine for the published port to a loopback-bound server).
 */
class ScriptAppsTest extends AppSession {
  private static final String FLASK_APP = "from flask import Flask\n\napp = Flask(__name__)\n\n"
      + "@app.route(\"/\")\ndef hello():\n    return \"Hello from Flask!\"\n\n"
      + "if __name__ == \"__main__\":\n    app.run(host=\"0.0.0.0\", port=5000)\n";
  private static final String EXPRESS_APP = "const express = require('express');\nconst app = express();\n"
      + "const port = 3000;\n\napp.get('/', (req, res) => {\n  res.send('Hello World!');\n});\n\n"
      + "app.listen(port, () => {\n  console.log(`Example app listening on port ${port}`);\n});\n";

  @BeforeEach
  void setUp() throws IOException {
    Files.writeString(dir.resolve("requirements.txt"), "flask\n");
    Files.writeString(dir.resolve("app.py"), FLASK_APP);
    Files.writeString(dir.resolve("server.js"), EXPRESS_APP);
    Files.writeString(dir.resolve("Dockerfile.py"), "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\n"
        + "RUN pip install -r requirements.txt\nCOPY . .\nEXPOSE 5000\nCMD [\"python\", \"app.py\"]\n");
    Files.writeString(dir.resolve("Dockerfile.nopip"), "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n"
        + "CMD [\"python\", \"app.py\"]\n");
    Files.writeString(dir.resolve("Dockerfile.node"), "FROM node:20-alpine\nWORKDIR /app\nRUN npm install express\n"
        + "COPY server.js .\nCMD [\"node\", \"server.js\"]\n");
    Files.writeString(dir.resolve("Dockerfile.nonpm"), "FROM node:20-alpine\nWORKDIR /app\nCOPY server.js .\n"
        + "CMD [\"node\", \"server.js\"]\n");
    Files.writeString(dir.resolve("loop.py"), "print(\"starting\")\nimport time\ntime.sleep(60)\n");
    Files.writeString(dir.resolve("Dockerfile.loop"), "FROM python:3.12-slim\nWORKDIR /app\nCOPY loop.py .\n"
        + "CMD [\"python\", \"loop.py\"]\n");
    Files.createDirectories(dir.resolve("local"));
    Files.writeString(dir.resolve("local/app.py"), FLASK_APP.replace("app.run(host=\"0.0.0.0\", port=5000)", "app.run()"));
    Files.writeString(dir.resolve("Dockerfile.local"), "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\n"
        + "RUN pip install -r requirements.txt\nCOPY local/app.py .\nCMD [\"python\", \"app.py\"]\n");
    Files.writeString(dir.resolve("plain.js"), "const http = require('node:http');\nconsole.log('starting');\n"
        + "const server = http.createServer((req, res) => {\n  res.writeHead(200, { 'Content-Type': 'text/plain' });\n"
        + "  res.end('Hello from node\\n');\n});\n\nserver.listen(8080, () => {\n"
        + "  console.log('Listening on 8080');\n});\n");
    Files.writeString(dir.resolve("hello.py"), "import os\nprint(\"Hello\")\nprint(f'from {os.name}')\n");
    Files.writeString(dir.resolve("Dockerfile.plain"), "FROM node:20-alpine\nWORKDIR /app\nCOPY plain.js hello.py .\n"
        + "CMD [\"node\", \"plain.js\"]\n");
    Files.writeString(dir.resolve("Dockerfile.hello"), "FROM python:3.12-slim\nWORKDIR /app\nCOPY hello.py .\n"
        + "CMD [\"python\", \"hello.py\"]\n");
    engine = Engine.create(EngineOptions.defaults().withHostDir(dir));
    engine.run("docker pull -q python:3.12-slim");
    engine.run("docker pull -q node:20-alpine");
  }

  @Test
  void flaskApp_buildsRunsAndAnswersOnThePublishedPort() {
    ok("docker build -q -t web -f Dockerfile.py .");
    ok("docker run -d --name web -p 8080:5000 web");
    assertThat(ok("curl -s localhost:8080/").stdout()).isEqualTo("Hello from Flask!");
    CommandResult logs = ok("docker logs web");
    assertThat(logs.stdout()).isEqualTo(" * Serving Flask app 'app'\n * Debug mode: off\n");
    assertThat(logs.stderr()).startsWith("WARNING: This is a development server.")
        .contains(" * Running on all addresses (0.0.0.0)\n * Running on http://127.0.0.1:5000\n"
            + " * Running on http://172.17.0.2:5000\nPress CTRL+C to quit\n")
        .containsPattern("172\\.17\\.0\\.1 - - \\[\\d\\d/\\w{3}/\\d{4} [\\d:]{8}\\] \"GET / HTTP/1.1\" 200 -\n");
    assertThat(engine.run("curl -s localhost:8080/nope").stdout()).contains("<title>404 Not Found</title>");
    assertThat(dev.kujira.engine.process.Scheduler.heldThreads()).as("a waiting server holds no thread").isZero();
    // CPython installs no SIGTERM handler and PID 1 ignores an unhandled one: docker stop ends in its SIGKILL.
    ok("docker stop web");
    assertThat(ok("docker inspect -f '{{.State.ExitCode}}' web").stdout()).isEqualTo("137\n");
  }

  @Test
  void flaskOnItsDefaultHost_isUnreachableThroughThePublishedPort() throws IOException {
    ok("docker build -q -t web -f Dockerfile.local .");
    ok("docker run -d --name web -p 5000:5000 web");
    CommandResult curl = engine.run("curl -sS localhost:5000/");
    assertThat(curl.exitCode()).isEqualTo(56);
    assertThat(curl.stderr()).isEqualTo("curl: (56) Recv failure: Connection reset by peer\n");
    assertThat(ok("docker logs web").stderr()).contains(" * Running on http://127.0.0.1:5000\n")
        .doesNotContain("all addresses");
    assertThat(ok("docker ps --format '{{.Status}}'").stdout()).startsWith("Up");
  }

  @Test
  void flaskWithoutPipInstall_exitsWithModuleNotFoundError() {
    ok("docker build -q -t bare -f Dockerfile.nopip .");
    ok("docker run -d --name bare -p 8081:5000 bare");
    CommandResult logs = ok("docker logs bare");
    assertThat(logs.stderr()).isEqualTo("Traceback (most recent call last):\n"
        + "  File \"/app/app.py\", line 1, in <module>\n    from flask import Flask\n"
        + "ModuleNotFoundError: No module named 'flask'\n");
    assertThat(ok("docker ps -a --format '{{.Status}}'").stdout()).startsWith("Exited (1)");
  }

  @Test
  void expressApp_buildsRunsAndAnswers() {
    ok("docker build -q -t api -f Dockerfile.node .");
    ok("docker run -d --name api -p 3000:3000 api");
    assertThat(ok("curl -s localhost:3000/").stdout()).isEqualTo("Hello World!");
    assertThat(ok("docker logs api").stdout()).isEqualTo("Example app listening on port 3000\n");
    assertThat(engine.run("curl -s localhost:3000/x").stdout()).contains("<pre>Cannot GET /x</pre>");
    assertThat(dev.kujira.engine.process.Scheduler.heldThreads()).as("a waiting server holds no thread").isZero();
    // Node installs no SIGTERM handler either: the classic "docker stop takes 10 seconds" of a node PID 1.
    ok("docker stop api");
    assertThat(ok("docker inspect -f '{{.State.ExitCode}}' api").stdout()).isEqualTo("137\n");
  }

  @Test
  void expressWithoutNpmInstall_exitsWithCannotFindModule() {
    ok("docker build -q -t bare -f Dockerfile.nonpm .");
    CommandResult run = engine.run("docker run --name bare bare");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stderr()).startsWith("node:internal/modules/cjs/loader:1210\n  throw err;\n  ^\n\n"
        + "Error: Cannot find module 'express'\nRequire stack:\n- /app/server.js\n")
        .contains("    at Object.<anonymous> (/app/server.js:1:17)\n")
        .endsWith("  code: 'MODULE_NOT_FOUND',\n  requireStack: [ '/app/server.js' ]\n}\n\nNode.js v20.18.1\n");
  }

  @Test
  void missingScripts_failAsTheInterpretersDo() {
    CommandResult py = engine.run("docker run --rm -w /app python:3.12-slim python3 x.py");
    assertThat(py.exitCode()).isEqualTo(2);
    assertThat(py.stderr()).isEqualTo("python3: can't open file '/app/x.py': [Errno 2] No such file or directory\n");
    CommandResult mod = engine.run("docker run --rm python:3.12-slim python -m flask run");
    assertThat(mod.exitCode()).isEqualTo(1);
    assertThat(mod.stderr()).isEqualTo("/usr/local/bin/python: No module named flask\n");
    CommandResult node = engine.run("docker run --rm node:20-alpine node /app/x.js");
    assertThat(node.exitCode()).isEqualTo(1);
    assertThat(node.stderr()).contains("Error: Cannot find module '/app/x.js'\n").doesNotContain("Require stack");
  }

  @Test
  void pythonStdout_isBufferedUntilExitUnlessUnbuffered() {
    // http.server prints its "Serving HTTP" line through sys.stdout: in a pipe it waits in the buffer.
    ok("docker run -d --name buffered -p 8000:8000 python:3.12-slim python -m http.server");
    assertThat(ok("docker logs buffered").output()).isEmpty();
    ok("docker run -d --name direct -e PYTHONUNBUFFERED=1 python:3.12-slim python -m http.server 8001");
    assertThat(ok("docker logs direct").stdout()).isEqualTo("Serving HTTP on 0.0.0.0 port 8001 (http://0.0.0.0:8001/) ...\n");
    ok("docker run -d --name dashu python:3.12-slim python -u -m http.server 8002");
    assertThat(ok("docker logs dashu").stdout()).startsWith("Serving HTTP on 0.0.0.0 port 8002");
    // Printed lines of a script that ends are written at its exit.
    ok("docker build -q -t loop -f Dockerfile.loop .");
    CommandResult script = engine.run("docker run --rm -w /app loop");
    assertThat(script.exitCode()).isEqualTo(1);
    assertThat(script.stdout()).isEqualTo("starting\n");
    assertThat(script.stderr()).isEqualTo("kujira: python: /app/loop.py line 3 is not simulated: time.sleep(60)\n");
  }

  @Test
  void httpServer_servesTheWorkingDirectoryAndLogsEachRequest() {
    ok("docker build -q -t loop -f Dockerfile.loop .");
    ok("docker run -d --name files -w /app -p 8000:8000 loop python -m http.server");
    assertThat(ok("curl -s localhost:8000/loop.py").stdout()).startsWith("print(\"starting\")");
    CommandResult missing = engine.run("curl -s localhost:8000/nope");
    assertThat(missing.stdout()).contains("<p>Message: File not found.</p>");
    assertThat(ok("docker logs files").stderr()).containsPattern("172\\.17\\.0\\.1 - - \\[[^]]+\\] \"GET /loop.py HTTP/1.1\" 200 -\n"
        + "172\\.17\\.0\\.1 - - \\[[^]]+\\] code 404, message File not found\n"
        + "172\\.17\\.0\\.1 - - \\[[^]]+\\] \"GET /nope HTTP/1.1\" 404 -\n");
  }

  @Test
  void nodeHttpServer_answersEveryPath_andScriptsRunTheirLiteralsThenStopAtAnExpression() {
    ok("docker build -q -t plain -f Dockerfile.plain .");
    ok("docker run -d --name plain -p 8080:8080 plain");
    assertThat(ok("curl -s localhost:8080/any").stdout()).isEqualTo("Hello from node\n");
    assertThat(ok("docker logs plain").stdout()).isEqualTo("starting\nListening on 8080\n");
    ok("docker build -q -t hello -f Dockerfile.hello .");
    CommandResult hello = engine.run("docker run --rm hello");
    assertThat(hello.exitCode()).isEqualTo(1);
    assertThat(hello.stdout()).isEqualTo("Hello\n");
    assertThat(hello.stderr()).isEqualTo("kujira: python: /app/hello.py line 3 is not simulated: print(f'from {os.name}')\n");
  }
}
