package dev.kujira.engine.process.packages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in catalogs: the packages lessons and the study notes install, with versions current
 * for Alpine 3.20, Debian 12, Ubuntu 24.04, PyPI and npm at the end of 2024. Anything else is
 * "not found", as a real registry would say of a misspelled name.
 */
final class Catalogs {
  static final Map<String, Pkg> APK = new LinkedHashMap<>();
  static final Map<String, Pkg> APT = new LinkedHashMap<>();
  static final Map<String, Pkg> PIP = new LinkedHashMap<>();
  static final Map<String, Pkg> NPM = new LinkedHashMap<>();

  private Catalogs() {
  }

  private static void apk(String name, String version, int kb, List<String> deps, String... files) {
    APK.put(name, Pkg.of(name, version, kb, deps, files));
  }

  private static void apt(String name, String version, int kb, List<String> deps, String... files) {
    APT.put(name, Pkg.of(name, version, kb, deps, files));
  }

  private static void pip(String name, String version, int kb, List<String> deps, String... files) {
    PIP.put(name.toLowerCase(), Pkg.of(name, version, kb, deps, files));
  }

  private static void npm(String name, String version, List<String> deps) {
    NPM.put(name, Pkg.of(name, version, 0, deps));
  }

  static {
    List<String> none = List.of();
    apk("ca-certificates", "20240705-r0", 607, none);
    apk("brotli-libs", "1.1.0-r2", 330, none);
    apk("c-ares", "1.34.3-r0", 90, none);
    apk("libunistring", "1.2-r0", 1516, none);
    apk("libidn2", "2.3.7-r0", 122, List.of("libunistring"));
    apk("nghttp2-libs", "1.62.1-r0", 69, none);
    apk("libpsl", "0.21.5-r1", 57, List.of("libidn2"));
    apk("zstd-libs", "1.5.6-r0", 248, none);
    apk("libcurl", "8.11.0-r2", 469, List.of("ca-certificates", "brotli-libs", "c-ares", "libidn2", "nghttp2-libs",
        "libpsl", "zstd-libs"));
    apk("curl", "8.11.0-r2", 254, List.of("libcurl"), "/usr/bin/curl", Pkg.exe("curl"));
    apk("ncurses-terminfo-base", "6.4_p20240420-r2", 22, none);
    apk("libncursesw", "6.4_p20240420-r2", 149, List.of("ncurses-terminfo-base"));
    apk("readline", "8.2.10-r0", 116, List.of("libncursesw"));
    apk("bash", "5.2.26-r0", 463, List.of("readline"), "/bin/bash", Pkg.exe("bash"));
    apk("pcre2", "10.43-r0", 301, none);
    apk("libexpat", "2.6.4-r0", 78, none);
    apk("git", "2.45.2-r0", 4630, List.of("libcurl", "pcre2", "libexpat"), "/usr/bin/git", Pkg.exe("git"));
    apk("vim", "9.1.0414-r0", 1716, List.of("libncursesw"), "/usr/bin/vim", Pkg.exe("vim"));
    apk("nano", "8.0-r0", 292, List.of("libncursesw"), "/bin/nano", Pkg.exe("nano"));
    apk("jq", "1.7.1-r0", 156, none, "/usr/bin/jq", Pkg.exe("jq"));
    apk("tree", "2.1.1-r0", 26, none, "/usr/bin/tree", Pkg.exe("tree"));
    apk("wget", "1.24.5-r0", 179, List.of("libidn2"), "/usr/bin/wget", Pkg.exe("wget"));
    apk("tzdata", "2024b-r0", 436, none);
    apk("python3", "3.12.7-r0", 13680, List.of("libexpat", "readline"), "/usr/bin/python3",
        Pkg.exe("python3") + "version=3.12.7\n");
    apk("nodejs", "20.15.1-r0", 15744, List.of("ca-certificates", "c-ares", "brotli-libs"), "/usr/bin/node",
        Pkg.exe("node") + "version=20.15.1\n");
    apk("npm", "10.9.1-r0", 2816, List.of("nodejs"), "/usr/bin/npm", Pkg.exe("npm"),
        "/usr/lib/node_modules/npm/package.json", "{\n  \"name\": \"npm\",\n  \"version\": \"10.9.1\"\n}\n");
    apk("htop", "3.3.0-r0", 157, List.of("libncursesw"), "/usr/bin/htop", Pkg.exe("htop"));

    apt("ca-certificates", "20230311", 153, none);
    apt("openssl", "3.0.15-1~deb12u1", 1413, none);
    apt("libbrotli1", "1.0.9-2+b6", 269, none);
    apt("libnghttp2-14", "1.52.0-1+deb12u2", 72, none);
    apt("libpsl5", "0.21.2-1", 58, none);
    apt("libssh2-1", "1.10.0-3+b1", 179, none);
    apt("librtmp1", "2.4+20151223.gitfa8646d.1-2+b2", 60, none);
    apt("libcurl4", "7.88.1-10+deb12u8", 391, List.of("libbrotli1", "libnghttp2-14", "libpsl5", "libssh2-1",
        "librtmp1"));
    apt("curl", "7.88.1-10+deb12u8", 315, List.of("ca-certificates", "openssl", "libcurl4"), "/usr/bin/curl",
        Pkg.exe("curl"));
    apt("wget", "1.21.3-1+b2", 984, List.of("ca-certificates", "libpsl5"), "/usr/bin/wget", Pkg.exe("wget"));
    apt("vim-common", "2:9.0.1378-2", 125, none);
    apt("vim-runtime", "2:9.0.1378-2", 7025, none);
    apt("vim", "2:9.0.1378-2", 1567, List.of("vim-common", "vim-runtime"), "/usr/bin/vim", Pkg.exe("vim"));
    apt("nano", "7.2-1+deb12u1", 690, none, "/usr/bin/nano", Pkg.exe("nano"));
    apt("git-man", "1:2.39.5-0+deb12u1", 2053, none);
    apt("git", "1:2.39.5-0+deb12u1", 7264, List.of("git-man", "libcurl4", "ca-certificates"), "/usr/bin/git",
        Pkg.exe("git"));
    apt("iputils-ping", "3:20221126-1+deb12u1", 47, none, "/usr/bin/ping", Pkg.exe("ping"));
    apt("net-tools", "2.10-0.1", 243, none, "/usr/sbin/ifconfig", Pkg.exe("ifconfig"), "/usr/bin/netstat",
        Pkg.exe("netstat"));
    apt("iproute2", "6.1.0-3", 1045, none, "/usr/bin/ip", Pkg.exe("ip"), "/usr/bin/ss", Pkg.exe("ss"));
    apt("procps", "2:4.0.2-3", 709, none, "/usr/bin/ps", Pkg.exe("ps"), "/usr/bin/top", Pkg.exe("top"),
        "/usr/bin/free", Pkg.exe("free"));
    apt("less", "590-2.1~deb12u2", 132, none, "/usr/bin/less", Pkg.exe("less"));
    apt("jq", "1.6-2.1", 135, none, "/usr/bin/jq", Pkg.exe("jq"));
    apt("tree", "2.1.0-1", 54, none, "/usr/bin/tree", Pkg.exe("tree"));
    apt("python3", "3.11.2-1+b1", 26, none, "/usr/bin/python3", Pkg.exe("python3") + "version=3.11.2\n");
    apt("python3-pip", "23.0.1+dfsg-1", 1325, List.of("python3"), "/usr/bin/pip3", Pkg.exe("pip"));
    apt("netcat-openbsd", "1.219-1", 41, none, "/usr/bin/nc", Pkg.exe("nc"));
    apt("dnsutils", "1:9.18.28-1~deb12u2", 714, none, "/usr/bin/nslookup", Pkg.exe("nslookup"), "/usr/bin/dig",
        Pkg.exe("dig"));
    apt("default-mysql-client", "1.1.0", 3, none, "/usr/bin/mysql", Pkg.exe("mysql"));
    apt("nginx", "1.22.1-9", 527, none, "/usr/sbin/nginx", Pkg.exe("nginx"));
    apt("apache2", "2.4.62-1~deb12u2", 221, none, "/usr/sbin/apache2", Pkg.exe("httpd"));

    pip("MarkupSafe", "3.0.2", 20, none);
    pip("itsdangerous", "2.2.0", 16, none);
    pip("click", "8.1.7", 97, none);
    pip("blinker", "1.9.0", 8, none);
    pip("Werkzeug", "3.1.3", 224, List.of("MarkupSafe"));
    pip("Jinja2", "3.1.4", 133, List.of("MarkupSafe"));
    pip("flask", "3.1.0", 102, List.of("Werkzeug", "Jinja2", "itsdangerous", "click", "blinker"),
        "/usr/local/bin/flask", Pkg.exe("flask"));
    pip("charset-normalizer", "3.4.0", 142, none);
    pip("idna", "3.10", 70, none);
    pip("urllib3", "2.2.3", 126, none);
    pip("certifi", "2024.8.30", 167, none);
    pip("requests", "2.32.3", 64, List.of("charset-normalizer", "idna", "urllib3", "certifi"));
    pip("asgiref", "3.8.1", 23, none);
    pip("sqlparse", "0.5.2", 44, none);
    pip("django", "5.1.4", 8277, List.of("asgiref", "sqlparse"), "/usr/local/bin/django-admin",
        Pkg.exe("django-admin"));
    pip("numpy", "2.2.0", 16052, none);
    pip("six", "1.17.0", 11, none);
    pip("python-dateutil", "2.9.0.post0", 229, List.of("six"));
    pip("pytz", "2024.2", 508, none);
    pip("tzdata", "2024.2", 346, none);
    pip("pandas", "2.2.3", 12716, List.of("numpy", "python-dateutil", "pytz", "tzdata"));
    pip("redis", "5.2.1", 261, none);
    pip("packaging", "24.2", 65, none);
    pip("gunicorn", "23.0.0", 85, List.of("packaging"), "/usr/local/bin/gunicorn", Pkg.exe("gunicorn"));
    pip("h11", "0.14.0", 58, none);
    pip("uvicorn", "0.32.1", 63, List.of("click", "h11"), "/usr/local/bin/uvicorn", Pkg.exe("uvicorn"));
    pip("mysql-connector-python", "9.1.0", 34192, none);
    pip("psycopg2-binary", "2.9.10", 3014, none);
    pip("pymysql", "1.1.1", 44, none);

    for (String leaf : List.of("accepts", "array-flatten", "body-parser", "content-disposition", "content-type",
        "cookie", "cookie-signature", "debug", "depd", "encodeurl", "escape-html", "etag", "finalhandler", "fresh",
        "http-errors", "merge-descriptors", "methods", "on-finished", "parseurl", "path-to-regexp", "proxy-addr",
        "qs", "range-parser", "safe-buffer", "send", "serve-static", "setprototypeof", "statuses", "type-is",
        "utils-merge", "vary", "bytes", "call-bind", "destroy", "ee-first", "es-define-property", "es-errors",
        "forwarded", "function-bind", "get-intrinsic", "gopd", "has-property-descriptors", "has-proto",
        "has-symbols", "hasown", "iconv-lite", "inherits", "ipaddr.js", "media-typer", "mime", "mime-db",
        "mime-types", "ms", "negotiator", "object-inspect", "raw-body", "safer-buffer", "set-function-length",
        "side-channel", "toidentifier", "unpipe", "define-data-property", "es-object-atoms")) {
      npm(leaf, "1.0.0", none);
    }
    List<String> expressDeps = new ArrayList<>(NPM.keySet());
    npm("express", "4.21.2", expressDeps);
    npm("lodash", "4.17.21", none);
    npm("dotenv", "16.4.7", none);
    npm("object-assign", "4.1.1", none);
    npm("cors", "2.8.5", List.of("object-assign", "vary"));
    npm("js-tokens", "4.0.0", none);
    npm("loose-envify", "1.4.0", List.of("js-tokens"));
    npm("react", "18.3.1", List.of("loose-envify"));
    npm("follow-redirects", "1.15.9", none);
    npm("form-data", "4.0.1", List.of("mime-types"));
    npm("proxy-from-env", "1.1.0", none);
    npm("axios", "1.7.9", List.of("follow-redirects", "form-data", "proxy-from-env"));
    npm("gulp", "3.9.1", List.of("vary", "debug", "ms"));
    npm("gulp-load-plugins", "2.0.8", List.of("debug"));
    npm("nodemon", "3.1.9", List.of("debug", "ms"));
    npm("mysql2", "3.11.5", List.of("iconv-lite", "safer-buffer"));
    npm("redis", "4.7.0", none);
    npm("pg", "8.13.1", none);
  }

  /** Returns {@code roots} and everything they pull in, dependencies first, each once. */
  static List<Pkg> closure(Map<String, Pkg> catalog, List<String> roots) {
    Set<String> seen = new LinkedHashSet<>();
    for (String r : roots) {
      visit(catalog, catalog.get(r).name(), seen);
    }
    List<Pkg> out = new ArrayList<>();
    for (String n : seen) {
      out.add(catalog.get(key(catalog, n)));
    }
    return out;
  }

  private static void visit(Map<String, Pkg> catalog, String name, Set<String> seen) {
    if (seen.contains(name)) {
      return;
    }
    Pkg p = catalog.get(key(catalog, name));
    for (String d : p.deps()) {
      visit(catalog, d, seen);
    }
    seen.add(p.name());
  }

  private static String key(Map<String, Pkg> catalog, String name) {
    return catalog == PIP ? name.toLowerCase() : name;
  }
}
