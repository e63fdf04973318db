"""An English term the Chinese of a documentation page keeps as a word its code writes (term-missing, English terms):
"在job配置中设置" on a page whose config block has `job.mode = "STREAMING"`, "将 schema、vertex 和 edge 序列化" on a
page whose configuration writes `vertex.default_label=vertex`.

A page that shows code names its objects, sections and keys as the code spells them (the config file's `source`,
`transform` and `sink` sections, the `topic` a client sets, the `properties` file), and Chinese technical writing keeps
those words in Latin letters in its prose: the Chinese writes the concept by its code name, the term is there. A word
the page's code never writes (大多数情况下你只需要让 model 继承基类 on a page whose only code is `python train.py`)
is no name the page shows, and kept once in the prose it stays English left untranslated (`presence.kept_as_usage`
asks for the file's usage then). The words are those of the page's fenced and indented code blocks as a translation
keeps them (`Part.code`: comments left out), on either side, in any case (`Topic` in the prose, `topic` in the code),
the same words `untranslated` accepts in a list of single words (`untranslated.code_words`).
"""
from __future__ import annotations

from collections.abc import Iterable

from zhen_qa.checks.untranslated import code_words
from zhen_qa.manuscript.document import Block


def page_code_words(blocks: Iterable[Block]) -> frozenset[str]:
    """The words of the code blocks of the blocks' files, lower-cased (every file of the manuscript: both pages)."""
    return frozenset(w.lower() for words in code_words(blocks).values() for w in words)


def written_by_code(word: str, words: frozenset[str]) -> bool:
    """Whether an English `word` kept in Chinese prose is one the page's code writes (`page_code_words`), in any
    case: a single word, no phrase (a phrase is a name of several words, `presence.in_kept_phrase`)."""
    return word.isascii() and " " not in word.strip() and word.strip().lower() in words
