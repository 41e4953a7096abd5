"""Parley's Qt-free core: models, engines, use cases and storage.

Nothing under this package may import PySide6; ``tests/core/test_layering.py``
proves it by importing every module with Qt blocked.
"""

__version__ = "0.1.0"
APP_NAME = "Parley"
