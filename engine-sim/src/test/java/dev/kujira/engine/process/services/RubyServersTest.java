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
 * A learner's Ruby web apps in the ruby image: Sinatra with Puma or WEBrick, a plain WEBrick script,
 * ruby -run -e httpd and rackup. The lines are those the gems' sources print (Sinatra 4.1.1, Puma 6.5.0,
 * WEBrick 1.9.1, rackup 2.2.1, Rack 3.1.8; no ruby on this machine to record them).
 */
class RubyServersTest extends AppSession {
  private static final String SINATRA = "require 'sinatra'\n\nset :bind, '0.0.0.0'\nset :port, 4567\n\n"
      + "get '/' do\n  'Hello from Sinatra!'\nend\n\nget('/ping') { \"pong\" }\n";

  @BeforeEach
  void setUp() throws IOException {
    Files.writeString(dir.resolve("app.rb"), SINATRA);
    Files.writeString(dir.resolve("Gemfile"), "source 'https://rubygems.org'\n\ngem 'sinatra'\ngem 'rackup'\ngem 'puma'\n");
    Files.writeString(dir.resolve("Dockerfile"), "FROM ruby:3.3\nWORKDIR /app\nCOPY Gemfile ./\nRUN bundle install\n"
        + "COPY . .\nEXPOSE 4567\nCMD [\"ruby\", \"app.rb\"]\n");
    Files.createDirectories(dir.resolve("local"));
    Files.writeString(dir.resolve("local/app.rb"), SINATRA.replace("set :bind, '0.0.0.0'\n", ""));
    Files.writeString(dir.resolve("server.rb"), "require 'webrick'\n\nserver = WEBrick::HTTPServer.new(Port: 8000)\n"
        + "server.mount_proc '/' do |req, res|\n  res.body = \"Hello from WEBrick\\n\"\nend\n"
        + "trap('INT') { server.shutdown }\nserver.start\n");
    Files.writeString(dir.resolve("notrap.rb"), "require 'webrick'\n\nserver = WEBrick::HTTPServer.new(Port: 8000)\n"
        + "server.mount_proc '/' do |req, res|\n  res.body = \"hi\\n\"\nend\nserver.start\n");
    Files.writeString(dir.resolve("nogem.rb"), "server = WEBrick::HTTPServer.new(Port: 8000)\n");
    Files.writeString(dir.resolve("norequire.rb"), "get '/' do\n  'hi'\nend\n");
    Files.writeString(dir.resolve("typo.rb"), "puts 'start'\nhello\n");
    Files.writeString(dir.resolve("index.html"), "<h1>static</h1>\n");
    Files.writeString(dir.resolve("config.ru"), "run ->(env) { [200, { 'content-type' => 'text/plain' }, ['Hello Rack']] }\n");
    engine = Engine.create(EngineOptions.defaults().withHostDir(dir));
    ok("docker pull -q ruby:3.3");
  }

  @Test
  void sinatraOnPuma_startsAnswersLogsAndStops() {
    ok("docker build -q -t sin .");
    ok("docker run -d --name web -p 4567:4567 sin");
    assertThat(ok("curl -s localhost:4567/").stdout()).isEqualTo("Hello from Sinatra!");
    assertThat(ok("curl -s localhost:4567/ping").stdout()).isEqualTo("pong");
    assertThat(ok("curl -s localhost:4567/nope").stdout()).contains("<h2>Sinatra doesn’t know this ditty.</h2>")
        .contains("get &#x27;/nope&#x27; do");
    CommandResult logs = ok("docker logs web");
    assertThat(logs.stdout()).isEqualTo("Puma starting in single mode...\n* Puma version: 6.5.0 (\"Sky's Version\")\n"
        + "* Ruby version: ruby 3.3.6 (2024-11-05 revision 75015d4c1f) [x86_64-linux]\n*  Min threads: 0\n"
        + "*  Max threads: 5\n*  Environment: development\n*          PID: 1\n* Listening on http://0.0.0.0:4567\n"
        + "Use Ctrl-C to stop\n");
    assertThat(logs.stderr()).startsWith("== Sinatra (v4.1.1) has taken the stage on 4567 for development with backup from Puma\n")
        .containsPattern("172\\.17\\.0\\.1 - - \\[\\d\\d/\\w{3}/\\d{4}:[\\d:]{8} \\+0000\\] \"GET / HTTP/1.1\" 200 19 \\d\\.\\d{4}\n")
        .contains("\"GET /nope HTTP/1.1\" 404 ");
    // From another container by its name: Sinatra 4.1's HostAuthorization refuses that Host in development.
    ok("docker network create net");
    ok("docker network connect net web");
    CommandResult other = engine.run("docker run --rm --network net busybox wget -q -O - http://web:4567/");
    assertThat(other.stderr()).contains("403 Forbidden");
    assertThat(ok("docker logs web").stderr()).contains("WARN -- : attack prevented by Rack::Protection::HostAuthorization\n");
    assertThat(dev.kujira.engine.process.Scheduler.heldThreads()).as("a waiting server holds no thread").isZero();
    // docker stop: Puma's TERM trap stops, then raises SignalException (raise_exception_on_sigterm): no Goodbye.
    ok("docker stop web");
    assertThat(ok("docker inspect -f '{{.State.ExitCode}}' web").stdout()).isEqualTo("143\n");
    CommandResult after = ok("docker logs web");
    assertThat(after.stdout()).endsWith("Use Ctrl-C to stop\n- Gracefully stopping, waiting for requests to finish\n");
    assertThat(after.stderr()).endsWith("== Sinatra has ended his set (crowd applauds)\n");
  }

  @Test
  void sinatraOnPuma_ctrlCSaysGoodbye() {
    ok("docker build -q -t sin .");
    ok("docker run -d --name web sin");
    ok("docker kill -s INT web");
    assertThat(ok("docker inspect -f '{{.State.ExitCode}}' web").stdout()).isEqualTo("0\n");
    CommandResult logs = ok("docker logs web");
    assertThat(logs.stdout()).containsPattern("- Gracefully stopping, waiting for requests to finish\n"
        + "=== puma shutdown: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\+0000 ===\n- Goodbye!\n$");
  }

  @Test
  void sinatraOnItsDefaultBind_isLocalhostOnly() {
    ok("docker build -q -t sin .");
    ok("docker run -d --name local -p 4567:4567 -v " + dir + "/local/app.rb:/app/app.rb sin");
    assertThat(ok("docker logs local").stdout()).contains("* Listening on http://127.0.0.1:4567\n"
        + "* Listening on http://[::1]:4567\n");
    CommandResult r = engine.run("curl -s localhost:4567/");
    assertThat(r.exitCode()).isEqualTo(56);
    assertThat(ok("docker exec local curl -s localhost:4567/").stdout()).isEqualTo("Hello from Sinatra!");
  }

  @Test
  void sinatraOnWebrick_whenPumaIsMissing() {
    ok("docker run -d --name wb -p 4567:4567 -v " + dir + ":/app -w /app ruby:3.3 sh -c "
        + "'gem install sinatra rackup webrick >/dev/null && exec ruby app.rb'");
    assertThat(ok("curl -s localhost:4567/").stdout()).isEqualTo("Hello from Sinatra!");
    CommandResult logs = ok("docker logs wb");
    assertThat(logs.stderr()).containsPattern("^\\[[\\d-]+ [\\d:]+\\] INFO  WEBrick 1.9.1\n\\[[\\d-]+ [\\d:]+\\] INFO  ruby 3.3.6 "
        + "\\(2024-11-05\\) \\[x86_64-linux\\]\n== Sinatra \\(v4.1.1\\) has taken the stage on 4567 for development with backup "
        + "from WEBrick\n\\[[\\d-]+ [\\d:]+\\] INFO  WEBrick::HTTPServer#start: pid=1 port=4567\n")
        .containsPattern("\\[\\d\\d/\\w{3}/\\d{4}:[\\d:]{8} UTC\\] \"GET / HTTP/1.1\" 200 19\n- -> /\n");
    ok("docker stop wb");
    assertThat(ok("docker logs wb").stderr()).containsPattern("== Sinatra has ended his set \\(crowd applauds\\)\n"
        + "\\[[\\d-]+ [\\d:]+\\] INFO  going to shutdown ...\n\\[[\\d-]+ [\\d:]+\\] INFO  WEBrick::HTTPServer#start done.\n$");
  }

  @Test
  void plainWebrickScript_andRubyRunHttpd() {
    ok("docker run -d --name plain -p 8000:8000 -v " + dir + ":/app -w /app ruby:3.3 sh -c "
        + "'gem install webrick >/dev/null && exec ruby server.rb'");
    assertThat(ok("curl -s localhost:8000/anything").stdout()).isEqualTo("Hello from WEBrick\n");
    ok("docker kill -s INT plain");
    assertThat(ok("docker inspect -f '{{.State.ExitCode}}' plain").stdout()).isEqualTo("0\n");
    assertThat(ok("docker logs plain").stderr()).contains("INFO  going to shutdown ...\n");

    CommandResult none = engine.run("docker run --rm -v " + dir + ":/app -w /app ruby:3.3 ruby -run -e httpd . -p 8000");
    assertThat(none.stderr()).isEqualTo("webrick is not found. You may need to `gem install webrick` to install webrick.\n");
    assertThat(none.exitCode()).isEqualTo(1);
    ok("docker run -d --name httpd -p 8001:8000 -v " + dir + ":/app -w /app ruby:3.3 sh -c "
        + "'gem install webrick >/dev/null && exec ruby -run -e httpd . -p 8000'");
    assertThat(ok("curl -s localhost:8001/").stdout()).isEqualTo("<h1>static</h1>\n");
    assertThat(engine.run("curl -s localhost:8001/nope").stdout()).contains("`/nope' not found.");
    assertThat(ok("docker logs httpd").stderr()).contains("INFO  To access this server, open this URL in a browser:\n")
        .contains("INFO      http://[::1]:8000\n").contains("INFO      http://127.0.0.1:8000\n");
  }

  /**
   * Without a trap, Ctrl-C's Interrupt leaves WEBrick#start: its FATAL log line with the backtrace,
   * the ensure block's two lines, then Ruby's report of the uncaught Interrupt (webrick 1.9.1's
   * server.rb and un.rb 0.3.0's line numbers); as PID 1 ruby cannot die of the signal and exits 1.
   * SIGTERM's SignalException is logged FATAL but not reported (eval_error.c).
   */
  @Test
  void webrickWithoutTrap_endsWithRubysInterruptBacktrace() {
    String server = "/usr/local/bundle/gems/webrick-1.9.1/lib/webrick/server.rb:";
    String frames = server + "173:in `select': Interrupt\n\tfrom " + server + "173:in `block in start'\n\tfrom " + server
        + "32:in `start'\n\tfrom " + server + "160:in `start'\n\tfrom ";
    ok("docker run -d --name nt -v " + dir + ":/app -w /app ruby:3.3 sh -c 'gem install webrick >/dev/null && exec ruby notrap.rb'");
    ok("docker kill -s INT nt");
    assertThat(ok("docker inspect -f '{{.State.ExitCode}}' nt").stdout()).isEqualTo("1\n");
    String logs = ok("docker logs nt").stderr();
    assertThat(logs).containsPattern("\\] FATAL Interrupt: \n\t" + java.util.regex.Pattern.quote(server) + "173:in `select'\n\t")
        .endsWith("INFO  WEBrick::HTTPServer#start done.\n" + frames + "notrap.rb:7:in `<main>'\n")
        .doesNotContain("kujira:");
    ok("docker run -d --name nt2 -v " + dir + ":/app -w /app ruby:3.3 sh -c 'gem install webrick >/dev/null && exec ruby notrap.rb'");
    ok("docker stop nt2");
    String term = ok("docker logs nt2").stderr();
    assertThat(term).contains("] FATAL SignalException: SIGTERM\n\t").endsWith("INFO  WEBrick::HTTPServer#start done.\n");
    ok("docker run -d --name un -v " + dir + ":/app -w /app ruby:3.3 sh -c 'gem install webrick >/dev/null && exec ruby -run -e httpd .'");
    ok("docker kill -s INT un");
    assertThat(ok("docker logs un").stderr()).endsWith(frames + "/usr/local/lib/ruby/3.3.0/un.rb:374:in `block in httpd'\n"
        + "\tfrom /usr/local/lib/ruby/3.3.0/un.rb:71:in `setup'\n\tfrom /usr/local/lib/ruby/3.3.0/un.rb:326:in `httpd'\n"
        + "\tfrom -e:1:in `<main>'\n");
  }

  @Test
  void rackupServesAConfigRu() {
    ok("docker run -d --name rack -p 9292:9292 -v " + dir + ":/app -w /app ruby:3.3 sh -c "
        + "'gem install rackup puma >/dev/null && exec rackup -o 0.0.0.0'");
    assertThat(ok("curl -s localhost:9292/").stdout()).isEqualTo("Hello Rack");
    CommandResult logs = ok("docker logs rack");
    assertThat(logs.stdout()).contains("* Listening on http://0.0.0.0:9292\n");
    assertThat(logs.stderr()).contains("\"GET / HTTP/1.1\" 200 10 ");
  }

  @Test
  void outsideTheSubset_rubyFailsAsRubyDoes() {
    CommandResult dsl = engine.run("docker run --rm -v " + dir + ":/app -w /app ruby:3.3 ruby norequire.rb");
    assertThat(dsl.stderr()).isEqualTo("norequire.rb:1:in `<main>': undefined method `get' for main (NoMethodError)\n\n"
        + "get '/' do\n^^^\n");
    CommandResult constant = engine.run("docker run --rm -v " + dir + ":/app -w /app ruby:3.3 ruby nogem.rb");
    assertThat(constant.stderr()).isEqualTo("nogem.rb:1:in `<main>': uninitialized constant WEBrick (NameError)\n\n"
        + "server = WEBrick::HTTPServer.new(Port: 8000)\n         ^^^^^^^\n");
    CommandResult name = engine.run("docker run --rm -v " + dir + ":/app -w /app ruby:3.3 ruby typo.rb");
    assertThat(name.stdout()).isEqualTo("start\n");
    assertThat(name.stderr()).isEqualTo("typo.rb:2:in `<main>': undefined local variable or method `hello' for main"
        + " (NameError)\n\nhello\n^^^^^\n");
    assertThat(name.exitCode()).isEqualTo(1);
  }
}
