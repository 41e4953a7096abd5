"""Parley's interface translations, with Qt's own tools (the .venv's pyside6-lupdate
and pyside6-lrelease).

    python scripts/i18n.py update    # ui/*.py → resources/i18n/parley_{fr,de,es}.ts (keeps translations)
    python scripts/i18n.py release   # each .ts → its .qm, next to it
    python scripts/i18n.py check     # exit 1, saying why, when something is out of date
    python scripts/i18n.py check --strict   # ... or when a message is not translated yet

``check`` fails when
  - a string in ui/*.py that is marked for translation is not in every .ts file,
    or a .ts file still has a message the code no longer uses (run ``update``);
  - a .qm file is missing or differs from what lrelease makes of its .ts (run ``release``);
  - a tr()/translate() call is given an f-string or a concatenation (a translator
    must see the whole sentence; use ``self.tr("Loaded {name}").format(name=...)``);
  - a user-visible text is a bare literal: the first argument of setText, setToolTip,
    QLabel(...), addMenu and the like, or a sentence passed to a signal's emit()
    (end the line with ``# i18n: ignore`` when the text is data, not words);
  - with --strict (or PARLEY_I18N_STRICT=1): a message is unfinished.
It prints the number of finished and unfinished messages per language.

The workflow: wrap the text, run ``update``, translate the .ts files (Qt Linguist,
``pyside6-linguist resources/i18n/parley_fr.ts``, or any editor), run ``release``,
commit the .ts and .qm files together.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
I18N = ROOT / "resources" / "i18n"
#: the languages translated into (English is the source language)
LANGUAGES = ("fr", "de", "es")
STRICT_ENV = "PARLEY_I18N_STRICT"
IGNORE_MARK = "i18n: ignore"


def ts_path(lang: str, folder: Path = I18N) -> Path:
    return folder / f"parley_{lang}.ts"


def qm_path(lang: str, folder: Path = I18N) -> Path:
    return folder / f"parley_{lang}.qm"


def sources(root: Path = ROOT) -> list[Path]:
    return sorted((root / "ui").rglob("*.py"))  # with packages such as ui/global_keys/


# ---- the Qt tools -------------------------------------------------------------------
def tool(name: str) -> str:
    """pyside6-<name> from the project's .venv, else beside this Python, else on PATH."""
    exe = f"pyside6-{name}" + (".exe" if os.name == "nt" else "")
    for folder in (ROOT / ".venv" / ("Scripts" if os.name == "nt" else "bin"), Path(sys.executable).parent):
        if (folder / exe).is_file():
            return str(folder / exe)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    raise SystemExit(f"pyside6-{name} was not found: install PySide6 in .venv (./run does)")


def _run(cmd: Sequence[str]) -> str:
    out = subprocess.run(list(cmd), capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({out.returncode}):\n{out.stdout}{out.stderr}")
    return out.stdout + out.stderr


def lupdate(files: Iterable[Path], ts: Path, lang: str) -> str:
    """Merge the messages of ``files`` into ``ts`` (created when missing), keeping
    its translations and dropping what the code no longer has."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    return _run(
        [
            tool("lupdate"),
            *[str(f) for f in files],
            "-ts",
            str(ts),
            "-no-obsolete",
            "-locations",
            "relative",
            "-source-language",
            "en",
            "-target-language",
            lang,
        ]
    )


#: lupdate takes every "#:" comment before a tr() call as a note for translators; in
#: this code base those document constants, so ``update`` drops them from the .ts files
#: (to tell translators something, use tr()'s disambiguation argument instead)
_EXTRACOMMENT = re.compile(r"[ \t]*<extracomment>.*?</extracomment>\n", re.S)


def drop_extracomments(ts: Path) -> None:
    text = ts.read_text(encoding="utf-8")
    cleaned = _EXTRACOMMENT.sub("", text)
    if cleaned != text:
        ts.write_text(cleaned, encoding="utf-8")


def lrelease(ts: Path, qm: Path) -> str:
    return _run([tool("lrelease"), str(ts), "-qm", str(qm)])


# ---- .ts files ----------------------------------------------------------------------
@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    finished: bool = field(default=False, compare=False)
    obsolete: bool = field(default=False, compare=False)
    translation: tuple[str, ...] = field(default=(), compare=False)

    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}" + (f" ({self.comment})" if self.comment else "")


def read_ts(path: Path) -> list[Message]:
    messages = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            if tr is None:
                texts: tuple[str, ...] = ()
            elif m.get("numerus") == "yes":
                texts = tuple(f.text or "" for f in tr.iter("numerusform"))
            else:
                texts = (tr.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=m.findtext("source") or "",
                    comment=m.findtext("comment") or "",
                    numerus=m.get("numerus") == "yes",
                    finished=kind == "" and bool(texts) and all(t.strip() for t in texts),
                    obsolete=kind in ("obsolete", "vanished"),
                    translation=texts,
                )
            )
    return messages


def set_translation(path: Path, context: str, source: str, text: str | Sequence[str]) -> bool:
    """Give one message its translation (finished) in a .ts file; for the test
    fixtures and small fixes by hand. Returns False when the message is not there."""
    tree = ET.parse(path)
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for m in ctx.iter("message"):
            if m.findtext("source") != source:
                continue
            tr = m.find("translation")
            if tr is None:
                tr = ET.SubElement(m, "translation")
            tr.attrib.pop("type", None)
            if m.get("numerus") == "yes":
                forms = [text] if isinstance(text, str) else list(text)
                for f in list(tr):
                    tr.remove(f)
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = text if isinstance(text, str) else text[0]
            write_ts(tree, path)
            return True
    return False


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def extracted(files: Sequence[Path] | None = None) -> list[Message]:
    """What lupdate finds in the code now."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "parley_xx.ts"
        lupdate(files if files is not None else sources(), ts, "fr")
        return read_ts(ts)


# ---- reading the code ---------------------------------------------------------------
#: methods whose (first) string argument is shown to the user
TEXT_METHODS = {
    "setText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setWindowTitle",
    "setAccessibleName",
    "setAccessibleDescription",
    "addItem",
    "insertItem",
    "setItemText",
    "addTab",
    "insertTab",
    "setTabText",
    "setTabToolTip",
    "setTitle",
    "addMenu",
    "showMessage",
    "addButton",
    "setLabelText",
    "setSpecialValueText",
    "setHeaderLabel",
    "setInformativeText",
    "setDetailedText",
    "setButtonText",
    "setSuffix",
    "setPrefix",
    "setToolTipText",
    "showText",
    "addSection",
}
#: constructors whose string arguments are shown to the user
TEXT_CLASSES = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
    "QMenu",
    "QCommandLinkButton",
    "QListWidgetItem",
}
#: static QMessageBox helpers: (parent, title, text)
MESSAGE_BOXES = {"information", "warning", "critical", "question", "about"}
#: list arguments of these are all shown
LIST_METHODS = {"addItems", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels"}
TR_FUNCS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}


def _words(text: str) -> bool:
    """Looks like words for people (not markup, a colour, an object name or a symbol)."""
    text = re.sub(r"<[^>]*>|&\w+;|#[0-9A-Fa-f]{3,8}\b", " ", text)
    return bool(re.search(r"[A-Za-z]{2,}", text))


def _literal_text(node: ast.AST) -> str | None:
    """The text of a string literal or f-string (its fixed parts), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal_text(node.left), _literal_text(node.right)
        if left is not None or right is not None:
            return (left or "") + (right or "")
    if isinstance(node, ast.IfExp):
        a, b = _literal_text(node.body), _literal_text(node.orelse)
        if a is not None or b is not None:
            return (a or "") + " " + (b or "")
    return None


def _func_name(call: ast.Call) -> str:
    f = call.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return ""


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    what: str

    def __str__(self) -> str:
        try:
            shown = self.path.relative_to(ROOT)
        except ValueError:
            shown = self.path
        return f"{shown}:{self.line}: {self.what}"


def scan_source(path: Path) -> list[Finding]:
    """Texts that should be translatable but are not, and tr() calls a translator
    could not use."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    findings: list[Finding] = []

    def ignored(node: ast.AST) -> bool:
        first, last = node.lineno, getattr(node, "end_lineno", node.lineno) or node.lineno
        return any(IGNORE_MARK in lines[i - 1] for i in range(first, last + 1) if 0 < i <= len(lines))

    def flag(node: ast.AST, what: str) -> None:
        if not ignored(node):
            findings.append(Finding(path, node.lineno, what))

    tree = ast.parse(text, filename=str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _func_name(node)
        if name in TR_FUNCS and _is_tr_call(node, name):
            index = 1 if name in ("translate", "QT_TRANSLATE_NOOP") else 0
            if len(node.args) > index and isinstance(node.args[index], (ast.JoinedStr, ast.BinOp)):
                flag(node, f"{name}() needs one whole literal text, not an f-string or a concatenation")
            if name in ("translate", "QT_TRANSLATE_NOOP") and node.args and not isinstance(node.args[0], ast.Constant):
                flag(node, f"{name}() needs a literal context")
            continue
        candidates: list[ast.AST] = []
        if name in TEXT_METHODS and isinstance(node.func, ast.Attribute) and node.args:
            candidates = [node.args[0]]
            if name in ("addTab", "insertTab"):  # (widget, text) / (index, widget, text)
                candidates = [a for a in node.args[1:]]
            elif name in ("insertItem", "setItemText", "setTabText", "setTabToolTip"):  # (index, text)
                candidates = list(node.args[1:2])
        elif name in TEXT_CLASSES:
            candidates = list(node.args)
        elif (
            name in MESSAGE_BOXES
            and isinstance(node.func, ast.Attribute)
            and _func_name_of(node.func.value) == "QMessageBox"
        ):
            candidates = list(node.args[1:3])
        elif name in LIST_METHODS and node.args and isinstance(node.args[0], (ast.List, ast.Tuple)):
            candidates = list(node.args[0].elts)
        elif name == "emit" and node.args:
            candidates = [
                a for a in node.args if (_literal_text(a) or "").strip() and _sentence(_literal_text(a) or "")
            ]
        if name in TEXT_METHODS or name in TEXT_CLASSES:
            candidates += [
                kw.value for kw in node.keywords if kw.arg in ("text", "title", "toolTip", "placeholderText")
            ]
        candidates += [kw.value for kw in node.keywords if kw.arg == "tip"]  # this project's helpers: tip=tooltip
        for arg in candidates:
            literal = _literal_text(arg)
            if literal is not None and _words(literal):
                flag(arg, f"user-visible text is not translatable: {literal[:60]!r} (wrap it in self.tr())")
    return findings


def _is_tr_call(call: ast.Call, name: str) -> bool:
    """tr() on anything, QT_*_NOOP, and translate() of Q*Application (not QPainter.translate)."""
    if name != "translate":
        return True
    owner = _func_name_of(call.func.value) if isinstance(call.func, ast.Attribute) else ""
    return owner in ("QCoreApplication", "QApplication", "QGuiApplication")


def _func_name_of(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _sentence(text: str) -> bool:
    """A signal argument that reads as words for people rather than a state name."""
    return _words(text) and (" " in text.strip() or text[:1].isupper())


# ---- the commands -------------------------------------------------------------------
def update(languages: Sequence[str] = LANGUAGES, folder: Path = I18N) -> None:
    files = sources()
    for lang in languages:
        out = lupdate(files, ts_path(lang, folder), lang)
        drop_extracomments(ts_path(lang, folder))
        said = [ln.strip() for ln in out.splitlines() if ln.strip() and not ln.startswith("Updating")]
        print(f"{lang}: " + ("; ".join(said) or "updated"))


def release(languages: Sequence[str] = LANGUAGES, folder: Path = I18N) -> None:
    for lang in languages:
        ts = ts_path(lang, folder)
        if not ts.is_file():
            raise SystemExit(f"{ts} is missing: run `python scripts/i18n.py update` first")
        lrelease(ts, qm_path(lang, folder))
        print(f"{lang}: {qm_path(lang, folder).relative_to(ROOT) if folder == I18N else qm_path(lang, folder)}")


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)
    """language → (finished, unfinished)"""

    @property
    def ok(self) -> bool:
        return not self.problems


def check(
    *, strict: bool = False, languages: Sequence[str] = LANGUAGES, folder: Path = I18N, scan: bool = True
) -> Report:
    report = Report()
    files = sources()
    if scan:
        for path in files:
            report.problems += [str(f) for f in scan_source(path)]
    wanted = {m.key(): m for m in extracted(files)}
    for lang in languages:
        ts = ts_path(lang, folder)
        if not ts.is_file():
            report.problems.append(f"{ts.name} is missing: run `python scripts/i18n.py update`")
            continue
        have = [m for m in read_ts(ts) if not m.obsolete]
        keys = {m.key() for m in have}
        missing = [wanted[k] for k in wanted if k not in keys]
        stale = [m for m in have if m.key() not in wanted]
        for m in missing[:20]:
            report.problems.append(f"{ts.name}: not in the file: {m}")
        if len(missing) > 20:
            report.problems.append(f"{ts.name}: ... and {len(missing) - 20} more not in the file")
        if missing:
            report.problems.append(f"{ts.name}: {len(missing)} text(s) missing: run `python scripts/i18n.py update`")
        if stale:
            report.problems.append(
                f"{ts.name}: {len(stale)} message(s) the code no longer has (first: {stale[0]}): "
                "run `python scripts/i18n.py update`"
            )
        current = [m for m in have if m.key() in wanted]
        done = sum(m.finished for m in current)
        report.counts[lang] = (done, len(current) - done)
        if strict and len(current) - done:
            first = next(m for m in current if not m.finished)
            report.problems.append(f"{ts.name}: {len(current) - done} unfinished translation(s) (first: {first})")
        qm = qm_path(lang, folder)
        if not qm.is_file():
            report.problems.append(f"{qm.name} is missing: run `python scripts/i18n.py release`")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / qm.name
            lrelease(ts, fresh)
            if fresh.read_bytes() != qm.read_bytes():
                report.problems.append(
                    f"{qm.name} is not what lrelease makes of {ts.name}: run `python scripts/i18n.py release`"
                )
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="collect the texts of ui/*.py into the .ts files")
    sub.add_parser("release", help="compile each .ts file into its .qm")
    c = sub.add_parser("check", help="fail when the .ts or .qm files are out of date")
    c.add_argument("--strict", action="store_true", help=f"unfinished translations fail too (or {STRICT_ENV}=1)")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "release":
        release()
    else:
        strict = args.strict or os.environ.get(STRICT_ENV, "") not in ("", "0")
        report = check(strict=strict)
        for lang, (done, todo) in report.counts.items():
            print(f"{lang}: {done} translated, {todo} unfinished")
        for problem in report.problems:
            print(problem, file=sys.stderr)
        if not report.ok:
            print(f"i18n check failed: {len(report.problems)} problem(s)", file=sys.stderr)
            return 1
        print("i18n check passed" + (" (strict)" if strict else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
