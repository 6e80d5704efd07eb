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
set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=8
set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=64
PREBOOT
if [ -n "${WILAYAH_BIND_ADDRESS:-}" ]; then
  echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=$WILAYAH_BIND_ADDRESS" >> "$preboot"
fi

# JVM settings of the product (the run command and the benchmark use the same, see LocalWilayah):
# - Heap: -Xms768m -Xmx768m. The read model of the national dataset takes about 17 MB and a swap briefly holds two;
#   Payara itself keeps about 150 MB live; an import streams its rows in batches. 768 MB leaves room for both with a
#   young generation large enough that request garbage dies young. A fixed size means no resizing pauses and the
#   container's memory need is known from the start (add about 250 MB for metaspace, code cache and threads).
# - GC: ParallelGC. The read path allocates short-lived response objects over a small, stable old generation, so
#   young collections are short (a few ms); on 2 cores G1's concurrent threads and write barriers cost throughput
#   that ParallelGC keeps, and SerialGC collects on one core only.
# - JIT: full tiered compilation (C2). C1 alone caps the read path at about a quarter of the C2 throughput measured
#   after warm-up (the read-path benchmark's floor: 2,251 req/s with C1 against about 9,800 with C2). C2 roughly
#   doubles the CPU time spent while booting, which the run command wins back with class-data sharing.
# - HTTP threads (pre-boot above): 8 to 64 instead of Payara's 2 to 200. Reads are answered from memory in well
#   under a millisecond, so on 2 cores more runnable threads only add context switches; 64 still leaves threads
#   for slow clients streaming the 83k-village list and for the few requests that wait on the database.
# Payara's embedded H2 (the batch job repository) listens for other processes; keep it on loopback.
exec java ${JAVA_OPTS:--Xms768m -Xmx768m -XX:+UseParallelGC} -Dh2.bindAddress=127.0.0.1 \
    -jar "$app_dir/payara-micro.jar" \
    --nocluster \
    --port "${WILAYAH_HTTP_PORT:-8080}" \
    --prebootcommandfile "$preboot" \
    --rootdir "$home/payara" \
    --deploy "$app_dir/wilayah.war" \
    --contextroot /
