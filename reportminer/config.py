"""The settings of the default flagging rules (CONTRACT.md), in one place.

``Settings`` is the in-memory form; a site states its own in a ``rules.toml`` (``reportminer/rules.py`` reads,
validates and hashes it; the bundled ``reportminer/rules.toml`` holds exactly these defaults).
"""
from __future__ import annotations

from dataclasses import dataclass

RISK_FACTORS = ("hip_prosthesis", "osteoporosis", "pelvic_radiation", "rheumatic_disease", "steroid_therapy")
COVERING_MODALITIES = ("ct", "mri", "scintigraphy")
COVERING_REGIONS = ("abdomen_pelvis", "pelvis", "sacrum", "si_joints", "whole_body")
# Priority rules, first match wins: a flagged case gets the priority of the first rule whose reasons it all has.
PRIORITY_RULES = (("high", ("pubic_ramus_fracture",)), ("high", ("sacral_fracture",)),
                  ("medium", ("low_back_pain", "vertebral_compression_fracture")))


@dataclass(frozen=True)
class Settings:
    lookback_days: int = 30  # a workup counts from this many days before the episode's first index finding
    episode_gap_days: int = 365  # a longer gap between index findings starts a new episode
    at_risk_age: int = 60  # a patient of an at-risk sex and of this age or more with low-back pain is at risk
    at_risk_sexes: tuple[str, ...] = ("F",)
    risk_factors: tuple[str, ...] = RISK_FACTORS  # the risk factors that put a patient with low-back pain at risk
    priority_rules: tuple[tuple[str, tuple[str, ...]], ...] = PRIORITY_RULES
    default_priority: str = "low"
    covering_modalities: tuple[str, ...] = COVERING_MODALITIES  # what counts as a sacral workup ...
    covering_regions: tuple[str, ...] = COVERING_REGIONS  # ... of these regions
    lumbar_spine_when_sacrum_assessed: bool = True  # a lumbar (or hip) CT/MRI whose report assessed the sacrum counts
    max_evidence: int = 10  # sentences quoted in a case's evidence


DEFAULT = Settings()
