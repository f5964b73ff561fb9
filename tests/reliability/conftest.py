"""The window fixtures, for the reliability tests that drive the window."""

from tests.ui.conftest import isolated_settings, window

__all__ = ["isolated_settings", "window"]
