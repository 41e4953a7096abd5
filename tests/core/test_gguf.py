import struct

import pytest

from assistant.config import Settings
from assistant.errors import InvalidModelError, ModelNotFoundError
from assistant.models.gguf import read_gguf
from assistant.models.registry import ModelRegistry
from assistant.paths import AppPaths


@pytest.fixture(scope="module")
def smol_path(tmp_path_factory):
    reg = ModelRegistry(AppPaths.under(tmp_path_factory.mktemp("r")), Settings)
    return reg.resolve_llm("smollm2-135m-instruct").path


def test_real_model_metadata(smol_path):
    info = read_gguf(smol_path)
    assert info.architecture == "llama"
    assert info.context_length == 8192
    assert info.chat_template and "im_start" in info.chat_template
    assert info.quantization == "Q4_1"


def test_missing(tmp_path):
    with pytest.raises(ModelNotFoundError):
        read_gguf(tmp_path / "nope.gguf")


@pytest.mark.parametrize(
    "content, words",
    [
        (b"", "empty"),
        (b"GGUF", "too small"),
        (b"PK\x03\x04" + b"\0" * 100, "not a GGUF"),
        (b"<html>404 Not Found</html>" + b" " * 64, "not a GGUF"),
        (b"GGUF" + struct.pack("<I", 99) + b"\0" * 40, "version 99"),
        (b"GGUF" + struct.pack("<IQQ", 3, 1, 2**40) + b"\0" * 40, "impossible"),
    ],
)
def test_bad_files_refused_with_reason(tmp_path, content, words):
    p = tmp_path / "bad.gguf"
    p.write_bytes(content)
    with pytest.raises(InvalidModelError, match=words):
        read_gguf(p)


def test_truncated_real_model(tmp_path, smol_path):
    data = open(smol_path, "rb").read(200_000)  # header + part of the vocabulary
    p = tmp_path / "cut.gguf"
    p.write_bytes(data)
    with pytest.raises(InvalidModelError, match="truncated|ends"):
        read_gguf(p)


def test_folder_is_refused(tmp_path):
    with pytest.raises(InvalidModelError, match="folder"):
        read_gguf(tmp_path)
