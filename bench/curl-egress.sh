#!/usr/bin/env bash
# The registry's own egress limit: GET of every blob of an image with curl, 4 at a time, to
# /dev/null (no hashing, no files). Usage: curl-egress.sh HOST REPO DIR, DIR being the OCI layout
# that was pushed to REPO (its blob names are the digests to fetch).
set -euo pipefail
host=$1 repo=$2 dir=$3
export host repo
find "$dir/blobs/sha256" -type f -size +1M -printf 'sha256:%f\n' |
  xargs -n1 -P4 bash -c 'curl -sSf -o /dev/null "http://$host/v2/$repo/blobs/$0"'
