#!/bin/sh
# Starts Wilayah on Payara Micro against an external MariaDB given by WILAYAH_DB_URL / _USER / _PASSWORD.
# Used as the container entrypoint; runs the same way outside a container (tests do), given the two files below.
set -eu
app_dir=${WILAYAH_APP_DIR:-$(dirname "$0")}
home=${WILAYAH_HOME:?set WILAYAH_HOME to a writable directory}
: "${WILAYAH_DB_URL:?set WILAYAH_DB_URL, e.g. jdbc:mariadb://db:3306/wilayah}"
mkdir -p "$home"

# WILAYAH_LOG_FORMAT=json: one JSON object per line on the console (Payara's JSON log formatter, and this script's
# own messages in the same shape), for log shippers; text (the default) is Payara's readable format.
case ${WILAYAH_LOG_FORMAT:-text} in
  text) log_json= ;;
  json) log_json=1 ;;
  *) echo "WILAYAH_LOG_FORMAT must be text or json, not '$WILAYAH_LOG_FORMAT'" >&2; exit 2 ;;
esac
say() {
  if [ -n "$log_json" ]; then
    printf '{"Level":"INFO","LoggerName":"wilayah.entrypoint","LogMessage":"%s"}\n' \
      "$(printf '%s' "$1" | sed 's/[\\"]/\\&/g')"
  else
    echo "$1"
  fi
}

# A node keeps its identity across restarts (host name and HTTP port, unless WILAYAH_CLUSTER_NODE_ID names it), so
# after a crash it fails its own interrupted imports at once and never those of another live node.
WILAYAH_CLUSTER_NODE_ID=${WILAYAH_CLUSTER_NODE_ID:-$(uname -n)-${WILAYAH_HTTP_PORT:-8080}}
export WILAYAH_CLUSTER_NODE_ID

# Payara Micro's data grid is switched off: one node needs no cluster, and it would listen on all interfaces.
# Payara's HTTP compression stays off: with it on, Payara also inflates gzip request bodies before the application
# can refuse them, unbounded; the application gzips its responses itself (ResponseCompression).
# Request line and headers may take 16 KiB, so an oversized query value reaches the application and gets its 400
# problem instead of the bare container error.
# Responses do not name the server software or its version (no Server, no X-Powered-By).
# HTTP listens on every interface (what a container needs) unless WILAYAH_BIND_ADDRESS names one.
# The batch job repository (Payara's H2) stays out of the application's transactions, so an import chunk commits in
# one phase on MariaDB alone (see LocalTransactionDataSource).
preboot="$home/preboot.txt"
cat > "$preboot" <<PREBOOT
set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.compression=off
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.header-buffer-length-bytes=16384
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.server-header=false
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.xpowered-by=false
set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=${WILAYAH_HTTP_MIN_THREADS:-8}
set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=${WILAYAH_HTTP_MAX_THREADS:-64}
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.max-connections=${WILAYAH_HTTP_KEEPALIVE_REQUESTS:-10000}
set resources.jdbc-connection-pool.H2Pool.non-transactional-connections=true
PREBOOT
if [ -n "${WILAYAH_BIND_ADDRESS:-}" ]; then
  echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=$WILAYAH_BIND_ADDRESS" >> "$preboot"
fi

# JVM settings of the product (the run command and the benchmarks start the server through this script): a fixed
# heap with room for two editions' read models and geography during an activation, ParallelGC, full tiered compilation, and an HTTP
# pool of 8 to 64 threads (pre-boot above). Why each, with the measurements: docker/README.md#jvm-settings and
# wilayah-api/benchmarks/jvm-settings.md.
java_opts=${JAVA_OPTS:--Xms1g -Xmx1g -XX:+UseParallelGC}

# Payara's root directory lives in the home (a volume) and is kept between starts: an unpacked runtime with a
# launcher jar (no nested-jar unpacking per boot), the deployed application (booted as it is: deploying the WAR into a
# kept directory again would load it twice) and a dynamic class-data-sharing archive written when the first run exits
# and mapped by later runs. All of it belongs to one WAR, Payara jar, JVM, options and pre-boot configuration (pre-boot
# settings are stored in the directory's domain.xml): when any of them changes, it starts over.
root="$home/payara"
# Hashing the WAR and the Payara jar (110 MB) is a visible part of a start: the hashes are kept with the files' size,
# inode and modification time (to the nanosecond), and computed again only when one of those changes.
file_hashes="$home/file-hashes"
files_seen=$(stat -L -c '%n %s %i %y' "$app_dir/wilayah.war" "$app_dir/payara-micro.jar")
if [ "$(head -n 2 "$file_hashes" 2>/dev/null)" != "$files_seen" ]; then
  { echo "$files_seen"; sha256sum "$app_dir/wilayah.war" "$app_dir/payara-micro.jar" | cut -d' ' -f1; } > "$file_hashes"
fi
fingerprint=$( { tail -n +3 "$file_hashes"
                 java -version 2>&1
                 echo "$java_opts port=${WILAYAH_HTTP_PORT:-8080}"
                 cat "$preboot"; } | sha256sum | cut -d' ' -f1)
stamp="$root/wilayah-fingerprint.sha256"
if [ ! -f "$root/launch-micro.jar" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$fingerprint" ]; then
  say "Preparing Payara's root directory $root (first start of this image and configuration)"
  rm -rf "$root"
  mkdir -p "$root"
  java -jar "$app_dir/payara-micro.jar" --rootdir "$root" --outputlauncher > "$root/outputlauncher.log" 2>&1
  echo "$fingerprint" > "$stamp"
fi
# Deployed means registered in the directory's domain.xml, which Payara does only once the deployment succeeded: a
# first start that failed (database unreachable) or was killed deploys again next time, and replaces the archive
# its run wrote, which lacks the classes a served deployment loads.
archive="$root/wilayah-classes.jsa"
if grep -q '<application [^>]*name="wilayah"' "$root/config/domain.xml" 2>/dev/null; then
  set --
else
  set -- --deploy "$app_dir/wilayah.war" --contextroot /
  rm -f "$archive" "$archive.checked"
fi
# The archive is what makes a later start fast (wilayah-api/benchmarks/README.md#start-up). The JVM writes it when it
# exits after a SIGTERM too (docker stop), which can take longer than docker's default 10 s before SIGKILL, hence
# compose.yaml's stop grace period (a run killed before the dump leaves no archive and the next run records again).
# Its skipped-class warnings are noise.
# An archive cut short (a SIGKILL while writing, a full disk) would crash every later JVM that maps it, so a new one
# is tried once by a JVM that does nothing else, which lists its classes, and dropped if that fails: the next exit
# writes another. An archive written by a JVM that ran a Flight Recorder recording (jcmd JFR.start) is dropped too:
# every JVM that mapped one served a sixth of the requests after warm-up (wilayah-api/benchmarks/start-up.md).
if [ -f "$archive" ] && [ ! -f "$archive.checked" ]; then
  # shellcheck disable=SC2086 # the options are words
  if java $java_opts -XX:SharedArchiveFile="$archive" -Xshare:on -XX:ErrorFile=/dev/null \
      -XX:+PrintSharedArchiveAndExit -cp "$root/launch-micro.jar" > "$archive.classes" 2>&1 \
      && ! grep -q ' jdk\.jfr\.internal\.MetadataRepository ' "$archive.classes"; then
    touch "$archive.checked"
  else
    say "Dropping the class-data archive $archive (unusable, or written during a Flight Recorder recording); this run writes a new one when it stops"
    rm -f "$archive"
  fi
  rm -f "$archive.classes"
fi
if [ -f "$archive" ]; then
  cds="-XX:SharedArchiveFile=$archive -Xshare:auto"
else
  cds="-XX:ArchiveClassesAtExit=$archive -Xlog:cds=error"
fi
# JAVA_OPTS with -Xshare:off: no class-data sharing, so no archive either (a short-lived node skips the dump).
case " $java_opts " in
  *" -Xshare:off "*) cds= ;;
esac

# The JSON format replaces Payara's logging configuration: the same console handler and levels, another formatter.
if [ -n "$log_json" ]; then
  log_properties="$home/logging-json.properties"
  cat > "$log_properties" <<LOGGING
handlers=java.util.logging.ConsoleHandler
java.util.logging.ConsoleHandler.formatter=fish.payara.enterprise.server.logging.JSONLogFormatter
java.util.logging.ConsoleHandler.level=INFO
.level=INFO
org.hibernate.validator.internal.util.Version.level=WARNING
javax.enterprise.system.tools.deployment.dol.level=WARNING
javax.enterprise.system.tools.deployment.common.level=WARNING
fish.payara.nucleus.util.level=WARNING
org.glassfish.admin.mbeanserver.level=WARNING
LOGGING
  set -- "$@" --logproperties "$log_properties"
fi

# Payara's embedded H2 (the batch job repository) listens for other processes; keep it on loopback.
# The launcher in the root directory knows its directory: given --rootdir as well, it would log a warning in plain text.
# shellcheck disable=SC2086 # the options are words
exec java $java_opts $cds -Dh2.bindAddress=127.0.0.1 \
    -jar "$root/launch-micro.jar" \
    --nocluster \
    --port "${WILAYAH_HTTP_PORT:-8080}" \
    --prebootcommandfile "$preboot" \
    "$@"
