"""The findings list of the HTML report: grouped by rule with counts, the same finding of a line in one row, the
exact span marked, review controls."""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding, Rule, Severity, unit_of
from zhen_qa.report.html_text import esc, excerpt_html
from zhen_qa.report.places import describe_place, is_word, more_on_line
from zhen_qa.report.summary import rules_worst_first


@dataclass(frozen=True)
class Row:
    """One finding as the list shows it: its number, shown path, baseline entry and place in the text; `name` is
    what the Where column shows of the path (`short_names`), the path itself when empty."""

    number: int
    finding: Finding
    path: str
    key: dict[str, Any]
    context: str | None = None
    start: int = 0
    end: int = 0
    markdown: bool = False
    name: str = ""


_REVIEW = (("accepted", "accepted"), ("false", "false alarm"))


def same_finding_groups(rows: Sequence[Row]) -> list[list[Row]]:
    """Rows in order, the same finding recurring on one line (`Finding.same_on_line_key`) gathered at the first of
    them, as the text report groups them; different findings stay apart."""
    groups: dict[tuple[str, int, str, Severity, str], list[Row]] = {}
    for r in rows:
        groups.setdefault(r.finding.same_on_line_key(), []).append(r)
    return list(groups.values())


def short_names(paths: Iterable[str]) -> dict[str, str]:
    """Each path's shortest tail of `/`-separated parts that no other of `paths` ends with: the file name, or
    `zh/a.md` beside `en/a.md`. The Where column shows it (the whole path in its tooltip), so a long folder path
    does not take the table's width."""
    unique = sorted(set(paths))
    parts = {p: p.split("/") for p in unique}
    names: dict[str, str] = {}
    for p in unique:
        for k in range(1, len(parts[p]) + 1):
            tail = parts[p][-k:]
            if not any(q != p and parts[q][-k:] == tail for q in unique):
                break
        names[p] = "/".join(tail)
    return names


def _place(loc: Location) -> str:
    """What follows the path in the Where column: `:12:40`, or ` (paragraph 12, character 40)` in a Word file."""
    return f" ({describe_place(loc, with_path=False)})" if is_word(loc.path) else f":{loc.line}:{loc.column}"


def _unit_html(f: Finding) -> str:
    """The unit a CAT file's finding is in, under its place (the id the translator searches the CAT tool for)."""
    unit = unit_of(f)
    return f'<br><span class="unit">unit {esc(unit)}</span>' if unit else ""


def _row_html(group: Sequence[Row]) -> str:
    """One row of the list: a finding, or the same finding recurring on one line (reviewed once, for all of them;
    each keeps its mark in the text, its baseline entry and a `list-N` anchor the text's markers link to)."""
    r = group[0]
    f, n = r.finding, r.number
    sev = f.severity.value
    loc = f.location
    suggestion = esc(f.suggestion) if f.suggestion else ""
    key = esc(json.dumps(r.key, ensure_ascii=False, sort_keys=True))
    review = "".join(
        f'<label class="review-{value}"><input type="radio" name="review-{n}" value="{value}"> {label}</label>'
        for value, label in _REVIEW
    )
    members = more = anchors = ""
    if len(group) > 1:
        keys = esc(json.dumps([g.key for g in group], ensure_ascii=False, sort_keys=True))
        members = f' data-members="{" ".join(str(g.number) for g in group)}" data-keys="{keys}"'
        cols = ", ".join(f'<a href="#f-{g.number}">{g.finding.location.column}</a>' for g in group[1:])
        where, word = more_on_line(f.location.path, len(group) - 1, f.location.line)
        more = f' <span class="more">(+{len(group) - 1} more {where}, {word} {cols})</span>'
        anchors = "".join(f'<span id="list-{g.number}"></span>' for g in group[1:])
    return (
        f'<tr class="finding-row" id="list-{n}" data-finding="{n}" data-rule="{esc(f.rule)}" '
        f'data-severity="{sev}" data-key="{key}"{members}>'
        f'<td class="num"><a href="#f-{n}">{n}</a>{anchors}</td>'
        f'<td class="where"><a href="#f-{n}" title="{esc(r.path)}">{esc(r.name or r.path)}{esc(_place(loc))}</a>'
        f'{_unit_html(f)}</td>'
        f'<td><span class="badge sev-{sev}">{sev}</span></td>'
        f'<td class="message">{esc(f.message)}{more}</td>'
        f'<td class="excerpt">{excerpt_html(f.excerpt, r.context, r.start, r.end, markdown=r.markdown)}</td>'
        f'<td class="suggestion">{suggestion}</td><td class="review">{review}</td></tr>'
    )


def findings_html(rows: Sequence[Row], rules: Mapping[str, Rule]) -> str:
    """Findings grouped by rule, each group a table with its count of findings; the same finding recurring on one
    line is one row (`same_finding_groups`). Groups come by their worst severity, then in the order of the rule
    catalog (`rules`: terms, untranslated text, numbers, citations, then typography and structure), so what changes
    the meaning is read before punctuation, however many half-width commas there are."""
    groups: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        groups[r.finding.rule].append(r)
    out = ['<section id="findings"><h2>Findings by rule</h2>']
    if not rows:
        out.append('<p class="none">No findings.</p>')
    for rule_id, _, _ in rules_worst_first((r.finding for r in rows), list(rules)):
        items = groups[rule_id]
        rule = rules.get(rule_id)
        desc = f' <span class="desc">{esc(rule.description)}</span>' if rule else ""
        out.append(
            f'<details class="rule-group" open data-rule-group="{esc(rule_id)}"><summary><code>{esc(rule_id)}</code> '
            f'<span class="count">{len(items)}</span>{desc}</summary>'
            '<table class="list"><thead><tr><th>#</th><th>Where</th><th>Severity</th><th>Message</th>'
            "<th>Excerpt</th><th>Suggestion</th><th>Review</th></tr></thead><tbody>"
        )
        out.extend(_row_html(g) for g in same_finding_groups(items))
        out.append("</tbody></table></details>")
    out.append("</section>")
    return "\n".join(out)
