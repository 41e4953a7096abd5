"""Installed models: the embedded defaults from PyPI packages and the user's own."""
