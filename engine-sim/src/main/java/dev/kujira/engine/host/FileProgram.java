package dev.kujira.engine.host;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.fs.Stat;
import dev.kujira.engine.process.Proc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The host's {@code file} (file 5.44, Debian 12), for the kinds the simulated file system has:
 * directories, symlinks, sockets, character devices, empty files, ASCII and UTF-8 text, shell
 * scripts and data, names padded to one column as file pads them (measured here). The simulated
 * programs stand for ELF binaries: they print the line a stripped Debian binary gives, without its
 * BuildID (which differs per build).
 */
final class FileProgram {
  private FileProgram() {
  }

  static int run(Proc p, List<String> argv) {
    boolean brief = false;
    boolean follow = false;
    List<String> names = new ArrayList<>();
    for (String a : argv.subList(1, argv.size())) {
      if (a.startsWith("-") && a.length() > 1) {
        brief |= a.contains("b");
        follow |= a.contains("L");
      } else {
        names.add(a);
      }
    }
    if (names.isEmpty()) {
      p.stderr().println("Usage: file [-bcCdEhikLlNnprsSvzZ0] [--apple] [--extension] [--mime-encoding]");
      p.stderr().println("            [--mime-type] [-e <testname>] [-F <separator>]  [-f <namefile>]");
      p.stderr().println("            [-m <magicfiles>] [-P <parameter=value>] [--exclude-quiet]");
      p.stderr().println("            <file> ...");
      p.stderr().println("       file -C [-m <magicfiles>]");
      p.stderr().println("       file [--help]");
      return 1;
    }
    int width = names.stream().mapToInt(String::length).max().orElse(0) + 1;
    for (String n : names) {
      String what = describe(p, n, follow);
      p.stdout().println(brief ? what : String.format("%-" + width + "s %s", n + ":", what));
    }
    return 0;
  }

  private static String describe(Proc p, String path, boolean follow) {
    Stat st;
    try {
      st = follow ? p.fs().stat(path) : p.fs().lstat(path);
    } catch (FsException e) {
      return "cannot open `" + path + "' (No such file or directory)";
    }
    switch (st.type()) {
      case DIRECTORY:
        return "directory";
      case SYMLINK:
        return "symbolic link to " + st.linkTarget();
      case SOCKET:
        return "socket";
      case CHAR_DEVICE:
        return "character special (" + st.linkTarget().replace(',', '/').replace(" ", "") + ")";
      default:
        break;
    }
    if (st.size() == 0) {
      return "empty";
    }
    byte[] b = p.fs().read(path);
    String text = new String(b, StandardCharsets.UTF_8);
    if (text.startsWith("#!kujira:")) {
      return "ELF 64-bit LSB pie executable, x86-64, version 1 (SYSV), dynamically linked, interpreter"
          + " /lib64/ld-linux-x86-64.so.2, for GNU/Linux 3.2.0, stripped";
    }
    boolean ascii = true;
    for (byte x : b) {
      if (x == 0 || (x < 32 && x != '\n' && x != '\t' && x != '\r' && x != 27 && x != '\f')) {
        return "data";
      }
      ascii &= x >= 0;
    }
    String kind = ascii ? "ASCII text" : "Unicode text, UTF-8 text";
    if (text.startsWith("#!/bin/sh") || text.startsWith("#! /bin/sh")) {
      return "POSIX shell script, " + kind + " executable";
    }
    if (text.startsWith("#!/bin/bash") || text.startsWith("#!/usr/bin/env bash")) {
      return "Bourne-Again shell script, " + kind + " executable";
    }
    return kind;
  }
}
