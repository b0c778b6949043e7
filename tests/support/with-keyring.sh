#!/bin/sh
# Runs a command inside a private D-Bus session with its own, unlocked GNOME keyring
# (the Secret Service QtKeychain talks to on Linux) in a throwaway home, so that a test
# stores and reads real secrets and leaves nothing behind. Exits with the command's
# status.
set -eu
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring: $tool is missing (packaging/setup-debian.sh installs it)" >&2
        exit 1
    fi
done
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# A timeout's TERM still cleans up (the EXIT trap runs on exit, not on a signal).
trap 'exit 143' TERM INT HUP
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# Inside the session: the daemon in the foreground of a background job, so that its
# pid is known and it can be stopped (and waited for) before the home goes away; the
# command runs once the Secret Service is on the bus, or D-Bus would start another,
# locked one on demand.
dbus-run-session -- sh -c '
    printf "%s" keyring-password | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
    daemon=$!
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 100 ] || ! kill -0 "$daemon" 2>/dev/null; then
            echo "with-keyring: gnome-keyring-daemon did not start" >&2
            exit 1
        fi
        sleep 0.1
    done
    status=0
    "$@" || status=$?
    kill "$daemon" 2>/dev/null || true
    wait "$daemon" 2>/dev/null || true
    exit "$status"' with-keyring "$@"
