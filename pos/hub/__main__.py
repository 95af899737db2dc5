"""``python -m pos.hub`` is ``pos-hub``."""

import sys

from pos.hub.cli import main

sys.exit(main())
