"""The errors every layer raises, in one module: what the command line turns into exit codes."""
from __future__ import annotations


class InputError(Exception):
    """Unusable input: the message is one line that says what is wrong and what to do (exit code 2)."""
