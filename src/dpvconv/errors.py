"""The errors dpvconv expects, and the exit status of each.

Every failure that input or options can cause is a :class:`DpvconvError`: an invalid or unusable input
(:class:`InputError`, exit 1) or a command asked for something it cannot do (:class:`UsageError`,
exit 2). The command line maps them to exit statuses in one place; anything else that escapes a command
is a bug in dpvconv and exits 3.
"""

from __future__ import annotations


class DpvconvError(Exception):
    """An expected failure, with a message for the user; ``exit_status`` says which kind."""

    exit_status = 1


class InputError(DpvconvError):
    """An input is invalid or cannot be used (exit status 1)."""

    exit_status = 1


class UsageError(DpvconvError):
    """The command cannot do what it was asked: a missing path, a bad option, an unwritable output
    (exit status 2). Nothing was written."""

    exit_status = 2


#: The exit status of an internal error: a bug in dpvconv, never bad input.
BUG_EXIT_STATUS = 3
