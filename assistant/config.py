"""User settings: one frozen dataclass, a schema version, migrations, atomic save.

Old files are migrated, never rejected. A file that cannot be read at all is moved
aside (``settings.json.broken-<time>``) and defaults are used; the caller is told
through ``LoadResult.notice`` so the UI can say so.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 2

THEMES = ("system", "light", "dark", "contrast")
"""Colour themes; "contrast" is the high-contrast one (black, white, yellow focus)."""

#: interface languages with a translation in resources/i18n ("system" follows the desktop)
UI_LANGUAGES = ("system", "en", "fr", "de", "es")

#: how long conversations and translations are kept (see ``assistant.privacy``)
HISTORY_RETENTION = ("forever", "30d", "none")


@dataclass(frozen=True)
class ModelOptions:
    """Settings that belong to one model rather than to the app: a 7B model and a
    135M model want different contexts and threads, and a GGUF with a broken chat
    template needs its own. Zero or empty means "use the app-wide setting"."""

    path: str
    """The model this applies to, as the registry gives it (``ModelInfo.path``)."""

    context_length: int = 0
    """Tokens the model sees at once; 0 uses ``Settings.context_size``."""

    n_threads: int = 0
    """CPU threads; 0 uses ``Settings.n_threads``."""

    gpu_layers: int = 0
    """Layers to offload to the GPU (-1 = all); only used when llama.cpp was built
    with a GPU backend, see ``assistant.models.options.gpu_offload_supported``."""

    chat_template: str = ""
    """A Jinja chat template that replaces the one inside the GGUF."""

    system_prompt: str = ""
    """Replaces ``Settings.system_prompt`` for this model."""

    def validated(self) -> ModelOptions:
        ctx = int(self.context_length)
        return dataclasses.replace(
            self,
            path=str(self.path),
            context_length=0 if ctx <= 0 else min(max(ctx, 256), 131072),
            n_threads=min(max(int(self.n_threads), 0), 256),
            gpu_layers=min(max(int(self.gpu_layers), -1), 1000),
            chat_template=str(self.chat_template or ""),
            system_prompt=str(self.system_prompt or ""),
        )

    @property
    def is_default(self) -> bool:
        return self == ModelOptions(self.path)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> ModelOptions:
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known}).validated()


@dataclass(frozen=True)
class Settings:
    schema_version: int = SCHEMA_VERSION
    """Version of this file's layout; see ``_MIGRATIONS``."""

    chat_model: str = ""
    """Name (from the registry) or path of the chat model; empty means the default."""

    system_prompt: str = "You are Parley, a helpful assistant running privately on this computer. Answer clearly and concisely."
    """Sent first in every conversation, and never dropped when the context fills."""

    temperature: float = 0.2
    """Sampling temperature; 0 gives the same answer every time. Small models wander
    above about 0.3, so the default is low."""

    max_tokens: int = 512
    """Longest reply, in tokens."""

    context_size: int = 2048
    """Tokens the model sees at once (prompt plus reply). Larger costs memory."""

    n_threads: int = 0
    """CPU threads for the language model; 0 means one per physical core."""

    theme: str = "system"
    """"system" follows the desktop's light/dark choice; "light", "dark" or "contrast"
    (high contrast) overrides."""

    font_size: int = 0
    """Interface font size in points; 0 means the desktop's size."""

    ui_language: str = "system"
    """Language of the interface: "system" follows the desktop, or one of
    ``UI_LANGUAGES``. Applied at start-up (the settings offer a restart)."""

    tray_icon: bool = True
    """Show Parley in the system tray (where the desktop has one)."""

    close_to_tray: bool = True
    """Closing the window keeps Parley running in the tray (only with a tray icon)."""

    global_talk_key: str = "Ctrl+Alt+Space"
    """Push-to-talk from any application (hold, or toggle with ``ptt_toggle``);
    empty turns it off. See ``ui.global_keys`` for how each desktop is served."""

    quick_ask_key: str = "Ctrl+Alt+A"
    """Opens the quick-ask box from any application; empty turns it off."""

    welcome_done: bool = False
    """The first-run welcome was shown (set when it is closed)."""

    user_models: tuple[str, ...] = field(default_factory=tuple)
    """GGUF files the user opened from disk, kept so they show in the model picker."""

    translation_model: str = "gemma-3-270m"
    """Model for the translator: the embedded multilingual Gemma, chosen by the chrF++
    benchmark (benchmarks/translate.py)."""

    translate_from: str = "auto"
    """The Translator's source language: a code from ``assistant.translate.LANGUAGES``
    or "auto" to detect it. In conversation mode, the left person's language."""

    translate_to: str = "fr"
    """The Translator's target language; in conversation mode, the right person's."""

    stt_model: str = ""
    """Whisper model name or folder; empty picks tiny.en for English, base otherwise."""

    stt_language: str = "en"
    """Language spoken to Parley: a code such as "en" or "fr", or "auto" to detect it
    (detection and non-English need the multilingual Whisper model)."""

    tts_voice: str = ""
    """Piper voice name or .onnx path; empty means the default voice."""

    speaking_rate: float = 1.0
    """1.0 is the voice's natural pace; 1.2 is 20 % faster."""

    input_device: str = ""
    """Microphone by name; empty means the system default."""

    output_device: str = ""
    """Speaker by name; empty means the system default."""

    ptt_key: str = "Ctrl+Space"
    """The push-to-talk key (held, or pressed twice in toggle mode)."""

    ptt_toggle: bool = False
    """Press once to start and once to stop, for people who cannot hold a key."""

    keep_mic_open: bool = True
    """Keep the microphone open between turns so the first word is never cut
    (~300 ms before the key press are kept in memory, never on disk)."""

    history_retention: str = "forever"
    """How long conversations and translations are kept: "forever", "30d" (deleted
    once not updated for 30 days, checked at start-up and daily) or "none" (deleted
    at start-up and when Parley quits). See ``assistant.privacy.apply_retention``."""

    model_options: tuple[ModelOptions, ...] = field(default_factory=tuple)
    """Per-model overrides (context, threads, GPU layers, template, system prompt),
    one entry per model path; models without an entry use the settings above."""

    def options_for(self, path: str) -> ModelOptions:
        """This model's overrides, or an all-defaults entry when it has none."""
        for o in self.model_options:
            if o.path == str(path):
                return o
        return ModelOptions(str(path))

    def with_model_options(self, options: ModelOptions) -> Settings:
        """A copy with this model's entry replaced; all-default entries are dropped so
        the file only holds what the user changed."""
        options = options.validated()
        rest = tuple(o for o in self.model_options if o.path != options.path)
        return self.replace(model_options=rest if options.is_default else rest + (options,))

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes).validated()

    def validated(self) -> Settings:
        """Clamp values into their sensible ranges rather than failing."""
        return dataclasses.replace(
            self,
            temperature=min(max(float(self.temperature), 0.0), 2.0),
            max_tokens=min(max(int(self.max_tokens), 1), 32768),
            context_size=min(max(int(self.context_size), 256), 131072),
            n_threads=min(max(int(self.n_threads), 0), 256),
            theme=self.theme if self.theme in THEMES else "system",
            font_size=0 if not str(self.font_size).lstrip("-").isdigit() else min(max(int(self.font_size), 0), 48),
            ui_language=self.ui_language if self.ui_language in UI_LANGUAGES else "system",
            global_talk_key=str(self.global_talk_key or "").strip(),
            quick_ask_key=str(self.quick_ask_key or "").strip(),
            speaking_rate=min(max(float(self.speaking_rate), 0.5), 2.0),
            stt_language=(self.stt_language or "en").strip().lower(),
            # an unknown value keeps everything: never delete on a typo
            history_retention=self.history_retention if self.history_retention in HISTORY_RETENTION else "forever",
            user_models=tuple(str(p) for p in self.user_models),
            model_options=_dedupe_options(self.model_options),
        )

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["user_models"] = list(self.user_models)
        d["model_options"] = [dataclasses.asdict(o) for o in self.model_options]
        return d

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Settings:
        raw = migrate(dict(raw))
        known = {f.name for f in dataclasses.fields(cls)}
        kwargs = {k: v for k, v in raw.items() if k in known}
        if "user_models" in kwargs:
            kwargs["user_models"] = tuple(kwargs["user_models"] or ())
        if "model_options" in kwargs:
            kwargs["model_options"] = _options_from_json(kwargs["model_options"])
        kwargs["schema_version"] = SCHEMA_VERSION
        return cls(**kwargs).validated()


def _dedupe_options(options: tuple[ModelOptions, ...]) -> tuple[ModelOptions, ...]:
    """One entry per path, the last one winning, as a hand-edited file may repeat one."""
    by_path: dict[str, ModelOptions] = {}
    for o in options:
        o = o.validated() if isinstance(o, ModelOptions) else ModelOptions.from_dict(dict(o))
        by_path.pop(o.path, None)
        by_path[o.path] = o
    return tuple(by_path.values())


def _options_from_json(raw: Any) -> tuple[ModelOptions, ...]:
    """Entries that cannot be read are dropped, not fatal: one bad hand edit must not
    send the whole settings file aside."""
    out = []
    for o in raw if isinstance(raw, list) else ():
        if isinstance(o, dict) and isinstance(o.get("path"), str):
            try:
                out.append(ModelOptions.from_dict(o))
            except (TypeError, ValueError):
                continue
    return tuple(out)


def _migrate_0_to_1(raw: dict[str, Any]) -> dict[str, Any]:
    # schema 0 (unversioned drafts) called the reply length "max_reply_tokens"
    if "max_reply_tokens" in raw and "max_tokens" not in raw:
        raw["max_tokens"] = raw.pop("max_reply_tokens")
    return raw


def _migrate_1_to_2(raw: dict[str, Any]) -> dict[str, Any]:
    # schema 2 added history_retention; files from before kept history forever
    raw.setdefault("history_retention", "forever")
    return raw


_MIGRATIONS = {0: _migrate_0_to_1, 1: _migrate_1_to_2}


def migrate(raw: dict[str, Any]) -> dict[str, Any]:
    version = int(raw.get("schema_version", 0) or 0)
    while version < SCHEMA_VERSION:
        raw = _MIGRATIONS[version](raw)
        version += 1
        raw["schema_version"] = version
    return raw


@dataclass(frozen=True)
class LoadResult:
    settings: Settings
    notice: str = ""
    """Non-empty when the file was damaged and moved aside; say it to the user."""


def load_settings(path: Path) -> LoadResult:
    path = Path(path)
    if not path.exists():
        return LoadResult(Settings())
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("settings file does not hold an object")
        return LoadResult(Settings.from_dict(raw))
    except (OSError, ValueError, TypeError, KeyError) as exc:
        aside = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(path, aside)
        except OSError:
            aside = path
        return LoadResult(
            Settings(),
            notice=f"Your settings file could not be read ({exc}); it was moved to {aside} and defaults are in use.",
        )


def save_settings(settings: Settings, path: Path) -> None:
    """A crash leaves either the old or the new settings, never half of one."""
    atomic_write_text(Path(path), json.dumps(settings.to_dict(), indent=2, ensure_ascii=False) + "\n")


#: a temporary file older than this was left by a save that a crash cut off
STALE_TEMP_S = 60.0


def atomic_write_text(path: Path, data: str) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over the old
    file, then fsync the folder so the rename itself is durable. Temporary files
    that saves cut off by a crash left behind are removed (36 kills during saves
    left 20 of them, scripts/crash_loop.py)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass
    now, prefix = time.time(), f".{path.stem}-"
    for left in path.parent.iterdir():
        try:
            if (left.name.startswith(prefix) and left.name.endswith(".tmp")
                    and now - left.stat().st_mtime > STALE_TEMP_S):  # never a save still being written
                left.unlink()
        except OSError:
            pass
