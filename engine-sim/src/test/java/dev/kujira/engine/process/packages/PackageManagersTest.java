package dev.kujira.engine.process.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** apk, apt-get, pip and npm change the file system, print their progress, and fail as the real ones do. */
class PackageManagersTest {
  private Engine engine;

  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults());
    for (String image : new String[] {"alpine", "debian", "python:3.12", "node:22"}) {
      engine.run("docker pull -q " + image);
    }
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  @Test
  void apkAdd_installsTheProgramAndItsDependencies() {
    CommandResult r = engine.run("docker run --rm alpine sh -c 'apk add curl && which curl'");
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).startsWith("fetch https://dl-cdn.alpinelinux.org/alpine/v3.20/main/x86_64/APKINDEX.tar.gz\n")
        .contains("(10/10) Installing curl (8.11.0-r2)\n").endsWith("/usr/bin/curl\n");
  }

  @Test
  void apkAdd_unknownPackage_failsWithApksError() {
    CommandResult r = engine.run("docker run --rm alpine apk add --no-cache nosuchpkg");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).isEqualTo(
        "ERROR: unable to select packages:\n  nosuchpkg (no such package):\n    required by: world[nosuchpkg]\n");
  }

  @Test
  void apkAdd_withoutNetwork_cannotFetchTheIndexes() {
    CommandResult r = engine.run("docker run --rm --network none alpine apk add curl");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).contains("DNS lookup error").contains("curl (no such package):");
  }

  @Test
  void aptGetInstall_beforeUpdate_cannotLocateThePackage() {
    CommandResult r = engine.run("docker run --rm debian apt-get install -y curl");
    assertThat(r.exitCode()).isEqualTo(100);
    assertThat(r.stderr()).isEqualTo("E: Unable to locate package curl\n");
  }

  @Test
  void aptGetInstall_afterUpdate_installsAndSetsUp() {
    CommandResult r = engine.run("docker run --rm debian sh -c 'apt-get update && apt-get install -y curl && curl --version'");
    assertThat(r.stdout()).contains("Get:1 http://deb.debian.org/debian bookworm InRelease")
        .contains("Setting up curl (7.88.1-10+deb12u8) ...\n");
  }

  @Test
  void aptGetInstall_withoutYes_abortsWithoutATerminal() {
    CommandResult r = engine.run("docker run --rm debian sh -c 'apt-get update >/dev/null; apt-get install vim'");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stdout()).endsWith("Do you want to continue? [Y/n] Abort.\n");
  }

  @Test
  void pipInstall_writesSitePackagesAndScripts() {
    CommandResult r = engine.run("docker run --rm python:3.12 sh -c 'pip install flask >/dev/null 2>&1; pip freeze; which flask'");
    assertThat(r.stdout()).contains("flask==3.1.0\n").contains("Werkzeug==3.1.3\n").endsWith("/usr/local/bin/flask\n");
  }

  @Test
  void pipInstall_unknownPackage_hasNoVersions() {
    CommandResult r = engine.run("docker run --rm python:3.12 pip install nosuchpkg");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).startsWith("ERROR: Could not find a version that satisfies the requirement nosuchpkg");
  }

  @Test
  void npmInstall_globalAndLocal_asTheNotesDo() {
    CommandResult r = engine.run("docker run --rm -w /app node:22 sh -c "
        + "'npm install -g gulp@3.9.1 >/dev/null && npm install gulp-load-plugins >/dev/null && ls /usr/local/lib/node_modules | grep -c gulp && cat package.json'");
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).startsWith("1\n").contains("\"gulp-load-plugins\" : \"^2.0.8\"");
  }

  @Test
  void npmInstall_unknownPackage_is404() {
    CommandResult r = engine.run("docker run --rm node:22 npm install nosuchpkg");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).startsWith("npm error code E404\n");
  }
}
