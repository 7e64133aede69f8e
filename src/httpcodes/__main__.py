"""``python -m httpcodes``: the command line."""

from .cli import main

raise SystemExit(main())
