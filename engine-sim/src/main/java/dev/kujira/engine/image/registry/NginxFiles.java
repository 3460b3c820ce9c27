package dev.kujira.engine.image.registry;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The nginx image's files beyond its web root, from the nginx package and nginxinc/docker-nginx
 * (1.27.3): the configuration, and docker-entrypoint.sh with its /docker-entrypoint.d/ scripts
 * (programs of the simulator; a script a learner adds there runs as a shell script).
 */
final class NginxFiles {
  private NginxFiles() {
  }

  /** /etc/nginx/conf.d/default.conf as the nginx package ships it (before the IPv6 script). */
  static final String DEFAULT_CONF = "server {\n    listen       80;\n    server_name  localhost;\n\n"
      + "    #access_log  /var/log/nginx/host.access.log  main;\n\n    location / {\n"
      + "        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n\n"
      + "    #error_page  404              /404.html;\n\n"
      + "    # redirect server error pages to the static page /50x.html\n    #\n"
      + "    error_page   500 502 503 504  /50x.html;\n    location = /50x.html {\n"
      + "        root   /usr/share/nginx/html;\n    }\n}\n";

  /** /etc/nginx/nginx.conf as the nginx package ships it. */
  static final String NGINX_CONF = "\nuser  nginx;\nworker_processes  auto;\n\n"
      + "error_log  /var/log/nginx/error.log notice;\npid        /var/run/nginx.pid;\n\n\n"
      + "events {\n    worker_connections  1024;\n}\n\n\nhttp {\n"
      + "    include       /etc/nginx/mime.types;\n    default_type  application/octet-stream;\n\n"
      + "    log_format  main  '$remote_addr - $remote_user [$time_local] \"$request\" '\n"
      + "                      '$status $body_bytes_sent \"$http_referer\" '\n"
      + "                      '\"$http_user_agent\" \"$http_x_forwarded_for\"';\n\n"
      + "    access_log  /var/log/nginx/access.log  main;\n\n    sendfile        on;\n    #tcp_nopush     on;\n\n"
      + "    keepalive_timeout  65;\n\n    #gzip  on;\n\n    include /etc/nginx/conf.d/*.conf;\n}\n";

  /** Returns the nginx image's files beyond the web root: the configuration and the entrypoint's scripts. */
  static Map<String, String> files(Map<String, String> pages) {
    Map<String, String> m = new LinkedHashMap<>(pages);
    m.putAll(Map.of("/usr/sbin/nginx", "#!kujira:nginx\n", "/docker-entrypoint.sh", "#!kujira:nginx-entrypoint\n",
        "/etc/nginx/nginx.conf", NGINX_CONF, "/etc/nginx/conf.d/default.conf", DEFAULT_CONF,
        "/etc/nginx/mime.types", "\ntypes {\n    text/html                                        html htm shtml;\n"
            + "    text/css                                         css;\n    application/javascript                           js;\n}\n",
        "/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh", "#!kujira:nginx-listen-ipv6\n",
        "/docker-entrypoint.d/15-local-resolvers.envsh", "#!kujira:nginx-entrypoint-quiet\n",
        "/docker-entrypoint.d/20-envsubst-on-templates.sh", "#!kujira:nginx-entrypoint-quiet\n",
        "/docker-entrypoint.d/30-tune-worker-processes.sh", "#!kujira:nginx-entrypoint-quiet\n"));
    return m;
  }
}
