"""Content Planner's domain and storage: plans, posts, the content-mix rules, CSV exchange.

Nothing in this package imports Qt; the window in ``ui/`` calls the operations offered here.
"""

__version__ = "0.1.0"
