"""Markdown rendering for bubbles, and the plain-language error descriptions."""

from __future__ import annotations

import time

import pytest

from assistant import errors as core
from ui import errors as ui_errors
from ui.markdown_render import (
    DISPLAY_LIMIT,
    MARKDOWN_LIMIT,
    normalise_lists,
    render_markdown,
    render_plain,
    split_fences,
)
from ui.theme import DARK, LIGHT

MONO = "DejaVu Sans Mono"

SAMPLE = """# Title

Some intro:
- one
  - nested
- two

| Name | Value |
|---|---:|
| a | 1 |

```python
def f(x):
    return x < 2
```

Inline `code` and <b>raw html</b> and ![img](file:///etc/passwd).
"""


def test_markdown_headings_lists_tables_and_highlighted_code():
    r = render_markdown(SAMPLE, LIGHT, MONO)
    h = r.html
    assert "<h1>Title</h1>" in h
    assert h.count("<ul>") == 2  # the nested list is recognised (two-space indent)
    assert "<li>one" in h and "<li>nested</li>" in h
    assert "<table" in h and "<th" in h and ">Value</th>" in h
    assert r.code_blocks[0].language == "python"
    assert r.code_blocks[0].code == "def f(x):\n    return x < 2"
    assert 'href="copy:0"' in h and ">Copy</a>" in h
    assert 'style="color:' in h  # pygments with inline styles
    assert "&lt;b&gt;raw html&lt;/b&gt;" in h  # model output is shown, not interpreted
    assert "<img" not in h
    assert "<code>code</code>" in h


def test_dark_theme_uses_dark_code_colours():
    light = render_markdown("```python\nx = 1\n```", LIGHT, MONO).html
    dark = render_markdown("```python\nx = 1\n```", DARK, MONO).html
    assert DARK.code_bg in dark and LIGHT.code_bg in light and light != dark


def test_unclosed_fence_while_streaming_is_code():
    stripped, blocks = split_fences("Here:\n```js\nlet a = 1")
    assert [b.code for b in blocks] == ["let a = 1"]
    assert "PARLEYCODEBLOCK0X" in stripped
    assert "<table" in render_markdown("Here:\n```js\nlet a = 1", LIGHT, MONO).html


def test_several_code_blocks_get_their_own_copy_links():
    r = render_markdown("```\na\n```\ntext\n~~~sh\nb\n~~~", LIGHT, MONO)
    assert [b.code for b in r.code_blocks] == ["a", "b"]
    assert 'href="copy:0"' in r.html and 'href="copy:1"' in r.html


def test_unknown_language_is_plain_code():
    r = render_markdown("```notalanguage\nhello <there>\n```", LIGHT, MONO)
    assert "hello &lt;there&gt;" in r.html


def test_list_after_paragraph_without_blank_line():
    assert normalise_lists("Options:\n- a\n- b") == "Options:\n\n- a\n- b"
    assert "<ul>" in render_markdown("Options:\n1. a\n2. b", LIGHT, MONO).html.replace("<ol>", "<ul>")


def test_huge_texts_are_plain_and_capped():
    big = "word " * (MARKDOWN_LIMIT // 5 + 10)
    r = render_markdown(big, LIGHT, MONO)
    assert r.plain is not None and r.html == ""
    huge = "x" * 200_000
    r = render_plain(huge)
    assert r.truncated and len(r.plain) == DISPLAY_LIMIT and r.unbroken
    assert not render_plain("short text").truncated


def test_markdown_render_is_fast_enough_for_streaming():
    text = SAMPLE * 40  # ~ 8,000 characters with 40 code blocks
    render_markdown(text, LIGHT, MONO)
    start = time.perf_counter()
    render_markdown(text, LIGHT, MONO)
    assert time.perf_counter() - start < 0.25


@pytest.mark.parametrize(
    ("error", "action"),
    [
        (core.ModelNotFoundError("No model at /x.gguf."), ui_errors.CHOOSE_MODEL),
        (core.InvalidModelError("x.gguf is not a GGUF model."), ui_errors.CHOOSE_MODEL),
        (core.ModelError("bad"), ui_errors.CHOOSE_MODEL),
        (core.EngineCrashedError("died"), ui_errors.TRY_AGAIN),
        (core.ContextOverflowError("too long"), ui_errors.NEW_CHAT),
        (core.EngineError("oops"), ui_errors.TRY_AGAIN),
        (core.StorageError("disk full"), ui_errors.NO_ACTION),
        (core.SettingsError("bad file"), ui_errors.OPEN_SETTINGS),
        (core.AudioDeviceError("no mic"), ui_errors.SOUND_SETTINGS),
        (core.AssistantError("odd"), ui_errors.TRY_AGAIN),
        (KeyError(3), ui_errors.NO_ACTION),
        (RuntimeError("boom"), ui_errors.TRY_AGAIN),
    ],
)
def test_describe_gives_title_text_and_action(error, action):
    title, text, got = ui_errors.describe(error)
    assert title and text and got == action
    if isinstance(error, core.AssistantError):
        assert title == type(error).title
        assert str(error).rstrip(".") in text
    assert "Traceback" not in text
