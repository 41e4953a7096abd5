"""No text breaks Parley: property-based tests (hypothesis) of every text path with
arbitrary Unicode (NUL, lone surrogates, right-to-left marks, emoji, combining
marks), 1 MB inputs shaped to trip regular expressions, and the real tokenizer
and phonemizer fed the same."""

from __future__ import annotations

import json
import re
import threading
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.chat import ChatService, ReplyFinished, UserMessageSaved
from assistant.config import Settings
from assistant.engines.fake import FakeEngine
from assistant.models.registry import ModelRegistry
from assistant.paths import AppPaths
from assistant.speakable import SpeechChunker, speakable
from assistant.store import HistoryStore
from assistant.translate import LANGUAGES, clean_output, detect_language, is_looping, split_sentences

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
MB = 1_000_000

#: pieces people and models really produce, that break naive text code
AWKWARD = [
    "\x00", "\ud800", "\udfff", "\ud83d", "\ude00", "😀", "👩\u200d💻", "🇫🇷", "\u202e", "\u202c", "\u200f",
    "مرحبا بالعالم", "שלום", "東京", "e\u0301", "\ufeff", "\r\n", "\n\n", "\t", "```", "```py\n", "**", "*", "_",
    "~~", "`", "# ", "- ", "1. ", "> ", "|", "| a | b |\n|---|---|\n", "<script>alert(1)</script>", "<b>", "[a](", "](x)",
    "http://example.com/a?b=c", "e.g.", "1,000", "$5", "20%", "->", "\"", "'", "«", "»", "Paris", "the", "¿", "ß",
]
any_char = st.characters(exclude_categories=())  # surrogates too
text = st.lists(st.one_of(st.text(alphabet=any_char, max_size=12), st.sampled_from(AWKWARD)), max_size=25).map("".join)
words_text = st.lists(st.from_regex(r"[A-Za-z0-9]{1,12}", fullmatch=True), min_size=1, max_size=8)

#: 1 MB inputs; each was slow (minutes, or quadratic) in a pattern or loop before
BIG = {
    "prose": ("The sea is wide. Le café est fermé. مرحبا 👩\u200d💻 e\u0301 \x00 \ud800 " * 20000)[:MB],
    "emphasis never closed": ("*a " * MB)[:MB],
    "newlines": "\n" * MB,
    "open tags": ("<a " * MB)[:MB],
    "open links": ("[a](" * MB)[:MB],
    "spaces then arrow": "a" + " " * MB + "->",
    "open fence": "```python\n" + ("x = 1\n" * MB)[:MB],
    "distinct words": " ".join(f"w{i}" for i in range(MB // 8)),
}


def encodable(s: str) -> bool:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\x00" not in s


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = HistoryStore(tmp_path_factory.mktemp("fuzz") / "history.sqlite3")
    yield s
    s.close()


# ---- history: add, search, export ------------------------------------------------


@FUZZ
@given(title=text, content=text, role=st.sampled_from(["user", "assistant", "system"]),
       status=st.sampled_from(["ok", "interrupted", "error", "streaming"]))
def test_store_keeps_any_text(store, title, content, role, status):
    conv = store.create_conversation(title)
    m = store.add_message(conv.id, role, content, status=status, meta={"error": content[:20]})
    assert encodable(m.content) and encodable(store.get_conversation(conv.id).title)
    if encodable(content):
        assert m.content == content  # everything storable is stored verbatim
    else:
        assert len(m.content) <= len(content)
    assert store.get_message(m.id) == m
    for hit in store.search(content):
        assert isinstance(hit.snippet, str)


@FUZZ
@given(words=words_text, noise=text)
def test_every_plain_word_is_found(store, words, noise):
    conv = store.create_conversation()
    m = store.add_message(conv.id, "user", noise + " " + " ".join(words) + " " + noise)
    for w in words:
        assert m.id in [h.message_id for h in store.search(w)], w


@FUZZ
@given(query=text)
def test_search_takes_any_query(store, query):
    hits = store.search(query, limit=5)
    assert len(hits) <= 5


@FUZZ
@given(title=text, contents=st.lists(text, min_size=1, max_size=4))
def test_exports_hold_any_text(store, title, contents):
    conv = store.create_conversation(title)
    saved = [store.add_message(conv.id, "user" if i % 2 == 0 else "assistant", c, status="error" if i == 2 else "ok",
                               meta={"error": c}) for i, c in enumerate(contents)]
    data = json.loads(store.export_json(conv.id))
    assert [m["content"] for m in data["messages"]] == [m.content for m in saved]
    md = store.export_markdown(conv.id)
    md.encode("utf-8")  # what "Save as…" writes
    for m in saved:
        assert m.content in md


def test_a_megabyte_message_round_trips_searches_and_exports(tmp_path):
    path = tmp_path / "history.sqlite3"
    big = BIG["prose"] + " needleword " + BIG["distinct words"][:MB // 4]
    t0 = time.perf_counter()
    with HistoryStore(path) as s:
        conv = s.create_conversation(big)
        m = s.add_message(conv.id, "user", big)
        s.update_message(m.id, content=big + " more")
    with HistoryStore(path) as s:
        got = s.get_message(m.id)
        assert got.content == (big + " more").replace("\x00", "\ufffd").replace("\ud800", "\ufffd")
        assert [h.message_id for h in s.search("needleword")] == [m.id]
        assert json.loads(s.export_json(conv.id))["messages"][0]["content"] == got.content
        assert got.content in s.export_markdown(conv.id)
    assert time.perf_counter() - t0 < 30  # measured ~1.5 s; catches a quadratic path


# ---- speech text ------------------------------------------------------------------


def _spoken_ok(out: str) -> None:
    assert isinstance(out, str) and out == out.strip()
    assert not any(ch in out for ch in "*#`|"), out
    assert not re.search(r"\s\s", out), out


@FUZZ
@given(md=text)
def test_speakable_takes_any_text(md):
    _spoken_ok(speakable(md))


@FUZZ
@given(tokens=st.lists(text, max_size=40), max_chars=st.integers(20, 300))
def test_chunker_takes_any_token_stream(tokens, max_chars):
    c = SpeechChunker(max_chars=max_chars)
    spoken = [p for t in tokens for p in c.feed(t)] + list(c.flush())
    for p in spoken:
        assert p
        _spoken_ok(p)
    # what it says it spoke comes from the reply, in order
    reply, at = "".join(tokens), 0
    for raw, _said in c.pieces:
        at = reply.index(raw, at) + len(raw)


@pytest.mark.parametrize("name", list(BIG))
def test_a_megabyte_is_spoken_in_linear_time(name):
    t0 = time.perf_counter()
    _spoken_ok(speakable(BIG[name]))
    assert time.perf_counter() - t0 < 10  # measured 0.5-1 s each (several had no end before)


def test_a_long_code_block_streams_through_the_chunker():
    text = "Here:\n```python\n" + "x = 1\n" * 20000 + "```\nDone."
    c = SpeechChunker()
    t0 = time.perf_counter()
    out = [p for i in range(0, len(text), 4) for p in c.feed(text[i : i + 4])] + list(c.flush())
    assert out == ["Here:", "I've put the code on screen.", "Done."]
    assert time.perf_counter() - t0 < 10  # measured ~0.3 s


# ---- translation text --------------------------------------------------------------


@FUZZ
@given(line=text)
def test_split_sentences_keeps_every_character(line):
    parts = split_sentences(line)
    assert all(p and p == p.strip() for p in parts)
    assert "".join("".join(p.split()) for p in parts) == "".join(line.split())


@FUZZ
@given(t=text, source=text)
def test_translation_guards_take_any_text(t, source):
    assert detect_language(t) in (None, *LANGUAGES)
    assert detect_language(t, ("en", "fr")) in (None, "en", "fr")
    out = clean_output(t, source)
    assert isinstance(out, str) and len(out) <= len(t)
    assert is_looping(t) in (True, False)


@pytest.mark.parametrize("name", list(BIG))
def test_translation_guards_on_a_megabyte(name):
    t0 = time.perf_counter()
    detect_language(BIG[name])
    split_sentences(BIG[name])
    clean_output(BIG[name], "x")
    is_looping(BIG[name])
    assert time.perf_counter() - t0 < 10  # measured < 1.5 s; is_looping took minutes before


# ---- the chat use case ----------------------------------------------------------------


@pytest.fixture(scope="module")
def chat(tmp_path_factory):
    paths = AppPaths.under(tmp_path_factory.mktemp("chat")).ensure()
    s = HistoryStore(paths.history_db)
    conf = Settings().replace(system_prompt="SYS", max_tokens=64)
    yield ChatService(store=s, engine=FakeEngine(), settings=lambda: conf, registry=ModelRegistry(paths, lambda: conf))
    s.close()


@FUZZ
@given(message=text)
def test_chat_takes_any_message(chat, message):
    conv = chat.store.create_conversation()
    events = list(chat.send(conv.id, message, threading.Event()))
    if not message.strip():
        assert events == [] and chat.store.messages(conv.id) == []
        return
    assert isinstance(events[0], UserMessageSaved) and isinstance(events[-1], ReplyFinished)
    user, reply = chat.store.messages(conv.id)
    assert encodable(user.content) and reply.status == "ok"
    assert reply.content == " ".join(f"You said: {user.content}".split(" ")[:64]).strip()
    title = chat.store.get_conversation(conv.id).title
    assert title and "\n" not in title and len(title) <= 48


# ---- the bubbles' Markdown renderer (needs PySide6 importable, no QApplication) -------


@FUZZ
@given(md=text)
def test_markdown_renderer_takes_any_text(md):
    pytest.importorskip("PySide6")
    from ui.markdown_render import render_markdown
    from ui.theme import LIGHT

    r = render_markdown(md, LIGHT, "monospace")
    shown = r.html if r.plain is None else r.plain
    assert isinstance(shown, str)
    assert not re.search(r"<(script|img|iframe)\b", r.html, re.I), r.html  # model output is never live HTML


@pytest.mark.parametrize("name", list(BIG))
def test_markdown_renderer_on_a_megabyte_and_just_under_its_limit(name):
    pytest.importorskip("PySide6")
    from ui.markdown_render import MARKDOWN_LIMIT, render_markdown
    from ui.theme import LIGHT

    t0 = time.perf_counter()
    assert render_markdown(BIG[name], LIGHT, "monospace").plain is not None  # too long: shown plain
    render_markdown(BIG[name][: MARKDOWN_LIMIT - 1], LIGHT, "monospace")
    assert time.perf_counter() - t0 < 10


# ---- the real tokenizer and phonemizer --------------------------------------------------

NASTY = "Hello \x00 world \ud800 \udfff. \u202eمرحبا بالعالم\u202c שלום! 👩\u200d💻🇫🇷😀 e\u0301 \ufeff done."


@pytest.fixture(scope="module")
def real_engine(tmp_path_factory):
    from assistant.engines.process import EngineProcess

    e = EngineProcess(log_path=tmp_path_factory.mktemp("log") / "engine.log")
    yield e
    e.close()


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    return ModelRegistry(AppPaths.under(tmp_path_factory.mktemp("r")), Settings)


@pytest.mark.real
def test_a_megabyte_paste_through_the_real_tokenizer_is_trimmed_to_fit(real_engine, registry):
    from assistant.engines.base import ChatMessage, Finished, GenerationRequest, PromptTrimmed

    paste = (NASTY + " ") * (MB // (len(NASTY) + 1))
    request = GenerationRequest(
        model_path=registry.resolve_llm("").path, max_tokens=8, temperature=0, context_size=2048,
        messages=(ChatMessage("system", "Be brief."), ChatMessage("user", paste + "\nSummarise.")),
    )
    t0 = time.perf_counter()
    events = list(real_engine.generate(request, threading.Event()))
    trimmed = [e for e in events if isinstance(e, PromptTrimmed)]
    assert trimmed and trimmed[0].truncated_chars > 900_000 and trimmed[0].prompt_tokens <= 2048 - 8
    assert isinstance(events[-1], Finished)
    assert time.perf_counter() - t0 < 60


@pytest.mark.real
def test_the_real_voice_speaks_or_declines_awkward_text_without_crashing(real_engine, registry):
    from assistant.engines.base import SpeechSpec
    from assistant.errors import AssistantError, EngineCrashedError

    spec = SpeechSpec(tts_path=registry.resolve("tts").path)
    for sample in (NASTY, "\x00", "\ud800", "👩\u200d💻", "\u202e", "مرحبا", " ", ""):
        try:
            chunks = list(real_engine.synthesize(sample, spec=spec))
        except EngineCrashedError:
            raise
        except AssistantError as exc:  # a plain error is fine; a dead engine is not
            assert "Traceback" not in str(exc)
            continue
        assert all(c.samples.ndim == 1 and c.sample_rate > 0 for c in chunks)
    spoken = list(real_engine.synthesize(NASTY, spec=spec))
    assert sum(len(c.samples) for c in spoken) > 16000  # the ordinary words are spoken


@pytest.mark.real
def test_a_megabyte_to_the_real_voice_starts_speaking_and_stops_on_cancel(real_engine, registry):
    from assistant.engines.base import SpeechSpec

    spec = SpeechSpec(tts_path=registry.resolve("tts").path)
    cancel = threading.Event()
    t0 = time.perf_counter()
    first = None
    for _chunk in real_engine.synthesize(BIG["prose"], spec=spec, cancel=cancel):
        first = time.perf_counter() - t0
        cancel.set()
    assert first is not None and first < 60
    assert list(real_engine.synthesize("Still here.", spec=spec))  # the voice still answers
