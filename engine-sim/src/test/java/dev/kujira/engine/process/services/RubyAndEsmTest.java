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
 * Ruby scripts with gem and bundle in the ruby image, and ES modules in the node images. The node
 * errors are Node v20.20.2's on this machine (the images' Node prints its own version under them);
 * the ruby texts follow Ruby 3.3 and RubyGems 3.5 (no ruby here to record them).
 */
class RubyAndEsmTest extends AppSession {
  private static final String ESM_APP = "import express from 'express';\nimport { greeting } from './greeting.mjs';\n\n"
      + "const app = express();\nconst port = 3000;\n\napp.get('/', (req, res) => {\n  res.send('Hello ESM!');\n});\n\n"
      + "app.listen(port, () => {\n  console.log(greeting);\n});\n";

  @BeforeEach
  void setUp() throws IOException {
    Files.writeString(dir.resolve("hello.rb"), "# a first script\nputs \"Hello from Ruby\"\nprint 'no newline'\nputs\np \"x\"\n"
        .replace("puts\n", "puts ''\n"));
    Files.writeString(dir.resolve("web.rb"), "require 'json'\nrequire 'sinatra'\nputs 'loaded'\n");
    Files.writeString(dir.resolve("Gemfile"), "source 'https://rubygems.org'\n\ngem 'sinatra'\ngem 'puma'\n");
    Files.writeString(dir.resolve("Dockerfile.gem"), "FROM ruby:3.3\nWORKDIR /app\nRUN gem install sinatra\nCOPY web.rb .\n"
        + "CMD [\"ruby\", \"web.rb\"]\n");
    Files.writeString(dir.resolve("Dockerfile.bundle"), "FROM ruby:3.3\nWORKDIR /app\nCOPY Gemfile .\nRUN bundle install\n"
        + "COPY web.rb .\nCMD [\"ruby\", \"web.rb\"]\n");
    Files.createDirectories(dir.resolve("esm"));
    Files.writeString(dir.resolve("esm/server.mjs"), ESM_APP);
    Files.writeString(dir.resolve("esm/greeting.mjs"), "export const greeting = 'listening on 3000';\n");
    Files.writeString(dir.resolve("esm/Dockerfile"), "FROM node:22\nWORKDIR /app\nRUN npm install express\nCOPY . .\n"
        + "EXPOSE 3000\nCMD [\"node\", \"server.mjs\"]\n");
    Files.createDirectories(dir.resolve("typemod"));
    Files.writeString(dir.resolve("typemod/package.json"), "{\n  \"name\": \"t\",\n  \"type\": \"module\"\n}\n");
    Files.writeString(dir.resolve("typemod/index.js"), "import http from 'node:http';\nconsole.log('esm ok');\n");
    Files.writeString(dir.resolve("typemod/old.js"), "const fs = require('fs');\nconsole.log('never');\n");
    Files.writeString(dir.resolve("typemod/missing.js"), "import express from 'express';\n");
    Files.writeString(dir.resolve("typemod/rel.js"), "import { x } from './lib';\n");
    engine = Engine.create(EngineOptions.defaults().withHostDir(dir));
    for (String image : new String[] {"ruby:3.3", "node:22", "node:20-alpine"}) {
      ok("docker pull -q " + image);
    }
  }

  @Test
  void ruby_eScriptsAndItsVersion() {
    assertThat(ok("docker run --rm ruby:3.3 ruby -e 'puts \"hi\"' -e 'print \"there\\n\"'").stdout()).isEqualTo("hi\nthere\n");
    assertThat(ok("docker run --rm ruby:3.3 ruby -v").stdout()).startsWith("ruby 3.3.6 ");
    assertThat(ok("docker run --rm -v " + dir + ":/app -w /app ruby:3.3 ruby hello.rb").stdout())
        .isEqualTo("Hello from Ruby\nno newline\n\"x\"\n");
    CommandResult missing = engine.run("docker run --rm ruby:3.3 ruby nope.rb");
    assertThat(missing.stderr()).isEqualTo("ruby: No such file or directory -- nope.rb (LoadError)\n");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(ok("docker run --rm ruby:3.3 sh -c 'echo $GEM_HOME; gem -v; bundle -v'").stdout())
        // Ruby 3.3.6 bundles RubyGems 3.5.22 and Bundler 2.5.22 (they move in step; 3.3.7 and 3.3.8 still print 2.5.22).
        .isEqualTo("/usr/local/bundle\n3.5.22\nBundler version 2.5.22\n");
  }

  @Test
  void ruby_requireOfAGemNotInstalled_isALoadError() {
    CommandResult r = engine.run("docker run --rm -v " + dir + ":/app -w /app ruby:3.3 ruby web.rb");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).contains(": cannot load such file -- sinatra (LoadError)\n").endsWith("\tfrom web.rb:2:in `<main>'\n");
  }

  @Test
  void ruby_gemInstallThroughTheMirror_andOffline() {
    CommandResult gem = ok("docker run --rm ruby:3.3 gem install rack");
    assertThat(gem.stdout()).isEqualTo("Fetching rack-3.1.8.gem\nSuccessfully installed rack-3.1.8\n1 gem installed\n");
    CommandResult off = engine.run("docker run --rm --network none ruby:3.3 gem install rack");
    assertThat(off.exitCode()).isEqualTo(2);
    assertThat(off.stderr()).startsWith("ERROR:  Could not find a valid gem 'rack' (>= 0), here is why:\n");
    assertThat(engine.run("docker run --rm ruby:3.3 gem install nosuchgem").stderr())
        .isEqualTo("ERROR:  Could not find a valid gem 'nosuchgem' (>= 0) in any repository\n");
    ok("docker build -q -t rgem -f Dockerfile.gem .");
    // Sinatra 4 no longer depends on rackup: its at_exit run! says which gems to add (sinatra/base.rb).
    CommandResult rgem = engine.run("docker run --rm rgem");
    assertThat(rgem.stdout()).isEqualTo("loaded\n");
    assertThat(rgem.stderr()).startsWith("Sinatra could not start, the required gems weren't found!\n")
        .contains("    gem install rackup puma\n");
    assertThat(rgem.exitCode()).isEqualTo(1);
  }

  @Test
  void ruby_bundleInstallOfAGemfile_buildsAndLocks() {
    ok("docker build -q -t rb -f Dockerfile.bundle .");
    assertThat(engine.run("docker run --rm rb").stdout()).isEqualTo("loaded\n");
    assertThat(ok("docker run --rm rb cat Gemfile.lock").stdout()).contains("    sinatra (4.1.1)\n")
        .contains("DEPENDENCIES\n  puma\n  sinatra\n");
    CommandResult bundle = ok("docker run --rm -v " + dir + "/Gemfile:/x/Gemfile -w /x ruby:3.3 bundle install");
    assertThat(bundle.stdout()).startsWith("Fetching gem metadata from https://rubygems.org/...\nResolving dependencies...\n")
        .contains("Installing sinatra 4.1.1\n").endsWith("Bundle complete! 2 Gemfile dependencies, 11 gems now installed.\n"
            + "Use `bundle info [gemname]` to see where a bundled gem is installed.\n");
    assertThat(engine.run("docker run --rm -w /tmp ruby:3.3 bundle install").exitCode()).isEqualTo(10);
  }

  @Test
  void esm_anMjsExpressAppWithARelativeImport() {
    ok("docker build -q -t esm esm");
    ok("docker run -d --name esm -p 3000:3000 esm");
    assertThat(ok("curl -s localhost:3000/").stdout()).isEqualTo("Hello ESM!");
    assertThat(ok("docker logs esm").stdout()).isEqualTo("listening on 3000\n");
  }

  @Test
  void esm_typeModuleAndItsErrors() {
    String run = "docker run --rm -v " + dir + "/typemod:/app -w /app node:22 node ";
    assertThat(ok(run + "index.js").stdout()).isEqualTo("esm ok\n");
    CommandResult req = engine.run(run + "old.js");
    assertThat(req.exitCode()).isEqualTo(1);
    assertThat(req.stderr()).isEqualTo("file:///app/old.js:1\nconst fs = require('fs');\n           ^\n\n"
        + "ReferenceError: require is not defined in ES module scope, you can use import instead\n"
        + "This file is being treated as an ES module because it has a '.js' file extension and '/app/package.json' contains"
        + " \"type\": \"module\". To treat it as a CommonJS script, rename it to use the '.cjs' file extension.\n"
        + "    at file:///app/old.js:1:12\n    at ModuleJob.run (node:internal/modules/esm/module_job:325:25)\n"
        + "    at async ModuleLoader.import (node:internal/modules/esm/loader:606:24)\n"
        + "    at async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:5)\n\nNode.js v22.12.0\n");
    CommandResult pkg = engine.run(run + "missing.js");
    assertThat(pkg.stderr()).startsWith("node:internal/modules/esm/resolve:873\n")
        .contains("Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'express' imported from /app/missing.js\n");
    // Unlike require, an import names the file with its extension.
    assertThat(engine.run(run + "rel.js").stderr())
        .contains("Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/app/lib' imported from /app/rel.js\n")
        .contains("  url: 'file:///app/lib'\n");
    // node:20-alpine is v20.18.1, before module syntax detection: an import in a CommonJS file is a SyntaxError.
    ok("docker run --rm -v " + dir + "/typemod/index.js:/w/index.js -w /w node:22 node index.js");
    CommandResult old = engine.run("docker run --rm -v " + dir + "/typemod/index.js:/w/index.js -w /w node:20-alpine node index.js");
    assertThat(old.exitCode()).isEqualTo(1);
    assertThat(old.stderr()).contains("SyntaxError: Cannot use import statement outside a module\n");
  }
}
