"""Reading what the window's panels show, as a user reads it."""

from __future__ import annotations

from ui.mix_panel import MixPanel


def warning_texts(panel: MixPanel) -> list[str]:
    """What the mix panel says, banner first."""
    shown = [panel.banner_text.text()] if panel.banner.isVisibleTo(panel) else []
    return shown + [label.text() for label in panel.warning_labels]
