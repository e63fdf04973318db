"""pylatexenc's LatexWalker with a tokenizer that stays linear and fast on Chinese text.

pylatexenc reads prose one character per token (each a `LatexToken`, a test for LaTeX specials and a
pass of its parser loop), which makes a 1 MB thesis cost seconds, and it matches every `\\begin`/`\\end`
against a copy of the rest of the file (`s[pos:]`), which is quadratic in the number of environments.
`FastWalker` returns a run of non-ASCII, non-space characters (Han text, full-width punctuation) as one
`char` token when the parser reads a node list (no LaTeX special starts with a non-ASCII character, and
the parser joins consecutive `char` tokens into one node, so the nodes and their positions are the
same) and matches environment names in place. A macro argument (`\\textbf 粗体` takes one character),
math mode and ASCII text keep pylatexenc's own tokenizer.
"""
from __future__ import annotations

import re
from typing import Any

from pylatexenc import latexwalker

_RUN = re.compile(r"[^\x00-\x7f\s]+")
"""Characters pylatexenc would return one by one as `char` tokens, none of which starts a special."""
_ENV_NAME = re.compile(r"\s*\{([\w* ._-]+)\}")
"""pylatexenc's environment-name pattern (`^\\s*\\{([\\w* ._-]+)\\}`), matched in place."""


class FastWalker(latexwalker.LatexWalker):  # type: ignore[misc]
    """A LatexWalker whose `get_token` reads runs of non-ASCII text at once and environment names in place."""

    def get_token(self, pos: int, include_brace_chars: Any = None, environments: bool = True,
                  keep_inline_math: Any = None, parsing_state: Any = None, **kwargs: Any) -> Any:
        """The token at `pos`, as pylatexenc's (see the module docstring for the two shortcuts)."""
        s = self.s
        if pos < len(s):
            c = s[pos]
            # the parser's own reading passes its state and allows environments; an argument (get_latex_expression,
            # the argument parsers' peeks) is read without one of them and takes one character (\textbf 粗体)
            running = environments and parsing_state is not None and not parsing_state.in_math_mode
            if running and c > "\x7f" and not c.isspace():
                m = _RUN.match(s, pos)
                if m is not None:
                    return latexwalker.LatexToken(tok="char", arg=m.group(), pos=pos, len=m.end() - pos, pre_space="")
            if c == "\\" and environments:
                token = _environment(s, pos)
                if token is not None:
                    return token
        return super().get_token(pos, include_brace_chars=include_brace_chars, environments=environments,
                                 keep_inline_math=keep_inline_math, parsing_state=parsing_state, **kwargs)


def _environment(s: str, pos: int) -> Any:
    """The `begin_environment`/`end_environment` token of `\\begin{name}` or `\\end{name}` at `pos`, else None."""
    for word, kind in (("begin", "begin_environment"), ("end", "end_environment")):
        j = pos + 1 + len(word)
        if s.startswith(word, pos + 1) and not (j < len(s) and s[j].isalpha()):
            m = _ENV_NAME.match(s, j)
            if m is None:
                return None  # pylatexenc reports the malformed \begin
            return latexwalker.LatexToken(tok=kind, arg=m.group(1), pos=pos, len=m.end() - pos, pre_space="")
    return None
