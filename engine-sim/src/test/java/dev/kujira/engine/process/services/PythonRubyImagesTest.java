package dev.kujira.engine.process.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The python and ruby images at the tags learners pull, as the Hub had them on 2024-12-04:
 * docker-library/python at ed65ea91 (3.10.16, 3.11.11, 3.12.8, 3.13.1; 3.13 is latest; pip as
 * CPython's ensurepip bundles it: 23.0.1, 24.0, 24.3.1, 24.3.1; 3.10 and 3.11 add setuptools 65.5.1
 * and wheel; 3.13's Dockerfile dropped ENV LANG) and docker-library/ruby at cf905a63 (3.2.6, 3.3.6;
 * RubyGems and Bundler as each release bundles them). The real engine here has no Hub: these are
 * the Dockerfiles' and the releases' facts.
 */
class PythonRubyImagesTest extends AppSession {

  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults().withHostDir(dir));
  }

  @Test
  void pythonTagsHaveTheirVersionAndPip() {
    String[][] cases = {{"python:3.10", "3.10.16", "23.0.1"}, {"python:3.11", "3.11.11", "24.0"},
        {"python:3.11-slim", "3.11.11", "24.0"}, {"python:3.12", "3.12.8", "24.3.1"}, {"python:3.13", "3.13.1", "24.3.1"},
        {"python:latest", "3.13.1", "24.3.1"}, {"python:3", "3.13.1", "24.3.1"}, {"python:3.12-alpine", "3.12.8", "24.3.1"},
        {"python:3.10-slim-bookworm", "3.10.16", "23.0.1"}, {"python:3.13-alpine3.20", "3.13.1", "24.3.1"},
        {"python:slim", "3.13.1", "24.3.1"}, {"python:3.12.8-bookworm", "3.12.8", "24.3.1"}};
    for (String[] c : cases) {
      ok("docker pull -q " + c[0]);
      String minor = c[1].substring(0, c[1].lastIndexOf('.'));
      assertThat(ok("docker run --rm " + c[0] + " python --version").stdout()).as(c[0]).isEqualTo("Python " + c[1] + "\n");
      assertThat(ok("docker run --rm " + c[0] + " pip --version").stdout()).as(c[0])
          .isEqualTo("pip " + c[2] + " from /usr/local/lib/python" + minor + "/site-packages/pip (python " + minor + ")\n");
    }
  }

  @Test
  void pythonEnvAndPipListPerLine() {
    ok("docker pull -q python:3.11");
    ok("docker pull -q python:3.13-slim");
    assertThat(ok("docker image inspect -f '{{json .Config.Env}}' python:3.13-slim").stdout()).isEqualTo("[\"PATH=/usr/local/bin:"
        + "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\",\"GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305\","
        + "\"PYTHON_VERSION=3.13.1\",\"PYTHON_SHA256=9cf9427bee9e2242e3877dd0f6b641c1853ca461f39d6503ce260a59c80bf0d9\"]\n");
    assertThat(ok("docker run --rm python:3.11 pip list").stdout()).contains("pip        24.0\n")
        .contains("setuptools 65.5.1\n").contains("wheel      0.45.1\n");
    assertThat(ok("docker run --rm python:3.11 sh -c 'pip install -q requests && python -c \"import requests\"; "
        + "ls /usr/local/lib/python3.11/site-packages | grep -c requests'").stdout()).isNotEqualTo("0\n");
    assertThat(ok("docker run --rm -e PYTHON_VERSION=9 python:3.10 python3 -V").stdout()).isEqualTo("Python 3.10.16\n");
  }

  @Test
  void rubyTagsHaveTheirVersionGemAndBundler() {
    String[][] cases = {{"ruby:3.3", "ruby 3.3.6 (2024-11-05 revision 75015d4c1f) [x86_64-linux]", "3.5.22", "2.5.22"},
        {"ruby:3.3-slim", "ruby 3.3.6 (2024-11-05 revision 75015d4c1f) [x86_64-linux]", "3.5.22", "2.5.22"},
        {"ruby:latest", "ruby 3.3.6 (2024-11-05 revision 75015d4c1f) [x86_64-linux]", "3.5.22", "2.5.22"},
        {"ruby:3.2", "ruby 3.2.6 (2024-10-30 revision 63aeb018eb) [x86_64-linux]", "3.4.19", "2.4.19"},
        {"ruby:3.2-alpine", "ruby 3.2.6 (2024-10-30 revision 63aeb018eb) [x86_64-linux]", "3.4.19", "2.4.19"},
        {"ruby:3.3-slim-bookworm", "ruby 3.3.6 (2024-11-05 revision 75015d4c1f) [x86_64-linux]", "3.5.22", "2.5.22"}};
    for (String[] c : cases) {
      ok("docker pull -q " + c[0]);
      assertThat(ok("docker run --rm " + c[0] + " sh -c 'ruby -v; gem -v; bundle -v'").stdout()).as(c[0])
          .isEqualTo(c[1] + "\n" + c[2] + "\nBundler version " + c[3] + "\n");
    }
  }

  @Test
  void rubyConfigAndBaseOs() {
    ok("docker pull -q ruby:3.2-slim");
    assertThat(ok("docker image inspect -f '{{json .Config.Env}} {{json .Config.Cmd}}' ruby:3.2-slim").stdout())
        .isEqualTo("[\"PATH=/usr/local/bundle/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\","
            + "\"LANG=C.UTF-8\",\"RUBY_VERSION=3.2.6\",\"RUBY_DOWNLOAD_URL=https://cache.ruby-lang.org/pub/ruby/3.2/"
            + "ruby-3.2.6.tar.xz\",\"RUBY_DOWNLOAD_SHA256=671134022238c2c4a9d79dc7d1e58c909634197617901d25863642f735a27ecb\","
            + "\"GEM_HOME=/usr/local/bundle\",\"BUNDLE_SILENCE_ROOT_WARNING=1\",\"BUNDLE_APP_CONFIG=/usr/local/bundle\"] "
            + "[\"irb\"]\n");
    assertThat(ok("docker run --rm ruby:3.3-alpine cat /etc/alpine-release").stdout()).isEqualTo("3.20.3\n");
    assertThat(ok("docker run --rm ruby:3.3-slim grep ^ID= /etc/os-release").stdout()).isEqualTo("ID=debian\n");
  }

  @Test
  void aTagTheRepositoryDoesNotHaveIsUnknown() {
    assertThat(engine.run("docker pull python:3.99-slim").stderr()).contains("manifest for python:3.99-slim not found");
  }
}
