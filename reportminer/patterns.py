"""Turn lexicon entries into spaCy token patterns, and each pattern into a prefilter anchor.

Entry syntax (see README, "Lexicon format"):

* a plain string is a phrase, tokenized like the notes and matched on the folded lowercase form;
* ``{"literal": ..., "pattern": [token, ...]}`` is a token pattern, where a token is
  - ``"@NAME"`` a class of the lexicon, optionally with a spaCy operator: ``"@GAP{0,6}"``, ``"@X?"``;
  - ``"@A|@B"`` one token of either class;
  - ``"@A+@B"`` one compound token made of class A, an optional linking ``s`` or ``-``, and class B
    ("ländrygg" + "s" + "smärta");
  - any other string: a regular expression that the whole token must match; ``@{NAME}`` inside it
    expands to the class's expression; one that also matches the empty string ("-?") is an optional token;
  - a dict: a spaCy token pattern used as it is;
* ``"anchor": i`` (optional) names the token the prefilter looks for in the raw text, instead of the first required
  token with an expression: for patterns that open with a common word ("Normal sacrum": anchor on "sacrum", not on
  "normal", or every sentence saying "normal" would be split and checked).

Every pattern is matched on ``NORM``, which the pipeline sets to the token's folded lowercase text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from .lexicon import Entry, LexiconError
from .textnorm import fold, fold_lower

_OP = re.compile(r"^@(?P<name>[A-Z_][A-Z0-9_]*)(?P<op>\{\d*,?\d*\}|[?*+!])?$")
_COMPOUND = re.compile(r"^@[A-Z_][A-Z0-9_]*(\+@[A-Z_][A-Z0-9_]*)+$")
_ALTERNATION = re.compile(r"^@[A-Z_][A-Z0-9_]*(\|@[A-Z_][A-Z0-9_]*)+$")
_REF = re.compile(r"@\{([A-Z_][A-Z0-9_]*)\}")

Tokenize = Callable[[str], list[str]]


@dataclass(frozen=True)
class CompiledEntry:
    """One lexicon entry as a spaCy pattern plus the expression that finds it in raw text."""

    literal: str
    tokens: list[dict]
    anchor: str | None  # a regular expression over folded raw text; None: nothing to anchor on


class PatternCompiler:
    """Compile entries against one language's classes and tokenizer."""

    def __init__(self, classes: dict[str, Any], tokenize: Tokenize):
        self.classes = classes
        self.tokenize = tokenize
        self._regex_cache: dict[str, str] = {}

    def compile(self, entry: Entry) -> CompiledEntry:
        if isinstance(entry, str):
            return self._phrase(entry)
        tokens, anchors = [], []
        for token in entry["pattern"]:
            spec, anchor = self._token(token, entry.get("literal", ""))
            tokens.append(spec)
            anchors.append(anchor)
        if "anchor" in entry:
            anchor = anchors[entry["anchor"]]
            if anchor is None and isinstance(entry["pattern"][entry["anchor"]], dict):
                anchor = _listed_words(entry["pattern"][entry["anchor"]])
            if anchor is None:
                raise LexiconError(f"pattern {entry.get('literal', '')!r}: token {entry['anchor']} cannot anchor it "
                                   "(it is optional or matches any token)")
            return CompiledEntry(entry.get("literal", ""), tokens, anchor)
        return CompiledEntry(entry.get("literal", ""), tokens, _pick_anchor(anchors))

    def class_regex(self, name: str, _seen: tuple[str, ...] = ()) -> str:
        """The regular expression of a class: the alternation of its members, references expanded."""
        if name in self._regex_cache:
            return self._regex_cache[name]
        if name in _seen:
            raise LexiconError(f"class @{name} refers to itself through {' -> '.join(_seen)}")
        members = self.classes.get(name)
        if members is None:
            raise LexiconError(f"unknown class @{name}; defined: {sorted(self.classes)}")
        if not isinstance(members, list):
            raise LexiconError(f"class @{name} is a word list ('not_in') and cannot be used inside an expression")
        expanded = "|".join(self._expand(m, (*_seen, name)) for m in members)
        self._regex_cache[name] = f"(?:{expanded})"
        return self._regex_cache[name]

    def _expand(self, regex: str, seen: tuple[str, ...] = ()) -> str:
        return _REF.sub(lambda m: self.class_regex(m.group(1), seen), fold(regex))

    def _phrase(self, phrase: str) -> CompiledEntry:
        words = [fold_lower(w) for w in self.tokenize(phrase) if w.strip()]
        if not words:
            raise LexiconError(f"phrase {phrase!r} has no tokens")
        longest = max(words, key=len)
        anchor = re.escape(longest) if re.search(r"\w", longest) and len(longest) >= 2 else None
        return CompiledEntry(phrase, [{"NORM": w} for w in words], anchor)

    def _token(self, token: Any, literal: str) -> tuple[dict, str | None]:
        if isinstance(token, dict):
            word = next((token[k] for k in ("ORTH", "TEXT", "LOWER", "NORM") if isinstance(token.get(k), str)), None)
            required = token.get("OP") in (None, "+")
            return token, re.escape(fold(word)) if word and required else None
        if not isinstance(token, str) or not token:
            raise LexiconError(f"pattern {literal!r}: bad token {token!r}")
        if _ALTERNATION.match(token):  # "@A|@B": one token of either class
            regex = "|".join(self.class_regex(p.lstrip("@")) for p in token.split("|"))
            return _regex_spec(regex), regex
        if _COMPOUND.match(token):
            parts = [self.class_regex(p.lstrip("@")) for p in token.split("+")]
            regex = r"(?:s|-)?".join(parts)
            return _regex_spec(regex), regex
        m = _OP.match(token)
        if m:
            return self._class_token(m.group("name"), m.group("op"))
        try:
            regex = self._expand(token)
            compiled = re.compile(regex)
        except re.error as err:
            raise LexiconError(f"pattern {literal!r}: bad expression {token!r}: {err}") from err
        if compiled.fullmatch(""):
            # No token is empty: an expression that accepts nothing ("-?", "s?") means an optional token
            # ("L1-fraktur" and "L1 fraktur"), so the token is optional and cannot anchor the match.
            return {**_regex_spec(regex), "OP": "?"}, None
        return _regex_spec(regex), regex

    def _class_token(self, name: str, op: str | None) -> tuple[dict, str | None]:
        members = self.classes.get(name)
        if isinstance(members, dict):  # {"not_in": [...]}: any token but these words
            spec: dict = {"NORM": {"NOT_IN": [fold_lower(w) for w in members.get("not_in", [])]}}
            anchor = None
        else:
            regex = self.class_regex(name)
            spec, anchor = _regex_spec(regex), regex
        if op:
            spec["OP"] = op
            if op != "+" and not re.match(r"\{[1-9]", op):
                anchor = None  # optional tokens cannot anchor a match
        return spec, anchor


def _listed_words(token: dict) -> str | None:
    """The words a required dict token lists (``{"ORTH": {"IN": ["PRF", "PRFs"]}}``) as an anchor, for an entry that
    names the token as its anchor; never picked by itself, as such a list may hold common words."""
    if token.get("OP") not in (None, "+"):
        return None
    for key in ("ORTH", "TEXT", "LOWER", "NORM"):
        words = token.get(key, {}).get("IN") if isinstance(token.get(key), dict) else None
        if words and all(isinstance(w, str) and re.search(r"\w", w) for w in words):
            return "|".join(re.escape(fold(w).lower()) for w in words)
    return None


def _regex_spec(regex: str) -> dict:
    return {"NORM": {"REGEX": f"(?i)^(?:{regex})$"}}


def _pick_anchor(anchors: list[str | None]) -> str | None:
    """The first required token with an expression; a match cannot exist without it."""
    for anchor in anchors:
        if anchor:
            return anchor
    return None
