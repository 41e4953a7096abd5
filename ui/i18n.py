"""The interface's language: which one to use, and the Qt translators that give it.

Parley's texts are in English in the source and wrapped in ``self.tr()`` /
``QCoreApplication.translate()``; ``scripts/i18n.py`` collects them into
``resources/i18n/parley_<lang>.ts`` and compiles those into ``.qm`` files, which
``install_translators`` loads at start-up together with Qt's own ``qtbase_<lang>.qm``
(the standard buttons of message boxes and file dialogs).

Call it once the QApplication exists and before any window is built: texts are
translated when a widget is made, so a later change shows after a restart.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from assistant.config import UI_LANGUAGES

log = logging.getLogger(__name__)

#: the languages the interface is written in or translated into ("en" needs no file)
SOURCE_LANGUAGE = "en"
SHIPPED = tuple(lang for lang in UI_LANGUAGES if lang != "system")
#: the file name of a translation, without the ".qm"
CATALOG = "parley_{lang}"
QT_CATALOG = "qtbase_{lang}"

#: (language, translators) installed by ``install_translators``, per application;
#: kept here so that Python does not free them while Qt still uses them
_installed: dict[int, tuple[str, list[QTranslator]]] = {}


def _bundle_root() -> Path:
    """The folder that holds ``resources``: PyInstaller's bundle when packaged, the
    checkout otherwise (as ``assistant.about.licenses_dir`` finds the licences)."""
    base = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    return Path(base) if base else Path(__file__).resolve().parent.parent


def translations_dir() -> Path:
    """resources/i18n, where parley_<lang>.qm live."""
    return _bundle_root() / "resources" / "i18n"


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own qtbase_<lang>.qm may be: where Qt says, and where PySide6's
    wheel (or PyInstaller's copy of it) keeps them."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        dirs.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    except (ImportError, TypeError):  # pragma: no cover - PySide6 is imported above
        pass
    base = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    if base:
        dirs.append(Path(base) / "PySide6" / "Qt" / "translations")
    out: list[Path] = []
    for d in dirs:
        if d not in out:
            out.append(d)
    return out


def system_languages() -> list[str]:
    """The desktop's preferred interface languages, best first ("fr-CA", "fr", "en-US").

    ``QLocale()`` is the system locale unless the application set another default
    (tests do, with ``QLocale.setDefault``)."""
    return list(QLocale().uiLanguages())


def _language_code(tag: str) -> str:
    """ "fr-CA" / "fr_CA" / "FR" → "fr"."""
    return tag.replace("_", "-").split("-")[0].strip().lower()


def resolve_language(setting: str, preferred: Iterable[str] | None = None) -> str:
    """The shipped language to use for a ``Settings.ui_language`` value.

    "system" takes the first of the desktop's interface languages that Parley is
    translated into (``preferred`` replaces the desktop's list, for tests); an
    explicit code is used when it is shipped. Anything else gives English."""
    setting = (setting or "system").strip()
    if setting != "system":
        code = _language_code(setting)
        return code if code in SHIPPED else SOURCE_LANGUAGE
    for tag in system_languages() if preferred is None else preferred:
        code = _language_code(tag)
        if code in SHIPPED:
            return code
    return SOURCE_LANGUAGE


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators ``install_translators`` put in."""
    _lang, translators = _installed.pop(id(app), (SOURCE_LANGUAGE, []))
    for translator in translators:
        app.removeTranslator(translator)


def _load(name: str, folders: Iterable[Path]) -> QTranslator | None:
    for folder in folders:
        translator = QTranslator()
        if (folder / f"{name}.qm").is_file() and translator.load(name, str(folder)):
            return translator
    return None


def install_translators(app: QCoreApplication, setting: str) -> str:
    """Install the translators for ``setting`` (a ``Settings.ui_language`` value),
    replacing any installed before, and return the language now in use.

    English needs no translator. When Parley's catalogue for the language is
    missing the interface stays in English (and "en" is returned); Qt's own
    catalogue is added when the Qt installation has it."""
    remove_translators(app)
    lang = resolve_language(setting)
    if lang == SOURCE_LANGUAGE:
        return lang
    ours = _load(CATALOG.format(lang=lang), [translations_dir()])
    if ours is None:
        log.warning("no translation for %r in %s; the interface stays in English", lang, translations_dir())
        return SOURCE_LANGUAGE
    installed = [ours]
    qt = _load(QT_CATALOG.format(lang=lang), qt_translations_dirs())
    if qt is not None:
        installed.append(qt)
    else:
        log.info("Qt has no %s translation here; standard buttons stay in English", lang)
    for translator in installed:
        app.installTranslator(translator)
    _installed[id(app)] = (lang, installed)
    log.info("interface language: %s", lang)
    return lang


def installed_language(app: QCoreApplication) -> str:
    """The language ``install_translators`` last installed for ``app``."""
    return _installed.get(id(app), (SOURCE_LANGUAGE, []))[0]


__all__ = [
    "SHIPPED",
    "SOURCE_LANGUAGE",
    "install_translators",
    "installed_language",
    "qt_translations_dirs",
    "remove_translators",
    "resolve_language",
    "system_languages",
    "translations_dir",
]
