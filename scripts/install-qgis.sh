#!/usr/bin/env bash
# Installs QGIS and the given Debian packages. On Debian 12 (bookworm) QGIS comes from
# bookworm-backports: 3.40, the current LTR, instead of bookworm's 3.22 (end of life).
# Usage: install-qgis.sh PACKAGE...   (run as root)
# QGIS_BACKPORTS=no keeps bookworm's own QGIS 3.22 (the oldest version we support, tested in CI).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
target=()
if [ "$codename" = bookworm ] && [ "${QGIS_BACKPORTS:-yes}" != no ]; then
	if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
		cat >/etc/apt/sources.list.d/bookworm-backports.sources <<SOURCES
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
		apt-get update -q
	fi
	target=(-t bookworm-backports)
fi
missing=()
for package in "$@"; do
	dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
# A machine that already has bookworm's 3.22 moves to the backported LTR too.
if [ ${#target[@]} -gt 0 ] && dpkg -s qgis >/dev/null 2>&1 &&
	dpkg --compare-versions "$(dpkg-query -W -f='${Version}' qgis)" lt 3.40; then
	missing+=(qgis python3-qgis qgis-providers)
fi
if [ ${#missing[@]} -gt 0 ]; then
	apt-get update -q
	apt-get install -y -q "${target[@]}" "${missing[@]}"
fi
