"""Errors that the command line turns into one clear message and an exit code (never a traceback)."""


class KhabarError(Exception):
    """Base class: a problem the user can act on. `exit_code` is what the CLI exits with."""

    exit_code = 1


class InputError(KhabarError):
    """An input file or argument that cannot be used as given."""

    exit_code = 2


class GoldFormatError(InputError):
    """A gold file for `khabar eval` that is malformed (names the file and line)."""
