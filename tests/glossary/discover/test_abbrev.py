"""Abbreviations defined as "full name (ABBR)" and full names written again after the definition."""
from __future__ import annotations

from zhen_qa.glossary.discover.abbrev import Abbreviations, full_name
from zhen_qa.glossary.discover.collect import Collector
from zhen_qa.glossary.discover.groups import FINALS, find_groups


def _full(before: str, abbr: str) -> str | None:
    span = full_name(before, abbr)
    return before[span[0]:span[1]] if span else None


def test_full_name_by_initials_first_then_inner_letters() -> None:
    assert _full("patients with idiopathic intracranial hypertension ", "IIH") == "idiopathic intracranial hypertension"
    assert _full("cells treated with mesenchymal stem cells", "MSCs") == "mesenchymal stem cells"
    assert _full("the quality of life ", "QoL") == "quality of life"
    assert _full("measured by deoxyribonucleic acid ", "DNA") == "deoxyribonucleic acid"
    assert _full("rats given adipose-derived stem cells ", "ADSCs") == "adipose-derived stem cells"
    assert _full("a new method ", "MRI") is None


def test_reuses_after_definition_are_positioned_and_definitions_are_not_reuses() -> None:
    a = Abbreviations()
    assert a.reuses("Overall survival was long.") == []  # nothing defined yet
    assert a.define("Overall survival (OS) was 12 months.") == [("overall survival", "OS")]
    assert a.reuses("Median overall survival was short; overall survival (OS) again.") == [
        ("overall survival", 7, 23)]


def test_full_name_written_again_groups_with_abbreviation() -> None:
    """A full name written out again and again after its abbreviation was defined is a second form of the term."""
    c = Collector(FINALS)
    for i, s in enumerate(["We grew mesenchymal stem cells (MSCs) in vitro.", "MSCs were counted.",
                           "Then mesenchymal stem cells were labelled.", "The mesenchymal stem cells grew."]):
        c.add_en(s, i)
    groups = [g for g in find_groups(c.stats) if "abbreviation" in g.kinds]
    assert [g.forms for g in groups] == [("mscs", "mesenchymal stem cells")]
    assert c.stats.expansions["mesenchymal stem cells"].first == (2, 5, 27)


def test_full_name_written_out_once_more_is_a_reminder() -> None:
    """Once again (a summary or an audience line spelling the name out) is no inconsistency a reviewer reports."""
    c = Collector(FINALS)
    for i, s in enumerate(["We grew mesenchymal stem cells (MSCs) in vitro.", "MSCs were counted.",
                           "Then mesenchymal stem cells were labelled."]):
        c.add_en(s, i)
    assert not [g for g in find_groups(c.stats) if "abbreviation" in g.kinds]


def test_a_definition_in_square_brackets_is_no_reuse() -> None:
    """"relative risk [RR]" defines RR (journal style inside parentheses), it does not write the full name again."""
    a = Abbreviations()
    assert a.define("The relative risk (RR) was 2.") == [("relative risk", "RR")]
    assert a.reuses("(relative risk [RR], 1.2; 95% CI)") == []
    assert [r[0] for r in a.reuses("The relative risk fell.")] == ["relative risk"]


def test_defined_but_unused_abbreviation_is_not_reported() -> None:
    c = Collector(FINALS)
    for i, s in enumerate(["Body mass index (BMI) was recorded.", "Body mass index rose."]):
        c.add_en(s, i)
    assert not [g for g in find_groups(c.stats) if "abbreviation" in g.kinds]


def test_a_full_name_inside_another_definition_is_not_a_reuse() -> None:
    """"peritoneal carcinomatosis index (PCI)" names the index: it is not PC written out in full."""
    a = Abbreviations()
    a.define("Patients with peritoneal carcinomatosis (PC) were included.")
    assert a.reuses("The peritoneal carcinomatosis index (PCI) was scored.") == []
    assert a.reuses("Peritoneal carcinomatosis recurred.") == [("peritoneal carcinomatosis", 0, 25)]


def test_a_full_name_inside_an_institutions_name_is_not_a_reuse() -> None:
    # an agency is named in full whatever abbreviation the text defines for the concept
    a = Abbreviations()
    a.define("Traditional Chinese medicine (TCM) is used.")
    text = ("The National Administration of Traditional Chinese Medicine issued it; the Traditional Chinese Medicine "
            "Office wrote it. Traditional Chinese medicine injection is used with TCM decoction.")
    assert a.reuses(text) == [("traditional chinese medicine", 121, 149)]
    assert a.reuses("The Administration of Traditional Chinese medicine herbs is rare.") == [
        ("traditional chinese medicine", 22, 50)]  # not in title case: the concept, not a name


def test_a_full_name_in_quotes_is_read_as_the_definition() -> None:
    # an author quoting the name being defined, straight or curly, half width (ChinaXiv cx11-003)
    assert _full('the“Second Generation Mindfulness-Based Interventions"', "SGMBIs") == \
        "Second Generation Mindfulness-Based Interventions"
    assert _full("the “deep brain stimulation” ", "DBS") == "deep brain stimulation"
    # one quote mark, no more; words the letters do not spell define nothing, quoted or not
    assert _full('the deep brain stimulation"" ', "DBS") is None
    assert _full('the term "stimulation" ', "DBS") is None
