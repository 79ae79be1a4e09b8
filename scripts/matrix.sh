#!/usr/bin/env bash
# The QGIS version matrix: the suite in Debian chroots beside the host's QGIS.
#   matrix.sh build NAME...   debootstrap each chroot and install QGIS and the test venv in it
#   matrix.sh build-parallel NAME...   the same, all at once (the time goes on unpacking: one core each)
#   matrix.sh test [NAME...]  run the suite in each chroot named (default: every one built or being
#                             built: the suite waits for its build), in parallel
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

# Runs "$@" up to three times, 20 s apart: a mirror's or PyPI's hiccup is not a red build.
retry() {
	local attempt
	for attempt in 1 2 3; do
		"$@" && return 0
		[ $attempt = 3 ] || { echo "matrix: retrying in 20 s: $*" && sleep 20; }
	done
	return 1
}

# debootstrap into an empty $root (whatever an earlier attempt mounted there unmounted first).
fresh_debootstrap() {
	local suite=$1 root=$2 point
	umount_all "$root" 2>/dev/null || true
	for point in $(findmnt -rn -o TARGET | grep "^$root/" | sort -r); do umount -l "$point"; done
	findmnt -rn -o TARGET | grep -q "^$root/" && { echo "matrix: $root still has mounts" && return 1; }
	rm -rf --one-file-system "$root" && mkdir -p "$root" &&
		debootstrap --variant=minbase "$suite" "$root" "$MIRROR"
}

# Fails the build with a sentence, the log's last lines and where the whole log is.
build_failed() {
	local name=$1 step=$2
	tail -20 "$MATRIX_DIR/$name.log" >&2
	echo "matrix: the $name chroot (QGIS $(qgis_of "$name")) could not be built: $step failed three times." \
		"Is $MIRROR (DEBIAN_MIRROR) reachable, and PyPI? Whole log: $MATRIX_DIR/$name.log" >&2
	exit 1
}

qgis_of() {
	case $1 in
	bookworm) echo 3.22 ;;
	sid) echo "of Debian sid" ;;
	esac
}

build() {
	local name=$1 suite root started=$SECONDS
	suite=$(suite_of "$name")
	root=$MATRIX_DIR/$name
	# Marks a build under way: `matrix.sh test` waits for it (on the lock) instead of skipping it.
	touch "$MATRIX_DIR/$name.pending"
	exec 9>"$MATRIX_DIR/$name.lock"
	flock 9
	if [ -e "$root/.ready" ]; then
		rm -f "$MATRIX_DIR/$name.pending"
		echo "matrix: $name already built"
		return 0
	fi
	trap "umount_all '$root'; rm -f '$MATRIX_DIR/$name.pending'" EXIT
	echo "matrix: debootstrap $suite into $root"
	: >"$MATRIX_DIR/$name.log"
	# A failed debootstrap leaves a half-made tree: each attempt starts from an empty one.
	retry fresh_debootstrap "$suite" "$root" >>"$MATRIX_DIR/$name.log" 2>&1 || build_failed "$name" "debootstrap $suite"
	echo "matrix: $name: debootstrap took $((SECONDS - started)) s"
	# A mirror that is a dated snapshot serves Release files past their Valid-Until.
	# Recommends (GRASS, manuals...) would double the install for nothing the tests use.
	printf '%s\n' 'Acquire::Check-Valid-Until "false";' 'Acquire::Check-Date "false";' \
		'APT::Install-Recommends "false";' 'Acquire::Retries "5";' >"$root/etc/apt/apt.conf.d/99matrix"
	echo "deb $MIRROR $suite main" >"$root/etc/apt/sources.list"
	# A throwaway system: dpkg need not sync every file it unpacks (the install takes half as long).
	echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/unsafe-io"
	cp /etc/resolv.conf "$root/etc/resolv.conf"
	# pip in the chroot trusts the same certificate authorities as the host.
	mkdir -p "$root/usr/local/share/ca-certificates"
	cp -r /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/" 2>/dev/null || true
	mount_all "$root"
	{
		retry in_chroot "$root" apt-get update -q &&
			retry in_chroot "$root" apt-get install -y -q make ca-certificates &&
			in_chroot "$root" update-ca-certificates
	} >>"$MATRIX_DIR/$name.log" 2>&1 || build_failed "$name" "apt-get in the chroot"
	copy_source "$root"
	# The same install as the host's `make deps`, from the chroot's own suite (bookworm: 3.22).
	retry in_chroot "$root" make -C /src deps QGIS_BACKPORTS=no >>"$MATRIX_DIR/$name.log" 2>&1 ||
		build_failed "$name" "make deps (QGIS from $suite, the test packages from PyPI)"
	in_chroot "$root" apt-get clean
	umount_all "$root"
	touch "$root/.ready"
	rm -f "$MATRIX_DIR/$name.pending"
	trap - EXIT
	echo "matrix: $name ready in $((SECONDS - started)) s" \
		"($(in_chroot "$root" qgis_process.bin --version 2>/dev/null | grep -m1 QGIS || true))"
}

run_suite() {
	local name=$1 root=$MATRIX_DIR/$1
	echo "=== matrix: the suite on $name ==="
	# One run per chroot at a time: a second one would replace /src and unmount /proc under it.
	exec 9>"$MATRIX_DIR/$name.lock"
	flock 9 # a build under way holds it: the suite runs once it is done
	if [ ! -e "$root/.ready" ]; then
		echo "matrix: the $name chroot is not built (see $MATRIX_DIR/$name.log; make matrix-chroots builds it)" >&2
		return 2
	fi
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
		for ready in "$MATRIX_DIR"/*/.ready "$MATRIX_DIR"/*.pending; do
			[ -e "$ready" ] || continue
			name=${ready%/.ready}
			name=$(basename "${name%.pending}")
			[[ " ${names[*]} " == *" $name "* ]] || names+=("$name")
		done
	fi
	# In parallel (each suite mostly waits on one core), each into its log, printed in turn.
	pids=()
	for name in "${names[@]}"; do
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
