"""Messy TBX documents for differential tests of the TBX readers: a seeded generator, written for this project.

Each document mixes what real exports and hand edits contain: the three dialects and MultiTerm, namespaces and
prefixes, entities and character references, CDATA sections, comments and processing instructions, white space and
line ends of every kind, attributes in either quotes, nested and odd shapes, duplicate and missing ids, empty terms,
Traditional and Simplified forms, unknown statuses, notes of every kind; and now and then an encoding other than
UTF-8, a DOCTYPE, or a document that is not well-formed or not namespace-well-formed.
"""
from __future__ import annotations

import random

TERMS_ZH = ["分泌组", "干细胞", "幹細胞", "再生医学", "中", "试验", "分泌组 ", "  干细胞\n", "組", "血小板减少"]
TERMS_EN = ["secretome", "stem cell", "Stem Cell", "stem-cell", "WHO", "who", "assay", "A", "  stem\n  cell ",
            "a\tb", "it's", "x > y", "naïve", "T-cell"]
STATUSES = ["preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts", "supersededTerm-admn-sts",
            "preferred", " admitted ", "maybe", "", "Standardized Term", "legalTerm-admn-sts", "notRecommended"]
LANGS = ["zh", "zh-CN", "zh_TW", "zh-Hant", "ZH-hk", "en", "EN-us", "en_GB", "fr", "", " en ", "zh-Hans"]
NOTE_TYPES = ["partOfSpeech", "administrativeStatus", "normativeAuthorization", "x-caseSensitive", "definition",
              "usage note", "geographicalUsage", " administrativeStatus ", "context", ""]
ENTRY_NOTE_TYPES = ["definition", "subjectField", "x-caseSensitive", "usage note", "note", "comment", "source", ""]


class Doc:
    """One random document; `text()` gives it, `data()` gives its bytes."""

    def __init__(self, rng: random.Random, entries: int | None = None) -> None:
        self.r = rng
        self.entries = entries
        self.v3 = rng.random() < 0.4
        self.prefix = "t:" if rng.random() < 0.05 else ""
        self.entry_names = ["termEntry"] if not self.v3 else ["conceptEntry"]
        if rng.random() < 0.05:
            self.entry_names = ["termEntry", "conceptEntry", "conceptGrp"]
        self.quote = '"'

    def q(self, value: str) -> str:
        """An attribute value in either quotes, escaped as needed, sometimes with references or white space."""
        r = self.r
        value = value.replace("&", "&amp;").replace("<", "&lt;")
        if r.random() < 0.1:
            value = value.replace("e", "&#101;", 1)
        if r.random() < 0.05:
            value = f"\t{value}\n"
        if r.random() < 0.03:
            value = value + "&#10;"
        if r.random() < 0.15:
            return "'" + value.replace("'", "&apos;") + "'"
        return '"' + value.replace('"', "&quot;") + '"'

    def chars(self, value: str) -> str:
        """Element text: escaped, sometimes with references, CDATA, a comment or a PI inside."""
        r = self.r
        out = value.replace("&", "&amp;").replace("<", "&lt;")
        if r.random() < 0.02:
            out = out.replace(">", "&gt;")
        x = r.random()
        if x < 0.04:
            out = out + "&#x4E2D;"
        elif x < 0.06:
            out = "&#20013;" + out
        elif x < 0.08 and value:
            out = f"<![CDATA[{value[:1]}]]>" + out[1:] if value[:1] not in "&<" else out
        elif x < 0.10:
            out = out + "<!-- c -->"
        elif x < 0.11:
            out = out + "<?pi x?>"
        elif x < 0.12:
            out = out + "&apos;&quot;"
        elif x < 0.13:
            out = "\r\n" + out + "\r"
        return out

    def ws(self) -> str:
        calm = "\n" if self.entries is not None else "\n<!-- between -->\n"  # a large document: fewer comments
        return self.r.choice(["", "", "\n", "\n  ", " ", "\t", "\r\n", calm, "junk"])

    def name(self, local: str) -> str:
        return self.prefix + local

    def leaf(self, local: str, typ: str | None, value: str) -> str:
        r = self.r
        attr = f" type={self.q(typ)}" if typ is not None else ""
        if r.random() < 0.05:
            attr = f" type = {self.q(typ or 'x')}" if typ is not None else " foo='bar'"
        if value == "" and r.random() < 0.5:
            return f"<{self.name(local)}{attr}/>"
        inner = self.chars(value)
        if r.random() < 0.02:
            inner = f"{inner}<hi>{self.chars('x')}</hi>"
        return f"<{self.name(local)}{attr}>{inner}</{self.name(local)}>"

    def term_note(self) -> str:
        r = self.r
        x = r.random()
        if x < 0.5:
            return self.leaf("termNote", "administrativeStatus", r.choice(STATUSES))
        if x < 0.75:
            return self.leaf("termNote", r.choice(NOTE_TYPES), r.choice(["noun", "verb", "true", "yes", "", "a  b"]))
        if x < 0.85:
            return self.leaf("note", None, r.choice(["see also", "", "x\ny"]))
        if x < 0.93:
            return self.leaf("descrip", r.choice(NOTE_TYPES), r.choice(["d", "", "true"]))
        return self.leaf("admin", "source", "ISO")

    def holder(self, lang: str) -> str:
        r = self.r
        pool = TERMS_ZH if lang.lower().startswith("zh") else TERMS_EN
        term = r.choice(pool) if r.random() > 0.08 else r.choice(["", " ", "\n"])
        notes = [self.term_note() for _ in range(r.choice([0, 1, 2, 2, 3]))]
        parts = [self.leaf("term", None, term)] if r.random() > 0.03 else []
        if r.random() < 0.1:
            parts.append(self.leaf("term", None, r.choice(pool)))  # a second term: the first counts
        k = r.randrange(len(notes) + 1) if r.random() < 0.2 else 0
        items = notes[:k] + parts + notes[k:]
        x = r.random()
        if x < 0.1:  # ntig/termGrp nesting
            ntig, group = self.name("ntig"), self.name("termGrp")
            return f"<{ntig}><{group}>{''.join(items)}</{group}></{ntig}>"
        if x < 0.13:
            return self.leaf("term", None, r.choice(pool))  # a bare term in the section
        tag = self.name("termSec" if self.v3 else r.choice(["tig", "tig", "termGrp"]))
        return f"<{tag}>{self.ws().join(items)}</{tag}>"

    def section(self) -> str:
        r = self.r
        lang = r.choice(LANGS)
        tag = self.name("langSec" if self.v3 else "langSet")
        attrs = f" xml:lang={self.q(lang)}"
        x = r.random()
        if x < 0.05:
            attrs = f" lang={self.q(lang)}"
        elif x < 0.07:
            attrs = ""
        elif x < 0.09:
            attrs = f' xml:lang="" lang={self.q(lang)}'
        body = []
        if r.random() < 0.05:  # MultiTerm
            tag = self.name("languageGrp")
            attrs = ""
            body.append(f'<{self.name("language")} lang={self.q(lang)} type="{lang}"/>')
        if r.random() < 0.15:
            body.append(self.leaf("descrip", r.choice(ENTRY_NOTE_TYPES), r.choice(["sec note", "", "true"])))
        body += [self.holder(lang) for _ in range(r.choice([0, 1, 1, 1, 2, 3]))]
        if r.random() < 0.03:
            group = self.name("descripGrp")
            body.append(f"<{group}>{self.leaf('descrip', 'definition', 'g')}</{group}>")
        return f"<{tag}{attrs}>{self.ws().join(body)}</{tag}>"

    def entry(self, n: int) -> str:
        r = self.r
        name = self.name(r.choice(self.entry_names))
        x = r.random()
        if x < 0.7:
            attrs = f" id={self.q(f'e{n}')}"
        elif x < 0.8:
            attrs = f" id={self.q(r.choice(['e1', 'dup', ' spaced ', '', 'a&b']))}"
        elif x < 0.88:
            attrs = f" foo={self.q('x')} id={self.q(f'e{n}')}"
        elif x < 0.94:
            attrs = ""
        else:
            attrs = f"\n  id={self.q(f'e{n}')}\n"
        if r.random() < 0.02:
            return f"<{name}{attrs}/>"
        body = []
        for _ in range(r.choice([0, 1, 1, 2])):
            body.append(self.leaf(r.choice(["descrip", "descrip", "note", "admin", "xref"]),
                                  r.choice(ENTRY_NOTE_TYPES) if r.random() < 0.8 else None,
                                  r.choice(["Def.", "", "true", "see  also", "a&b"])))
        body += [self.section() for _ in range(r.choice([0, 1, 2, 2, 2, 3]))]
        if r.random() < 0.03:
            body.append(f"<{self.name('tig')}>{self.leaf('term', None, 'outside')}</{self.name('tig')}>")
        if r.random() < 0.02 and self.entries is None:  # (a large document would almost surely have one)
            body.append(self.entry(n + 1000))  # nested entry
        if r.random() < 0.1:
            r.shuffle(body)
        return f"<{name}{attrs}>{self.ws()}{self.ws().join(body)}{self.ws()}</{name}>"

    def text(self) -> str:
        r = self.r
        count = self.entries if self.entries is not None else r.choice([0, 1, 2, 3, 5, 8, 13])
        entries = "\n".join(self.entry(n) for n in range(count))
        ns = ""
        if self.v3 and r.random() < 0.8:
            ns = ' xmlns="urn:iso:std:iso:30042:ed-2"'
        if self.prefix:
            ns += ' xmlns:t="urn:example"'
        elif r.random() < 0.05:
            ns += ' xmlns:u="urn:unused"'
        root = self.name(r.choice(["tbx"] if self.v3 else ["martif", "martif", "mtf"]))
        if r.random() < 0.02:
            root = "glossary"
        head = ""
        if r.random() < 0.8:
            head = '<?xml version="1.0" encoding="UTF-8"?>\n'
        if r.random() < 0.1:
            head += "<!-- exported -->\n"
        if r.random() < 0.03:
            head += '<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">\n'
        text = (f"{head}<{root}{ns} type=\"TBX-Basic\"><{self.name('text')}><{self.name('body')}>\n"
                f"{entries}\n</{self.name('body')}></{self.name('text')}></{root}>\n")
        x = r.random()
        if x < 0.02:
            text = text[: r.randrange(len(text))]  # truncated
        elif x < 0.03:
            text = text.replace("</", "<", 1)
        elif x < 0.04:
            text = text.replace("Def.", "&undefined;", 1).replace("secretome", "&undefined;", 1)
        elif x < 0.05:
            text = text.replace("<descrip", "<x:descrip", 1).replace("</descrip", "</x:descrip", 1)
        newline = r.choice(["\n"] * 8 + ["\r\n", "\r"])
        return text.replace("\n", newline) if newline != "\n" else text

    def data(self) -> bytes:
        r = self.r
        text = self.text()
        x = r.random()
        if x < 0.03:
            return text.replace("UTF-8", "GBK").encode("gbk", "replace")
        if x < 0.05:
            return text.replace("UTF-8", "UTF-16").encode("utf-16")
        if x < 0.08:
            return b"\xef\xbb\xbf" + text.encode("utf-8")
        if x < 0.085:
            return text.encode("utf-8")[:-3] + b"\xff\n"
        return text.encode("utf-8")


def document(seed: int, entries: int | None = None) -> bytes:
    """The bytes of messy TBX document number `seed` (with that many entries, else 0 to 13)."""
    return Doc(random.Random(seed), entries).data()
