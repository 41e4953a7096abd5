"""Per-model options (Models → Options) reach the engine: the chat request, the
preload and the translator use the model's own context, threads, chat template and
system prompt, and every other model keeps the app-wide settings."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from assistant.chat import ChatService, ReplyFinished
from assistant.cli import translator_for
from assistant.config import ModelOptions, Settings
from assistant.engines.base import GenerationRequest
from assistant.engines.fake import FakeEngine
from assistant.models.options import effective_options
from assistant.models.registry import SMOLLM2, ModelRegistry
from assistant.paths import AppPaths
from assistant.store import HistoryStore

from .tiny_gguf import write as write_tiny_gguf

TEMPLATE = "{% for m in messages %}[{{ m['role'] }}] {{ m['content'] }}\n{% endfor %}[assistant] "


class RecordingEngine(FakeEngine):
    """A FakeEngine that also keeps what each preload asked for."""

    def __init__(self, **kw: object) -> None:
        super().__init__(**kw)  # type: ignore[arg-type]
        self.preloads: list[dict[str, object]] = []

    def preload(self, *, model_path, context_size, n_threads, chat_template=None, warm=(), n_gpu_layers=0):  # type: ignore[no-untyped-def]
        self.preloads.append(
            {
                "model_path": model_path,
                "context_size": context_size,
                "n_threads": n_threads,
                "chat_template": chat_template,
                "warm": tuple(warm),
            }
        )
        return super().preload(model_path=model_path, context_size=context_size, n_threads=n_threads, warm=warm)


class Box:
    """Settings the test changes between turns, read by the service each time."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self) -> Settings:
        return self.settings


@pytest.fixture
def env(tmp_path):
    paths = AppPaths.under(tmp_path / "app").ensure()
    store = HistoryStore(paths.history_db)
    other = write_tiny_gguf(tmp_path / "other-model.gguf")
    box = Box(Settings(system_prompt="APP PROMPT", context_size=2048, n_threads=0, user_models=(str(other),)))
    registry = ModelRegistry(paths, box)
    engine = RecordingEngine(reply="ok")
    service = ChatService(store=store, engine=engine, settings=box, registry=registry)
    smol = registry.resolve("llm", SMOLLM2).path
    yield service, engine, box, registry, smol, str(other)
    store.close()


def ask(service: ChatService, text: str = "Hello?") -> GenerationRequest:
    conv = service.store.create_conversation()
    events = list(service.send(conv.id, text, threading.Event()))
    assert isinstance(events[-1], ReplyFinished)
    return service.engine.requests[-1]  # type: ignore[attr-defined]


def test_without_overrides_the_app_settings_are_used(env):
    service, _engine, _box, _registry, smol, _other = env
    req = ask(service)
    assert req.model_path == smol
    assert (req.context_size, req.n_threads, req.chat_template) == (2048, 0, None)
    assert req.messages[0].role == "system" and req.messages[0].content == "APP PROMPT"


def test_the_chat_models_own_options_reach_the_request(env):
    service, _engine, box, _registry, smol, _other = env
    box.settings = box.settings.with_model_options(
        ModelOptions(smol, context_length=4096, n_threads=3, chat_template=TEMPLATE, system_prompt="Answer in haiku.")
    )
    req = ask(service)
    assert req.model_path == smol
    assert (req.context_size, req.n_threads) == (4096, 3)
    assert req.chat_template == TEMPLATE
    assert req.messages[0].content == "Answer in haiku."
    assert [m.content for m in req.messages if m.role == "system"] == ["Answer in haiku."]


def test_another_models_options_leave_this_one_alone(env):
    service, _engine, box, _registry, smol, other = env
    box.settings = box.settings.with_model_options(
        ModelOptions(other, context_length=8192, chat_template=TEMPLATE, system_prompt="Other prompt.")
    )
    req = ask(service)
    assert req.model_path == smol
    assert (req.context_size, req.chat_template, req.messages[0].content) == (2048, None, "APP PROMPT")

    # and once that other model is the chat model, its options apply
    box.settings = box.settings.replace(chat_model=other)
    req = ask(service)
    assert Path(req.model_path) == Path(other).resolve()
    assert (req.context_size, req.chat_template, req.messages[0].content) == (8192, TEMPLATE, "Other prompt.")
    assert req.n_threads == 0  # not overridden: the app-wide value


def test_partial_overrides_fall_back_field_by_field(env):
    service, _engine, box, _registry, smol, _other = env
    box.settings = box.settings.replace(n_threads=2, context_size=1024).with_model_options(
        ModelOptions(smol, system_prompt="Only the prompt is mine.")
    )
    req = ask(service)
    assert (req.context_size, req.n_threads, req.chat_template) == (1024, 2, None)
    assert req.messages[0].content == "Only the prompt is mine."


def test_preload_loads_the_model_as_its_options_say(env):
    service, engine, box, _registry, smol, _other = env
    box.settings = box.settings.with_model_options(
        ModelOptions(smol, context_length=4096, n_threads=2, chat_template=TEMPLATE, system_prompt="Warm me.")
    )
    list(service.preload())
    p = engine.preloads[-1]
    assert (p["model_path"], p["context_size"], p["n_threads"], p["chat_template"]) == (smol, 4096, 2, TEMPLATE)
    assert [m.content for m in p["warm"]] == ["Warm me."]  # type: ignore[attr-defined]
    # the reply then asks for exactly what was preloaded, so the engine reuses the loaded model
    req = ask(service)
    assert (req.model_path, req.context_size, req.n_threads, req.chat_template) == (smol, 4096, 2, TEMPLATE)


def test_translator_uses_the_translation_models_options(env):
    _service, _engine, box, registry, smol, other = env
    box.settings = box.settings.replace(translation_model=other).with_model_options(
        ModelOptions(other, context_length=1024, n_threads=2, chat_template=TEMPLATE)
    )
    engine = FakeEngine(reply="Bonjour.")
    translator = translator_for(engine, box.settings, registry)
    result = translator.translate("Hello.", "en", "fr")
    assert result.text
    req = engine.requests[0]
    assert Path(req.model_path) == Path(other).resolve()
    assert (req.context_size, req.n_threads, req.chat_template) == (1024, 2, TEMPLATE)

    # a translation model without options keeps the app-wide ones
    box.settings = box.settings.replace(translation_model=SMOLLM2)
    engine = FakeEngine(reply="Bonjour.")
    translator_for(engine, box.settings, registry).translate("Hello.", "en", "fr")
    req = engine.requests[0]
    assert (req.model_path, req.context_size, req.n_threads, req.chat_template) == (smol, 2048, 0, None)


def test_options_saved_under_a_link_still_apply(tmp_path):
    real = write_tiny_gguf(tmp_path / "real.gguf")
    link = tmp_path / "link.gguf"
    link.symlink_to(real)
    s = Settings(context_size=2048).with_model_options(ModelOptions(str(link), context_length=4096))
    assert effective_options(s, str(real)).context_length == 4096  # the registry resolves links
    assert effective_options(s, str(link)).context_length == 4096
    assert effective_options(s, str(tmp_path / "unrelated.gguf")).context_length == 2048


def test_gpu_layers_only_count_with_a_gpu_backend():
    s = Settings().with_model_options(ModelOptions("/m.gguf", gpu_layers=-1))
    assert effective_options(s, "/m.gguf", gpu_available=False).gpu_layers == 0
    assert effective_options(s, "/m.gguf", gpu_available=True).gpu_layers == -1


def test_gpu_layers_reach_the_request_and_the_engine_decides():
    # the window cannot know whether llama.cpp has a GPU backend without loading it;
    # the request carries the user's number and LlamaChatModel.load uses 0 without one
    from assistant.engines.process import _LoadSpec

    s = Settings().with_model_options(ModelOptions("/m.gguf", gpu_layers=12))
    opts = effective_options(s, "/m.gguf", gpu_available=True)
    req = GenerationRequest(model_path="/m.gguf", messages=(), n_gpu_layers=opts.gpu_layers)
    assert _LoadSpec.of(req).n_gpu_layers == 12
