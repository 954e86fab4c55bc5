"""``python -m dpvconv``: the same as the ``dpvconv`` command."""

from dpvconv.cli import main

main(prog_name="dpvconv")
