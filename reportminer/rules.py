"""Site rules: read, validate and hash a ``rules.toml`` into the in-memory ``Settings`` (config.py).

The bundled ``reportminer/rules.toml`` holds the contract's defaults. Validation is strict: a missing or unknown
key, a wrong type or a value out of range is a ``RulesError`` naming the file and the key. The hash covers the
settings, not the file's bytes, so a comment or a reordering does not count as a change of rules.
"""
from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

from .config import Settings

REASONS = ("low_back_pain", "pubic_ramus_fracture", "sacral_fracture", "vertebral_compression_fracture")
RISK_FACTORS = ("hip_prosthesis", "osteoporosis", "pelvic_radiation", "rheumatic_disease", "steroid_therapy")
MODALITIES = ("ct", "mri", "scintigraphy")
REGIONS = ("abdomen_pelvis", "hip", "lumbar_spine", "other", "pelvis", "sacrum", "si_joints", "whole_body")
SEXES = ("F", "M")
PRIORITIES = ("high", "medium", "low")

# section -> key -> kind; the kinds are checked by _value below
_SCHEMA: dict[str, dict[str, str]] = {
    "episodes": {"lookback_days": "days", "gap_days": "days"},
    "at_risk": {"age": "age", "sexes": "sexes", "risk_factors": "risk_factors"},
    "workup": {"modalities": "modalities", "regions": "regions", "lumbar_spine_when_sacrum_assessed": "bool"},
    "priority": {"default": "priority", "rules": "priority_rules"},
    "evidence": {"max_sentences": "count"},
}


class RulesError(ValueError):
    """A rules file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Rules:
    """Validated site rules.

    Attributes
    ----------
    settings : the in-memory form the flagging code reads.
    source : where they came from (a path, or ``bundled``).
    text : the file's content, kept for provenance.
    """

    settings: Settings
    source: str
    text: str

    @property
    def hash(self) -> str:
        """SHA-256 of the settings in canonical JSON: equal settings, equal hash."""
        return rules_hash(self.settings)


def rules_hash(settings: Settings) -> str:
    """The SHA-256 (hex) of ``settings`` in canonical JSON."""
    canonical = json.dumps(asdict(settings), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def bundled_rules_text() -> str:
    return resources.files("reportminer").joinpath("rules.toml").read_text(encoding="utf-8")


def load_rules(path: str | Path | None = None) -> Rules:
    """Read and validate site rules.

    Parameters
    ----------
    path : a ``rules.toml``; ``None`` reads the bundled defaults.

    Returns
    -------
    The validated ``Rules``.

    Raises
    ------
    RulesError
        The file is missing, is not TOML, or a key is missing, unknown or has a bad value.
    """
    if path is None:
        return parse_rules(bundled_rules_text(), "bundled rules.toml")
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise RulesError(f"{path}: cannot read the rules file: {err}") from None
    return parse_rules(text, str(path))


def parse_rules(text: str, source: str = "rules.toml") -> Rules:
    """Validate the TOML ``text`` (named ``source`` in errors) into ``Rules``."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise RulesError(f"{source}: not valid TOML: {err}") from None
    values = {}
    _check_keys(raw, _SCHEMA, source, "")
    for section, keys in _SCHEMA.items():
        if not isinstance(raw[section], dict):
            raise RulesError(f"{source}: [{section}] must be a table")
        _check_keys(raw[section], keys, source, f"{section}.")
        for key, kind in keys.items():
            values[f"{section}.{key}"] = _value(kind, raw[section][key], source, f"{section}.{key}")
    settings = Settings(
        lookback_days=values["episodes.lookback_days"], episode_gap_days=values["episodes.gap_days"],
        at_risk_age=values["at_risk.age"], at_risk_sexes=values["at_risk.sexes"],
        risk_factors=values["at_risk.risk_factors"], priority_rules=values["priority.rules"],
        default_priority=values["priority.default"], covering_modalities=values["workup.modalities"],
        covering_regions=values["workup.regions"],
        lumbar_spine_when_sacrum_assessed=values["workup.lumbar_spine_when_sacrum_assessed"],
        max_evidence=values["evidence.max_sentences"])
    return Rules(settings, source, text)


def _check_keys(table: dict, allowed: dict, source: str, prefix: str) -> None:
    unknown = sorted(set(table) - set(allowed))
    if unknown:
        raise RulesError(f"{source}: unknown key {prefix}{unknown[0]} (allowed in "
                         f"{'[' + prefix[:-1] + ']' if prefix else 'the file'}: {', '.join(sorted(allowed))})")
    missing = [k for k in allowed if k not in table]
    if missing:
        raise RulesError(f"{source}: missing key {prefix}{missing[0]}")


def _value(kind: str, value, source: str, key: str):
    def bad(expected: str):
        return RulesError(f"{source}: {key} must be {expected}, got {value!r}")

    if kind in ("days", "age", "count"):
        low, high = {"days": (0, 3650), "age": (0, 130), "count": (1, 100)}[kind]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise bad(f"a whole number from {low} to {high}")
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise bad("true or false")
        return value
    if kind == "priority":
        if value not in PRIORITIES:
            raise bad(f"one of {', '.join(PRIORITIES)}")
        return value
    if kind == "priority_rules":
        return _priority_rules(value, source, key)
    allowed = {"sexes": SEXES, "risk_factors": RISK_FACTORS, "modalities": MODALITIES, "regions": REGIONS}[kind]
    return _names(value, allowed, source, key, allow_empty=kind in ("sexes", "risk_factors"))


def _names(value, allowed: tuple[str, ...], source: str, key: str, allow_empty: bool) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RulesError(f"{source}: {key} must be a list of names, got {value!r}")
    wrong = [v for v in value if v not in allowed]
    if wrong:
        raise RulesError(f"{source}: {key}: unknown value {wrong[0]!r} (allowed: {', '.join(allowed)})")
    if len(set(value)) != len(value):
        raise RulesError(f"{source}: {key}: a value is listed twice")
    if not value and not allow_empty:
        raise RulesError(f"{source}: {key} must not be empty")
    return tuple(sorted(value))


def _priority_rules(value, source: str, key: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, list):
        raise RulesError(f"{source}: {key} must be a list of [[{key}]] tables, got {value!r}")
    rules = []
    for i, rule in enumerate(value, start=1):
        where = f"{key}[{i}]"
        if not isinstance(rule, dict):
            raise RulesError(f"{source}: {where} must be a table")
        _check_keys(rule, {"priority": 0, "reasons": 0}, source, f"{where}.")
        priority = _value("priority", rule["priority"], source, f"{where}.priority")
        rules.append((priority, _names(rule["reasons"], REASONS, source, f"{where}.reasons", allow_empty=False)))
    return tuple(rules)
