"""Pseudonymised exports: keyed pseudonyms for patient and note ids, and masking of identifying text.

Ids become ``P-…`` (patients) and ``N-…`` (notes): the first 20 hex digits of HMAC-SHA256 under the site's key,
so the same key gives the same pseudonym in every run (a regional audit can link its lists) and nobody without
the key can go back, or even test a guessed id.

Evidence text is masked by Microsoft Presidio (analyzer and anonymizer) with recognisers that need no
statistical model, so nothing is downloaded at run time:

- ``SE_PERSONNUMMER``: Swedish personal identity and co-ordination numbers, ÅÅMMDD-NNNN, ÅÅMMDD+NNNN,
  ÅÅÅÅMMDD-NNNN, with or without the separator (a samordningsnummer has 60 added to the day);
- ``DATE_OF_BIRTH``: a date or year after "född", "f.", "födelsedatum", "born", "DOB", "date of birth";
- ``PHONE_NUMBER``: Presidio's recogniser (Google's libphonenumber) for Swedish, British and US numbers, plus
  a pattern for Swedish area-code numbers written "08-123 45 67";
- ``EMAIL_ADDRESS``;
- ``PERSON``: a capitalised name after a title or role ("Dr", "doktor", "ssk", "leg. läk.", "signerad av",
  "dictated by"), a known first name followed by a capitalised word, or an initial and a known surname. The
  names are the Swedish, British and US name lists that Faker ships; names that are also common words
  (spaCy's stop words) only count inside those patterns.

What stays: ages ("82-årig kvinna"), sex, note and exam dates, units, every clinical word. Not masked: names
written in lower case, a lone first name with no title, addresses and postcodes, and free-text ids of other
systems (see README).
"""
from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

MIN_KEY_BYTES = 32
_LANGUAGE = "en"  # Presidio's label for our recognisers, which carry Swedish and English cues alike
ENTITIES = ("SE_PERSONNUMMER", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON")
_UPPER = "A-ZÅÄÖÉÜ"
_LOWER = "a-zåäöéüß"
_CAP = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"


class PseudonymKeyError(ValueError):
    """The key file cannot be used."""


def read_key(path: str | Path) -> bytes:
    """The pseudonymisation key from ``path`` (at least 32 bytes, e.g. ``head -c 32 /dev/urandom | base64``).

    Raises
    ------
    PseudonymKeyError
        The file is missing, unreadable or too short.
    """
    path = Path(path)
    try:
        key = path.read_bytes().strip()
    except OSError as err:
        raise PseudonymKeyError(f"{path}: cannot read the pseudonymisation key: {err.strerror}") from None
    if len(key) < MIN_KEY_BYTES:
        raise PseudonymKeyError(f"{path}: the pseudonymisation key must hold at least {MIN_KEY_BYTES} bytes, it has "
                        f"{len(key)} (make one with: head -c 32 /dev/urandom | base64 > {path.name})")
    return key


def pseudonym(key: bytes, kind: str, value: str) -> str:
    """The keyed pseudonym of ``value``: ``P-`` + 20 hex digits for kind ``patient``, ``N-`` for ``note``."""
    digest = hmac.new(key, f"{kind}\x1f{value}".encode("utf-8"), hashlib.sha256).hexdigest()
    return f"{kind[0].upper()}-{digest[:20]}"


@dataclass(frozen=True)
class Pseudonymiser:
    """Pseudonyms under one key, and the masker of identifying text.

    Examples
    --------
    >>> p = Pseudonymiser(b"k" * 32)
    >>> p.mask("Pat 19421103-1234, tel 070-123 45 67.")
    'Pat <SE_PERSONNUMMER>, tel <PHONE_NUMBER>.'
    """

    key: bytes

    def patient(self, patient_id: str) -> str:
        return pseudonym(self.key, "patient", patient_id)

    def note(self, note_id: str) -> str:
        return pseudonym(self.key, "note", note_id)

    def mask(self, text: str) -> str:
        """``text`` with personal identity numbers, dates of birth, phone numbers, e-mail addresses and names
        replaced by ``<ENTITY>``."""
        return mask_text(text)

    def cases(self, frame: pd.DataFrame) -> pd.DataFrame:
        """A case list (columns of cases.csv) with pseudonymous ids and masked evidence."""
        out = frame.copy()
        out["patient_id"] = [self.patient(p) for p in out["patient_id"]]
        out["evidence_note_ids"] = [";".join(self.note(n) for n in v.split(";") if n) for v in
                                    out["evidence_note_ids"].fillna("")]
        out["evidence"] = [self.evidence(v) for v in out["evidence"].fillna("")]
        return out

    def evidence(self, value: str) -> str:
        """An ``evidence`` cell (``note_id: sentence | …``) with note pseudonyms and masked sentences."""
        parts = []
        for part in value.split(" | ") if value else []:
            note_id, _, sentence = part.partition(": ")
            parts.append(f"{self.note(note_id)}: {self.mask(sentence)}")
        return " | ".join(parts)

    def exams(self, frame: pd.DataFrame) -> pd.DataFrame:
        """An exams table (columns of exams.csv) with pseudonymous ids and masked evidence sentences."""
        out = frame.copy()
        out["note_id"] = [self.note(n) for n in out["note_id"]]
        out["patient_id"] = [self.patient(p) for p in out["patient_id"]]
        out["evidence"] = [" | ".join(self.mask(s) for s in v.split(" | ")) if v else v
                           for v in out["evidence"].fillna("")]
        return out

    def mentions(self, frame: pd.DataFrame) -> pd.DataFrame:
        """A mentions table with pseudonymous ids (the matched spans are clinical words and stay)."""
        out = frame.copy()
        out["note_id"] = [self.note(n) for n in out["note_id"]]
        out["patient_id"] = [self.patient(p) for p in out["patient_id"]]
        return out


def mask_text(text: str) -> str:
    """``text`` with the entities of ``ENTITIES`` replaced by ``<ENTITY>`` (see the module docstring)."""
    if not text or not text.strip():
        return text
    analyzer, anonymizer = _engines()
    # One pass: every recogniser knows both languages' cues (notes mix them), so Presidio's language is nominal.
    found = analyzer.analyze(text, language=_LANGUAGE, entities=list(ENTITIES))
    if not found:
        return text
    return anonymizer.anonymize(text, found).text


# --- the Presidio set-up ----------------------------------------------------------------------------------------
_PNR = r"(?<![\d-])(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])[-+ ]?\d{4}(?![\d-])"
_DATE = (rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{8}}|\d{{1,2}}\s+[{_LOWER}{_UPPER}]+\.?"
         rf"\s+\d{{4}}|[{_UPPER}][{_LOWER}]+\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|(?:19|20)\d{{2}})")
_BIRTH_CUES = (r"född(?:\s+den|\s+år)?", r"f\.", r"födelsedatum", r"födelsedag", r"födelseår", r"born(?:\s+on|\s+in)?",
               r"DOB", r"D\.O\.B\.", r"date\s+of\s+birth", r"birth\s*date", r"birthdate")
_TITLES = (r"Dr\.?", r"dr\.?", r"Doktor", r"doktor", r"[Ll]eg\.?\s*läk\.?", r"[Ll]äkare", r"[Öö]verläkare", r"ÖL",
           r"[Ss]pecialistläkare", r"ST-läkare", r"AT-läkare", r"[Ss]sk", r"[Uu]sk", r"[Ss]juksköterska",
           r"[Ff]ysioterapeut", r"[Ss]ignerad\s+av:?", r"[Dd]ikterad\s+av:?", r"[Vv]idimerad\s+av:?",
           r"[Ss]kriven\s+av:?", r"[Rr]emitterande:?", r"Mr\.?", r"Mrs\.?", r"Ms\.?", r"Miss", r"Prof\.?",
           r"[Ss]igned\s+by:?", r"[Dd]ictated\s+by:?", r"[Rr]eported\s+by:?", r"[Rr]eferring\s+(?:physician|doctor):?",
           r"[Aa]ttending:?", r"[Nn]urse", r"[Pp]atient(?:en)?\s+name:?", r"[Nn]amn:?", r"[Nn]ame:?")


@lru_cache(maxsize=1)
def _names() -> tuple[list[str], list[str], list[str]]:
    """From Faker's Swedish, British and US locales: first names that are no common word, surnames, and all
    first names (a common word such as "Per" is a name only before a known surname)."""
    from faker.providers.person.en_GB import Provider as British
    from faker.providers.person.en_US import Provider as American
    from faker.providers.person.sv_SE import Provider as Swedish
    from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
    from spacy.lang.sv.stop_words import STOP_WORDS as SV_STOP

    common = {w.lower() for w in EN_STOP | SV_STOP}
    first, last = set(), set()
    for provider in (Swedish, British, American):
        for attr in ("first_names_female", "first_names_male", "first_names"):
            first.update(getattr(provider, attr, ()) or ())
        last.update(getattr(provider, "last_names", ()) or ())

    def clean(names: set[str], drop_common: bool = True) -> list[str]:
        ok = {n for n in names if re.fullmatch(_CAP, n) and len(n) > 1 and not (drop_common and n.lower() in common)}
        return sorted(ok, key=lambda n: (-len(n), n))  # longest first: the regex prefers the whole name

    return clean(first), clean(last), clean(first, drop_common=False)


def _not_names() -> set[str]:
    """Capitalised words that are never names: the words of the titles, and spaCy's stop words."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
    from spacy.lang.sv.stop_words import STOP_WORDS as SV_STOP

    words = {w for t in _TITLES for w in re.findall(rf"[{_LOWER}{_UPPER}]{{2,}}", t.replace("[Ss]", "S")
                                                   .replace("[Ll]", "L").replace("[Dd]", "D").replace("[Öö]", "Ö"))}
    words |= {w for w in EN_STOP | SV_STOP if w.isalpha()}
    return {w[:1].upper() + w[1:] for w in words}


class _BlankNlpEngine:
    """Presidio's NLP-engine interface over spaCy's blank tokenizers: tokens for the context words, no
    statistical model (so nothing to download)."""

    def __init__(self, languages=("en",)):
        import spacy

        self._nlp = {lang: spacy.blank(lang) for lang in languages}

    def load(self) -> None:
        pass

    def is_loaded(self) -> bool:
        return True

    def process_text(self, text: str, language: str):
        from presidio_analyzer.nlp_engine import NlpArtifacts

        doc = self._nlp[language](text)
        return NlpArtifacts(entities=[], tokens=doc, tokens_indices=[t.idx for t in doc],
                            lemmas=[t.lower_ for t in doc], nlp_engine=self, language=language)

    def process_batch(self, texts, language: str, batch_size: int = 1, n_process: int = 1, **kwargs):
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return self._nlp[language].vocab[word].is_stop

    def is_punct(self, word: str, language: str) -> bool:
        return self._nlp[language].vocab[word].is_punct

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return list(self._nlp)


def _recognizers(language: str) -> list:
    from presidio_analyzer import Pattern, PatternRecognizer
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    first, last, every_first = _names()
    firsts, lasts = "|".join(map(re.escape, first)), "|".join(map(re.escape, last))
    any_first = "|".join(map(re.escape, every_first))
    titles, cues = "|".join(_TITLES), "|".join(_BIRTH_CUES)
    # after a title, a capitalised word that is itself a title or a common word is no name ("leg. läk. Dikterad")
    not_names = "|".join(sorted(_not_names(), key=len, reverse=True))
    name = rf"(?!(?:{not_names})\b){_CAP}"

    def recognizer(entity: str, *patterns: tuple[str, str]) -> PatternRecognizer:
        return PatternRecognizer(supported_entity=entity, supported_language=language, name=f"{entity}_{language}",
                                 patterns=[Pattern(name, regex, 0.9) for name, regex in patterns],
                                 global_regex_flags=re.MULTILINE | re.DOTALL)  # case matters for names

    return [
        recognizer("SE_PERSONNUMMER", ("personnummer", _PNR)),
        recognizer("DATE_OF_BIRTH", ("after a birth cue", rf"(?i:(?<=\b(?:{cues})\s{{0,3}}:?\s{{0,3}})){_DATE}\b")),
        recognizer("EMAIL_ADDRESS", ("e-mail", r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")),
        recognizer("PHONE_NUMBER", ("swedish area code",
                                    r"(?<![\d-])(?:\+46\s?\(?0?\)?\s?|0)\d{1,3}\s?[-/]\s?\d{2,3}(?:[ -]?\d{2,3}){1,3}(?![\d-])")),
        PhoneRecognizer(supported_regions=("SE", "GB", "US"), supported_language=language),
        recognizer("PERSON",
                   ("after a title", rf"(?<=(?:^|[\s(])(?:{titles})\s{{1,3}}){name}(?:\s+{name}){{0,2}}"),
                   ("first name and surname", rf"\b(?:{firsts})(?:\s+{_CAP}){{1,2}}\b"),
                   ("any first name and known surname", rf"\b(?:{any_first})\s+(?:{lasts})\b"),
                   ("initial and surname", rf"\b[{_UPPER}]\.\s?(?:{lasts})\b")),
    ]


@lru_cache(maxsize=1)
def _engines():
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import OperatorConfig

    registry = RecognizerRegistry(supported_languages=[_LANGUAGE])
    for r in _recognizers(_LANGUAGE):
        registry.add_recognizer(r)
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=_BlankNlpEngine((_LANGUAGE,)),
                              supported_languages=[_LANGUAGE])
    anonymizer = AnonymizerEngine()
    operators = {e: OperatorConfig("replace", {"new_value": f"<{e}>"}) for e in ENTITIES}

    class _Anonymizer:
        @staticmethod
        def anonymize(text, results):
            return anonymizer.anonymize(text=text, analyzer_results=results, operators=operators)

    return analyzer, _Anonymizer()
