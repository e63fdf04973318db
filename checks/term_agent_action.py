"""An English agent noun the Chinese says by the action its listed form names the agent of (term-missing, English
terms): "the Consumer side" = 消费端, "Push Consumer" = Push消费, for 消费者 "consumer".

A Chinese form that ends with the agent morpheme 者 names the one who does its first characters' action (消费者 "the
one who consumes"). Documentation names a party of software by that action in other ways, and the English keeps the
agent noun for each: the action before 端 "end, side" (消费端 "the consuming end", as 客户端, 服务端 name the client and
the server); the action after the kind the English names the agent by, kept in Latin letters (Push消费 "push
consuming" for "Push Consumer", the kind DefaultMQPushConsumer implements); and the action before a word the lexicon
gives for the English noun the agent noun modifies (消费实例 for "Consumer instance": the English compound's noun
rendered right after the action). The action alone (消费消息 for "the consumer consumes messages": 消息 renders no
word after "consumer"), another kind before it (Pull消费 for "Push Consumer") or another morpheme after it (消费量
"consumption") says the act, not the party: the term stays missing. The Chinese must have as many such places as the
English says the term in the bead.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

AGENT_SUFFIX = "者"
"""The morpheme that makes an action the one who does it (消费 + 者 "consumer", 生产 + 者 "producer")."""

SIDE = "端"
"""The morpheme that names the party of an action as an end of a connection (消费端, 生产端)."""

ACTION_MIN = 2
"""Characters the action keeps without its agent morpheme (患者 "patient" has the one-character 患: no action)."""


def agent_by_action(zh_forms: Iterable[str], kind: str, zh_text: str, said: int,
                    modified: Iterable[str] = ()) -> bool:
    """Whether `zh_text` names the agent of a Chinese form ending in 者 by its action, at least `said` times: before
    端, right after `kind` (the English word before the term, when it is Latin) kept in the Chinese, or before one of
    `modified` (the lexicon's Chinese words for the English noun right after the term; see the module docstring)."""
    places = 0
    for form in zh_forms:
        if not form.endswith(AGENT_SUFFIX) or len(form) - len(AGENT_SUFFIX) < ACTION_MIN:
            continue
        action = form[:-len(AGENT_SUFFIX)]
        places += zh_text.count(action + SIDE)
        places += sum(zh_text.count(action + word) for word in set(modified) if len(word) >= ACTION_MIN)
        if kind.isascii() and kind.isalpha():
            places += len(re.findall(rf"(?<![A-Za-z]){re.escape(kind)} ?{re.escape(action)}(?!{AGENT_SUFFIX})",
                                     zh_text, re.I))
    return places > 0 and places >= said
