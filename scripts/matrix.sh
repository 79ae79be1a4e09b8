#!/usr/bin/env bash
# The QGIS version matrix: the suite in Debian chroots beside the host's QGIS.
#   matrix.sh build NAME...   debootstrap each chroot and install QGIS and the test venv in it
#   matrix.sh build-parallel NAME...   the same, all at once (the time goes on downloads)
#   matrix.sh test [NAME...]  run the suite in each chroot named (default: every one built), in parallel
# Chroots: bookworm (QGIS 3.22, the minimum we support) and sid (the newest, 3.44 when written).
# They live in .matrix/ (git-ignored, outside build/ so that `make clean` never walks into a
# chroot while /dev is mounted in it). Needs root, debootstrap and the network to Debian/PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT_DIR=$PWD
MATRIX_DIR=$ROOT_DIR/.matrix
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
# Nothing of the host's environment (PIP_*, proxies' CA variables, a display) reaches the chroot.
CHROOT_ENV=(env -i HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen
	PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)

suite_of() {
	case $1 in
	bookworm) echo bookworm ;;
	sid) echo sid ;;
	*) echo "unknown chroot '$1' (bookworm or sid)" >&2 && exit 2 ;;
	esac
}

mount_all() {
	local root=$1
	mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
	mountpoint -q "$root/dev" || mount --bind /dev "$root/dev"
	mountpoint -q "$root/dev/pts" || mount --bind /dev/pts "$root/dev/pts"
}

umount_all() {
	local root=$1 point
	for point in dev/pts dev proc; do
		mountpoint -q "$root/$point" && { umount "$root/$point" || umount -l "$root/$point"; }
	done
	return 0
}

in_chroot() {
	local root=$1
	shift
	chroot "$root" "${CHROOT_ENV[@]}" "$@"
}

# Copies the working tree (tracked and new files, not ignored ones) to /src in the chroot,
# keeping the chroot's own .venv there.
copy_source() {
	local root=$1
	mkdir -p "$root/src"
	find "$root/src" -mindepth 1 -maxdepth 1 ! -name .venv -exec rm -rf {} +
	git -C "$ROOT_DIR" ls-files -z --cached --others --exclude-standard |
		tar -C "$ROOT_DIR" --null -T - -cf - 2>/dev/null | tar -C "$root/src" -xf -
}

build() {
	local name=$1 suite root
	suite=$(suite_of "$name")
	root=$MATRIX_DIR/$name
	exec 9>"$MATRIX_DIR/$name.lock"
	flock 9
	if [ -e "$root/.ready" ]; then
		echo "matrix: $name already built"
		return 0
	fi
	umount_all "$root" 2>/dev/null || true
	if [ -d "$root" ]; then
		findmnt -rn -o TARGET | grep -q "^$root/" && { echo "matrix: $root still has mounts" >&2 && exit 1; }
		rm -rf "$root"
	fi
	mkdir -p "$root"
	echo "matrix: debootstrap $suite into $root"
	debootstrap --variant=minbase "$suite" "$root" "$MIRROR" >"$MATRIX_DIR/$name.log" 2>&1 ||
		{ tail -20 "$MATRIX_DIR/$name.log" >&2 && exit 1; }
	# A mirror that is a dated snapshot serves Release files past their Valid-Until.
	# Recommends (GRASS, manuals...) would double the install for nothing the tests use.
	printf 'Acquire::Check-Valid-Until "false";\nAcquire::Check-Date "false";\nAPT::Install-Recommends "false";\n' \
		>"$root/etc/apt/apt.conf.d/99matrix"
	echo "deb $MIRROR $suite main" >"$root/etc/apt/sources.list"
	# A throwaway system: dpkg need not sync every file it unpacks (the install takes half as long).
	echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/unsafe-io"
	cp /etc/resolv.conf "$root/etc/resolv.conf"
	# pip in the chroot trusts the same certificate authorities as the host.
	mkdir -p "$root/usr/local/share/ca-certificates"
	cp -r /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/" 2>/dev/null || true
	trap "umount_all '$root'" EXIT
	mount_all "$root"
	{
		in_chroot "$root" apt-get update -q
		in_chroot "$root" apt-get install -y -q make ca-certificates proj-data
		in_chroot "$root" update-ca-certificates
	} >>"$MATRIX_DIR/$name.log" 2>&1 || { tail -20 "$MATRIX_DIR/$name.log" >&2 && exit 1; }
	copy_source "$root"
	# The same install as the host's `make deps`, from the chroot's own suite (bookworm: 3.22).
	in_chroot "$root" make -C /src deps QGIS_BACKPORTS=no >>"$MATRIX_DIR/$name.log" 2>&1 ||
		{ tail -20 "$MATRIX_DIR/$name.log" >&2 && exit 1; }
	in_chroot "$root" apt-get clean
	umount_all "$root"
	trap - EXIT
	touch "$root/.ready"
	echo "matrix: $name ready ($(in_chroot "$root" qgis_process.bin --version 2>/dev/null | grep -m1 QGIS || true))"
}

run_suite() {
	local name=$1 root=$MATRIX_DIR/$1
	echo "=== matrix: the suite on $name ==="
	# One run per chroot at a time: a second one would replace /src and unmount /proc under it.
	exec 9>"$MATRIX_DIR/$name.lock"
	flock 9
	copy_source "$root"
	trap "umount_all '$root'" EXIT
	mount_all "$root"
	local status=0
	in_chroot "$root" make -C /src test-suite QGIS_BACKPORTS=no || status=$?
	umount_all "$root"
	trap - EXIT
	return $status
}

command=${1:-}
shift || true
case $command in
build)
	mkdir -p "$MATRIX_DIR"
	for name in "$@"; do build "$name"; done
	;;
test-one)
	run_suite "$1"
	;;
build-parallel)
	mkdir -p "$MATRIX_DIR"
	pids=()
	for name in "$@"; do
		bash "$ROOT_DIR/scripts/matrix.sh" build "$name" &
		pids+=($!)
	done
	status=0
	for pid in "${pids[@]}"; do wait "$pid" || status=1; done
	exit $status
	;;
test)
	names=("$@")
	if [ ${#names[@]} -eq 0 ]; then
		for ready in "$MATRIX_DIR"/*/.ready; do
			[ -e "$ready" ] && names+=("$(basename "$(dirname "$ready")")")
		done
	fi
	# In parallel (each suite mostly waits on one core), each into its log, printed in turn.
	pids=()
	for name in "${names[@]}"; do
		[ -e "$MATRIX_DIR/$name/.ready" ] || { echo "matrix: $name not built (matrix.sh build $name)" >&2 && exit 2; }
		bash "$ROOT_DIR/scripts/matrix.sh" test-one "$name" >"$MATRIX_DIR/$name-test.log" 2>&1 &
		pids+=($!)
	done
	failed=()
	for i in "${!names[@]}"; do
		wait "${pids[$i]}" || failed+=("${names[$i]}")
		cat "$MATRIX_DIR/${names[$i]}-test.log"
	done
	[ ${#failed[@]} -eq 0 ] || { echo "matrix: the suite failed on ${failed[*]}" >&2 && exit 1; }
	;;
*)
	echo "usage: $0 build|build-parallel NAME... | test [NAME...]" >&2
	exit 2
	;;
esac
