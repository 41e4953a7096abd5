"""Markdown → Qt rich-text HTML for message bubbles.

Why not just ``markdown.markdown()``: Qt's rich text understands a subset of
HTML/CSS, so fenced code becomes a table (header row with language and a
``copy:N`` link, body with pygments output as *inline* styles, since
QTextDocument has no class selectors for spans), raw HTML from the model is shown
as text rather than interpreted, images are not fetched, and the list habits of
chat models (no blank line before a list, two-space nesting) are normalised.

Rendering cost is bounded: text longer than ``MARKDOWN_LIMIT`` is shown plain,
and anything longer than ``DISPLAY_LIMIT`` is shown only in part (the bubble offers
the whole text separately); QTextDocument's line breaking is superlinear on very
long unbroken lines (200,000 characters without a space took 5.7 s to lay out).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

import markdown
from markdown.extensions import Extension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.lexers.special import TextLexer
from pygments.util import ClassNotFound
from PySide6.QtCore import QCoreApplication

from .theme import Theme

#: longer texts are shown as plain text (markdown + layout would cost too much per frame)
MARKDOWN_LIMIT = 30_000
#: longer texts are shown only up to this many characters in the bubble
DISPLAY_LIMIT = 20_000

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<lang>[^\s`]*)[^`]*$")
_LIST_ITEM = re.compile(r"^(?P<indent>[ ]*)(?:[-*+]|\d{1,9}[.)])[ \t]+\S")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PLACEHOLDER = "PARLEYCODEBLOCK{}X"
_PLACEHOLDER_RE = re.compile(r"(?:<p>)?PARLEYCODEBLOCK(\d+)X(?:</p>)?")


@dataclass(frozen=True)
class CodeBlock:
    language: str
    code: str


@dataclass(frozen=True)
class Rendered:
    html: str
    code_blocks: tuple[CodeBlock, ...]
    truncated: bool = False
    plain: str | None = None
    """Set instead of ``html`` for plain text (cheaper to lay out than HTML)."""
    unbroken: bool = False
    """The text has a very long run without spaces: wrap anywhere, since
    word-boundary wrapping of such a run is superlinear."""


class _SafeHtml(Extension):
    """Show raw HTML as text and never load images: model output is untrusted."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - markdown API
        md.preprocessors.deregister("html_block")
        for name in ("html", "image_link", "image_reference", "short_image_ref"):
            if name in md.inlinePatterns:
                md.inlinePatterns.deregister(name)


_md: markdown.Markdown | None = None


def _markdown() -> markdown.Markdown:
    global _md
    if _md is None:
        # instances, not names: a name makes markdown scan the entry points of every
        # installed package (40-100 ms on the GUI thread at the first reply, measured
        # by benchmarks/gui_stall.py); instances take 3 ms
        _md = markdown.Markdown(extensions=[TableExtension(), SaneListExtension(), _SafeHtml()], output_format="html")
    return _md


def split_fences(text: str) -> tuple[str, list[CodeBlock]]:
    """Pull fenced code blocks out (an unclosed fence runs to the end, which is what
    a half-streamed answer looks like) and leave placeholders behind."""
    lines = text.split("\n")
    out: list[str] = []
    blocks: list[CodeBlock] = []
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            out.append(lines[i])
            i += 1
            continue
        indent, fence, lang = m.group("indent"), m.group("fence"), m.group("lang")
        code: list[str] = []
        j = i + 1
        while j < len(lines):
            stripped = lines[j].strip()
            if stripped.startswith(fence[0] * len(fence)) and stripped.strip(fence[0]) == "":
                break
            line = lines[j]
            code.append(line[len(indent) :] if line.startswith(indent) else line.lstrip())
            j += 1
        blocks.append(CodeBlock(lang.strip().lower(), "\n".join(code)))
        out.extend(["", indent + _PLACEHOLDER.format(len(blocks) - 1), ""])
        i = j + 1
    return "\n".join(out), blocks


def normalise_lists(text: str) -> str:
    """Blank line before a list or table that follows a paragraph; nested items
    indented by 2-3 spaces moved to Python-Markdown's 4."""
    lines = text.split("\n")
    out: list[str] = []
    prev = ""
    for line in lines:
        m = _LIST_ITEM.match(line)
        if m:
            n = len(m.group("indent"))
            if 0 < n < 4 or (n > 4 and n % 4):
                level = (n + 1) // 2
                line = " " * (4 * level) + line.lstrip(" ")
            if prev.strip() and not _LIST_ITEM.match(prev) and not prev.startswith(" ") and n == 0:
                out.append("")
        elif _TABLE_ROW.match(line) and prev.strip() and not _TABLE_ROW.match(prev):
            out.append("")
        out.append(line)
        prev = line
    return "\n".join(out)


def _code_html(block: CodeBlock, index: int, t: Theme, mono: str) -> str:
    try:
        lexer = get_lexer_by_name(block.language) if block.language else TextLexer()
    except ClassNotFound:
        lexer = TextLexer()
    formatter = HtmlFormatter(style=t.pygments_style, noclasses=True, nowrap=True)
    body = highlight(block.code, lexer, formatter).rstrip("\n") if block.code else "&nbsp;"
    body = body.replace("\n", "<br>")
    label = html.escape(block.language or QCoreApplication.translate("Markdown", "code"))
    copy = html.escape(QCoreApplication.translate("Markdown", "Copy"))
    line = f"1px solid {t.code_border}"
    head = f"background-color: {t.code_header}; padding: 4px 10px; font-size: 11px; border-top: {line}; border-bottom: {line};"
    return (
        f'<table width="100%" cellspacing="0" cellpadding="0" '
        f'style="border-collapse: collapse; margin-top: 6px; margin-bottom: 10px;">'
        f'<tr><td style="{head} border-left: {line}; color: {t.muted};">{label}</td>'
        f'<td align="right" style="{head} border-right: {line};">'
        f'<a href="copy:{index}" style="color: {t.accent}; text-decoration: none;">{copy}</a></td></tr>'
        f'<tr><td colspan="2" style="background-color: {t.code_bg}; padding: 8px 10px; border: {line}; border-top: none;">'
        f"<p style=\"margin: 0; font-family: '{mono}'; white-space: pre-wrap;\">{body}</p></td></tr></table>"
    )


def document_css(t: Theme, mono: str) -> str:
    """Default style sheet for a bubble's QTextDocument."""
    return f"""
p {{ margin-top: 0px; margin-bottom: 8px; }}
h1 {{ font-size: 20px; font-weight: 600; margin-top: 6px; margin-bottom: 8px; }}
h2 {{ font-size: 17px; font-weight: 600; margin-top: 6px; margin-bottom: 6px; }}
h3 {{ font-size: 15px; font-weight: 600; margin-top: 4px; margin-bottom: 4px; }}
h4, h5, h6 {{ font-size: 14px; font-weight: 600; margin-top: 4px; margin-bottom: 4px; }}
ul, ol {{ margin-top: 2px; margin-bottom: 8px; }}
li {{ margin-bottom: 3px; }}
code {{ font-family: '{mono}'; background-color: {t.inline_code_bg}; }}
a {{ color: {t.accent}; text-decoration: none; }}
blockquote {{ color: {t.muted}; margin-left: 12px; }}
"""


def _fix_tables(body: str, t: Theme) -> str:
    """Markdown tables get their look inline, so it cannot leak into the tables
    that draw code blocks."""
    cell = f"border: 1px solid {t.code_border}; padding: 5px 10px;"
    return (
        body.replace(
            "<table>",
            f'<table cellspacing="0" cellpadding="0" style="border-collapse: collapse; margin-top: 6px; margin-bottom: 8px; '
            f'border: 1px solid {t.code_border};">',
        )
        .replace("<th>", f'<th style="{cell} background-color: {t.code_header}; font-weight: 600;">')
        .replace('<th style="text-align: ', f'<th style="{cell} background-color: {t.code_header}; text-align: ')
        .replace("<td>", f'<td style="{cell}">')
        .replace('<td style="text-align: ', f'<td style="{cell} text-align: ')
    )


#: above this, Python-Markdown's link parser would take more than about 0.2 s
LINK_SCAN_BUDGET = 500_000
_LINK_BRACKETS = re.compile(r"\]\(|[\[\])]|\n[ \t]*\n")


def link_scan_cost(text: str) -> int:
    """About how many characters Python-Markdown's link parser will step through:
    from every "[" and every "](" to its closing bracket, or to the end of the
    paragraph when there is none. Unclosed ones make it quadratic: 7,500 "[" took
    10 s, 30,000 took minutes; a model stuck in a loop can write that."""
    cost = 0
    squares: list[int] = []
    parens: list[int] = []
    for m in _LINK_BRACKETS.finditer(text):
        c, at = m.group(), m.start()
        if c == "[":
            squares.append(at)
        elif c == "]" or c == "](":
            if squares:
                cost += at - squares.pop()
            if c == "](":
                parens.append(at)
        elif c == ")":
            if parens:
                cost += at - parens.pop()
        else:  # a blank line ends the paragraph, and every scan with it
            cost += sum(at - p for p in squares) + sum(at - p for p in parens)
            squares.clear()
            parens.clear()
    return cost + sum(len(text) - p for p in squares) + sum(len(text) - p for p in parens)


def render_markdown(text: str, t: Theme, mono: str) -> Rendered:
    """HTML for a bubble. Falls back to plain text beyond ``MARKDOWN_LIMIT``, for
    text that would make the link parser crawl, and for nesting deeper than Python
    allows ("1. 1. 1. …" a thousand times is a thousand nested lists)."""
    if len(text) > MARKDOWN_LIMIT:
        return render_plain(text)
    stripped, blocks = split_fences(text)
    if link_scan_cost(stripped) > LINK_SCAN_BUDGET:
        return render_plain(text)
    md = _markdown()
    md.reset()
    try:
        body = md.convert(normalise_lists(stripped))
    except RecursionError:
        return render_plain(text)
    body = _fix_tables(body, t)

    def sub(m: re.Match[str]) -> str:
        i = int(m.group(1))
        return _code_html(blocks[i], i, t, mono) if i < len(blocks) else ""

    body = _PLACEHOLDER_RE.sub(sub, body)
    return Rendered(body, tuple(blocks), unbroken=_UNBROKEN.search(text) is not None)


_UNBROKEN = re.compile(r"\S{800}")


def render_plain(text: str) -> Rendered:
    """The text as it is, cut at ``DISPLAY_LIMIT``."""
    truncated = len(text) > DISPLAY_LIMIT
    shown = text[:DISPLAY_LIMIT] if truncated else text
    return Rendered("", (), truncated, plain=shown, unbroken=_UNBROKEN.search(shown) is not None)


@lru_cache(maxsize=256)
def render_markdown_cached(text: str, t: Theme, mono: str) -> Rendered:
    """For finished messages: reopening a conversation or switching back to it
    then costs no rendering at all. (Streaming text changes every frame and is
    rendered with ``render_markdown`` directly, so it never fills this cache.)"""
    return render_markdown(text, t, mono)
