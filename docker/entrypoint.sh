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
# - Heap: -Xms768m -Xmx768m. The read model of the national dataset takes about 30 MB plus up to 9 MB of kept list
#   JSON, and an activation briefly holds two editions; Payara itself keeps about 150 MB live; an import streams its
#   rows in batches. 768 MB leaves room for both with a young generation large enough that request garbage dies
#   young. A fixed size means no resizing pauses and the container's memory need is known from the start (add about
#   250 MB for metaspace, code cache and threads).
# - GC: ParallelGC. The read path allocates short-lived response objects over a small, stable old generation, so
#   young collections are short. Measured on 2 cores (./mvnw -Pbench-jvm, wilayah-api/JVM-SETTINGS.md): G1 served
#   9 to 19 % fewer requests with a worse p99 and 227 MB more resident memory, SerialGC 24 to 36 % fewer.
# - JIT: full tiered compilation (C2). C1 alone caps the read path at about a quarter of the C2 throughput measured
#   after warm-up (the read-path benchmark's floor: 2,251 req/s with C1 against about 9,800 with C2). C2 roughly
#   doubles the CPU time spent while booting, which the run command and this script win back on every start after
#   the first with a kept deployment and class-data sharing (below).
# - HTTP threads (pre-boot above): 8 to 64 instead of Payara's 2 to 200. Reads are answered from memory in well
#   under a millisecond; the benchmark measured no difference from 2 to 200 and a slower 4 to 16, so the pool is
#   bounded where it still leaves threads for slow clients streaming the 83k-village list and for the few requests
#   that wait on the database.
java_opts=${JAVA_OPTS:--Xms768m -Xmx768m -XX:+UseParallelGC}

# Payara's root directory lives in the home (a volume) and is kept between starts, as the run command keeps it
# (see PayaraRootDir): an unpacked runtime with a launcher jar (no nested-jar unpacking per boot), the deployed
# application (booted as it is: deploying the WAR into a kept directory again would load it twice) and a dynamic
# class-data-sharing archive written when the first run exits and mapped by later runs. All of it belongs to one WAR,
# Payara jar, JVM, options and pre-boot configuration (pre-boot settings are stored in the directory's domain.xml):
# when any of them changes, it starts over.
root="$home/payara"
fingerprint=$( { sha256sum "$app_dir/wilayah.war" "$app_dir/payara-micro.jar" | cut -d' ' -f1
                 java -version 2>&1
                 echo "$java_opts port=${WILAYAH_HTTP_PORT:-8080}"
                 cat "$preboot"; } | sha256sum | cut -d' ' -f1)
stamp="$root/wilayah-fingerprint.sha256"
if [ ! -f "$root/launch-micro.jar" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$fingerprint" ]; then
  echo "Preparing Payara's root directory $root (first start of this image and configuration)"
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
# Measured from this script's start to the first 200 of /api/provinsi (2-core machine, idle): 18 to 21 s without any
# of this; with it 33 to 36 s for the first start, which records the classes it loads for the archive, and 15 s for
# every later start. The kept deployment alone saves nothing measurable; the archive does. The JVM writes it when it
# exits after a SIGTERM too (docker stop): Payara's shutdown plus the dump took 10 to 11 s idle and up to 24 s busy,
# more than docker's default 10 s before SIGKILL, hence compose.yaml's stop grace period (a run killed before the dump
# leaves no archive and the next run records again). Its skipped-class warnings are noise.
# An archive cut short (a SIGKILL while writing, a full disk) would crash every later JVM that maps it, so a new one
# is tried once by a JVM that does nothing else, and dropped if it fails: the next exit writes another.
if [ -f "$archive" ] && [ ! -f "$archive.checked" ]; then
  # shellcheck disable=SC2086 # the options are words
  if java $java_opts -XX:SharedArchiveFile="$archive" -Xshare:on -XX:ErrorFile=/dev/null \
      -cp "$root/launch-micro.jar" -version > /dev/null 2>&1; then
    touch "$archive.checked"
  else
    echo "Dropping the unusable class-data archive $archive; this run writes a new one when it stops"
    rm -f "$archive"
  fi
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

# Payara's embedded H2 (the batch job repository) listens for other processes; keep it on loopback.
# shellcheck disable=SC2086 # the options are words
exec java $java_opts $cds -Dh2.bindAddress=127.0.0.1 \
    -jar "$root/launch-micro.jar" \
    --nocluster \
    --port "${WILAYAH_HTTP_PORT:-8080}" \
    --prebootcommandfile "$preboot" \
    --rootdir "$root" \
    "$@"
