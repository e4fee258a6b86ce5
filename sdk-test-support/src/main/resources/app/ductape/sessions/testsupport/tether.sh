# The tether of one test JVM ($1), started by ProcessReaper: it notes every second which processes descend from
# that JVM, and when the JVM is gone (its end of this script's stdin closes, however it ended: SIGKILL included,
# where no shutdown hook runs), it kills those still running. A pid is killed only if the process under it
# started when the one noted did, so a pid the system gave to another process since is left alone.
jvm=$1
me=$$

# The start time of a process (field 22 of /proc/PID/stat; its name, in parentheses, may hold spaces).
start_of() {
  local stat
  read -r stat < "/proc/$1/stat" 2>/dev/null || return 1
  set -- ${stat##*) }
  echo "${20}"
}

# "pid:start" for every process under the JVM but this script (and what it runs).
descendants() {
  local -A children=()
  local stat pid rest
  for file in /proc/[0-9]*/stat; do
    read -r stat < "$file" 2>/dev/null || continue
    pid=${stat%% *}
    rest=${stat##*) }
    set -- $rest
    children[$2]+=" $pid"
  done
  local queue=$jvm out=""
  while [ -n "$queue" ]; do
    set -- $queue
    local parent=$1
    shift
    queue="$*"
    for pid in ${children[$parent]}; do
      [ "$pid" = "$me" ] && continue
      queue="$queue $pid"
      out="$out $pid:$(start_of "$pid")"
    done
  done
  echo "$out"
}

# The last two notes are kept: a JVM killed while the latest was being taken may have had its processes handed
# to init before the scan reached them.
known=""
while :; do
  earlier=$known
  known=$(descendants)
  read -r -t 1 _
  # past the timeout, read answers above 128; at end of input (the JVM is gone) 1, and 0 for a line
  [ $? -gt 128 ] || break
done
for entry in $earlier $known; do
  pid=${entry%%:*}
  if [ "$(start_of "$pid")" = "${entry#*:}" ]; then
    kill -KILL "$pid" 2>/dev/null
  fi
done
