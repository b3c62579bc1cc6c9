# Sourced by bench.sh and load.sh: nginx serving the app's exact response bytes, for comparison.
#   mirror_pages APP_BASE WWW PATH...   saves each page plain and gzip (PATH.gz) under WWW
#   start_nginx WORK PORT WWW CSP       nginx on 127.0.0.1:PORT from its own config file under WORK,
#                                       gzip_static and the app's security headers; stop_nginx WORK
#   check_mirror APP_BASE NGINX_BASE WORK PATH...   fails unless nginx answers the app's bytes

page_file() { local f=${1#/}; echo "${f:-index.html}"; }

mirror_pages() {
  local base=$1 www=$2 page file
  shift 2
  for page in "$@"; do
    file=$www/$(page_file "$page")
    mkdir -p "$(dirname "$file")"
    curl -sf -o "$file" "$base$page"
    curl -sf -H 'Accept-Encoding: gzip' -o "$file.gz" "$base$page"
  done
  chmod a+x "$(dirname "$www")"
  chmod -R a+rX "$www"
}

start_nginx() {
  local work=$1 port=$2 www=$3 csp=$4
  cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 2048; }
http {
  include /etc/nginx/mime.types;
  default_type text/html;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  gzip_static on;
  client_body_temp_path $work/nginx-body;
  proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-fastcgi;
  uwsgi_temp_path $work/nginx-uwsgi;
  scgi_temp_path $work/nginx-scgi;
  server {
    listen 127.0.0.1:$port;
    root $www;
    index index.html;
    add_header Content-Security-Policy "$csp";
    add_header X-Content-Type-Options nosniff;
    add_header Referrer-Policy strict-origin-when-cross-origin;
    add_header X-Frame-Options DENY;
    add_header Permissions-Policy "camera=(), microphone=(), geolocation=()";
    add_header Cache-Control "public, no-cache";
    add_header Vary Accept-Encoding;
  }
}
CONF
  nginx -c "$work/nginx.conf" -p "$work" -e "$work/nginx-error.log"
  sleep 0.3
}

stop_nginx() {
  [[ -f $1/nginx.pid ]] && nginx -c "$1/nginx.conf" -p "$1" -e "$1/nginx-error.log" -s stop 2>/dev/null || true
}

check_mirror() {
  local app=$1 ngx=$2 work=$3 page enc
  shift 3
  for page in "$@"; do
    for enc in identity gzip; do
      curl -sf -H "Accept-Encoding: $enc" -o "$work/a" "$app$page"
      curl -sf -H "Accept-Encoding: $enc" -o "$work/n" "$ngx$page"
      cmp -s "$work/a" "$work/n" || { echo "nginx does not serve the app's bytes for $page ($enc)" >&2; return 1; }
    done
  done
}

app_csp() {
  curl -sI "$1/" | awk -F': ' 'tolower($1) == "content-security-policy" { sub(/\r$/, "", $2); print $2 }'
}

# wrk_mix BASE CONNECTIONS SECONDS PATHS_FILE OUT: wrk cycling through the paths (scripts/load-mixed.lua),
# 2 threads, requests over 2 s counted as timeouts; OUT gets lines such as "P99_MS 12.3" (read with mix_value)
wrk_mix() {
  LOAD_PATHS=$4 wrk -t2 -c"$2" -d"$3s" --timeout 2s --latency -s "$(dirname "${BASH_SOURCE[0]}")/load-mixed.lua" "$1" >"$5"
}

mix_value() { grep "^$2 " "$1" | awk '{print $2}'; }
