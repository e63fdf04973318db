"""The word before an English head, in the term's modifier's place: is it a word displaced there from another part
of the sentence, another modifier, or the term's own? (`term_excuses`'s `en-head` and `head-said` take a displaced
word or another modifier as saying the head as another kind (`other_or_displaced`); `en-part` and `topic` ask
whether the head stands under another word (`head_under_other`, `part_short`).)"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from zhen_qa.aligner.lexicon import PREPOSITIONS, STOP_EN, en_stems, stem
from zhen_qa.checks.presence_modifier import in_modifier_place
from zhen_qa.checks.term_case import Case, masked_text
from zhen_qa.checks.term_fixed_phrase import own_chinese, phrase_places
from zhen_qa.checks.term_other_modifier import other_modifier
from zhen_qa.checks.term_rendered import en2zh, zh2en
from zhen_qa.glossary.model import Concept

MARKS = "\"'()[],.;:*`#"
"""Quotes, brackets, punctuation and Markdown marks around an English word, taken off before it is looked up."""

_DETERMINERS = r"the|a|an|this|that|these|those|its|their|our|his|her|such"
"""Words that open a noun phrase: "the" in "for the purpose of"."""

_OF_FOR = r"of|for"
"""The prepositions after a noun heading its own phrase: "of" in "for the purpose of"."""


def said_as_noun(word: str, text: str) -> bool:
    """Whether lower-case English `text` says `word` as the head of a phrase of its own, a determiner before it and
    "of"/"for" after it ("for the purpose of"). The word in the modifier's place stands before the head, never
    before "of"/"for", so it is not counted; a word said again rendering the same Chinese word ("every bystander
    should", "the extent of debulking is") is no noun phrase of its own in this sense."""
    low = word.strip(MARKS)
    if not low:
        return False
    return re.search(rf"(?<![a-z-])(?:{_DETERMINERS})\s+{re.escape(low)}\s+(?:{_OF_FOR})(?![a-z-])", text) is not None


def displaced(text: str, start: int, word: str, rendered: Callable[[int], bool]) -> bool:
    """Whether `word`, the word before the English head at index `start` of lower-case `text`, is a content word in
    the modifier's place (`presence_modifier.in_modifier_place`) rendering no word of the Chinese sentence
    (`rendered`) that
    the English uses as a noun of its own (`said_as_noun`): "current purpose disease surveillance … for the purpose
    of" for 现行传染病监测…以期. A modifier the lexicon misses is said once ("primary debulking surgery"), again as
    a modifier ("new cases … new deaths") or again as itself ("every bystander should"): those stay the term's own."""
    return in_modifier_place(text, start) and not rendered(start) and said_as_noun(word, text)


def without_hit(c: Case) -> str:
    """The hit's own sentence with the hit blanked out (its other matches, even of its own concept, kept)."""
    text, m = c.h.sentence.text.text, c.h.match
    return text[:m.start] + "\0" * (m.end - m.start) + text[m.end:]


def _other_modifier(c: Case) -> Callable[[int], bool]:
    """Whether the word before the English head at an index of the bead's text renders a word of the Chinese
    sentence outside the term's noun phrase (`term_other_modifier`), both read with other terms kept ("patients"
    and 患者 are words, listed or not; the evidence has them blanked)."""
    source, whole = without_hit(c), c.whole
    return lambda start: other_modifier(word_before(whole, start), source, en2zh())


def other_or_displaced(c: Case) -> Callable[[int], bool]:
    """Whether the word before the English head at an index of the bead's text is another modifier
    (`_other_modifier`) or a word displaced into the modifier's place (`_displaced_in`): "current purpose disease
    surveillance … for the purpose of" for 现行传染病监测…以期. Either says the head as another kind, not the term
    with its modifier left to the context (`en-head`, `head-said`)."""
    other, displaced = _other_modifier(c), _displaced_in(c)
    return lambda start: other(start) or displaced(start)


def _displaced_in(c: Case) -> Callable[[int], bool]:
    """Whether the word before the English head at an index of the bead's text is displaced into the modifier's
    place (`term_modifier_word.displaced`)."""
    rendered, lowered = renders_a_word(c), c.whole.lower()
    return lambda start: displaced(lowered, start, word_before(lowered, start), rendered)


def part_short(c: Case) -> bool:
    """Whether the English says a form's part fewer times than the Chinese sentence says the term
    (`Evidence.count_en_part`, `times_said`) and its head under another word (`head_under_other`): the part
    renders one occurrence, the other has a wrong modifier ("the healthy lesions group … and controls" for
    健康对照组…和对照组)."""
    return c.tgt == "en" and head_under_other(c) \
        and sum(c.evidence.count_en_part(k.accepted("en")) for k in c.concepts) < times_said(c)


def renders_a_word(c: Case) -> Callable[[int], bool]:
    """Whether the word before the English head at an index of the bead's text renders a word of the Chinese
    sentence, the hit blanked (自定义 for "custom" in 添加自定义静态资源处理规则): a modifier the Chinese has,
    not one put in the term's modifier's place ("remote assets" for 静态资源).

    `term_other_modifier.other_modifier` asks the same of a word with the same glosses, and differs on purpose: it
    wants the rendered word only outside the term's noun phrase ("new" for 新增 of 新增 50 例确诊病例 is the term's own
    modifier rendered, no other kind), skips short, non-alphabetic and stop words and tries an -ation noun's
    verb; here a word the Chinese sentence has anywhere counts (a modifier of the Chinese, not one put in the term's
    modifier's place), Markdown marks taken off.
    One helper would need all four as parameters, so each keeps its own."""
    source, whole, lexicon = without_hit(c), c.whole, en2zh()
    def renders(start: int) -> bool:
        low = word_before(whole, start).strip(MARKS).lower()
        return any(len(g) >= 2 and g in source for g in lexicon.get(stem(low), ()))
    return renders


def head_under_other(c: Case) -> bool:
    """Whether the English says the last word (the head) of a listed form of two words or more under a word
    rendering another part of the Chinese sentence (`term_other_modifier`), not a word right after the term
    (跟腱断裂 = "the torn tendon": the term's own compound): "Infection tendon rupture" for 跟腱断裂术后感染. The term
    is then not left to the context: its head is said, as another kind. So is a head under a content word rendering
    no word of the Chinese sentence (`presence_modifier.in_modifier_place`, `renders_a_word`) which the English says
    once more elsewhere (`_said_elsewhere`): "fascia lata grafting for the repair of large Grafting tendon" for
    阔筋膜移植修复大段跟腱 puts a word rendering another part in the modifier's place (rec53)."""
    if c.tgt != "en":
        return False
    source, text, lexicon = without_hit(c), c.whole, en2zh()
    rendered, lowered = renders_a_word(c), text.lower()
    for form in c.renderings:
        words = form.lower().split()
        if len(words) < 2 or len(words[-1]) < 3:
            continue
        for m in re.finditer(rf"(?<![A-Za-z-]){re.escape(words[-1])}(?:s|es)?(?![A-Za-z-])", text, flags=re.I):
            word = word_before(text, m.start())
            if word.lower() in STOP_EN or word.lower() in PREPOSITIONS:
                continue  # "after tendon surgery": a preposition modifies no head (review50 R10)
            if other_modifier(word, source, lexicon) and not _after_term(word, source, lexicon):
                return True
            if in_modifier_place(lowered, m.start()) and _said_elsewhere(word, lowered, m.start()) \
                    and not rendered(m.start()):
                return True
    return False


def _said_elsewhere(word: str, text: str, head: int) -> bool:
    """Whether lower-case English `text` says `word` (the word before the head starting at index `head`) once more
    elsewhere: "fascia lata grafting for the repair of large Grafting tendon". That other use renders its own part
    of the Chinese sentence, as a word `term_other_modifier` finds rendering another part does; a word said once
    only ("localized closures" for 地方性关闭学校, "avulsed tendon") may render the term's own modifier in words
    the lexicon does not gloss, so it says nothing."""
    low = word.strip(MARKS).lower()
    before = text[:head].rstrip()
    before = before[:len(before) - len(word)]
    return bool(re.search(rf"(?<![a-z-]){re.escape(low)}(?![a-z-])", before + " " + text[head:]))


def _after_term(word: str, source: str, lexicon: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a rendering of English `word` stands right after the blanked term in `source` (跟腱断裂)."""
    low = word.strip("\"'()[],.;:").lower()
    glosses = {g for g in lexicon.get(stem(low), ()) if len(g) >= 2}
    return any(source[:m.start()].endswith("\0") for g in glosses for m in re.finditer(re.escape(g), source))


def times_said(c: Case) -> int:
    """How many matches of the hit's concepts the source of the bead has (the hit among them)."""
    return sum(1 for o in c.bead.src_hits if not set(c.h.match.concepts).isdisjoint(o.match.concepts))


def places_said(c: Case) -> int:
    """How many places of the bead's source say the hit's concepts (`times_said`), matches with nothing but spaces or
    a hyphen between them one place: "dromedary camels" (two forms of one concept, one noun phrase) is one thing,
    which one Chinese word (单峰驼) renders (rec55; `zh-gloss` counts these)."""
    hits = sorted((o for o in c.bead.src_hits if not set(c.h.match.concepts).isdisjoint(o.match.concepts)),
                  key=lambda o: (id(o.sentence), o.match.start))
    places, last = 0, None
    for o in hits:
        text = o.sentence.text.text
        if last is None or last.sentence is not o.sentence or text[last.match.end:o.match.start].strip(" -"):
            places += 1
        last = o
    return places


def derived_said(c: Case, forms: Iterable[str]) -> int:
    """How many words of the bead's source, every term match blanked, are built on each content word of an English
    form (a word whose stem starts with the word's stem of 5 letters or more: "negatively" on "negative"), the
    fewest of any of the form's words, the most of any form. Such a word renders a Chinese word glossing the form
    as another phrase: 负相关 ("negative correlation") for "negatively related" is spent on it, and renders no
    "negative emotion" the English also says (rec55 fix-up; `zh-gloss` takes these from the Chinese places)."""
    sentences = c.bead.src_sentences or list({id(h.sentence): h.sentence for h in c.bead.src_hits}.values())
    said = [stem(w) for w in re.findall(r"[a-z]+", masked_text(sentences, c.bead.src_hits).lower())]
    counts = [min(sum(1 for w in said if w.startswith(s)) for s in wanted)
              for form in forms if (wanted := en_stems(form)) and all(len(s) >= 5 for s in wanted)]
    return max(counts, default=0)


def glosses_spent(c: Case, k: Concept) -> bool:
    """Whether the Chinese words glossing an English form of concept `k` (`Evidence.count_zh_gloss`) are fewer than
    the places the English says the term (`places_said`) and each is spent on a word built on the form
    (`derived_said`): 负相关 once renders "negatively related", not also two "negative emotion" (cx10-017). One
    Chinese word may render the term said twice where the Chinese shares it over coordinated nouns (负面情绪和行为
    for "negative emotions and negative behaviours", review55 R11), so the count alone does not refuse `zh-gloss`. The
    English's fixed phrases rendering a Chinese word of the bead count as places too (`term_fixed_phrase`: 例如 renders
    "For instance", which is no match, and no "instance" the sentence also says)."""
    forms = k.accepted("en")
    places = c.evidence.count_zh_gloss(forms, zh2en())
    sentences = c.bead.src_sentences or list({id(h.sentence): h.sentence for h in c.bead.src_hits}.values())
    phrased = phrase_places([s.text.text for s in sentences], forms, c.whole,
                            own_chinese(c.glossary, c.h.match.concepts))
    return places < places_said(c) + phrased and places <= derived_said(c, forms)


def word_before(text: str, start: int) -> str:
    """The word before index `start` of `text`, or ""."""
    words = text[:start].split()
    return words[-1] if words else ""
