"""The irregular past and past-participle forms of English verbs technical prose uses, with their base form: built is
"build" as baked is "bake" (`term_inconsistent.is_verb_form`), though no ending is cut off to tell it.

A closed list, like the plural exceptions of `glossary.match_en`: the irregular verbs of English are a fixed set; those
whose base is shorter than `term_inconsistent.VERB_BASE_MIN` letters (run/ran, get/got) are left out because the
regular forms of such bases are not recognised either. Forms that are also common words of their own in another
sense (left, found as "establish", bound as "limit", wound) are left out: a page writing "left" beside "leave" is not
known to use one verb."""
from __future__ import annotations

_BASES: dict[str, tuple[str, ...]] = {
    "begin": ("began", "begun"), "bind": ("bound",), "break": ("broke", "broken"), "bring": ("brought",),
    "build": ("built",), "rebuild": ("rebuilt",), "catch": ("caught",), "choose": ("chose", "chosen"),
    "deal": ("dealt",), "draw": ("drew", "drawn"), "drive": ("drove", "driven"), "fall": ("fell", "fallen"),
    "feed": ("fed",), "feel": ("felt",), "fight": ("fought",), "forget": ("forgot", "forgotten"),
    "freeze": ("froze", "frozen"), "give": ("gave", "given"), "grow": ("grew", "grown"), "hide": ("hid", "hidden"),
    "hold": ("held",), "keep": ("kept",), "know": ("knew", "known"), "lead": ("led",), "lose": ("lost",),
    "make": ("made",), "mean": ("meant",), "override": ("overrode", "overridden"), "rewrite": ("rewrote", "rewritten"),
    "seek": ("sought",), "sell": ("sold",), "send": ("sent",), "shake": ("shook", "shaken"), "show": ("shown",),
    "sleep": ("slept",), "speak": ("spoke", "spoken"), "spend": ("spent",), "spin": ("spun",), "stand": ("stood",),
    "steal": ("stole", "stolen"), "stick": ("stuck",), "strike": ("struck",), "swim": ("swam", "swum"),
    "take": ("took", "taken"), "teach": ("taught",), "tell": ("told",), "think": ("thought",),
    "throw": ("threw", "thrown"), "understand": ("understood",), "undo": ("undid", "undone"),
    "wake": ("woke", "woken"), "wear": ("wore", "worn"), "write": ("wrote", "written"),
}
"""Base form -> its irregular past and past participle."""

_BASE_OF = {form: base for base, forms in _BASES.items() for form in forms}


def irregular_base(word: str) -> str | None:
    """The base form of an irregular past or past participle (built -> build, written -> write), else None."""
    return _BASE_OF.get(word.lower())


__all__ = ["irregular_base"]
