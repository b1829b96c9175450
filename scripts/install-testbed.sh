#!/usr/bin/env bash
# Installs the test bed's real components from Debian's packages when they are missing
# (TESTBED.md): the Distribution registry, htpasswd, the Docker engine, buildah, skopeo, umoci,
# busybox, openssl and podman. Needs root (or sudo); does nothing when everything is there.
set -euo pipefail

declare -A package_of=(
  [docker-registry]=docker-registry
  [htpasswd]=apache2-utils
  [dockerd]=docker.io
  [buildah]=buildah
  [podman]=podman
  [skopeo]=skopeo
  [umoci]=umoci
  [busybox]=busybox-static
  [openssl]=openssl
)
missing=()
for command in "${!package_of[@]}"; do
  command -v "$command" >/dev/null 2>&1 || missing+=("${package_of[$command]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "Installing test bed packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
