"""``python -m ui``: the same as the ``content-planner`` command."""

import sys

from ui.launcher import main

sys.exit(main())
