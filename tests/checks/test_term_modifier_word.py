"""checks/term_modifier_word.py: is the word before an English head displaced there from another part?"""

from zhen_qa.checks.term_modifier_word import displaced, said_as_noun


def test_said_as_noun_wants_a_determiner_before_and_of_or_for_after() -> None:
    assert said_as_noun("purpose", "the current purpose disease surveillance, for the purpose of helping")
    assert not said_as_noun("bystander", "bystander resuscitation improves survival, so every bystander should")
    assert not said_as_noun("debulking", "primary debulking surgery; the extent of debulking is the main factor")
    assert not said_as_noun("", "the purpose of")


def test_displaced_needs_a_word_rendering_nothing() -> None:
    text = "the current purpose disease surveillance, for the purpose of helping"
    head = text.index("disease")
    assert displaced(text, head, "purpose", lambda _: False)
    assert not displaced(text, head, "purpose", lambda _: True)
