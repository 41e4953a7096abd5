"""Where Parley keeps things. Built once in main.py and passed in; nothing looks
paths up globally."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from . import APP_NAME

#: environment variable that moves every folder under one base (tests, portable use)
BASEDIR_ENV = "PARLEY_BASEDIR"


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    models_dir: Path
    cache_dir: Path
    log_dir: Path

    @classmethod
    def under(cls, base: Path) -> AppPaths:
        """Everything below one folder: used by --basedir, PARLEY_BASEDIR and tests."""
        base = Path(base).expanduser().resolve()
        return cls(
            config_dir=base / "config",
            data_dir=base / "data",
            models_dir=base / "data" / "models",
            cache_dir=base / "cache",
            log_dir=base / "logs",
        )

    @classmethod
    def default(cls, basedir: str | os.PathLike[str] | None = None) -> AppPaths:
        """The platform's user folders, unless a base folder is given or set in the
        environment."""
        base = basedir or os.environ.get(BASEDIR_ENV)
        if base:
            return cls.under(Path(base))
        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        data = Path(dirs.user_data_dir)
        return cls(
            config_dir=Path(dirs.user_config_dir),
            data_dir=data,
            models_dir=data / "models",
            cache_dir=Path(dirs.user_cache_dir),
            log_dir=Path(dirs.user_log_dir),
        )

    def ensure(self) -> AppPaths:
        for d in (self.config_dir, self.data_dir, self.models_dir, self.cache_dir, self.log_dir):
            d.mkdir(parents=True, exist_ok=True)
        return self

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def history_db(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def assembled_models_dir(self) -> Path:
        """Embedded models that ship in parts are assembled here once."""
        return self.cache_dir / "assembled-models"

    @property
    def glossary_file(self) -> Path:
        """The translator's user terms (see assistant.translate.Glossary)."""
        return self.config_dir / "glossary.json"
