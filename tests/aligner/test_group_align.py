"""Sentences aligned inside groups paired beforehand (`aligner.group_align.align_in_groups`): line pairs and
paragraph beads."""
from __future__ import annotations

from zhen_qa.aligner.group_align import align_in_groups
from zhen_qa.aligner.pairing import sentences_of
from zhen_qa.manuscript.document import Bead, Block, Role
from zhen_qa.manuscript.source import MappedText, SourceText


def test_an_english_sentence_the_search_put_after_the_next_paragraph_stands_with_its_own() -> None:
    """The search may place a one-sided bead after the next paragraph's Chinese sentence (groups bind only beads with
    both sides): the two paragraphs' unpaired runs then touch and are reported as one. Beads go by paragraph."""
    def block(text: str, lang: str) -> Block:
        return Block(Role.ABSTRACT, lang, MappedText(text, range(len(text)), SourceText.from_text("a", text)))

    groups = [([block("本研究纳入了三家医院的糖尿病患者。两组的不良反应发生率在统计学上相近。", "zh")],
                [block("Patients with diabetes from three hospitals were included in this study. The study was "
                       "funded by a grant from the national science foundation of the province.", "en")]),
              ([block("综上所述，早期药物治疗可以显著改善糖尿病患者的长期预后。", "zh")], [])]

    def search(zh: object, en: object, groups: object = None, *, paragraphs: bool = False,
               en_blocks: object = None, zh_blocks: object = None, written: object = None) -> list[Bead]:
        return [Bead((0,), (0,), 0.6), Bead((1,), (), 0.5), Bead((2,), (), 0.9), Bead((), (1,), 0.9)]

    _zh, _en, beads = align_in_groups(groups, sentences_of, search, join_lone=False, says=lambda z, e, p: False)
    assert [(b.zh, b.en) for b in beads] == [((0,), (0,)), ((1,), ()), ((), (1,)), ((2,), ())]
