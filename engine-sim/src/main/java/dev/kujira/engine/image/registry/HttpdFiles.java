package dev.kujira.engine.image.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The httpd image (docker-library/httpd 2.4/Dockerfile at 3056c11, 2024-07-17: 2.4.62 on
 * debian:bookworm-slim, unchanged to the catalogue's snapshot): its history, step by step, and
 * the tree `make install` leaves under /usr/local/apache2 (bin build cgi-bin conf error htdocs
 * icons include logs modules; `rm -r src man manual` removed the rest). Where contents do not
 * matter to a learner the files are short stand-ins; httpd.conf is the installed one abridged
 * to its directives (comments left out) after the Dockerfile's sed: logs to /proc/self/fd/1 and
 * 2, User and Group www-data.
 */
final class HttpdFiles {
  static final String PREFIX = "/usr/local/apache2";
  /** The ENV lines, in Dockerfile order (HTTPD_PATCHES is set empty: no patches for 2.4.62). */
  static final List<String> ENV = List.of("HTTPD_PREFIX=" + PREFIX, "PATH=" + PREFIX
      + "/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HTTPD_VERSION=2.4.62",
      "HTTPD_SHA256=674188e7bf44ced82da8db522da946849e22080d73d16c93f7f4df89e25729ec", "HTTPD_PATCHES=");
  /** The modules httpd.conf loads as installed (the rest are built, "reallyall", and commented out). */
  static final List<String> LOADED = List.of("mpm_event", "authn_file", "authn_core", "authz_host", "authz_groupfile",
      "authz_user", "authz_core", "access_compat", "auth_basic", "reqtimeout", "filter", "mime", "log_config", "env",
      "headers", "setenvif", "version", "unixd", "status", "autoindex", "dir", "alias");
  /** The other modules `--enable-mods-shared=reallyall --enable-mpms-shared=all` builds (the usual ones). */
  static final List<String> BUILT = List.of("mpm_prefork", "mpm_worker", "authn_dbm", "authn_anon", "authn_dbd",
      "authn_socache", "authz_dbm", "authz_owner", "authz_dbd", "authnz_ldap", "authnz_fcgi", "auth_form",
      "auth_digest", "allowmethods", "file_cache", "cache", "cache_disk", "cache_socache", "socache_shmcb",
      "socache_dbm", "socache_memcache", "socache_redis", "watchdog", "macro", "dbd", "dumpio", "echo", "buffer",
      "data", "ratelimit", "ext_filter", "request", "include", "reflector", "substitute", "sed", "charset_lite",
      "deflate", "xml2enc", "proxy_html", "brotli", "ldap", "log_debug", "log_forensic", "logio", "lua", "mime_magic",
      "cern_meta", "expires", "ident", "usertrack", "unique_id", "remoteip", "proxy", "proxy_connect", "proxy_ftp",
      "proxy_http", "proxy_fcgi", "proxy_scgi", "proxy_uwsgi", "proxy_fdpass", "proxy_wstunnel", "proxy_ajp",
      "proxy_balancer", "proxy_express", "proxy_hcheck", "session", "session_cookie", "session_crypto", "session_dbd",
      "slotmem_shm", "slotmem_plain", "ssl", "dialup", "http2", "proxy_http2", "md", "lbmethod_byrequests",
      "lbmethod_bytraffic", "lbmethod_bybusyness", "lbmethod_heartbeat", "heartbeat", "heartmonitor", "dav", "asis",
      "info", "suexec", "cgid", "cgi", "dav_fs", "dav_lock", "vhost_alias", "negotiation", "imagemap", "actions",
      "speling", "userdir", "rewrite");

  private HttpdFiles() {
  }

  /** Returns the history: bookworm-slim's entries, then each Dockerfile step (three RUNs, one COPY). */
  static List<String> history() {
    List<String> runs = RunLines.read("httpd-2.4.62.run");
    List<String> h = new ArrayList<>(Variants.BOOKWORM);
    h.add("ENV " + ENV.get(0));
    h.add("ENV " + ENV.get(1));
    h.add(runs.get(0));
    h.add("WORKDIR " + PREFIX);
    h.add(runs.get(1));
    ENV.subList(2, 5).forEach(e -> h.add("ENV " + e));
    h.add(runs.get(2));
    h.addAll(List.of("STOPSIGNAL SIGWINCH", "COPY httpd-foreground /usr/local/bin/ # buildkit", "EXPOSE map[80/tcp:{}]",
        "CMD [\"httpd-foreground\"]"));
    return h;
  }

  /** Returns the image's files: path → content, "PATH/" → "MODE UID:GID" for a directory (see Catalog#put). */
  static Map<String, String> files() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("/usr/local/bin/httpd-foreground", "#!kujira:httpd\n");
    // mkdir -p "$HTTPD_PREFIX" && chown www-data:www-data "$HTTPD_PREFIX"
    m.put(PREFIX + "/", "0755 33:33");
    m.put(PREFIX + "/bin/httpd", "#!kujira:httpd\n");
    m.put(PREFIX + "/bin/envvars", "# envvars-std - default environment variables for apachectl\n");
    m.put(PREFIX + "/bin/envvars-std", "# envvars-std - default environment variables for apachectl\n");
    for (String f : List.of("config_vars.mk", "rules.mk", "special.mk", "instdso.sh", "mkdir.sh", "libtool")) {
      m.put(PREFIX + "/build/" + f, "# installed by httpd's make install for apxs\n");
    }
    for (String f : List.of("printenv", "printenv.vbs", "printenv.wsf", "test-cgi")) {
      m.put(PREFIX + "/cgi-bin/" + f, "# example CGI script (not executable as installed)\n");
    }
    m.put(PREFIX + "/conf/httpd.conf", httpdConf());
    m.put(PREFIX + "/conf/original/httpd.conf", httpdConf());
    m.put(PREFIX + "/conf/mime.types", "# This file maps Internet media types to unique file extension(s).\n"
        + "text/css\t\t\t\t\tcss\ntext/html\t\t\t\t\thtml htm\ntext/plain\t\t\t\t\ttxt text conf def list log in\n");
    m.put(PREFIX + "/conf/magic", "# Magic data for mod_mime_magic Apache module\n");
    for (String f : List.of("httpd-autoindex", "httpd-dav", "httpd-default", "httpd-info", "httpd-languages",
        "httpd-manual", "httpd-mpm", "httpd-multilang-errordoc", "httpd-ssl", "httpd-userdir", "httpd-vhosts",
        "proxy-html")) {
      m.put(PREFIX + "/conf/extra/" + f + ".conf", "# " + f + ".conf: an example configuration httpd.conf can Include\n");
      m.put(PREFIX + "/conf/original/extra/" + f + ".conf", "# " + f + ".conf as installed\n");
    }
    for (String code : List.of("BAD_REQUEST", "FORBIDDEN", "NOT_FOUND", "INTERNAL_SERVER_ERROR", "SERVICE_UNAVAILABLE")) {
      m.put(PREFIX + "/error/HTTP_" + code + ".html.var", "Content-language: en\nContent-type: text/html; charset=UTF-8\n");
    }
    m.put(PREFIX + "/error/README", "These are default error documents, used by httpd-multilang-errordoc.conf.\n");
    m.put(PREFIX + "/error/include/top.html", "<!DOCTYPE html>\n");
    m.put(PREFIX + "/error/include/bottom.html", "</html>\n");
    m.put(PREFIX + "/htdocs/index.html", "<html><body><h1>It works!</h1></body></html>\n");
    for (String f : List.of("README", "apache_pb.gif", "apache_pb.png", "apache_pb.svg", "folder.gif", "text.gif")) {
      m.put(PREFIX + "/icons/" + f, "GIF89a\n");
    }
    for (String f : List.of("ap_config.h", "ap_mmn.h", "apr.h", "apu.h", "http_config.h", "http_core.h", "httpd.h")) {
      m.put(PREFIX + "/include/" + f, "/* " + f + " */\n");
    }
    m.put(PREFIX + "/logs/", "0755 0:0");
    List<String> modules = new ArrayList<>(LOADED);
    modules.addAll(BUILT);
    for (String mod : modules) {
      m.put(PREFIX + "/modules/mod_" + mod + ".so", "\u007fELF\n");
    }
    m.put(PREFIX + "/modules/httpd.exp", "*:\n");
    return m;
  }

  /** Returns conf/httpd.conf: the directives of the installed file, in its order. */
  static String httpdConf() {
    StringBuilder sb = new StringBuilder("#\n# This is the main Apache HTTP server configuration file.\n#\n");
    sb.append("ServerRoot \"").append(PREFIX).append("\"\n\nListen 80\n\n");
    for (String mod : LOADED) {
      sb.append("LoadModule ").append(mod).append("_module modules/mod_").append(mod).append(".so\n");
    }
    for (String mod : BUILT) {
      sb.append("#LoadModule ").append(mod).append("_module modules/mod_").append(mod).append(".so\n");
    }
    return sb.append("\n<IfModule unixd_module>\nUser www-data\nGroup www-data\n</IfModule>\n\n")
        .append("ServerAdmin you@example.com\n\n<Directory />\n    AllowOverride none\n    Require all denied\n")
        .append("</Directory>\n\nDocumentRoot \"").append(PREFIX).append("/htdocs\"\n<Directory \"").append(PREFIX)
        .append("/htdocs\">\n    Options Indexes FollowSymLinks\n    AllowOverride None\n    Require all granted\n")
        .append("</Directory>\n\n<IfModule dir_module>\n    DirectoryIndex index.html\n</IfModule>\n\n")
        .append("<Files \".ht*\">\n    Require all denied\n</Files>\n\nErrorLog /proc/self/fd/2\n\nLogLevel warn\n\n")
        .append("<IfModule log_config_module>\n")
        .append("    LogFormat \"%h %l %u %t \\\"%r\\\" %>s %b \\\"%{Referer}i\\\" \\\"%{User-Agent}i\\\"\" combined\n")
        .append("    LogFormat \"%h %l %u %t \\\"%r\\\" %>s %b\" common\n    CustomLog /proc/self/fd/1 common\n")
        .append("</IfModule>\n\n<IfModule alias_module>\n    ScriptAlias /cgi-bin/ \"").append(PREFIX)
        .append("/cgi-bin/\"\n</IfModule>\n\n<Directory \"").append(PREFIX).append("/cgi-bin\">\n")
        .append("    AllowOverride None\n    Options None\n    Require all granted\n</Directory>\n\n")
        .append("<IfModule headers_module>\n    RequestHeader unset Proxy early\n</IfModule>\n\n")
        .append("<IfModule mime_module>\n    TypesConfig conf/mime.types\n    AddType application/x-compress .Z\n")
        .append("    AddType application/x-gzip .gz .tgz\n</IfModule>\n\n")
        .append("<IfModule proxy_html_module>\nInclude conf/extra/proxy-html.conf\n</IfModule>\n\n")
        .append("<IfModule ssl_module>\nSSLRandomSeed startup builtin\nSSLRandomSeed connect builtin\n</IfModule>\n")
        .toString();
  }
}
