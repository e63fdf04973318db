from __future__ import annotations

from zhen_qa.manuscript.source import SourceText
from zhen_qa.report.findings import Finding, Severity
from zhen_qa.report.suppress import apply_suppressions, parse_rules


def at(src: SourceText, text: str, rule: str, nth: int = 0) -> Finding:
    """A finding of `rule` on the n-th occurrence of `text`."""
    start = -1
    for _ in range(nth + 1):
        start = src.text.index(text, start + 1)
    return Finding(rule, Severity.WARNING, f"{rule} at {text}", src.location(start, start + len(text)), "zh")


def kept(src: SourceText, findings: list[Finding]) -> list[tuple[str, int]]:
    return [(f.rule, f.location.line) for f in apply_suppressions(findings, {src.path: src})]


def test_disable_enable_region_for_named_rule() -> None:
    src = SourceText.from_text(
        "a.md",
        "分泌物一。\n<!-- zhen-qa-disable term-variant -->\n分泌物二。\n分泌物三。\n"
        "<!-- zhen-qa-enable -->\n分泌物四。\n",
    )
    fs = [at(src, "分泌物", "term-variant", i) for i in range(4)] + [at(src, "分泌物", "untranslated", 1)]
    assert kept(src, fs) == [("term-variant", 1), ("term-variant", 6), ("untranslated", 3)]


def test_disable_without_rules_means_all_and_region_runs_to_end() -> None:
    src = SourceText.from_text("a.md", "甲。\n<!-- zhen-qa-disable -->\n乙。\n丙。\n")
    fs = [at(src, "甲", "untranslated"), at(src, "乙", "untranslated"), at(src, "丙", "number-mismatch")]
    assert kept(src, fs) == [("untranslated", 1)]


def test_enable_named_rule_inside_disable_all() -> None:
    src = SourceText.from_text("a.md", "<!-- zhen-qa-disable -->\n<!-- zhen-qa-enable untranslated -->\n乙。\n")
    fs = [at(src, "乙", "untranslated"), at(src, "乙", "term-variant")]
    assert kept(src, fs) == [("untranslated", 3)]


def test_region_inside_one_line_uses_columns() -> None:
    src = SourceText.from_text("a.md", "甲 <!-- zhen-qa-disable --> 乙 <!-- zhen-qa-enable --> 丙\n")
    fs = [at(src, "甲", "r"), at(src, "乙", "r"), at(src, "丙", "r")]
    assert [f.excerpt or f.message for f in apply_suppressions(fs, {"a.md": src})] == ["r at 甲", "r at 丙"]


def test_disable_next_line_skips_blank_lines_and_is_rule_specific() -> None:
    src = SourceText.from_text(
        "a.md",
        "<!-- zhen-qa-disable-next-line untranslated, number-mismatch -->\n\n乙。\n丙。\n",
    )
    fs = [at(src, "乙", "untranslated"), at(src, "乙", "number-mismatch"), at(src, "乙", "term-variant"),
          at(src, "丙", "untranslated")]
    assert kept(src, fs) == [("term-variant", 3), ("untranslated", 4)]


def test_plain_text_ignore_marker() -> None:
    src = SourceText.from_text(
        "a.txt", "甲。 zhen-qa: ignore\n乙。 zhen-qa: ignore[term-variant]\n丙。\n"
    )
    fs = [at(src, "甲", "untranslated"), at(src, "乙", "term-variant"), at(src, "乙", "untranslated"),
          at(src, "丙", "term-variant")]
    assert kept(src, fs) == [("untranslated", 2), ("term-variant", 3)]


def test_crlf_file_positions_still_match() -> None:
    src = SourceText.from_text("a.md", "甲。\r\n<!-- zhen-qa-disable-next-line -->\r\n乙。\r\n")
    fs = [at(src, "甲", "r"), at(src, "乙", "r")]
    assert kept(src, fs) == [("r", 1)]


def test_findings_of_other_files_pass_through() -> None:
    src = SourceText.from_text("a.md", "<!-- zhen-qa-disable -->\n甲。\n")
    other = SourceText.from_text("b.md", "<!-- x -->\n甲。\n")
    f = at(other, "甲", "r")
    assert apply_suppressions([f], {"a.md": src}) == [f]


def test_parse_rules() -> None:
    assert parse_rules(" term-variant,untranslated  number-mismatch ") == {"term-variant", "untranslated",
                                                                          "number-mismatch"}
    assert parse_rules("") == frozenset() and parse_rules("all") == frozenset()


def test_a_finding_of_many_places_keeps_the_places_not_suppressed() -> None:
    src = SourceText.from_text("a.md", "甲。\n<!-- zhen-qa-disable punctuation-width -->\n乙。\n"
                                       "<!-- zhen-qa-enable -->\n丙。\n")
    places = tuple((at(src, c, "punctuation-width").location, "，") for c in "甲乙丙")
    f = Finding("punctuation-width", Severity.WARNING, "many", places[0][0], "zh", data=(("places", places),))
    (k,) = apply_suppressions([f], {"a.md": src})
    assert [loc.line for loc, _s in dict(k.data)["places"]] == [1, 5]  # `fix` leaves the disabled region alone
    alone = Finding("punctuation-width", Severity.WARNING, "one", places[1][0], "zh", data=(("places", places[1:2]),))
    assert apply_suppressions([alone], {"a.md": src}) == []
