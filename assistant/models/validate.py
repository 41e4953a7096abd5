"""Look at a model before Parley accepts it: which kind it is and whether it is whole.

A file that llama.cpp, CTranslate2 or onnxruntime cannot read may take the whole
engine process down, and a half-downloaded file looks like a model until it is
loaded. So every model the user adds or downloads passes through ``check_model``
first, and a refusal says in plain words what is wrong. Nothing here loads a model
or imports an engine library.
"""

from __future__ import annotations

import json
import struct
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InvalidModelError, ModelNotFoundError
from .gguf import MAGIC, GGUFInfo, read_gguf

KINDS = ("llm", "stt", "tts")

WHISPER_REQUIRED = ("model.bin", "config.json", "tokenizer.json")
WHISPER_VOCABULARY = ("vocabulary.txt", "vocabulary.json")
#: OpenAI's multilingual Whisper vocabularies have 51865 entries (large-v3: 51866);
#: the English-only ".en" models have 51864.
WHISPER_MULTILINGUAL_VOCAB = 51865

_MAX_JSON = 64 * 1024 * 1024  # a Piper config is ~5 KB, a Whisper tokenizer ~2-3 MB


@dataclass(frozen=True)
class CheckedModel:
    """What the checks learned, enough to list the model without looking again."""

    kind: str  # "llm" | "stt" | "tts"
    path: Path  # the .gguf file, the Whisper folder, or the Piper .onnx file
    name: str
    size_bytes: int
    languages: tuple[str, ...] = ()
    license: str = ""
    description: str = ""
    gguf: GGUFInfo | None = field(default=None, repr=False)
    files: tuple[Path, ...] = ()  # every file that makes up the model, for copying


def detect_kind(path: str | Path) -> str:
    """The kind ("llm", "stt" or "tts") from what the path looks like, or a plain refusal."""
    p = Path(path).expanduser()
    if not p.exists():
        raise ModelNotFoundError(f"Nothing at {p}.")
    if p.is_dir():
        if any((p / f).exists() for f in (*WHISPER_REQUIRED, *WHISPER_VOCABULARY)):
            return "stt"
        raise InvalidModelError(
            f"The folder {p.name} is not a model Parley knows: a Whisper model folder holds "
            "model.bin, config.json, tokenizer.json and a vocabulary file."
        )
    name = p.name.lower()
    if name.endswith(".onnx") or name.endswith(".onnx.json"):
        return "tts"
    if name.endswith(".gguf"):
        return "llm"
    try:
        with p.open("rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise InvalidModelError(f"{p.name} could not be read: {exc.strerror or exc}.") from exc
    if head == MAGIC:
        return "llm"
    if not head:
        raise InvalidModelError(f"{p.name} is empty (0 bytes).")
    raise InvalidModelError(
        f"{p.name} is not a model Parley knows. It takes a .gguf language model, a Piper voice "
        "(.onnx with its .onnx.json) or a faster-whisper model folder."
    )


def check_model(path: str | Path, *, kind: str | None = None) -> CheckedModel:
    """Validate a model of any kind (detected when not given)."""
    kind = kind or detect_kind(path)
    if kind == "llm":
        return check_gguf(path)
    if kind == "stt":
        return check_whisper(path)
    if kind == "tts":
        return check_piper(path)
    raise InvalidModelError(f"Unknown model kind {kind!r}; expected one of {', '.join(KINDS)}.")


def check_gguf(path: str | Path) -> CheckedModel:
    info = read_gguf(path)
    p = info.path.resolve()
    return CheckedModel(
        kind="llm",
        path=p,
        name=p.name[: -len(".gguf")] if p.name.lower().endswith(".gguf") else p.name,
        size_bytes=info.size_bytes,
        languages=info.languages,
        license=info.license,
        description=f"{info.architecture}, {info.quantization}" + ("" if info.chat_template else ", no chat template"),
        gguf=info,
        files=(p,),
    )


def _read_json(path: Path, what: str) -> Any:
    try:
        if path.stat().st_size > _MAX_JSON:
            raise InvalidModelError(f"{what} ({path.name}) is far too large to be what it claims.")
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidModelError(f"{what} ({path.name}) could not be read: {exc.strerror or exc}.") from exc
    except (UnicodeError, ValueError) as exc:
        raise InvalidModelError(f"{what} ({path.name}) is damaged: it is not valid JSON.") from exc


def whisper_vocabulary_size(folder: Path) -> int:
    """Entries in the vocabulary file, which tells English-only from multilingual."""
    txt = folder / "vocabulary.txt"
    if txt.is_file():
        with txt.open("rb") as fh:
            return sum(1 for _ in fh)
    vocab = _read_json(folder / "vocabulary.json", "The Whisper vocabulary")
    if not isinstance(vocab, list):
        raise InvalidModelError("The Whisper vocabulary (vocabulary.json) is damaged: it should be a list of tokens.")
    return len(vocab)


def check_whisper(path: str | Path) -> CheckedModel:
    p = Path(path).expanduser()
    if not p.exists():
        raise ModelNotFoundError(f"No folder at {p}.")
    if not p.is_dir():
        raise InvalidModelError(f"{p.name} is a file; a faster-whisper model is a folder.")
    for f in WHISPER_REQUIRED:
        fp = p / f
        if not fp.is_file():
            raise InvalidModelError(
                f"The Whisper folder {p.name} has no {f}; it is incomplete or not a faster-whisper model."
            )
        if fp.stat().st_size == 0:
            raise InvalidModelError(f"{f} in the Whisper folder {p.name} is empty (an incomplete copy?).")
    vocab_file = next((p / f for f in WHISPER_VOCABULARY if (p / f).is_file()), None)
    if vocab_file is None:
        raise InvalidModelError(f"The Whisper folder {p.name} has no vocabulary.txt or vocabulary.json.")
    with (p / "model.bin").open("rb") as fh:  # CTranslate2 starts with its format version
        head = fh.read(4)
    version = struct.unpack("<I", head)[0] if len(head) == 4 else 0
    if not 1 <= version <= 100:
        raise InvalidModelError(f"model.bin in {p.name} is not a CTranslate2 model (an unexpected header).")
    if not isinstance(_read_json(p / "config.json", "The Whisper configuration"), dict):
        raise InvalidModelError(f"config.json in {p.name} is damaged: it should hold an object.")
    tokenizer = _read_json(p / "tokenizer.json", "The Whisper tokenizer")
    if not isinstance(tokenizer, dict) or "model" not in tokenizer:
        raise InvalidModelError(f"tokenizer.json in {p.name} is not a tokenizer.")
    n_vocab = whisper_vocabulary_size(p)
    multilingual = n_vocab >= WHISPER_MULTILINGUAL_VOCAB
    files = tuple(sorted(f for f in p.iterdir() if f.is_file() and not f.name.startswith(".")))
    return CheckedModel(
        kind="stt",
        path=p.resolve(),
        name=p.resolve().name,
        size_bytes=sum(f.stat().st_size for f in files),
        languages=("multilingual",) if multilingual else ("en",),
        description="Whisper (CTranslate2), " + ("multilingual" if multilingual else "English only"),
        files=files,
    )


def piper_config_path(onnx: Path) -> Path:
    return onnx.with_name(onnx.name + ".json")


def check_piper(path: str | Path) -> CheckedModel:
    p = Path(path).expanduser()
    if p.name.lower().endswith(".onnx.json"):  # the user picked the JSON half of the pair
        p = p.with_name(p.name[: -len(".json")])
    if not p.exists():
        raise ModelNotFoundError(f"No voice file at {p}.")
    if p.is_dir():
        raise InvalidModelError(f"{p.name} is a folder; a Piper voice is an .onnx file with its .onnx.json.")
    size = p.stat().st_size
    if size == 0:
        raise InvalidModelError(f"{p.name} is empty (0 bytes).")
    with p.open("rb") as fh:  # an ONNX model is a protobuf whose first field is ir_version
        if fh.read(1) != b"\x08":
            raise InvalidModelError(f"{p.name} is not an ONNX model.")
    cfg_path = piper_config_path(p)
    if not cfg_path.is_file():
        raise InvalidModelError(f"The voice {p.name} has no {cfg_path.name} next to it; Piper needs both files.")
    cfg = _read_json(cfg_path, "The voice's settings")
    if not isinstance(cfg, dict):
        raise InvalidModelError(f"{cfg_path.name} is damaged: it should hold an object.")
    audio = cfg.get("audio")
    rate = audio.get("sample_rate") if isinstance(audio, dict) else None
    if not isinstance(rate, int) or isinstance(rate, bool) or rate <= 0:
        raise InvalidModelError(f"{cfg_path.name} does not give the voice's sample rate (audio.sample_rate).")
    lang = cfg.get("language")
    code = lang.get("code") if isinstance(lang, dict) else None
    espeak = cfg.get("espeak")
    espeak_voice = espeak.get("voice") if isinstance(espeak, dict) else None
    if not (isinstance(code, str) and code) and not (isinstance(espeak_voice, str) and espeak_voice):
        raise InvalidModelError(f"{cfg_path.name} does not say which language the voice speaks.")
    ids = cfg.get("phoneme_id_map")
    if not isinstance(ids, dict) or not ids:
        raise InvalidModelError(f"{cfg_path.name} has no phoneme_id_map, so Piper could not read text with it.")
    full = code if isinstance(code, str) and code else str(espeak_voice)
    base = full.replace("-", "_").split("_")[0].lower()
    native = lang.get("name_english") if isinstance(lang, dict) else None
    p = p.resolve()
    return CheckedModel(
        kind="tts",
        path=p,
        name=p.name[: -len(".onnx")] if p.name.lower().endswith(".onnx") else p.stem,
        size_bytes=size + cfg_path.stat().st_size,
        languages=(base,),
        description=f"Piper voice, {native or full} ({full}), {rate} Hz",
        files=(p, piper_config_path(p)),
    )


_cache_lock = threading.Lock()
_cache: dict[tuple[str, str, int, int], CheckedModel] = {}
#: one model file is read at a time (see check_model_cached)
_reading = threading.Lock()


def check_model_cached(path: Path, kind: str) -> CheckedModel:
    """``check_model`` remembered by path, size and modification time: listing runs
    often (every window refresh) and reading a vocabulary takes a tenth of a second."""
    try:
        st = path.stat()
    except OSError as exc:
        raise ModelNotFoundError(f"No model at {path}.") from exc
    key = (kind, str(path), st.st_size, st.st_mtime_ns)
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None:
            return hit
    # one thread reads at a time; the others asking for the same file meanwhile wait for
    # that reading. Three threads reading Gemma's 262,144-word vocabulary at once kept
    # the window's event loop from running for 170 ms (Python's lock passes between
    # them before the GUI thread gets it); one alone, 10-17 ms (/tmp script, heartbeat)
    with _reading:
        with _cache_lock:
            hit = _cache.get(key)
        if hit is not None:
            return hit
        checked = check_model(path, kind=kind)
        with _cache_lock:
            if len(_cache) > 256:
                _cache.clear()
            _cache[key] = checked
        return checked
