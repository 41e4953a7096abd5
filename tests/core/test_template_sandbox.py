"""A model's chat template is a program that comes with the model file. Hostile
ones must neither reach the system (the Jinja sandbox) nor hang the engine or eat
its memory (our limits in ``engines/llama.py``).

Every template here goes into a real (tiny) GGUF and through the real render
path: the engine process, as the app uses it. Each escape attempt tries to create
a sentinel file; the test asserts the file never appears and that each template
is either refused with a plain message or renders harmlessly."""

from __future__ import annotations

import secrets
import tempfile
import threading
import time
from pathlib import Path

import pytest

from assistant.engines.base import ChatMessage, Finished, GenerationRequest
from assistant.engines.process import EngineProcess
from assistant.errors import AssistantError, EngineCrashedError, EngineError, InvalidModelError

from .tiny_gguf import write

pytestmark = pytest.mark.real

SENTINEL = Path(tempfile.gettempdir()) / f"parley-template-sentinel-{secrets.token_hex(8)}"
TOUCH = f"touch {SENTINEL}"

#: classic server-side template injection payloads, adapted to what a chat template sees
ESCAPES = {
    "self-init-globals": "{{ self.__init__.__globals__.__builtins__.__import__('os').system('%s') }}",
    "cycler-globals-os": "{{ cycler.__init__.__globals__.os.system('%s') }}",
    "joiner-globals-os": "{{ joiner.__init__.__globals__.os.system('%s') }}",
    "namespace-globals-os": "{{ namespace.__init__.__globals__.os.system('%s') }}",
    "lipsum-globals-popen": "{{ lipsum.__globals__['os'].popen('%s').read() }}",
    "attr-filter-globals": "{{ (cycler.__init__|attr('__globals__'))['os'].system('%s') }}",
    "attr-chain-escaped": "{{ lipsum|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('get')('os')|attr('popen')('%s') }}",
    "mro-subclasses-popen": (
        "{% for c in ''.__class__.__mro__[1].__subclasses__() %}"
        "{% if c.__name__ == 'Popen' %}{{ c(['sh', '-c', '%s']) }}{% endif %}{% endfor %}"
    ),
    "attr-mro-subclasses": (
        "{% for c in (()|attr('__class__')|attr('__base__')|attr('__subclasses__'))() %}"
        "{% if 'catch_warnings' in c.__name__ %}{{ c()._module.__builtins__['__import__']('os').system('%s') }}{% endif %}"
        "{% endfor %}"
    ),
    "template-reference-context": "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.system('%s') }}",
    "raise-exception-globals": "{{ raise_exception.__globals__['os'].system('%s') }}",
    "strftime-globals": "{{ strftime_now.__globals__['os'].system('%s') }}",
    "format-string-globals": "{{ '{0.__init__.__globals__[os].system}'.format(cycler) }}{{ cycler.__init__.__globals__.os.system('%s') }}",
    "messages-class-globals": "{{ messages.__class__.__init__.__globals__ }}{{ messages[0].__class__.__mro__[-1].__subclasses__() }}",
    "namespace-set-class": "{% set ns = namespace() %}{% set ns.__class__ = cycler %}{{ ns.__init__.__globals__.os.system('%s') }}",
    "loop-cycle-globals": "{% for m in messages %}{{ loop.cycle.__globals__.os.system('%s') }}{% endfor %}",
    "mutate-messages": "{{ messages.append({'role': 'system', 'content': '%s'}) }}{{ messages.clear() }}",
    "import-statement": "{% import 'os' as os %}{{ os.system('%s') }}",
    "bos-token-subclasses": "{{ bos_token.__class__.__base__.__subclasses__() }}",
}

#: templates that try to hang the engine or exhaust its memory
ABUSE = {
    "loop-bomb": "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "string-bomb": "{{ 'x' * 3000000000 }}",
    "list-bomb": "{{ [0] * 3000000000 }}",
    "power-bomb": "{{ 7 ** 7777777777 }}",
    "modulo-bomb": "{{ '%0900000000d' % 1 }}",
    "doubling-bomb": "{% set ns = namespace(s='xxxxxxxx') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}",
    "center-bomb": "{{ 'x'|center(700000000) }}",
    "format-width-bomb": "{{ '{:>700000000}'.format(1) }}",
    "recursion": "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
    "huge-template": "{% for m in messages %}{{ m.content }}{% endfor %}" * 20000,
}

LIMIT_S = 10.0  # a refusal is measured in milliseconds; this only catches a hang


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    e = EngineProcess(log_path=tmp_path_factory.mktemp("log") / "engine.log")
    yield e
    e.close()
    SENTINEL.unlink(missing_ok=True)


def _ask(engine: EngineProcess, model: Path) -> tuple[str, Exception | None, float]:
    req = GenerationRequest(
        model_path=str(model), messages=(ChatMessage("system", "Be brief."), ChatMessage("user", "hello world")),
        max_tokens=2, temperature=0.0, context_size=256, n_threads=1,
    )
    box: dict[str, object] = {}

    def work() -> None:
        try:
            box["events"] = list(engine.generate(req, threading.Event()))
        except Exception as exc:  # noqa: BLE001 - judged by the caller
            box["exc"] = exc

    t0 = time.perf_counter()
    th = threading.Thread(target=work, daemon=True)
    th.start()
    th.join(LIMIT_S)
    if th.is_alive():
        engine.kill_for_test()
        th.join(10)
        return "hang", None, time.perf_counter() - t0
    exc = box.get("exc")
    if exc is not None:
        return "error", exc, time.perf_counter() - t0  # type: ignore[return-value]
    events = box["events"]
    assert isinstance(events[-1], Finished)  # type: ignore[index]
    return "ok", None, time.perf_counter() - t0


def _assert_plain(exc: Exception) -> None:
    assert isinstance(exc, (InvalidModelError, EngineError)), repr(exc)
    assert not isinstance(exc, EngineCrashedError), f"the template took the engine down: {exc}"
    text = str(exc)
    assert text.strip() and "Traceback" not in text and 'File "' not in text, text


@pytest.mark.parametrize("name", sorted(ESCAPES))
def test_escape_attempt_is_refused_or_harmless(engine, tmp_path, name):
    template = ESCAPES[name].replace("%s", TOUCH)
    model = write(tmp_path / f"{name}.gguf", chat_template=template)
    status, exc, seconds = _ask(engine, model)
    assert status != "hang", f"{name}: no answer within {LIMIT_S} s"
    time.sleep(0.05)  # a spawned shell would have touched the file by now
    assert not SENTINEL.exists(), f"{name} escaped the sandbox"
    if exc is not None:
        _assert_plain(exc)
    assert seconds < 5.0


@pytest.mark.parametrize("name", sorted(ABUSE))
def test_abusive_template_is_stopped_in_time(engine, tmp_path, name):
    model = write(tmp_path / f"{name}.gguf", chat_template=ABUSE[name])
    status, exc, seconds = _ask(engine, model)
    assert status != "hang", f"{name}: the engine was still busy after {LIMIT_S} s"
    assert exc is not None, f"{name} should have been refused"
    _assert_plain(exc)
    assert seconds < 5.0, f"{name} took {seconds:.1f} s"


def test_named_templates_are_not_compiled_by_the_library(engine, tmp_path):
    """llama-cpp-python compiles every ``tokenizer.chat_template.*`` while loading, and
    folds constants doing it; this one would never finish. We render only the default
    template, in our sandbox, so the model loads and answers."""
    from .tiny_gguf import STRING, default_metadata

    meta = default_metadata() + [("tokenizer.chat_template.tool_use", STRING, "{{ 7 ** 7777777777 }}{{ 'x' * 3000000000 }}")]
    status, exc, seconds = _ask(engine, write(tmp_path / "named.gguf", metadata=meta))
    assert status == "ok", exc
    assert seconds < 5.0


def test_rendered_escape_leaks_nothing(tmp_path):
    """The templates that render (harmlessly) must not print Python internals into the
    prompt either. Rendered in this process by the real LlamaChatModel."""
    from assistant.engines.llama import LlamaChatModel

    leaked = []
    for name in ("messages-class-globals", "bos-token-subclasses", "format-string-globals"):
        model = write(tmp_path / f"{name}.gguf", chat_template=ESCAPES[name].replace("%s", TOUCH))
        m = LlamaChatModel.load(model, n_ctx=256, n_threads=1)
        try:
            rendered, _ = m.fit((ChatMessage("user", "hi"),), 2)
            text = m.llm.detokenize(rendered.tokens, special=True).decode("utf-8", "replace")
        except AssistantError:
            continue
        finally:
            m.close()
        if any(s in text for s in ("<function", "<module", "<class", "Popen", "builtins", "__")):
            leaked.append((name, text[:200]))
    assert not leaked
    assert not SENTINEL.exists()


def test_engine_still_answers_afterwards(engine, tmp_path):
    status, exc, _ = _ask(engine, write(tmp_path / "intact.gguf"))
    assert status == "ok", exc
    assert not SENTINEL.exists()
