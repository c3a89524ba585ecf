"""``python -m orgchart`` does what the ``orgchart`` command does."""

import sys

from orgchart.cli import main

sys.exit(main())
