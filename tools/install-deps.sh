#!/bin/sh
# Installs what building and testing Herald needs, from Debian's packages.
# Run as root (or through sudo).  The list is the one CI uses.
set -e
PACKAGES="make gcc clang libclang-rt-14-dev pkg-config libjansson-dev libutf8proc-dev
zlib1g-dev libzstd-dev libsqlite3-dev gzip zstd wordnet-base"
if [ "$(id -u)" -ne 0 ] && command -v sudo > /dev/null; then SUDO=sudo; else SUDO=; fi
# Skip the network when everything is already there.
installed=$(dpkg-query -W -f='${Status}\n' $PACKAGES 2>/dev/null | grep -c 'install ok installed' || true)
if [ "$installed" -lt "$(echo $PACKAGES | wc -w)" ]; then
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $PACKAGES > /dev/null
fi
echo "install-deps: all build dependencies present"
