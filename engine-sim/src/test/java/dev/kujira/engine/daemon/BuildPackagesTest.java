package dev.kujira.engine.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import dev.kujira.engine.api.CommandResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RUN steps reach the package mirrors as {@code docker run} does: BuildKit's sandbox has an eth0
 * on the default bridge (recorded with {@code RUN ip addr}: 172.17.0.2/16), so apt, pip, apk and
 * npm install; the second build takes every step from the cache; {@code --network none} leaves
 * only loopback, and an unknown mode is refused by buildx before the build starts.
 */
class BuildPackagesTest {
  @TempDir
  Path dir;
  private Engine engine;

  @BeforeEach
  void setUp() throws IOException {
    Files.writeString(dir.resolve("Dockerfile.apt"),
        "FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl\nCMD [\"curl\", \"--version\"]\n");
    Files.writeString(dir.resolve("requirements.txt"), "flask\n");
    Files.writeString(dir.resolve("Dockerfile.pip"),
        "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n");
    Files.writeString(dir.resolve("Dockerfile.apk"), "FROM alpine:3.19\nRUN apk add curl\nCMD [\"curl\", \"--version\"]\n");
    Files.writeString(dir.resolve("Dockerfile.npm"), "FROM node:20-alpine\nWORKDIR /app\nRUN npm install express\n");
    Files.writeString(dir.resolve("Dockerfile.ip"), "FROM busybox\nRUN ip -4 -o addr\n");
    engine = Engine.create(EngineOptions.defaults().withHostDir(dir));
    for (String image : new String[] {"ubuntu:22.04", "python:3.12-slim", "alpine:3.19", "node:20-alpine", "busybox"}) {
      engine.run("docker pull -q " + image);
    }
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  private CommandResult build(String kind, String flags) {
    return engine.run("docker build " + flags + " -t " + kind + " -f Dockerfile." + kind + " .");
  }

  private static void assertBuiltThenCached(CommandResult first, CommandResult second, String step) {
    assertThat(first.exitCode()).as(first.output()).isZero();
    assertThat(first.stderr()).contains(step).doesNotContain("CACHED\n#6 exporting");
    assertThat(second.exitCode()).isZero();
    assertThat(second.stderr()).contains(step + "\n#").containsPattern("\\] " + java.util.regex.Pattern.quote(
        step.substring(step.indexOf("] ") + 2)) + "\n#\\d+ CACHED\n");
  }

  @Test
  void aptGetInstall_buildsRunsAndIsCached() {
    CommandResult first = build("apt", "");
    assertThat(first.stderr()).contains("Get:1 http://archive.ubuntu.com/ubuntu jammy InRelease")
        .contains("Setting up curl (");
    assertBuiltThenCached(first, build("apt", ""), "[2/2] RUN apt-get update && apt-get install -y curl");
    CommandResult run = engine.run("docker run --rm apt");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).startsWith("curl ");
  }

  @Test
  void pipInstallRequirements_buildsRunsAndIsCached() {
    CommandResult first = build("pip", "");
    assertThat(first.stderr()).contains("Collecting flask").contains("Successfully installed");
    assertBuiltThenCached(first, build("pip", ""), "[4/4] RUN pip install -r requirements.txt");
    CommandResult run = engine.run("docker run --rm pip pip list");
    assertThat(run.stdout()).containsPattern("(?mi)^flask\\s+3\\.\\d");
  }

  @Test
  void apkAdd_buildsRunsAndIsCached() {
    CommandResult first = build("apk", "");
    assertThat(first.stderr()).contains("fetch https://dl-cdn.alpinelinux.org/alpine/v3.19/main/x86_64/APKINDEX.tar.gz")
        .contains("Installing curl (");
    assertBuiltThenCached(first, build("apk", ""), "[2/2] RUN apk add curl");
    assertThat(engine.run("docker run --rm apk").stdout()).startsWith("curl ");
  }

  @Test
  void npmInstall_buildsRunsAndIsCached() {
    CommandResult first = build("npm", "");
    assertThat(first.stderr()).containsPattern("added \\d+ packages");
    assertBuiltThenCached(first, build("npm", ""), "[3/3] RUN npm install express");
    assertThat(engine.run("docker run --rm npm ls node_modules/express").stdout()).contains("package.json");
  }

  @Test
  void networkNone_cutsTheMirrorsOff_andMissesTheDefaultsCache() {
    assertThat(build("apk", "").exitCode()).isZero();
    CommandResult none = build("apk", "--network none");
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.stderr()).contains("DNS lookup error").contains("curl (no such package):")
        .contains("ERROR: failed to solve: process \"/bin/sh -c apk add curl\" did not complete successfully: exit code: 1");
  }

  @Test
  void theSandboxHasLoopbackAndAnAddressOnTheDefaultBridge() {
    assertThat(build("ip", "--no-cache").stderr()).contains("inet 127.0.0.1/8").contains("eth0    inet 172.17.0.2/16");
    assertThat(build("ip", "--no-cache --network none").stderr()).contains("inet 127.0.0.1/8").doesNotContain("eth0");
  }

  @Test
  void aNetworkModeBuildkitDoesNotKnow_isRefusedBeforeTheBuild() {
    CommandResult r = build("ip", "--network bridge");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr()).isEqualTo("ERROR: network mode \"bridge\" not supported by buildkit - you can define a"
        + " custom network for your builder using the network driver-opt in buildx create\n");
  }
}
