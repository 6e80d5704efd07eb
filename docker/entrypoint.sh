#!/bin/sh
# Starts Wilayah on Payara Micro against an external MariaDB given by WILAYAH_DB_URL / _USER / _PASSWORD.
# Used as the container entrypoint; runs the same way outside a container (tests do), given the two files below.
set -eu
app_dir=${WILAYAH_APP_DIR:-$(dirname "$0")}
home=${WILAYAH_HOME:?set WILAYAH_HOME to a writable directory}
: "${WILAYAH_DB_URL:?set WILAYAH_DB_URL, e.g. jdbc:mariadb://db:3306/wilayah}"
mkdir -p "$home"

# Payara Micro's data grid is switched off: one node needs no cluster, and it would listen on all interfaces.
# Request line and headers may take 16 KiB, so an oversized query value reaches the application and gets its 400
# problem instead of the bare container error.
# HTTP listens on every interface (what a container needs) unless WILAYAH_BIND_ADDRESS names one.
preboot="$home/preboot.txt"
cat > "$preboot" <<PREBOOT
set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.compression=on
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.compressable-mime-type=application/json,application/problem+json,text/csv,text/html,text/css,application/javascript
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.header-buffer-length-bytes=16384
PREBOOT
if [ -n "${WILAYAH_BIND_ADDRESS:-}" ]; then
  echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=$WILAYAH_BIND_ADDRESS" >> "$preboot"
fi

# Payara's embedded H2 (the batch job repository) listens for other processes; keep it on loopback.
exec java ${JAVA_OPTS:--Xms256m -Xmx768m -XX:+UseSerialGC} -Dh2.bindAddress=127.0.0.1 \
    -jar "$app_dir/payara-micro.jar" \
    --nocluster \
    --port "${WILAYAH_HTTP_PORT:-8080}" \
    --prebootcommandfile "$preboot" \
    --rootdir "$home/payara" \
    --deploy "$app_dir/wilayah.war" \
    --contextroot /
