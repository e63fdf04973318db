"""Two Chinese sentences that the English writes as one, the part the paired Chinese leaves unsaid written alone.

The mirror of `clause_gaps`. A documentation page's translator often writes two Chinese sentences of one paragraph as
one English sentence, the second as a clause after "but", "and", a comma or a second period the splitter did not
cut at (所以直接使用 EggCore 还是单进程的方式，而 Egg 实现了多进程。 = "…, but EggCore running in a single process
doesn't invoke this function while Egg does."; 这个插件既可以访问普通的 MySQL 数据库，也可以访问基于 MySQL 协议的在线
数据库服务。 = "… both the MySQL databases and MySQL-based online database service."). The search pairs the English
sentence with one of them and leaves the other alone, reported as `untranslated`.

Here the evidence is what the paired Chinese does not say. The English sentence, cut at a clause boundary
(`en_clauses`), has a part on the lone sentence's side and another the paired Chinese says something of
(`clauses.said_of`: glossed stems, Latin tokens and numbers). The lone Chinese sentence beside it, of about the share
of the two Chinese sentences' characters that the part holds of the English sentence (`clause_cuts.in_proportion`),
in the same Chinese block (paragraph or list item) as the bead's Chinese, is that part's Chinese, and joins the bead
when it says MIN_SAID words of the part that the paired Chinese does not say (or one name, code span or number it
writes: a name is specific where a glossed word is the topic's), more than the paired Chinese says of
the part that it does not: a shared name or code span (EggCore), a number, or words the lexicon glosses (在线 online,
服务 service); never length alone. Only a bead of one Chinese sentence is joined, once, and only where the Chinese
blocks are known (structured Markdown, as `clause_gaps`). A bead of one Chinese and several English sentences is
tested on its English sentence beside the lone one (有明确的request和response。而libmemcached是没有的，…。 = "Have the
concept of requests and responses while libmemcached don't. Users have to do …": the search paired the second
Chinese sentence with both English sentences).

What stays reported: a Chinese sentence dropped from the English (no clause of the bead's English says two of its
words the paired Chinese does not: "所以直接使用 EggCore 还是单进程的方式" beside an English sentence that ends at
"to start Master" stays untranslated); a Chinese sentence with a clause or a name the English leaves out
(还可以测试 stdout 和 stderr: partly untranslated, reported whole); a Chinese sentence beside an English sentence
whose every clause renders the paired Chinese (nothing is left unsaid for the lone sentence to render); a Chinese
sentence of another paragraph or list item (its English may be deleted); a run of Chinese sentences alone.
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.aligner.clause_cuts import MIN_SAID, in_proportion
from zhen_qa.aligner.clauses import Tokens, marks, said_of, tokens_of, zh_clauses
from zhen_qa.aligner.lexicon import Lexicon, en_stems, one_begins_other, token_glosses
from zhen_qa.aligner.refine import Groups, PathBead, in_one_group
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import han_count

_CUT = LazyPattern(r"(?<=[,;:])\s+|(?<=[a-z0-9`)\]][.!?])\s+|\s+(?=(?:but|and|while|so|which|whose|whereas)\s)")
"""Where an English sentence divides into clauses: after a comma, semicolon or colon, after a stop the sentence
splitter left (a lower-case word after it: "… the cron expressions. cron expressions are parsed by …"), and before a
conjunction or a relative pronoun that opens a clause ("… a UI framework whose output format is …")."""


def en_clauses(sentence: str) -> list[str]:
    """The clauses of an English sentence (`_CUT`), empty pieces dropped; joined with spaces they give it back."""
    return [c for c in _CUT.split(sentence) if c and c.strip()]


def said_part(lone: str, paired: str, english: str, lone_first: bool, lexicon: Lexicon,
              memo: Tokens | None = None, written: tuple[str, str] | None = None) -> bool:
    """English `english`, cut between two of its clauses, has a part on the lone Chinese sentence's side (its head
    when `lone_first`, else its tail) that holds about the share of the English sentence's characters that `lone`
    holds of the two Chinese sentences (`clause_cuts.in_proportion`); the `paired` Chinese says something of the other
    part; and `lone` says MIN_SAID words of the near part the paired Chinese does not say, more than the paired
    Chinese says of it that `lone` does not: the part is the lone sentence's rendering, not the paired one's (a word
    of the paired Chinese may recur in it: 方法 "function" in "doesn't invoke this function"). The evidence is read
    on the texts as given, each inline code span one placeholder: a code name is no evidence of a rendering (a
    sentence the English dropped may name its neighbour's code: 修改 `replicas` 后必须重启 Pod beside "`replicas`
    defaults to 1"). `written`: `lone` and `english` with their code spans written out, which `rendered_whole` reads
    (a name the Chinese writes bare and the English in a code span is written; so must a code name of `lone` be)."""
    clauses = en_clauses(english)
    for k in range(1, len(clauses)):
        head, tail = " ".join(clauses[:k]), " ".join(clauses[k:])
        near, far = (head, tail) if lone_first else (tail, head)
        if not in_proportion(near, english, lone, paired):
            continue
        said_near, lone_near = said_of(paired, near, lexicon, memo), said_of(lone, near, lexicon, memo)
        beyond = lone_near - said_near
        if said_of(paired, far, lexicon, memo) and _enough(beyond, lone) and len(beyond) > len(said_near - lone_near):
            return rendered_whole(*(written or (lone, english)), lexicon, memo)
    return False


def _enough(beyond: set[str], lone: str) -> bool:
    """Whether `beyond`, what Chinese `lone` says of a part of the English that the paired Chinese does not, is
    evidence that the part renders `lone`: MIN_SAID words (one glossed word is the topic's, which a sentence beside
    may share), or one name, code or number `lone` writes (`clauses.marks`: flagd, cron-parser, hiredis), which the
    paired Chinese does not write near the part and a topic word does not fake."""
    return len(beyond) >= MIN_SAID or bool(beyond & marks(lone))


MAX_UNWRITTEN = 1
"""Glossed words (or Latin tokens) a clause of the lone sentence after its first may hold that the English does not
write: one is a loose rendering (而 Egg 实现了多进程 = "while Egg does": 实现 "implement" unwritten); two or more are
a clause the English leaves out (并会在进程退出时自动重启: 退出, 自动, 重启 … unwritten)."""


def rendered_whole(lone: str, english: str, lexicon: Lexicon, memo: Tokens | None = None) -> bool:
    """Whether the English sentence renders every part of Chinese `lone`: it writes each of the sentence's names,
    code and numbers (`clauses.marks`, any case), each clause of it with Han characters says a word of it, and each
    such clause after the first also holds at most MAX_UNWRITTEN glossed words or Latin tokens the English does not
    write (`unwritten`). A word shared with the English is not enough for a later clause: the English also renders
    the paired Chinese, whose topic words (进程, 测试) a dropped clause repeats; and a dropped clause of one word
    (，但已废弃; ，不推荐) says no word of the English (review63b R35). A sentence whose clause the English
    leaves out (但多进程测试是验证多进程模型最好的方式，还能发现单进程测试覆盖不到的问题。 beside "…, but it still
    remains the most effective way of testing multiprocess model.") is partly untranslated, and stays reported whole
    rather than joined."""
    han = said_clauses(lone, english, lexicon, memo)
    if not han:
        return False
    stems = set(en_stems(english)) | written_marks(english)
    return all(unwritten(c, stems, lexicon, memo) <= MAX_UNWRITTEN for c in han[1:])


def said_clauses(lone: str, english: str, lexicon: Lexicon, memo: Tokens | None = None) -> list[str]:
    """The clauses of Chinese `lone` with Han characters, in order, when the English sentence writes each of `lone`'s
    names, code and numbers (`clauses.marks`, any case) and each of those clauses says a word of it (`said_of`);
    [] otherwise (and for a sentence without such a clause)."""
    written = written_marks(english)
    if not all(_written(m.lower(), written) for m in marks(lone)):
        return []
    han = [c for c in zh_clauses(lone) if han_count(c)]
    return han if all(said_of(c, english, lexicon, memo) for c in han) else []


def unwritten(clause: str, stems: set[str], lexicon: Lexicon, memo: Tokens | None = None) -> int:
    """How many tokens of Chinese `clause` that say something (a gloss in the lexicon, or Latin) the English does
    not write: no gloss of the token is one of the English's `stems` (its stems and `written_marks`) or begins one
    (`one_begins_other`, 5 letters), no Latin token is in one. Tokens without a gloss (particles, function words) are
    not counted."""
    count = 0
    for tok in tokens_of(clause, lexicon, memo):
        if tok.isascii():
            low = tok.lower()
            if any(ch.isalnum() for ch in low) and not any(low in s for s in stems):
                count += 1
            continue
        glosses = token_glosses(tok, lexicon.zh2en)
        if glosses and not any(g == s or one_begins_other(g, s, 5) for g in glosses for s in stems):
            count += 1
    return count


INFLECTED = 5
"""Fewest letters of a Latin word of the Chinese that the English may write inflected (request / "requests",
response / "responses"): a shorter one (api / "apis") must be written as it is."""


def _written(mark: str, written: set[str]) -> bool:
    """Whether lower-cased `mark` of the Chinese is one of the English's `written` marks, or a word of INFLECTED
    letters or more that one of them writes with an ending (the Chinese keeps an English word bare: 有明确的request和
    response = "Have the concept of requests and responses")."""
    return mark in written or (mark.isalpha() and len(mark) >= INFLECTED and any(
        w.startswith(mark) and w[len(mark):] in _ENDINGS for w in written))


_ENDINGS = frozenset({"s", "es", "ed", "d", "ing"})
"""The inflectional endings `_written` accepts."""


def written_marks(english: str) -> set[str]:
    """The names, code and numbers of `english` (`clauses.marks`), lower-cased."""
    return {m.lower() for m in marks(english)}


def join_merged_sentences(path: list[PathBead], zh: Sequence[str], en: Sequence[str], lexicon: Lexicon,
                          max_side: int, *, groups: Groups | None = None,
                          blocks: Sequence[int] | None = None,
                          written: tuple[Sequence[str], Sequence[str]] | None = None) -> list[PathBead]:
    """The path with each Chinese sentence alone (1-0 bead) joined to the bead of one Chinese sentence beside it when
    the bead's English sentence next to it (its first when the lone sentence comes before, else its last) has a part
    on its side that the bead's Chinese leaves unsaid and the lone sentence says (`said_part`);
    the bead before it is tried first. Only a Chinese sentence alone between beads with both sides, of the same
    Chinese block (`blocks`: a block number per Chinese sentence; None: no sentence joins) as the bead's Chinese.
    Never across `groups`; a bead grown here is not joined again. `written`: `zh` and `en` with their inline code
    spans written out (`manuscript.source.code_written`), which the test that the English writes every name of the
    lone sentence reads (`said_part`); None: `zh` and `en` as they are."""
    if blocks is None or max_side < 2:
        return path
    wzh, wen = written or (zh, en)
    memo: Tokens = {}
    out = list(path)
    k = 0
    while k < len(out):
        x = out[k]
        if _lone(x) and not (k > 0 and _lone(out[k - 1])) and not (k + 1 < len(out) and _lone(out[k + 1])):
            for n, after in ((k - 1, False), (k + 1, True)):
                if not 0 <= n < len(out):
                    continue
                y = out[n]
                if y[2] - y[0] != 1 or y[3] == y[1] or blocks[x[0]] != blocks[y[0]]:
                    continue
                joined = (min(x[0], y[0]), y[1], max(x[2], y[2]), y[3])
                e = y[1] if after else y[3] - 1  # the bead's English sentence beside the lone sentence
                if in_one_group(joined, groups) and said_part(zh[x[0]], zh[y[0]], en[e], after, lexicon, memo,
                                                              (wzh[x[0]], wen[e])):
                    q = min(k, n)
                    out[q:q + 2] = [joined]
                    k = q
                    break
        k += 1
    return out


def _lone(b: PathBead) -> bool:
    """Bead `b` is a Chinese sentence alone (1-0)."""
    return b[2] - b[0] == 1 and b[1] == b[3]
