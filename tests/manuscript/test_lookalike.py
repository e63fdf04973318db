"""manuscript.lookalike: the look-alike characters and the ordinary characters they stand for."""
from __future__ import annotations

import unicodedata

from zhen_qa.manuscript.lookalike import LOOKALIKE_RE, SUPPLEMENT_FORMS, lookalikes, ordinary


def test_radicals_supplement_forms_nfkc_keeps_stand_for_their_character() -> None:
    assert unicodedata.normalize("NFKC", "⻓") == "⻓"  # NFKC leaves the C-simplified radical LONG alone
    assert ordinary("⻓") == "长" and ordinary("⻔") == "门" and ordinary("⻅") == "见"
    assert ordinary("⺟") == "母"  # NFKC's own mapping still holds
    assert ordinary("⻌") is None and ordinary("⺡") is None  # side or top forms: no character of their own
    assert ordinary("长") is None


def test_every_supplement_form_is_a_radical_of_the_blocks_standing_for_a_unified_character() -> None:
    for form, plain in SUPPLEMENT_FORMS.items():
        assert LOOKALIKE_RE.fullmatch(form) and 0x2E80 <= ord(form) <= 0x2EFF
        assert unicodedata.name(plain).startswith("CJK UNIFIED IDEOGRAPH")
        assert unicodedata.normalize("NFKC", form) == form  # the table adds only what NFKC does not map
        assert lookalikes()[ord(form)] == ord(plain)
