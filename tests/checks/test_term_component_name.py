"""A component's lower-case hyphenated identifier beside its spaced prose name is no discovered term variant."""
from __future__ import annotations

from tests.checks.terms_kit import manuscript
from zhen_qa.checks import terms
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.checks.term_component_name import component_names

ZH = ["Gridlet Agent 证书轮换", "gridlet-agent 组件使用证书访问控制面。", "我们在 Gridlet 中重启 gridlet-agent。",
      "成员集群中的 gridlet-agent 会自动续期证书。"]


def _discovered(en: list[str]) -> list[str]:
    ctx = CheckContext(manuscript(ZH, en, [((i,), (i,)) for i in range(len(en))]), None, Options())
    return [f.message for f in terms.run(ctx) if f.rule == "term-inconsistent"]


def test_a_components_identifier_beside_its_prose_name_is_one_name() -> None:
    en = ["Gridlet Agent certificate rotation", "The gridlet-agent component uses a certificate to reach the "
          "gridlet-apiserver.", "We restart gridlet-agent in Gridlet.",
          "The gridlet-agent in member clusters renews it."]
    assert _discovered(en) == []


def test_two_spellings_of_a_word_are_still_variants() -> None:
    """The same forms on a page that never writes "Gridlet" as a name inside a sentence are two spellings of a
    compound ("data-plane" / "Data plane"), still reported; so are two prose or two lower-case spellings."""
    en = ["Gridlet Agent certificate rotation", "The gridlet-agent component uses a certificate to reach the control "
          "plane.", "We restart gridlet-agent in the cluster.", "The gridlet-agent in member clusters renews it."]
    assert len(_discovered(en)) == 1
    texts = ["We use Gridlet to run it."]
    pages = ["Run `gridlet-agent` and `gridlet-apiserver`, then gridlet-operator."]
    assert component_names(["gridlet-agent", "Gridlet Agent"], texts, pages)
    assert component_names(["Gridlet operator", "gridlet-operator"], texts, pages)
    assert not component_names(["Multi-Cluster", "Multi Cluster"], texts, pages)
    assert not component_names(["command-line", "command line"], texts, pages)
    assert not component_names(["gridlet-agent", "Gridlet Agent"], ["Gridlet is used to run it."], pages)
    # a compound adjective: "Blockchain" capitalised mid-sentence, but no other blockchain-… identifier
    blockchain = ["We build a Blockchain based system.", "The blockchain-based ledger keeps the Blockchain safe."]
    assert not component_names(["blockchain-based", "Blockchain based"], blockchain, blockchain)
