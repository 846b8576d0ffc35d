"""Parks named by a company of the same document: a company's own campus.

正泰工业园 in an article about 正泰集团股份有限公司, 某某现代农业产业园 in one about 某某农业科技有限公司:
a park suffix (产业园, 工业园, 园区 …, not the place-named zones such as 高新区) whose name starts,
right after a clause boundary, with the name of a company found in the document, its short form
or the head of its core name (某某 of 某某农业). The park carries the company as its ``brand``
(the located-in extractor puts the company in it, and, when the text gives the park no place,
the park in the place written at the head of the company's legal name).

Runs after the organisation recogniser, because it reads the company mentions.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..registry import recogniser
from ..types import Analysis, Mention
from .cue_words import CJK, is_common_word, read_words
from .organizations import company_core, short_forms
from .parks import _BOUNDARY_CHARS, _suffix, _suffix_re, _valid_modifier

_MAX_NAME = 14              # characters between the clause boundary and the suffix
_CAMPUS_STRENGTHS = ("place", "named")
_COMMON = 1000              # dictionary frequency of an ordinary word; brands may be in the dictionary (华为 373)


def _brand_forms(c: Mention) -> list[str]:
    """Names a company's campus may start with: its name, short forms, and the head of its core
    name when the rest is a common word (某某农业 → 某某)."""
    forms = [c.text, *short_forms(c.text)]
    core = company_core(c.text)
    industry = read_words("company_industry_words.txt")
    for k in (2, 3, 4):
        head, rest = core[:k], core[k:]
        if rest and (rest in industry or is_common_word(rest, _COMMON)):
            forms.append(head)
    return [f for f in dict.fromkeys(forms)
            if len(f) >= 2 and re.fullmatch(f"[{CJK}A-Za-z0-9]+", f) and not is_common_word(f, _COMMON)]


def find_brand_parks(a: Analysis) -> list[Mention]:
    text = a.doc.text
    companies = [m for m in a.mentions if m.kind == "company"]
    if not companies:
        return []
    # a campus name starts after a clause boundary or right after a place or park (某市高新区|甲乙产业园)
    after_name = {m.end for m in a.mentions if m.kind in ("place", "park")}
    forms: dict[str, Mention] = {}
    for c in sorted(companies, key=lambda m: (m.start, m.end)):
        for f in _brand_forms(c):
            forms.setdefault(f, c)
    out: list[Mention] = []
    for sent in a.sentences:
        for match in _suffix_re().finditer(text, sent.start, sent.end):
            s, e = match.span()
            suffix = _suffix(match.group())
            if suffix.strength not in _CAMPUS_STRENGTHS or text.startswith("项目", e):
                continue        # 某建设集团|某某创业园项目: a park the company builds, not its own
            found = None
            for b in range(max(sent.start, s - _MAX_NAME), s - 1):
                if b > sent.start and text[b - 1] not in _BOUNDARY_CHARS and b not in after_name:
                    continue
                brand = max((f for f in forms if text.startswith(f, b) and b + len(f) <= s), key=len, default=None)
                if brand is None or not _valid_modifier(text[b + len(brand):s]):
                    continue
                found = (b, brand)
                break
            if found is None:
                continue
            b, brand = found
            company = forms[brand]
            name = text[b:s] + suffix.canonical
            attrs = (("brand", company.text), ("brand_key", company.key), ("brand_name", company.name))
            out.append(Mention("park", text[b:e], b, e, f"park:{name}", name, a.doc.id, "brand-parks",
                               attrs))
    return out


@recogniser("brand-parks", order=45)
def recognise_brand_parks(analysis: Analysis) -> Iterator[Mention]:
    yield from find_brand_parks(analysis)
