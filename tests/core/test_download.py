"""Downloads against a real HTTP server on the loopback interface (started here, port 0):
resume with Range, servers that ignore Range, checksums, pause, cancel, errors."""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from assistant import cli
from assistant.config import Settings
from assistant.errors import InvalidModelError
from assistant.models.download import DownloadError, download_file, part_path
from assistant.models.registry import ModelRegistry

from .test_model_manager import PIPER_CFG, TINY_META, gguf_bytes, nothing_left

ROOT = Path(__file__).resolve().parents[2]
DATA = bytes(range(256)) * 8 * 1024  # 2 MiB, eight 256 KiB chunks


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass

    def do_GET(self) -> None:
        srv = self.server
        srv.requests.append(
            {"path": self.path, "range": self.headers.get("Range"), "if_range": self.headers.get("If-Range")}
        )
        body = srv.files.get(self.path)
        if body is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        start = 0
        m = re.fullmatch(r"bytes=(\d+)-", self.headers.get("Range") or "")
        if m and srv.ranges:
            start = int(m.group(1))
            if start >= len(body):
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{len(body)}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
        else:
            self.send_response(200)
        self.send_header("Content-Length", str(len(body) - start))
        self.send_header("ETag", '"v1"')
        self.end_headers()
        payload = body[start:]
        if srv.delay:  # a slow line, 64 KB at a time
            for i in range(0, len(payload), 65536):
                self.wfile.write(payload[i : i + 65536])
                time.sleep(srv.delay)
            return
        if srv.drop_after is not None:  # lose the connection part-way, once
            cut, srv.drop_after = srv.drop_after, None
            self.wfile.write(payload[:cut])
            self.close_connection = True
            return
        self.wfile.write(payload)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.files: dict[str, bytes] = {}
        self.requests: list[dict[str, str | None]] = []
        self.ranges = True
        self.drop_after: int | None = None
        self.delay = 0.0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"


@pytest.fixture
def server(monkeypatch):
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    srv = _Server()
    srv.files["/model.bin"] = DATA
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_complete_download_with_progress(server, tmp_path):
    seen = []
    dest = tmp_path / "model.bin"
    result = download_file(server.url("/model.bin"), dest, progress=seen.append, progress_interval=0)
    assert result.state == "done" and result.path == dest and dest.read_bytes() == DATA
    assert leftovers(tmp_path) == ["model.bin"]  # no .part, no sidecar
    assert seen[-1].done == seen[-1].total == len(DATA) and seen[-1].fraction == 1.0
    assert all(p.speed_bps >= 0 for p in seen) and any(p.seconds_left is not None for p in seen)
    assert server.requests[0]["range"] is None


def test_dropped_connection_resumes_with_range(server, tmp_path):
    server.drop_after = 700_000
    dest = tmp_path / "model.bin"
    with pytest.raises(DownloadError, match="kept; try again to resume"):
        download_file(server.url("/model.bin"), dest, retries=0)
    assert not dest.exists() and part_path(dest).stat().st_size == 700_000
    result = download_file(server.url("/model.bin"), dest, retries=0)
    assert result.state == "done" and dest.read_bytes() == DATA
    assert server.requests[1]["range"] == "bytes=700000-" and server.requests[1]["if_range"] == '"v1"'
    assert leftovers(tmp_path) == ["model.bin"]


def test_dropped_connection_is_resumed_automatically(server, tmp_path, monkeypatch):
    import assistant.models.download as d

    monkeypatch.setattr(d, "_wait", lambda *a: None)  # no back-off pause in the test
    server.drop_after = 300_000
    dest = tmp_path / "model.bin"
    assert download_file(server.url("/model.bin"), dest, retries=2).state == "done"
    assert dest.read_bytes() == DATA and [r["range"] for r in server.requests] == [None, "bytes=300000-"]


def test_server_without_range_support_restarts_from_zero(server, tmp_path):
    server.ranges = False
    server.drop_after = 500_000
    dest = tmp_path / "model.bin"
    with pytest.raises(DownloadError):
        download_file(server.url("/model.bin"), dest, retries=0)
    result = download_file(server.url("/model.bin"), dest, retries=0)
    assert server.requests[1]["range"] == "bytes=500000-"  # asked to resume, got a 200 with everything
    assert result.state == "done" and dest.read_bytes() == DATA


def test_wrong_sha256_is_refused_and_nothing_left(server, tmp_path):
    dest = tmp_path / "model.bin"
    with pytest.raises(DownloadError, match="SHA-256"):
        download_file(server.url("/model.bin"), dest, sha256="0" * 64)
    assert leftovers(tmp_path) == []
    good = hashlib.sha256(DATA).hexdigest()
    assert download_file(server.url("/model.bin"), dest, sha256=good.upper()).state == "done"


def test_cancel_leaves_nothing(server, tmp_path):
    cancel = threading.Event()
    dest = tmp_path / "model.bin"

    def progress(p):
        if p.done >= 256 * 1024:
            cancel.set()

    result = download_file(server.url("/model.bin"), dest, progress=progress, cancel=cancel, progress_interval=0)
    assert result.state == "cancelled" and leftovers(tmp_path) == []


def test_pause_keeps_the_part_and_resume_completes(server, tmp_path):
    pause = threading.Event()
    dest = tmp_path / "model.bin"

    def progress(p):
        if p.done >= 512 * 1024:
            pause.set()

    result = download_file(server.url("/model.bin"), dest, progress=progress, pause=pause, progress_interval=0)
    assert result.state == "paused" and result.path == part_path(dest) and not dest.exists()
    kept = part_path(dest).stat().st_size
    assert 512 * 1024 <= kept < len(DATA) and result.bytes_done == kept
    pause.clear()
    result = download_file(server.url("/model.bin"), dest, pause=pause)
    assert result.state == "done" and dest.read_bytes() == DATA
    assert server.requests[-1]["range"] == f"bytes={kept}-"


def test_part_from_another_address_is_not_continued(server, tmp_path):
    server.files["/other.bin"] = DATA[::-1]
    server.drop_after = 400_000
    dest = tmp_path / "model.bin"
    with pytest.raises(DownloadError):
        download_file(server.url("/other.bin"), dest, retries=0)
    download_file(server.url("/model.bin"), dest)
    assert dest.read_bytes() == DATA and server.requests[-1]["range"] is None


def test_already_complete_part_is_accepted(server, tmp_path):
    dest = tmp_path / "model.bin"
    download_file(server.url("/model.bin"), dest)
    dest.rename(part_path(dest))  # as if the process died between the last byte and the rename
    part_path(dest).with_name("model.bin.part.json").write_text(json.dumps({"url": server.url("/model.bin")}))
    assert download_file(server.url("/model.bin"), dest).state == "done" and dest.read_bytes() == DATA
    assert server.requests[-1]["range"] == f"bytes={len(DATA)}-"


def test_404_is_a_plain_error(server, tmp_path):
    with pytest.raises(DownloadError, match=r"no file at this address \(404 Not Found\)"):
        download_file(server.url("/missing.gguf"), tmp_path / "missing.gguf")
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x.gguf", "not a url"])
def test_only_web_addresses(tmp_path, url):
    with pytest.raises(DownloadError, match="web address"):
        download_file(url, tmp_path / "x")


def test_unreachable_server_is_a_plain_error(tmp_path):
    srv = _Server()  # bound, then closed: nothing listens on that port any more
    url = srv.url("/model.bin")
    srv.server_close()
    with pytest.raises(DownloadError, match="Could not reach 127.0.0.1"):
        download_file(url, tmp_path / "model.bin", retries=0, timeout=5)


# ---- through the registry: checked like "add", installed atomically ------------------


def test_registry_download_installs_a_checked_model(server, app_paths):
    server.files["/models/Tiny-Q4.gguf"] = gguf_bytes(TINY_META, tail=b"\0" * 600_000)
    reg = ModelRegistry(app_paths, Settings)
    outcome = reg.download(server.url("/models/Tiny-Q4.gguf"))
    assert outcome.state == "done" and outcome.model is not None
    m = outcome.model
    assert (m.kind, m.name, m.languages, m.source) == ("llm", "Tiny-Q4", ("fr", "de"), "user")
    assert Path(m.path) == app_paths.models_dir / "llm" / "Tiny-Q4.gguf"
    assert [x.name for x in reg.list_models("llm") if x.source == "user"] == ["Tiny-Q4"]
    assert not reg.downloads_dir.exists()  # nothing pending, nothing left


def test_registry_download_of_a_piper_voice_fetches_its_json(server, app_paths):
    server.files["/v/fr_FR-test-low.onnx"] = b"\x08\x07" + b"\0" * 300_000
    server.files["/v/fr_FR-test-low.onnx.json"] = json.dumps(PIPER_CFG).encode()
    reg = ModelRegistry(app_paths, Settings)
    m = reg.download(server.url("/v/fr_FR-test-low.onnx"), name="french").model
    assert m is not None and m.kind == "tts" and m.languages == ("fr",) and m.path.endswith("tts/french/french.onnx")
    assert reg.resolve("tts", "french").path == m.path


def test_downloaded_file_that_fails_validation_is_removed(server, app_paths):
    server.files["/bad.gguf"] = b"<html><body>Please log in</body></html>" + b" " * 2000
    reg = ModelRegistry(app_paths, Settings)
    with pytest.raises(InvalidModelError, match="not a usable model, so it was removed.*not a GGUF"):
        reg.download(server.url("/bad.gguf"))
    assert nothing_left(app_paths.models_dir)


def test_registry_download_pause_then_resume(server, app_paths):
    server.files["/m.gguf"] = gguf_bytes(TINY_META, tail=b"\0" * 2_000_000)
    reg = ModelRegistry(app_paths, Settings)
    pause = threading.Event()
    server.delay = 0.01  # slow enough for a progress report (every 0.1 s) before the end
    outcome = reg.download(server.url("/m.gguf"), pause=pause, progress=lambda p: pause.set())
    assert outcome.state == "paused" and outcome.model is None and outcome.path.name == "m.gguf.part"
    kept = outcome.bytes_done
    assert 0 < kept < len(server.files["/m.gguf"])
    assert [m for m in reg.list_models("llm") if m.source == "user"] == []  # nothing half-made is listed
    pause.clear()
    server.delay = 0.0
    outcome = reg.download(server.url("/m.gguf"), pause=pause)
    assert outcome.state == "done" and server.requests[-1]["range"] == f"bytes={kept}-"
    assert Path(outcome.path).read_bytes() == server.files["/m.gguf"]
    assert not reg.downloads_dir.exists()


def test_cli_download_prints_progress_and_adds(server, capsys, tmp_path):
    server.files["/cli.gguf"] = gguf_bytes(TINY_META)
    code = cli.main(["models", "download", server.url("/cli.gguf"), "--name", "from-web", "--basedir", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 0 and "Downloaded and added from-web" in out, err
    code = cli.main(["models", "download", server.url("/nope.gguf"), "--basedir", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 1 and "404" in err and len(err.strip().splitlines()) == 1


def test_download_module_is_the_only_network_code():
    """The privacy promise in code: nothing else in the app imports a network library."""
    pattern = re.compile(r"^\s*(?:import|from)\s+(socket|ssl|urllib|http|requests|httpx|urllib3|aiohttp)\b", re.M)
    offenders = []
    for path in [*(ROOT / "assistant").rglob("*.py"), *(ROOT / "ui").rglob("*.py"), ROOT / "main.py"]:
        if path.name == "download.py" and path.parent.name == "models":
            continue
        for m in pattern.finditer(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(ROOT)}: {m.group(1)}")
    assert offenders == []
