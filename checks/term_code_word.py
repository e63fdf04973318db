"""An English term the Chinese of a documentation page keeps as a word its code writes (term-missing, English terms):
"在job配置中设置" on a page whose config block has `job.mode = "STREAMING"`, "将 schema、vertex 和 edge 序列化" on a
page whose configuration writes `vertex.default_label=vertex`.

A page that shows code names its objects, sections and keys as the code spells them (the config file's `source`,
`transform` and `sink` sections, the `topic` a client sets, the `properties` file), and Chinese technical writing keeps
those words in Latin letters in its prose: the Chinese writes the concept by its code name, the term is there. A word
the page's code never writes (大多数情况下你只需要让 model 继承基类 on a page whose only code is `python train.py`)
is no name the page shows, and kept once in the prose it stays English left untranslated (`presence_usage.kept_as_usage`
asks for the file's usage then). The words are those of the page's fenced and indented code blocks as a translation
keeps them (`Part.code`: comments left out), on either side, in any case (`Topic` in the prose, `topic` in the code),
and only the words the code uses as names, not those of a run of prose its lines print or set
(`description: Backup the database every night`, `backup finished: database dumped to …`: English sentences, whose
words name nothing of the code, `prose_run`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from zhen_qa.aligner.lexicon import STOP_EN
from zhen_qa.manuscript.document import Block

_CODE_PUNCT = re.compile(r"[=:;,(){}\[\]<>|\"'`]")
"""The punctuation that separates a code line's names (a key from its value, a call's arguments, a quoted string
from the code around it: a JSON key "topic" is a name, a quoted message judged as prose)."""

_NAME = re.compile(r"[A-Za-z_][\w\-]*")

PROSE_WORDS = 3
"""Words of letters a stretch of a code line needs, one of them a function word, to be prose (an English sentence
a YAML value or a console line writes), not names."""


def prose_run(stretch: str) -> bool:
    """Whether a stretch of a code line between its punctuation is English prose: at least `PROSE_WORDS` words of
    letters, one of them a function word (Backup the database every night; database dumped to /var/backups), not a
    chain of names (public static void main, job.mode)."""
    words = [w.lower() for w in stretch.split() if w.isalpha()]
    return len(words) >= PROSE_WORDS and any(w in STOP_EN for w in words)


def code_names(code: str) -> set[str]:
    """The words a code block uses as names: its keys, identifiers, arguments and option values, not the words of
    its prose runs (`prose_run`: a quoted message, a description value, an output line)."""
    names: set[str] = set()
    for line in code.splitlines():
        for stretch in _CODE_PUNCT.split(line):
            if not prose_run(stretch):
                names.update(_NAME.findall(stretch))
    return names


def page_code_words(blocks: Iterable[Block]) -> frozenset[str]:
    """The names of the code blocks of the blocks' files (`code_names`), lower-cased (every file of the manuscript:
    both pages)."""
    return frozenset(w.lower() for b in blocks if b.part is not None
                     for w in code_names(b.part.code + "\n" + b.part.code_after))


def written_by_code(word: str, words: frozenset[str]) -> bool:
    """Whether an English `word` kept in Chinese prose is one the page's code writes (`page_code_words`), in any
    case: a single word, no phrase (a phrase is a name of several words, `presence_kept.in_kept_phrase`)."""
    return word.isascii() and " " not in word.strip() and word.strip().lower() in words
