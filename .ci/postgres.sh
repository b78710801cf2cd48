#!/usr/bin/env bash
# Makes sure PostgreSQL's server binaries (initdb, pg_ctl) are on this machine, installing Debian's package only
# where they are missing. The tests of dialogue-postgres then start their own server from them (PostgresServer);
# nothing is started here. Skipped where DIALOGUE_PG_URL names a server to use instead.
set -euo pipefail
if [ -n "${DIALOGUE_PG_URL:-}" ]; then
  exit 0
fi
have() {
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then return 0; fi
  done
  command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1
}
if have; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "PostgreSQL's server is missing: install it (sudo apt-get install -y postgresql) or set DIALOGUE_PG_URL" >&2
  exit 1
fi
echo "installing PostgreSQL's server (initdb and pg_ctl are missing)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends postgresql
have
