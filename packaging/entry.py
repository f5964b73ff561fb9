"""The frozen app's entry point (build.spec): the same ``main`` as the installed command."""

import os
import sys

# A windowed Windows executable has no console: sys.stdout and sys.stderr are None there,
# and the first message written would raise. Send them nowhere instead.
for name in ("stdout", "stderr"):
    if getattr(sys, name) is None:
        setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from ui.launcher import main  # noqa: E402

sys.exit(main())
