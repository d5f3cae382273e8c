"""The settings of the default flagging rules (CONTRACT.md), in one place."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    lookback_days: int = 30  # a workup counts from this many days before the episode's first index finding
    episode_gap_days: int = 365  # a longer gap between index findings starts a new episode
    at_risk_age: int = 60  # a woman of this age or more with low-back pain is at risk
    max_evidence: int = 10  # sentences quoted in a case's evidence


DEFAULT = Settings()
