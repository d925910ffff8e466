"""`python -m app` behaves exactly like the `lotse` command."""

import sys

from app.cli import main

sys.exit(main())
