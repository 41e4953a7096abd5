"""Nothing leaves the machine, and Parley writes only in its own folders.

One module-scoped run, with the real models, a fresh HOME and fresh XDG folders
(no --basedir, no PARLEY_BASEDIR: the platform's user folders, as for a user):

- ``scripts/privacy_session.py``: chat, a spoken turn, a translation, a settings
  change and an export, through the same core objects the window uses;
- ``main.py ask``: the command line;
- ``main.py --report-startup --quit-when-ready``: the window, offscreen, until
  the chat model is loaded and warm.

Each runs under ``strace -f`` (every thread and child process, the engine process
included) recording socket(), connect() and every call that creates or opens a
file for writing. pytest-socket would only see Python's sockets; strace sees what
llama.cpp, CTranslate2, onnxruntime, espeak-ng and Qt do too. The script also
installs an audit hook (in the engine process as well) as a second, in-Python check.

./test runs the suite in an empty network namespace on top of this
(``test_suite_runs_in_an_empty_network_namespace``), so even a socket that slipped
past these checks would have nowhere to go. docs/TRUST.md quotes the figures.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import socket
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INET = ("AF_INET", "AF_INET6")
#: sockets, and every call that can create a file or open one for writing ("?": not on every architecture)
TRACED = "socket,socketpair,connect,?open,openat,?openat2,?creat,?mkdir,mkdirat,?rename,renameat,?renameat2,?link,linkat,?symlink,symlinkat"

#: What may appear outside Parley's folders and the temp folder, and why: a pattern
#: on the path relative to the fresh root (HOME and the XDG folders). Keep it short.
ALLOWED_ELSEWHERE: tuple[tuple[str, str], ...] = (
    (
        r"xdg-runtime/pulse",
        "an empty folder that libpulse (the sound system's client library) makes in the session's runtime "
        "folder when the window lists the sound devices; it holds no data and the runtime folder is "
        "emptied at logout",
    ),
)


@dataclass
class Run:
    name: str
    proc: subprocess.CompletedProcess
    strace_log: Path


@dataclass
class Session:
    root: Path
    env: dict[str, str]
    parley_dirs: dict[str, Path]
    runs: dict[str, Run]
    audit_log: Path
    cwd: Path
    logs: Path


def fresh_env(root: Path) -> dict[str, str]:
    """HOME and each XDG folder in a different place under ``root``, so a library
    that ignores XDG and writes into HOME shows up as a stray file."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PARLEY_"))}
    dirs = {
        "HOME": root / "home",
        "XDG_CONFIG_HOME": root / "xdg-config",
        "XDG_DATA_HOME": root / "xdg-data",
        "XDG_CACHE_HOME": root / "xdg-cache",
        "XDG_STATE_HOME": root / "xdg-state",
        "XDG_RUNTIME_DIR": root / "xdg-runtime",
        "TMPDIR": root / "tmp",
    }
    for d in dirs.values():
        d.mkdir(parents=True)
    dirs["XDG_RUNTIME_DIR"].chmod(0o700)
    env.update({k: str(v) for k, v in dirs.items()})
    env.update(QT_QPA_PLATFORM="offscreen", HF_HUB_OFFLINE="1", PYTHONUNBUFFERED="1")
    return env


def parley_dirs(env: dict[str, str]) -> dict[str, Path]:
    """Where platformdirs puts Parley's folders in this environment (asked in a child
    with that environment, so it is the app's own answer)."""
    code = (
        "import json; from assistant.paths import AppPaths; p = AppPaths.default(); "
        "print(json.dumps({k: str(getattr(p, k)) for k in ('config_dir', 'data_dir', 'cache_dir', 'log_dir')}))"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    return {k: Path(v) for k, v in json.loads(out.stdout).items()}


def traced(name: str, cmd: list[str], *, env: dict[str, str], cwd: Path, logs: Path, timeout: float) -> Run:
    log = logs / f"{name}.strace"
    full = ["strace", "-f", "-qq", "-e", "signal=none", "-e", f"trace={TRACED}", "-o", str(log), *cmd]
    if subprocess.run(["strace", "--seccomp-bpf", "-f", "-o", os.devnull, "true"], capture_output=True).returncode == 0:
        full.insert(1, "--seccomp-bpf")  # only the traced calls stop the program: much faster
    proc = subprocess.run(full, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    return Run(name, proc, log)


@pytest.fixture(scope="module")
def session(tmp_path_factory) -> Session:
    if shutil.which("strace") is None:  # ./test installs it; failing (not skipping) keeps CI honest
        pytest.fail("strace is missing: sudo apt-get install strace")
    root = tmp_path_factory.mktemp("fresh")
    logs = tmp_path_factory.mktemp("traces")
    env = fresh_env(root)
    cwd = root / "home"  # started from the home folder, as from a desktop launcher
    audit = logs / "audit.jsonl"
    py = sys.executable
    runs = {}
    runs["session"] = traced(
        "session",
        [py, str(ROOT / "scripts" / "privacy_session.py"), "--audit-log", str(audit)],
        env=env,
        cwd=cwd,
        logs=logs,
        timeout=600,
    )
    runs["cli"] = traced(
        "cli",
        [py, str(ROOT / "main.py"), "ask", "Say hello.", "--max-tokens", "8", "--json"],
        env=env,
        cwd=cwd,
        logs=logs,
        timeout=300,
    )
    runs["window"] = traced(
        "window",
        [py, str(ROOT / "main.py"), "--report-startup", "--quit-when-ready"],
        env=env,
        cwd=cwd,
        logs=logs,
        timeout=300,
    )
    for run in runs.values():
        assert run.proc.returncode == 0, f"{run.name}: {run.proc.stderr[-3000:]}"
    return Session(root, env, parley_dirs(env), runs, audit, cwd, logs)


# ---- reading strace's log ----------------------------------------------------------------

_SOCKET = re.compile(r"^\d+\s+socket(?:pair)?\((AF_\w+|\d+),")
_CONNECT = re.compile(r"^\d+\s+connect\(\d+, \{sa_family=(AF_\w+)")
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
_OPEN = re.compile(r"^\d+\s+(?:open|openat|openat2|creat)\(")
_MAKE = re.compile(r"^\d+\s+(?:mkdir|mkdirat|rename|renameat|renameat2|link|linkat|symlink|symlinkat)\(")


def socket_families(log: Path) -> Counter[str]:
    """socket() and socketpair() calls by address family, successful or not (an attempt counts)."""
    c: Counter[str] = Counter()
    for line in log.read_text(errors="replace").splitlines():
        m = _SOCKET.match(line)
        if m:
            c[m.group(1)] += 1
    return c


def connect_families(log: Path) -> Counter[str]:
    c: Counter[str] = Counter()
    for line in log.read_text(errors="replace").splitlines():
        m = _CONNECT.match(line)
        if m:
            c[m.group(1)] += 1
    return c


def written_paths(log: Path, cwd: Path) -> set[Path]:
    """Paths a successful call created, or opened for writing."""
    out: set[Path] = set()
    for line in log.read_text(errors="replace").splitlines():
        if re.search(r"= -1 E", line):
            continue
        if _OPEN.match(line):
            if not re.search(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC", line) and not line.split("(", 1)[0].endswith("creat"):
                continue
        elif not _MAKE.match(line):
            continue
        paths = _QUOTED.findall(line)
        if not paths:
            continue
        p = Path(paths[-1].encode().decode("unicode_escape"))  # the new name for rename/link
        out.add(p if p.is_absolute() else cwd / p)
    return out


# ---- the checks ---------------------------------------------------------------------------


@pytest.mark.real
def test_session_really_happened(session):
    """The checks below mean something only if the session did what it says."""
    s = json.loads(session.runs["session"].proc.stdout.strip().splitlines()[-1])
    assert s["chat_reply"].strip() and s["voice_reply"].strip() and s["translation"].strip()
    assert "capital" in s["heard"].lower() and "france" in s["heard"].lower()
    assert s["spoken_samples"] > 10_000 and s["theme_saved"] == "dark" and s["exported_bytes"] > 50
    assert json.loads(session.runs["cli"].proc.stdout)["reply"].strip()
    window = session.runs["window"].proc.stdout.splitlines()
    assert window[0] == "startup window-shown" and window[1].startswith("startup model-ready")
    assert (session.parley_dirs["data_dir"] / "history.sqlite3").is_file()


@pytest.mark.real
def test_no_internet_socket_is_ever_opened(session, capsys):
    """strace, every process and thread: no AF_INET/AF_INET6 socket() or connect()
    at all (AF_UNIX between the app and its engine process, AF_NETLINK fine)."""
    figures = {}
    for name, run in session.runs.items():
        sockets, connects = socket_families(run.strace_log), connect_families(run.strace_log)
        figures[name] = {"socket": dict(sockets), "connect": dict(connects)}
        assert not any(f in sockets for f in INET), f"{name} opened internet sockets: {sockets}"
        assert not any(f in connects for f in INET), f"{name} connected to the internet: {connects}"
    assert sum(sum(f["socket"].values()) for f in figures.values()) > 0, "strace saw no socket call at all"
    with capsys.disabled():
        print(f"\nstrace socket calls by family: {json.dumps(figures)}")


@pytest.mark.real
def test_audit_hook_sees_no_internet_socket(session):
    """The same from inside Python, in the app process and in the engine process."""
    events = [json.loads(line) for line in session.audit_log.read_text().splitlines()]
    installed = [e for e in events if e["event"] == "parley.audit-installed"]
    assert len({e["pid"] for e in installed}) >= 2, "the hook ran in the engine process too"
    assert any("--multiprocessing-fork" in e["argv"] for e in installed), installed
    events = [e for e in events if e not in installed]
    inet = [e for e in events if e.get("family") in INET]
    lookups = [
        e for e in events if e["event"] in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex")
    ]
    web = [e for e in events if not e["event"].startswith("socket.")]
    assert inet == [] and lookups == [] and web == [], (inet, lookups, web)


@pytest.mark.real
def test_files_are_written_only_in_parley_folders_and_the_temp_folder(session, capsys):
    """Every file under the fresh HOME and XDG folders after the session, the
    command line and the window is inside Parley's platformdirs folders or the
    temp folder; and strace saw nothing written anywhere else on the disk."""
    own = list(session.parley_dirs.values())
    temp = Path(session.env["TMPDIR"])
    made_by_test = {Path(session.env[k]) for k in ("HOME", "TMPDIR")} | {
        Path(v) for k, v in session.env.items() if k.startswith("XDG_")
    }
    created = sorted(p for p in session.root.rglob("*") if not p.is_dir())
    stray = []
    for p in sorted(session.root.rglob("*")):  # files, and folders too (an empty one is a trace)
        if p in made_by_test or temp in p.parents or any(d == p or d in p.parents for d in own):
            continue
        if p.is_dir() and any(p in d.parents for d in own):
            continue  # xdg-data/Parley above xdg-data/Parley/models ...
        rel = str(p.relative_to(session.root))
        if any(re.fullmatch(pattern, rel) for pattern, _why in ALLOWED_ELSEWHERE):
            continue
        stray.append(rel)
    assert stray == [], f"written outside Parley's folders: {stray}"
    data = session.parley_dirs["data_dir"]
    assert (data / "history.sqlite3").is_file() and (session.parley_dirs["config_dir"] / "settings.json").is_file()

    outside = set()
    for run in session.runs.values():
        for p in written_paths(run.strace_log, session.cwd):
            if p == session.root or session.root in p.parents:
                continue  # checked above, file by file
            if session.logs in p.parents:
                continue  # this test's own audit log
            if str(p).startswith(("/dev/", "/proc/")):
                continue  # /dev/null, /dev/shm (multiprocessing's semaphores), /proc/self/...
            if re.search(r"/__pycache__/[^/]+\.pyc(\.\d+)?$", str(p)):
                continue  # Python's bytecode cache of a source checkout (an installed app ships it)
            outside.add(str(p))
    assert sorted(outside) == [], "written outside the fresh HOME"
    with capsys.disabled():
        print(
            f"\nfiles created under the fresh HOME/XDG folders: {[str(p.relative_to(session.root)) for p in created]}"
        )


def test_suite_runs_in_an_empty_network_namespace():
    """./test runs pytest inside ``unshare -rn``: loopback is the only interface and
    there is no route anywhere. Only meaningful under ./test, which says so."""
    if os.environ.get("PARLEY_TEST_NETNS") != "1":
        pytest.skip("not started by ./test in an empty network namespace (./test prints why)")
    assert [name for _, name in socket.if_nameindex()] == ["lo"]
    with pytest.raises(OSError) as exc:
        socket.create_connection(("192.0.2.1", 80), timeout=2)  # TEST-NET-1: never routed
    assert exc.value.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH)
