"""Engine adapters. The only place faster_whisper, llama_cpp and piper are imported,
and only inside the engine process (see ``process.py``)."""
