import threading

import pytest

from assistant.chat import (
    ChatService,
    ConversationChanged,
    ReplyDelta,
    ReplyFailed,
    ReplyFinished,
    ReplyStarted,
    UserMessageSaved,
)
from assistant.config import Settings
from assistant.engines.fake import FakeEngine
from assistant.models.registry import ModelRegistry
from assistant.paths import AppPaths
from assistant.store import HistoryStore


@pytest.fixture
def make(tmp_path):
    paths = AppPaths.under(tmp_path).ensure()
    store = HistoryStore(paths.history_db)
    settings = Settings().replace(system_prompt="SYS")

    def _make(**engine_kw):
        engine = FakeEngine(**engine_kw)
        return ChatService(store=store, engine=engine, settings=lambda: settings, registry=ModelRegistry(paths, lambda: settings)), engine

    yield _make
    store.close()


def run(gen):
    return list(gen)


def test_send_streams_saves_and_titles(make):
    svc, engine = make(reply="Hello there friend")
    conv = svc.store.create_conversation()
    events = run(svc.send(conv.id, "Hi, who are you?", threading.Event()))
    kinds = [type(e) for e in events]
    assert kinds[:3] == [UserMessageSaved, ConversationChanged, ReplyStarted]
    assert "".join(e.text for e in events if isinstance(e, ReplyDelta)) == "Hello there friend"
    fin = events[-1]
    assert isinstance(fin, ReplyFinished) and fin.message.status == "ok"
    msgs = svc.store.messages(conv.id)
    assert [(m.role, m.content) for m in msgs] == [("user", "Hi, who are you?"), ("assistant", "Hello there friend")]
    assert msgs[1].meta["model"] == "smollm2-135m-instruct" and msgs[1].meta["tokens"] == 3
    assert svc.store.get_conversation(conv.id).title == "Hi, who are you?"
    req = engine.requests[0]
    assert [m.role for m in req.messages] == ["system", "user"] and req.messages[0].content == "SYS"


def test_empty_prompt_is_ignored(make):
    svc, engine = make()
    conv = svc.store.create_conversation()
    assert run(svc.send(conv.id, "  \n ", threading.Event())) == []
    assert svc.store.messages(conv.id) == [] and engine.requests == []


def test_cancel_keeps_partial_reply_marked_interrupted(make):
    svc, _ = make(reply="one two three four five six", token_delay_s=0.01)
    conv = svc.store.create_conversation()
    cancel = threading.Event()
    got = []
    for ev in svc.send(conv.id, "go", cancel):
        if isinstance(ev, ReplyDelta):
            got.append(ev.text)
            if len(got) == 2:
                cancel.set()
        last = ev
    assert isinstance(last, ReplyFinished) and last.message.status == "interrupted"
    assert svc.store.messages(conv.id)[-1].content == "one two"


def test_engine_failure_is_an_event_and_partial_is_kept(make):
    svc, _ = make(reply="a b c d", fail_at_token=2, crash=True)
    conv = svc.store.create_conversation()
    events = run(svc.send(conv.id, "go", threading.Event()))
    failed = events[-1]
    assert isinstance(failed, ReplyFailed) and "unexpectedly" in str(failed.error)
    saved = svc.store.messages(conv.id)[-1]
    assert saved.status == "error" and saved.content == "a b" and "unexpectedly" in saved.meta["error"]


def test_regenerate_replaces_last_reply(make):
    svc, engine = make(reply="first")
    conv = svc.store.create_conversation()
    run(svc.send(conv.id, "q", threading.Event()))
    engine.reply = "second"
    run(svc.regenerate(conv.id, threading.Event()))
    assert [m.content for m in svc.store.messages(conv.id)] == ["q", "second"]
    assert [m.role for m in engine.requests[1].messages] == ["system", "user"]


def test_edit_and_resend_replaces_later_messages(make):
    svc, engine = make()
    conv = svc.store.create_conversation()
    run(svc.send(conv.id, "one", threading.Event()))
    run(svc.send(conv.id, "two", threading.Event()))
    first_user = svc.store.messages(conv.id)[0]
    run(svc.edit_and_resend(first_user.id, "uno", threading.Event()))
    assert [m.content for m in svc.store.messages(conv.id)] == ["uno", "You said: uno"]
    assert [m.content for m in engine.requests[-1].messages] == ["SYS", "uno"]


def test_history_goes_to_the_model_in_order(make):
    svc, engine = make()
    conv = svc.store.create_conversation()
    for q in ("a", "b", "c"):
        run(svc.send(conv.id, q, threading.Event()))
    assert [m.content for m in engine.requests[-1].messages] == ["SYS", "a", "You said: a", "b", "You said: b", "c"]


def test_preload_warms_the_system_prompt(make):
    svc, engine = make()
    events = list(svc.preload())
    assert events[0].model == "smollm2-135m-instruct"
    path, warm = engine.preloaded
    assert path.endswith(".gguf") and [m.content for m in warm] == ["SYS"]


def test_context_trimming_is_remembered_with_the_reply(make, monkeypatch):
    from assistant.engines.base import PromptTrimmed

    svc, engine = make(reply="ok")
    original = engine.generate

    def trimmed(request, cancel):
        yield PromptTrimmed(dropped_messages=4, truncated_chars=0, prompt_tokens=100)
        yield from original(request, cancel)

    monkeypatch.setattr(engine, "generate", trimmed)
    conv = svc.store.create_conversation()
    run(svc.send(conv.id, "q", threading.Event()))
    assert svc.store.messages(conv.id)[-1].meta["context_trimmed"] == {"dropped_messages": 4, "truncated_chars": 0}
