"""Age and sex as the notes state them ("82-årig kvinna", "84 yo F"), for patients the patients table lacks."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import Lexicon
from .textnorm import fold


@lru_cache(maxsize=None)
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(fold(p), re.IGNORECASE) for p in patterns)


def read_age_sex(text: str, lexicon: Lexicon) -> tuple[int | None, str]:
    """The first plausible age (18–120) and sex stated in ``text``; (None, "") when it states neither."""
    folded = fold(text)
    demo = lexicon.demographics
    female = {fold(w).lower() for w in demo.get("female", ())}
    male = {fold(w).lower() for w in demo.get("male", ())}
    age, sex = None, ""
    for key in ("age_sex", "age", "sex"):
        for regex in _compiled(demo.get(key, ())):
            for m in regex.finditer(folded):
                groups = m.groupdict()
                if age is None and groups.get("age") and 18 <= int(groups["age"]) <= 120:
                    age = int(groups["age"])
                word = (groups.get("sex") or "").lower()
                if not sex and word:
                    sex = "F" if word in female else "M" if word in male else ""
                if age is not None and sex:
                    return age, sex
                if groups.get("age") or word:
                    break
    return age, sex
