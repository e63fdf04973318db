"""Which units of a CAT file a reviewer has approved (signed off), read from the XML tree translate-toolkit parsed.

A reviewer who signs a file off in stages checks what is still open: Trados calls the last stages "Approved" and
"Signed off" (`<sdl:seg conf="ApprovedTranslation">`, `"ApprovedSignOff"`), memoQ "Proofread" (`mq:status=
"Reviewer1Confirmed"`, `"Reviewer2Confirmed"`), XLIFF 1.2 writes `approved="yes"` on the unit or `state="final"` /
`"signed-off"` on its target, and XLIFF 2 `state="final"` on the segment. A translator's own confirmation (memoQ
"Confirmed", Trados "Translated") is no approval: every finished segment has it.
"""
from __future__ import annotations

from typing import NamedTuple

APPROVED_STATES = frozenset({"final", "signed-off"})
"""XLIFF 1.2 target states and the XLIFF 2 segment state that mean a reviewer approved the translation."""
SDL_APPROVED = frozenset({"approvedtranslation", "approvedsignoff"})
"""Trados confirmation levels (sdl:seg conf) past the translator's: approved in review, signed off."""
MQ_APPROVED = frozenset({"reviewer1confirmed", "reviewer2confirmed"})
"""memoQ statuses (mq:status) past the translator's confirmation: proofread (reviewer 1, reviewer 2)."""


class Approved(NamedTuple):
    """Whether a reviewer approved the whole unit, and which of its segments (Trados segment ids)."""

    unit: bool
    segments: frozenset[str]


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def approved(element: object) -> Approved:
    """What of the unit `element` (an XLIFF 1.2 <trans-unit>, an XLIFF 2 <segment>) a reviewer approved."""
    name = _local(element.tag)  # type: ignore[attr-defined]
    if name == "segment":
        return Approved(str(element.get("state") or "") in APPROVED_STATES, frozenset())  # type: ignore[attr-defined]
    unit = str(element.get("approved") or "").lower() == "yes"  # type: ignore[attr-defined]
    segments: set[str] = set()
    for key, value in element.attrib.items():  # type: ignore[attr-defined]
        if _local(key) == "status" and str(value).lower() in MQ_APPROVED:
            unit = True
    for child in element.iter():  # type: ignore[attr-defined]
        if not isinstance(child.tag, str):
            continue
        local = _local(child.tag)
        if local == "target" and child.getparent() is element:
            unit = unit or str(child.get("state") or "") in APPROVED_STATES
        elif local == "seg" and child.tag.startswith("{http://sdl.com") and \
                str(child.get("conf") or "").lower() in SDL_APPROVED:
            segments.add(str(child.get("id")))
    return Approved(unit, frozenset(segments))
