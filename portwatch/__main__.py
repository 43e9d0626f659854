"""python -m portwatch: the same as the portwatch command."""

from portwatch.cli import cli

cli()
