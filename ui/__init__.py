"""Content Planner's window (PySide6). It holds no business rules: it calls ``planner``."""
