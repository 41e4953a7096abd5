"""What Parley keeps about its user, for how long, and deleting all of it (no Qt).

Everything Parley writes lives in the four folders of ``AppPaths`` (settings,
data, cache, logs) and in the temporary folder while a command runs; docs/TRUST.md
lists the tests that check it. So "delete all my data" is: close the history,
delete those folders, and start again from defaults.

What it does not delete, on purpose:

- the built-in models: they are part of the installed app (Python packages), not
  the user's data. The copies assembled from them in the cache folder *are*
  deleted, and rebuilt from the installed packages the next time they are needed;
- GGUF files the user opened from elsewhere on the disk (Parley only forgets that
  it opened them) and chats the user exported: those are the user's own files.

Retention (``Settings.history_retention``): "forever", "30d" (conversations not
updated, and translations not made, in the last 30 days are deleted) or "none"
(all history is deleted at start-up and when the app quits). Deleted text is
scrubbed from the database file too (see ``HistoryStore._scrub``).
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .config import HISTORY_RETENTION
from .paths import AppPaths
from .store import HistoryStore

DAY_S = 86_400.0

#: the retention choices that keep history for a number of days
RETENTION_DAYS = {"30d": 30}

RETENTION_LABELS = (
    ("forever", "Keep history until I delete it"),
    ("30d", "Delete chats and translations after 30 days"),
    ("none", "Don't keep history (deleted when Parley quits)"),
)
assert tuple(v for v, _ in RETENTION_LABELS) == HISTORY_RETENTION


# ---- retention -------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionResult:
    policy: str
    conversations: int = 0
    translations: int = 0

    @property
    def deleted(self) -> bool:
        return bool(self.conversations or self.translations)


def apply_retention(store: HistoryStore, policy: str, *, now: float | None = None) -> RetentionResult:
    """Delete what the retention setting says is no longer kept. ``now`` is a
    ``time.time()`` value (tests pass their own clock). "none" deletes everything:
    callers run it at start-up and at quit, not while the user is chatting."""
    if policy == "none":
        return RetentionResult(policy, *store.delete_all_history())
    days = RETENTION_DAYS.get(policy)
    if days is None:  # "forever", or a value we do not know: keep everything
        return RetentionResult(policy)
    cutoff = (time.time() if now is None else now) - days * DAY_S
    return RetentionResult(policy, *store.delete_history_before(cutoff))


# ---- delete all my data --------------------------------------------------------------


@dataclass(frozen=True)
class Location:
    label: str
    path: Path


@dataclass(frozen=True)
class ForgetReport:
    removed: tuple[Path, ...]
    failed: tuple[tuple[Path, str], ...]
    bytes_freed: int

    @property
    def ok(self) -> bool:
        return not self.failed


def data_locations(paths: AppPaths) -> tuple[Location, ...]:
    """The folders "delete all my data" removes, outermost only (on Windows the
    settings, cache and logs live inside the data folder)."""
    candidates = (
        Location("settings, translation glossary and window layout", paths.config_dir),
        Location("conversation and translation history, models you added or downloaded", paths.data_dir),
        Location("models you added or downloaded", paths.models_dir),
        Location("caches (built-in models assembled from the installed packages)", paths.cache_dir),
        Location("logs", paths.log_dir),
    )
    out: list[Location] = []
    for loc in candidates:
        p = Path(os.path.abspath(loc.path))
        if any(p == o.path or o.path in p.parents for o in out):
            continue
        out = [o for o in out if p not in o.path.parents]  # a later folder holds an earlier one
        out.append(Location(loc.label, p))
    return tuple(out)


def describe_forget(paths: AppPaths) -> str:
    """The confirmation text (window and command line): what goes, what stays."""
    lines = ["This deletes everything Parley keeps about you:", ""]
    lines += [f"  • {loc.label}: {loc.path}" for loc in data_locations(paths)]
    lines += [
        "",
        "Settings go back to their defaults and a new, empty chat starts. The built-in models "
        "are part of the installed app and stay; the copies assembled from them in the cache "
        "are rebuilt from the installed packages the next time they are needed (this takes a "
        "few seconds). GGUF files you opened from elsewhere and chats you exported stay where "
        "they are. This cannot be undone.",
    ]
    return "\n".join(lines)


def folder_size(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.lstat(os.path.join(root, name)).st_size
    return total


def _refuse_unsafe(path: Path) -> None:
    """A hand-set PARLEY_BASEDIR or a broken platform lookup must never turn this
    into "delete my home folder"."""
    home = Path.home().resolve()
    p = path.resolve()
    if not p.is_absolute() or p == Path(p.anchor) or p == home or p in home.parents:
        raise ValueError(f"refusing to delete {p}: it is not a folder of Parley's own")


def _detach_log_files(log_dir: Path) -> list[logging.Handler]:
    """Close the app's log files inside ``log_dir`` so they can be deleted (Windows
    refuses to delete an open file); returns what was detached."""
    root = logging.getLogger("parley")
    detached: list[logging.Handler] = []
    for h in list(root.handlers):
        if isinstance(h, logging.FileHandler) and Path(h.baseFilename).resolve().is_relative_to(log_dir.resolve()):
            root.removeHandler(h)
            h.close()
            detached.append(h)
    return detached


def _rmtree(path: Path) -> list[tuple[Path, str]]:
    """Delete a folder, collecting what could not be deleted instead of stopping."""
    errors: list[tuple[Path, str]] = []

    def on_exc(_fn: object, name: str, exc: BaseException) -> None:
        errors.append((Path(name), str(exc)))

    if sys.version_info >= (3, 12):
        shutil.rmtree(path, onexc=on_exc)
    else:
        shutil.rmtree(path, onerror=lambda fn, name, info: on_exc(fn, name, info[1]))
    return errors


def forget_all(paths: AppPaths, *, store: HistoryStore | None = None) -> ForgetReport:
    """Delete every folder of ``data_locations``. The caller stops whatever writes
    there first (replies, translations, downloads). ``store``, the open history of
    a running app, is closed while its file is deleted and reopened empty after, so
    the services holding it go on; log files that were open are reopened, empty.
    Folders that cannot be deleted (in use on Windows) are reported, not fatal."""
    from .logs import setup_logging

    locations = data_locations(paths)
    for loc in locations:
        _refuse_unsafe(loc.path)
    removed: list[Path] = []
    failed: list[tuple[Path, str]] = []
    freed = 0
    detached = _detach_log_files(paths.log_dir)
    with store.closed_for_deletion() if store is not None else contextlib.nullcontext():
        for loc in locations:
            if not loc.path.exists():
                continue
            size = folder_size(loc.path)
            errors = _rmtree(loc.path)
            if errors:
                failed.extend(errors)
                freed += max(size - folder_size(loc.path), 0)
            else:
                removed.append(loc.path)
                freed += size
    if detached:
        setup_logging(paths)
    return ForgetReport(tuple(removed), tuple(failed), freed)
