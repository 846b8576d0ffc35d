"""``python -m graph`` is the ``tupu`` command."""
import sys

from .cli import main

sys.exit(main())
