"""Download a model from an address the user gave. The only code in Parley that opens
a network connection, and it runs only when the user asks (tests/core/test_download.py
checks that no other module imports a network library).

A model is hundreds of megabytes to gigabytes, so a download must survive a dropped
connection and a closed laptop lid: bytes go to ``<name>.part`` and a later call
resumes with an HTTP ``Range`` request. The finished file appears under its real
name only once it is complete and, when a SHA-256 was given, verified, so nothing
ever sees half a model. Standard library only (urllib).
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import re
import shutil
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..errors import ModelError

CHUNK = 256 * 1024


class DownloadError(ModelError):
    title = "The download failed"


@dataclass(frozen=True)
class DownloadProgress:
    done: int
    """Bytes on disk so far, including those from an earlier, paused attempt."""

    total: int | None
    """Size of the whole file when the server says; None otherwise."""

    speed_bps: float
    """Bytes per second over the last few seconds."""

    seconds_left: float | None

    @property
    def fraction(self) -> float | None:
        return self.done / self.total if self.total else None


@dataclass(frozen=True)
class DownloadResult:
    state: str
    """One of "done", "paused" (the .part file is kept for a later resume) or "cancelled"
    (nothing is left behind)."""

    path: Path
    """The finished file when done; the .part file when paused; the would-be file
    when cancelled."""

    bytes_done: int


def part_path(dest: Path) -> Path:
    return dest.with_name(dest.name + ".part")


def _meta_path(dest: Path) -> Path:
    return dest.with_name(dest.name + ".part.json")


def discard_partial(dest: Path) -> None:
    """Forget a paused download of ``dest``."""
    part_path(dest).unlink(missing_ok=True)
    _meta_path(dest).unlink(missing_ok=True)


def partial_size(dest: Path) -> int:
    """Bytes already fetched for ``dest`` by a paused or interrupted download."""
    try:
        return part_path(dest).stat().st_size
    except OSError:
        return 0


def filename_from_url(url: str) -> str:
    """The last path segment, decoded, as a safe file name ("" when there is none)."""
    name = urllib.parse.unquote(urllib.parse.urlsplit(url).path.rsplit("/", 1)[-1])
    return re.sub(r"[^A-Za-z0-9._+-]", "_", name).lstrip(".")


def check_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise DownloadError(f"{url!r} is not a web address; Parley downloads from http:// or https:// addresses.")
    return url.strip()


class _Transient(Exception):
    """A failure worth retrying (connection lost, server busy); carries the reason."""


class _Meter:
    """Speed over a sliding window, so the estimate follows the connection as it is
    now rather than its average since the start."""

    def __init__(self, window_s: float = 3.0) -> None:
        self.window_s = window_s
        self.samples: deque[tuple[float, int]] = deque()

    def add(self, now: float, done: int) -> float:
        self.samples.append((now, done))
        while len(self.samples) > 2 and now - self.samples[0][0] > self.window_s:
            self.samples.popleft()
        t0, d0 = self.samples[0]
        return (done - d0) / (now - t0) if now > t0 else 0.0


def _http_reason(exc: urllib.error.HTTPError, url: str) -> str:
    host = urllib.parse.urlsplit(url).netloc
    if exc.code == 404:
        return f"{host} has no file at this address (404 Not Found). Check the address."
    if exc.code in (401, 403):
        return f"{host} refused the download ({exc.code}): the file may need a login or be private."
    return f"{host} answered {exc.code} {exc.reason or ''}".rstrip() + "."


def _content_range(value: str | None) -> tuple[int | None, int | None]:
    """(start, total) from ``bytes 100-199/1000`` or ``bytes */1000``."""
    m = re.match(r"\s*bytes\s+(?:(\d+)-\d+|\*)/(\d+|\*)", value or "")
    if not m:
        return None, None
    start = int(m.group(1)) if m.group(1) else None
    total = int(m.group(2)) if m.group(2) != "*" else None
    return start, total


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(4 * 1024 * 1024):
            h.update(block)
    return h.hexdigest()


def download_file(
    url: str,
    dest: str | Path,
    *,
    sha256: str = "",
    progress: Callable[[DownloadProgress], None] | None = None,
    cancel: threading.Event | None = None,
    pause: threading.Event | None = None,
    timeout: float = 30.0,
    retries: int = 3,
    progress_interval: float = 0.1,
) -> DownloadResult:
    """Fetch ``url`` into ``dest``, resuming a ``.part`` left by an earlier call.

    ``cancel`` stops and removes the partial file; ``pause`` stops and keeps it. Both
    are checked between chunks (256 KB), so they act within a fraction of a second
    on a live connection. Lost connections are resumed up to ``retries`` times; after
    that a ``DownloadError`` says what happened and the partial file stays, so the
    next call resumes. ``progress`` is called at most every ``progress_interval``
    seconds, from this thread."""
    url = check_url(url)
    dest = Path(dest)
    want_sha = sha256.strip().lower()
    if want_sha and not re.fullmatch(r"[0-9a-f]{64}", want_sha):
        raise DownloadError("The SHA-256 checksum should be 64 hexadecimal characters.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    part, meta_file = part_path(dest), _meta_path(dest)
    meta = _read_meta(meta_file)
    if meta.get("url") != url:  # a .part from another address must not be continued
        discard_partial(dest)
        meta = {}

    attempt = 0
    while True:
        if cancel is not None and cancel.is_set():
            discard_partial(dest)
            return DownloadResult("cancelled", dest, 0)
        if pause is not None and pause.is_set():
            return DownloadResult("paused", part, partial_size(dest))
        try:
            outcome = _fetch(
                url,
                dest,
                meta,
                progress=progress,
                cancel=cancel,
                pause=pause,
                timeout=timeout,
                progress_interval=progress_interval,
            )
        except _Transient as exc:
            attempt += 1
            if attempt > retries:
                kept = partial_size(dest)
                tail = f" {kept / 1e6:.1f} MB are kept; try again to resume." if kept else ""
                raise DownloadError(f"{exc}{tail}") from exc
            _wait(min(2.0**attempt, 30.0), cancel, pause)
            meta = _read_meta(meta_file)
            continue
        if outcome is not None:
            if outcome.state != "done":
                return outcome
            break
        meta = {}  # the server restarted us from zero; go round again straight away

    if want_sha:
        got = sha256_of(part)
        if got != want_sha:
            discard_partial(dest)
            raise DownloadError(
                f"The downloaded file does not match the SHA-256 checksum given (it is {got[:12]}…); it was removed."
            )
    os.replace(part, dest)
    meta_file.unlink(missing_ok=True)
    return DownloadResult("done", dest, dest.stat().st_size)


def _wait(seconds: float, cancel: threading.Event | None, pause: threading.Event | None) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if (cancel is not None and cancel.is_set()) or (pause is not None and pause.is_set()):
            return
        time.sleep(min(0.05, max(0.0, end - time.monotonic())))


def _read_meta(path: Path) -> dict[str, str]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in raw.items() if isinstance(v, str)} if isinstance(raw, dict) else {}


def _write_meta(path: Path, meta: dict[str, str]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(meta), encoding="utf-8")
    os.replace(tmp, path)


def _fetch(
    url: str,
    dest: Path,
    meta: dict[str, str],
    *,
    progress: Callable[[DownloadProgress], None] | None,
    cancel: threading.Event | None,
    pause: threading.Event | None,
    timeout: float,
    progress_interval: float,
) -> DownloadResult | None:
    """One HTTP request. Returns the result when finished, paused or cancelled; None
    when the partial file had to be dropped and the caller should start again; raises
    ``_Transient`` for failures worth a retry."""
    part, meta_file = part_path(dest), _meta_path(dest)
    offset = partial_size(dest)
    headers = {"User-Agent": f"Parley/{__version__}", "Accept-Encoding": "identity"}
    if offset:
        headers["Range"] = f"bytes={offset}-"
        validator = meta.get("etag") or meta.get("last_modified")
        if validator:  # if the file changed on the server, get it whole instead of a mixed one
            headers["If-Range"] = validator
    request = urllib.request.Request(url, headers=headers)
    host = urllib.parse.urlsplit(url).netloc
    try:
        response = urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code == 416 and offset:
            _start, total = _content_range(exc.headers.get("Content-Range"))
            if total == offset:  # everything was already here
                return DownloadResult("done", dest, offset)
            discard_partial(dest)
            return None
        if exc.code >= 500 or exc.code in (408, 429):
            raise _Transient(_http_reason(exc, url)) from exc
        discard_partial(dest)
        raise DownloadError(_http_reason(exc, url)) from exc
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise _Transient(f"Could not reach {host}: {reason}.") from exc

    with response:
        status = response.status
        if offset and status == 206:
            start, total = _content_range(response.headers.get("Content-Range"))
            if start != offset:
                discard_partial(dest)
                return None
        else:  # 200: the whole file, whatever we asked for
            offset = 0
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
        if total is not None:
            free = shutil.disk_usage(dest.parent).free
            if total - offset > free:
                raise DownloadError(
                    f"The file needs {(total - offset) / 1e9:.1f} GB but only {free / 1e9:.1f} GB is free on the disk."
                )
        new_meta = {"url": url}
        for key, header in (("etag", "ETag"), ("last_modified", "Last-Modified")):
            value = response.headers.get(header)
            if value and not value.startswith("W/"):  # a weak ETag cannot validate a byte range
                new_meta[key] = value
        _write_meta(meta_file, new_meta)

        done = offset
        meter = _Meter()
        start_t = last_report = time.monotonic()
        meter.add(start_t, done)

        def report(now: float) -> None:
            if progress is None:
                return
            speed = meter.add(now, done)
            left = (total - done) / speed if total is not None and speed > 0 else None
            progress(DownloadProgress(done=done, total=total, speed_bps=speed, seconds_left=left))

        with part.open("ab" if offset else "wb") as out:
            while True:
                if cancel is not None and cancel.is_set():
                    out.close()
                    discard_partial(dest)
                    return DownloadResult("cancelled", dest, 0)
                if pause is not None and pause.is_set():
                    out.flush()
                    return DownloadResult("paused", part, done)
                try:
                    block = response.read(CHUNK)
                except (OSError, http.client.HTTPException) as exc:
                    out.flush()
                    raise _Transient(f"The connection to {host} was lost ({exc}).") from exc
                if not block:
                    break
                out.write(block)
                done += len(block)
                now = time.monotonic()
                if now - last_report >= progress_interval:
                    last_report = now
                    report(now)
            out.flush()
            os.fsync(out.fileno())
        if total is not None and done < total:
            raise _Transient(f"The connection to {host} closed after {done / 1e6:.1f} of {total / 1e6:.1f} MB.")
        report(time.monotonic())
        return DownloadResult("done", dest, done)
