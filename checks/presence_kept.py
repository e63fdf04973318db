"""English forms kept as written inside Chinese text (`english_kept`): a name (`kept_name`, `_named_here`, a
CamelCase name's parts) or a word left untranslated in the prose (`left_in_english`)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache

from zhen_qa.aligner.lexicon import STOP_EN
from zhen_qa.checks.presence_code_run import code_like_run
from zhen_qa.checks.presence_coordinated import coordinated_with_kept


def kept_name(form: str, en2zh: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether Chinese text may keep an English form as written: a name or code the glossary writes with a capital
    or a digit (CI, PCR, Hardy-Weinberg), or a form with a content word the lexicon (`en2zh`, by stem) has no Chinese
    for (a new drug's name, ubrogepant, which NEJM's Chinese keeps; stop words such as "of" and "to" are no content).
    Dictionary words in lower case (death, quality, ease of use) have their Chinese: kept in English they are left
    untranslated."""
    from zhen_qa.aligner.lexicon import stem

    return bool(_KEPT_NAME.search(form)) or any(stem(w) not in en2zh for w in _LOWER_WORD.findall(form.lower())
                                                 if w not in STOP_EN)


def left_in_english(forms: Iterable[str], zh_text: str, en2zh: Mapping[str, tuple[str, ...]],
                    usage: Callable[[str], bool] | None = None) -> bool:
    """Whether Chinese text keeps an English form that is no `kept_name` as a word of its prose, outside brackets
    (患者death的常见原因, 抗tumor): the term left untranslated, neither left out nor said otherwise. An English gloss in
    brackets after the Chinese (生长素（growth factor）) is not prose, nor an address (cancer.org/chemotherapy), nor
    a word the file's Chinese keeps as its own usage (`usage`, see `kept_as_usage`)."""
    return any(prose and not named for named, prose in english_kept(forms, zh_text, en2zh, usage))


def english_kept(forms: Iterable[str], zh_text: str, en2zh: Mapping[str, tuple[str, ...]] | None,
                 usage: Callable[[str], bool] | None = None) -> Iterator[tuple[bool, bool]]:
    """Each place Chinese text keeps an English form as written (whole words, any case), as (named, prose): named
    when it stands there as a name (`kept_name`, or `_named_here` in the text as written: a capital, a software noun
    after it, code such as fit() and cache_size; every place when `en2zh` is None; or a word the file's Chinese keeps
    as its own usage, `usage`), prose when no bracket, address or code span holds it (生长素（growth factor）,
    cancer.org/chemotherapy, `cache`: no words of the prose). A place the prose writes the form as parts of a
    CamelCase name (`camel_parts`: ConsumerGroup for "consumer group") is a name there. The one view of both questions:
    `Evidence.has_original` (a place named) and `left_in_english` (a place in the prose that is no name)."""
    prose: str | None = None
    for form in forms:
        if not form.strip():
            continue
        kept: bool | None = None
        for m in kept_pattern(form).finditer(zh_text):
            if kept is None:
                kept = en2zh is None or kept_name(form, en2zh)
            if prose is None:
                prose = _prose(zh_text)
            named = kept or _named_here(m, zh_text, usage, en2zh) or (usage is not None and usage(m.group()))
            yield named, prose[m.start():m.end()] == m.group()
        if any(True for _ in camel_parts(form, zh_text)):
            yield True, True  # ConsumerGroup for "consumer group", JobEnvConfig's Job: the name written as one word


def kept_in_prose(forms: Iterable[str], zh_text: str) -> bool:
    """Whether the prose of Chinese text keeps an English form as a word, in any case and either number, a capital or
    none (Labels, LABEL, label for "labels"; labels for "label"): outside brackets, addresses and code spans, and no
    part of an identifier or a run of code (label_selector, fit(), LabelSelector, k8s.io/label). The question for a
    word the glossary says the Chinese must translate (`Concept.english_deprecated_in_zh`), where a capital makes
    no name (`_named_here` reads a capital as a name: the journal Cell) and no lexicon decides whether Chinese may
    keep it (`kept_name`)."""
    prose: str | None = None
    for form in forms:
        for variant in _either_number(form):
            for m in kept_pattern(variant).finditer(zh_text):
                if prose is None:
                    prose = _prose(zh_text)
                if prose[m.start():m.end()] == m.group() and not _in_identifier(zh_text, m.start(), m.end()):
                    return True
    return False


def _either_number(form: str) -> tuple[str, ...]:
    """The form and, when its last word ends in -s or -es, the form with that ending taken off (labels: label;
    classes: class, classe): `kept_pattern` adds the plural ending itself, so the two match either number."""
    if not form[-1:].isalpha() or form[-1:].lower() != "s":
        return (form,)
    cut = (form[:-1], form[:-2]) if form[-2:].lower() == "es" else (form[:-1],)
    return (form, *(v for v in cut if v.split() and len(v.split()[-1]) >= 2))


def _in_identifier(text: str, start: int, end: int) -> bool:
    """Whether the word text[start:end] is part of a name of code: joined by an underscore (label_selector), an
    empty call after it (fit()), or a run of code (`code_like_run`: k8s.io/label, @scope/label-tool)."""
    return text[end:end + 1] == "_" or text[max(0, start - 1):start] == "_" or text[end:end + 2] == "()" \
        or code_like_run(text, start, end, True)


def _prose(zh_text: str) -> str:
    """The text with its brackets, addresses and code spans blanked (spaces, so offsets stay)."""
    prose = _ADDRESS.sub(lambda m: " " * len(m.group()), _BRACKETED.sub(lambda m: " " * len(m.group()), zh_text))
    return _CODE_SPAN.sub(lambda m: " " * len(m.group()), prose)


def camel_parts(form: str, text: str) -> Iterator[tuple[int, int]]:
    """Where the prose of `text` writes the English `form` as parts of a name joined in CamelCase, outside code
    spans (ConsumerGroup for "consumer group", # JobEnvConfig for "Job Env Config", TagA, a tag's example name):
    the words each start a part with a capital, the run itself starts with one. A run that starts in lower case
    (topicName, updateTopic) or stands in a code span (`sourceTable`) is an identifier of code, which names its
    variable or command, not the concept."""
    words = [w.lower() for w in form.split()]
    if not words or not all(w.isalpha() and w.isascii() for w in words):
        return
    prose = _CODE_SPAN.sub(lambda m: " " * len(m.group()), text)
    for run in _CAMEL_RUN.finditer(prose):
        parts = list(_CAMEL_PART.finditer(run.group()))
        if len(parts) < 2:
            continue
        lowered = [p.group().lower() for p in parts]
        for i in range(len(parts) - len(words) + 1):
            last = lowered[i + len(words) - 1]
            if lowered[i:i + len(words) - 1] == words[:-1] and last in (words[-1], words[-1] + "s", words[-1] + "es"):
                yield run.start() + parts[i].start(), run.start() + parts[i + len(words) - 1].end()


def _named_here(m: re.Match[str], text: str, usage: Callable[[str], bool] | None = None,
                en2zh: Mapping[str, tuple[str, ...]] | None = None) -> bool:
    """Whether an English form kept inside Chinese text is a name there, not a word left untranslated: written with
    a capital (the journal Cell, PowerChek Coronavirus), or named as a thing of software by the noun after it (将
    timeout 参数设为 30 秒, 打开 cache 选项: documentation keeps a parameter's or option's name as the code spells
    it), or part of an identifier or an empty call (cache_size, fit()): code, or of a code-like run
    (`code_like_run`: @rc-component/picker, upstream.node.host); not a term before a bracket (chemotherapy(CT) is
    the word left in English, glossed). A run joined by hyphens only (react-component, static-style-extract) is a
    package's or key's name only in documentation (`docs`: a file that writes code) and only when it does not start
    with a prefix (anti-tumor, non-small-cell: an English compound left in the prose, in any file). In
    documentation (a file with `usage`, which writes code) a word kept beside a code span or a name, or in a phrase
    the file keeps as its usage, is a word of a name of several (`in_kept_phrase`: 启用了 gRPC gateway,
    `bert-base-cased` checkpoint), and a word coordinated with one the file keeps is one of its set of names
    (`presence_coordinated.coordinated_with_kept`: 图数据（vertex 和 edge）)."""
    docs = usage is not None
    return m.group()[:1].isupper() or _SOFTWARE_NOUN.match(text, m.end()) is not None \
        or text[m.end():m.end() + 1] == "_" or text[m.end():m.end() + 2] == "()" \
        or text[max(0, m.start() - 1):m.start()] == "_" \
        or code_like_run(text, m.start(), m.end(), docs) \
        or (usage is not None and in_kept_phrase(text, m.start(), m.end(), en2zh, usage)) \
        or (usage is not None and coordinated_with_kept(text, m.start(), m.end(), usage))


def in_kept_phrase(text: str, start: int, end: int, en2zh: Mapping[str, tuple[str, ...]] | None = None,
                   usage: Callable[[str], bool] | None = None) -> bool:
    """Whether the English word text[start:end] kept in Chinese text is a word of a name of several kept whole, as
    documentation keeps the names of features, protocols and models: it stands, set off by spaces only, beside an
    inline code span (与 `bert-base-cased` checkpoint 相关) or a word that is a name (`kept_name` with the lexicon
    `en2zh`, a capital or digit without it: 启用了 gRPC gateway), or the two words are a phrase the file keeps as
    its usage (`usage`, see `kept_as_usage`). Two dictionary words left in the prose once (在 production build 时,
    review49 R14) are English left untranslated, as one word is (患者death的)."""
    before = _PHRASE_BEFORE.search(text, 0, start)
    after = _PHRASE_AFTER.match(text, end)
    for near, phrase in ((before, None if before is None else text[before.start():end]),
                         (after, None if after is None else text[start:after.end()])):
        if near is None or phrase is None:
            continue
        word = near.group("word")
        if word is None:
            return True  # a code span beside it
        if (_KEPT_NAME.search(word) is not None if en2zh is None else kept_name(word, en2zh)) \
                or (usage is not None and usage(" ".join(phrase.split()))) or _titled_in(phrase, text):
            return True
    return False


def _titled_in(phrase: str, text: str) -> bool:
    """Whether the text also writes the phrase with a capital, as a title names it (关于 asset modules 的更多介绍，
    请参考 [Rspack - Asset modules](…)): the phrase kept in lower case beside it is that name."""
    return any(m.group()[:1].isupper() for m in kept_pattern(" ".join(phrase.split())).finditer(text))


_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
"""A bracketed span: Chinese glosses a term in English there (表皮生长因子（epidermal growth factor）)."""


_ADDRESS = re.compile(r"[A-Za-z0-9][\w.~:/?#@&=%+-]*[./][A-Za-z0-9][\w.~:/?#@&=%+-]*", re.ASCII)
"""A web or mail address or a path (cancer.org/chemotherapy): no words of the prose."""


_SOFTWARE_NOUN = re.compile(r"(?:\s+|[`'\"]\s*)(?:参数|选项|属性|字段|组件|函数|变量|命令|配置项|接口|事件|插槽|钩子|"
                            r"指令|模块|关键字|键名|开关)")
"""The nouns by which documentation names a thing of software it calls by its code name (timeout 参数, cache 选项,
onChange 事件, loading 属性): the English word before them is that name, kept. Only set off by a space or a quote,
as documentation writes a code name in Chinese prose: 草根theory方法, 心血管 left as "cardiovascular事件", is a
word left in English before a general noun (方法 "method" is no software noun at all)."""


_CODE_SPAN = re.compile(r"`[^`\n]*`")
"""A code span (把 `cache` 设为 true): code as written, no words of the prose."""


_PHRASE_BEFORE = re.compile(r"(?:(?<![A-Za-z0-9])(?P<word>[A-Za-z][A-Za-z0-9]*)|\ufffc)[ \t]+$")


_PHRASE_AFTER = re.compile(r"[ \t]+(?:(?P<word>[A-Za-z][A-Za-z0-9]*)(?![A-Za-z0-9])|\ufffc)")
"""An English word or a code span's placeholder (`manuscript.source.CODE_PLACEHOLDER`) before or after a kept word,
across spaces only: the two are one phrase of the text."""


_CAMEL_RUN = re.compile(r"(?<![A-Za-z0-9_.@/-])[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*(?![A-Za-z0-9_.@/-])")
"""A run of Latin letters and digits that starts with a capital and holds a small letter, standing alone (not part
of a dotted, scoped or joined name): a CamelCase name (ConsumerGroup, JobEnvConfig) or one word (Topic)."""


_CAMEL_PART = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|[0-9]+")
"""A part of a CamelCase name: a capitalised word, an initialism (MQ in DefaultMQProducer, A in TagA), digits."""


_KEPT_NAME = re.compile(r"[A-Z0-9]")
"""What a glossary's English form holds when it is a name or code Chinese text keeps as written: a capital, a digit."""
_LOWER_WORD = re.compile(r"[a-z]+")
"""A lower-case word of a glossary's English form (`may_keep`)."""


@lru_cache(maxsize=65536)
def kept_pattern(form: str) -> re.Pattern[str]:
    """The form kept as written, whole words in any case, in either grammatical number: Rsbuild's Chinese writes
    "这些 environments 配置" (the configuration key) where its English says "these environment configurations"."""
    body = r"\s+".join(re.escape(w) for w in form.split())
    return re.compile(r"(?<![A-Za-z0-9])" + body + r"(?:e?s)?(?![A-Za-z])", re.I)
