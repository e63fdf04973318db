"""English that only repeats what its bead's kept run already says of the Chinese: an orphan, whatever it adds to the
bead's similarity.

`en_orphans.kept_run` keeps an English run that fits a merged bead's Chinese only when it is more similar to the
Chinese than the whole bead: the sentences outside it must dilute the bead. An English paragraph whose Chinese was
deleted, joined to the next paragraph's sentence, does not dilute it when it repeats the page's names: a
documentation page names its API, product and options in every paragraph ("While the LoggerProvider / Logger APIs
are structurally similar to the equivalent trace and metric APIs, they serve a different use case." beside 截至目前，
LoggerProvider 或 Logger 及相关类代表了日志桥接 API… whose own English, "As of now, LoggerProvider / Logger and
associated classes represent the Log Bridge API…", names them too). The similarity counts those names once more; they
are no evidence that the outside English renders any of the Chinese, since the run that fits already says them.

The test here is what the English outside the run says of the bead's Chinese *beyond* what the run says of it
(`clauses.said_beyond`: English stems the Chinese glosses into, Latin tokens and numbers both write). A translator who
writes one Chinese sentence as two English ones puts part of the Chinese into each: the second sentence says words of
the Chinese the first does not (MIN_SAID or more), says more of one of the Chinese's clauses than the first does, or
the first says nothing of one of its clauses (the lexicon may not gloss what the second says of it).
English that does neither renders nothing of the Chinese that the run leaves unsaid: it is an orphan even though it
shares the page's names, and `kept_run` splits it off (only where the English is already far too long for the Chinese
and the run fits it: the length evidence comes first).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from zhen_qa.aligner.clauses import MIN_SAID, SHARED_MIN, Tokens, marks, said_beyond, said_of, words_written, zh_clauses
from zhen_qa.aligner.jieba_base import cut
from zhen_qa.aligner.lexicon import Lexicon, en_stems, one_begins_other
from zhen_qa.aligner.refine import Keep, PathBead
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import han_count
from zhen_qa.manuscript.source import CODE_PLACEHOLDER

OPENER_HAN = 6
"""A clause of fewer Han characters (例如，截至目前，此外，) opens the sentence: the run renders it as a phrase or
leaves it out, no English sentence renders it alone. A longer clause the run says nothing of may be what the outside
English renders (`only_repeats`)."""

COORDINATORS = frozenset({"并", "并且", "而且", "然后", "同时"})
"""Words that join two predicates inside one clause (清理过期的缓存条目并释放这些条目占用的内存): each predicate may be
rendered as an English sentence of its own, as a clause cut at ，may (review63b R30)."""

_HAN_RUN = LazyPattern(r"[\u4e00-\u9fff]+")

_DIGITS = LazyPattern(r"(?<![\d.])\d(?!\d|\.\d)")
"""A number of one digit (a list or step number); longer numbers are `clauses.marks`."""

MAX_UNACCOUNTED = 1
"""`outside` may hold this many content words neither `kept`, the Chinese nor the page's names account for (one
stray verb or adverb of a repetition: then, also); more is untested content, not repetition (review61 R30), unless
every clause of the Chinese has its counterpart in `kept` (`every_clause_rendered`): then nothing is left for it to
render."""

_NAME = LazyPattern(r"(?<=[^\s.!?:]\s)[A-Z][\w-]*|\b[A-Za-z]*[\d_][\w-]*|\b[a-z]+[A-Z][\w-]*")
"""A name the English writes: a capitalised word inside a sentence (Collector, OTLP), a token with a digit or an
underscore, a camelCase token."""

Repeats = Callable[[PathBead, tuple[int, int]], bool]
"""(bead, English run [a, c) of it) -> the bead's English outside the run only repeats what the run says of its
Chinese."""


def outside_repeats(zh: Sequence[str], en: Sequence[str], lexicon: Lexicon) -> Repeats:
    """The `Repeats` test of a document's sentences `zh` and `en`: the run says MIN_SAID or more words of the bead's
    Chinese (`said_of`: lexical evidence that it is the Chinese's counterpart, whatever the page's median similarity)
    and the English of the bead outside the run, taken together, says fewer than MIN_SAID words of the Chinese beyond
    what the run says of it (`said_beyond`)."""
    memo: Tokens = {}

    def repeats(bead: PathBead, run: tuple[int, int]) -> bool:
        i0, j0, i1, j1 = bead
        a, c = run
        outside = [en[j] for j in (*range(j0, a), *range(c, j1))]
        if not outside or i1 == i0:
            return False
        return only_repeats(" ".join(outside), " ".join(en[a:c]), "".join(zh[i0:i1]), lexicon, memo)

    return repeats


def only_repeats(outside: str, kept: str, chinese: str, lexicon: Lexicon, memo: Tokens | None = None) -> bool:
    """English `kept` says MIN_SAID or more words of `chinese` (`said_of`), English `outside` says fewer than MIN_SAID
    of it beyond what `kept` says (`said_beyond`), each clause of the Chinese (`zh_clauses`) says something of `kept`
    (unless it is a short opener, `OPENER_HAN`) and no more of `outside`, and each Latin name or number of the Chinese
    is written by `kept` (as a name or a word): `outside` renders nothing of the Chinese.

    - A name the Chinese writes and `kept` does not is evidence that `outside` renders part of the Chinese, however
      few of its words the lexicon glosses: 使用 OpenTelemetry Collector 接收 OTLP 数据后导出到 Jaeger 中查看。 = "Use
      the OpenTelemetry Collector to receive OTLP data. The Collector then hands that OTLP data over to Jaeger."
      (review61 R5; one name is enough). A name neither writes sits in a code span the sentence text masks: 当 entry
      为 index 时，…；当 entry 为 foo 时，… = "When the entry is `index`, … When the entry is `foo`, …": where it is
      said is not known either.
    - The clause test keeps the other half of a Chinese sentence cut in two at a clause whose own words the lexicon
      barely glosses: 新旧语法在功能上没有区别并且同时兼容，仅是新语法在用词上更符合常规。 = "There is no functional
      difference between the old and new syntax, … The new syntax is just more conventional in terms of wording."
      (the second clause says new and word of the second sentence, only new of the first); 我们可以通过
      `get_instance` 接口创建全局可获取的 `logger`，默认的日志格式如下 = "Users can create a global logger by calling
      `get_instance`. The default log format is shown as below" (the first clause says nothing of the second
      sentence: the lexicon glosses neither 创建 nor 全局 as the English says them).
    """
    if len(said_of(chinese, kept, lexicon, memo)) < MIN_SAID \
            or len(said_beyond(outside, [kept], chinese, "en", lexicon, memo)) >= MIN_SAID:
        return False
    if unwritten_names(chinese, kept) or (len(unaccounted(outside, kept, chinese, lexicon, memo)) > MAX_UNACCOUNTED
                                          and not every_clause_rendered(outside, kept, chinese, lexicon, memo)):
        return False
    fewer = False
    for clause in zh_clauses(chinese):
        run = len(said_of(clause, kept, lexicon, memo))
        out = len(said_of(clause, outside, lexicon, memo))
        if not run and han_count(clause) >= OPENER_HAN or out > run:
            return False
        fewer = fewer or out < run
    return fewer


def unaccounted(outside: str, kept: str, chinese: str, lexicon: Lexicon, memo: Tokens | None = None) -> set[str]:
    """The content words (`en_stems`) of English `outside` that neither `kept` writes, nor the lexicon glosses from
    `chinese` (`said_of`), nor `outside` writes as a name (`_NAME`): words whose rendering of the Chinese is not
    tested, so no evidence that `outside` only repeats (This allows us to call the definitions using the calls in
    the script.: allow, call, using, beside "In a script, definitions run first." and 在一个脚本中定义总是先运行，
    这样我们就可以在脚本中调用定义。, which the lexicon does not gloss as call)."""
    names = set(en_stems(" ".join(_NAME.findall(outside))))
    return set(en_stems(outside)) - set(en_stems(kept)) - said_of(chinese, outside, lexicon, memo) - names


def every_clause_rendered(outside: str, kept: str, chinese: str, lexicon: Lexicon, memo: Tokens | None = None) -> bool:
    """Each clause of the Chinese (`zh_clauses`) but a short opener (`OPENER_HAN`) says MIN_SAID or more words of
    English `kept` that it does not say of English `outside` nor of another clause, in any form
    (`clauses.words_said`: migrate / "migration"): every clause has its counterpart in `kept`,
    by words of its own beyond the names both English texts share, so no clause is left for `outside` to render, and
    the content words of `outside` the lexicon does not gloss (`unaccounted`) render nothing of the Chinese. The
    English of a deleted paragraph beside its neighbour's Chinese ("While the LoggerProvider / Logger APIs are
    structurally similar to the equivalent trace and metric APIs, they serve a different use case." beside 截至目前，
    LoggerProvider 或 Logger 及相关类代表了日志桥接 API，其存在的目的是编写日志附加器…，以便将…日志桥接到
    OpenTelemetry 中。, whose own English says represent, class / exist, appenders / framework, record, through of
    its three clauses alone). Where the lexicon misses a verb, the clause `outside` renders is one `kept` says
    only by the shared names (这样我们就可以在脚本中调用定义 says script and definition of both "In a script,
    definitions run first." and "This allows us to call the definitions…", nothing of the first alone: review61 R30),
    and the test fails; so it does where `outside` says in another form the words by which `kept` says a clause
    (…管理员希望在集群升级之前把当前集群上的应用迁移到其他适合的集群中去，业务迁移期间需要保证服务不断服。 = "… The
    administrator wants to migrate applications … During the migration, services must be continuously provided.":
    the last clause says migrate and want of the first sentence, migrate and service of the second, so only want of
    the first alone). A topic word the Chinese repeats clause after clause (任务, 日志) is no evidence which English
    renders which clause: a clause's own words are those `kept` says of no other clause. A Chinese of short clauses
    only (a heading: 支持的平台) has no clause to test: no evidence. A clause is cut further at its predicates
    (`predicates`: …缓存条目并释放…内存, review63b R30); its words are counted by Chinese word, however many glosses
    of one the English writes (`clauses.words_written`, R31), and a word `outside` writes in the same form as `kept`
    is shared, one it writes in another form of `kept`'s stem is `outside`'s too (`another_form`, R32)."""
    clauses = [p for c in zh_clauses(chinese) for p in predicates(c)]
    said = [words_written(c, kept, lexicon, memo) for c in clauses]
    tested = [k for k, c in enumerate(clauses) if han_count(c) >= OPENER_HAN]
    for k in tested:
        others = {s for m in range(len(clauses)) if m != k for hits in said[m].values() for s in hits}
        out = words_written(clauses[k], outside, lexicon, memo)
        own = {w: hits - others for w, hits in said[k].items()
               if hits - others and not another_form(out.get(w, set()), hits)}
        if min(len(own), len(set().union(*own.values()))) < MIN_SAID:
            return False
    return bool(tested)


def another_form(outside: set[str], kept: set[str]) -> bool:
    """English `outside` writes a word of the Chinese in another form of a stem by which `kept` writes it (one begins
    the other, SHARED_MIN letters: "the migration" beside "to migrate"): both render it, so it is no evidence for
    `kept`. The same stem in both is a word both share (they "represent" …), and another gloss of the word ("similar"
    for 类 beside "classes") is another sense: neither takes the word from `kept` (review63b R32)."""
    return any(o != h and one_begins_other(o, h, SHARED_MIN) for o in outside for h in kept)


def predicates(clause: str) -> list[str]:
    """Chinese `clause` cut before each `COORDINATORS` word that jieba cuts as a word of its own between two Han
    characters (…缓存条目 | 并释放这些条目占用的内存; not 合并, 并不, whose 并 is part of a word): its predicates."""
    cuts = []
    for run in _HAN_RUN.finditer(clause):
        at = run.start()
        for word in cut(run.group()):
            if word in COORDINATORS and run.start() < at and at + len(word) < run.end():
                cuts.append(at)
            at += len(word)
    bounds = [0, *cuts, len(clause)]
    return [clause[a:b] for a, b in zip(bounds, bounds[1:]) if clause[a:b].strip()]


def unwritten_names(chinese: str, kept: str) -> bool:
    """The Chinese writes a name English `kept` does not: a Latin name or number (`clauses.marks`, written by `kept`
    as a name or a word), a list or step number of one digit (1. 2. 3.: 2. 如果运算符都不是 Tensor… 3. 如果一个是
    Tensor… = "2.if neither is tensor… 3. If only one is tensor…"), or more code spans (`CODE_PLACEHOLDER`) than
    `kept` holds (`snis`：SSL 证书所指定的一个或多个域名… = "`snis`: Hostname(s) to associate with this certificate
    as SNIs. To set this attribute…"). The English beside `kept` may write it: where it is said is not known."""
    if marks(chinese) - marks(kept) - set(en_stems(kept)) or set(_DIGITS.findall(chinese)) - set(_DIGITS.findall(kept)):
        return True
    return chinese.count(CODE_PLACEHOLDER) > kept.count(CODE_PLACEHOLDER)


def lone_repeats(repeats: Repeats, too_long: Callable[[PathBead], bool]) -> Keep:
    """The `refine.join_nulls` test of English sentence j alone joined to a neighbouring bead (`joined`, the bead with
    it): the joined bead's English is far too long for its Chinese (`too_long`) and sentence j only repeats what the
    neighbour's English says of the Chinese (`repeats`): the orphan `split_en_orphans` split off, which the
    similarity it adds would join back."""

    def test(joined: PathBead, j: int) -> bool:
        _, j0, _, j1 = joined
        run = (j0 + 1, j1) if j == j0 else (j0, j1 - 1)
        return run[0] < run[1] and too_long(joined) and repeats(joined, run)

    return test
