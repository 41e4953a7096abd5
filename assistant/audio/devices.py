"""What sound hardware is there? Used by ``doctor`` and the settings."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class AudioStatus:
    portaudio: bool
    error: str = ""
    inputs: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    default_input: str = ""
    default_output: str = ""


def probe() -> AudioStatus:
    try:
        import sounddevice as sd
    except OSError as exc:  # the PortAudio shared library is missing
        return AudioStatus(portaudio=False, error=str(exc))
    try:
        devices = sd.query_devices()
    except Exception as exc:  # PortAudio present but unusable
        return AudioStatus(portaudio=True, error=str(exc))
    inputs = [d["name"] for d in devices if d.get("max_input_channels", 0) > 0]
    outputs = [d["name"] for d in devices if d.get("max_output_channels", 0) > 0]

    def default(kind: str) -> str:
        try:
            return str(sd.query_devices(kind=kind)["name"])
        except Exception:
            return ""

    return AudioStatus(
        portaudio=True, inputs=inputs, outputs=outputs, default_input=default("input"), default_output=default("output")
    )
