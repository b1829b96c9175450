#!/usr/bin/env bash
# The registry's own ingest limit: a monolithic POST + PUT of every blob of an OCI layout with
# curl, 4 at a time (TESTBED.md's reference measurement). Usage: curl-ingest.sh HOST REPO DIR
set -euo pipefail
host=$1 repo=$2 dir=$3
upload() {
  local file=$1 digest location
  digest="sha256:$(basename "$file")"
  location=$(curl -sSf -X POST -D - -o /dev/null "http://$host/v2/$repo/blobs/uploads/" | tr -d '\r' | awk 'tolower($1)=="location:"{print $2}')
  case "$location" in http*) ;; *) location="http://$host$location" ;; esac
  curl -sSf -X PUT -T "$file" -H 'Content-Type: application/octet-stream' -o /dev/null "$location&digest=$digest"
}
export -f upload
export host repo
find "$dir/blobs/sha256" -type f -print0 | xargs -0 -n1 -P4 bash -c 'upload "$0"'
