"""The cost of a note grows linearly with its length, worst cases included.

Work is counted, not timed: the number of Python function calls the pipeline makes (deterministic on any
machine). A note 64 times longer must cost at most 1.5 times 64 times as many calls.
"""
from __future__ import annotations

import cProfile
import pstats

import pytest

from reportminer.nlp import get_pipeline

UNIT = {
    "report": ("Fynd: Fraktur i vänster ramus superior, ingen sakrumfraktur. Kompression av L1, ca 30 %. "
               "Inga hållpunkter för fraktur i ramus eller sakrum. Pat har ont i ländryggen sedan en vecka.\n"),
    "no punctuation": "ingen fraktur i ramus eller sakrum men smärta i ländryggen och kompression av L1 ",
    "triggers and commas": "ingen, misstänkt, ?, tidigare, fraktur i ramus, sakrum eller acetabulum, ej, om, ",
}


def _calls(text: str) -> int:
    pipeline = get_pipeline("sv")
    pipeline.extract(text)  # warm caches so both sizes are measured alike
    profile = cProfile.Profile()
    profile.enable()
    pipeline.extract(text)
    profile.disable()
    return pstats.Stats(profile).total_calls


@pytest.mark.parametrize("kind", UNIT)
def test_linear_cost_of_a_long_note(kind):
    small = UNIT[kind] * 16
    large = UNIT[kind] * 16 * 64
    ratio = _calls(large) / _calls(small)
    assert ratio < 64 * 1.5, f"{kind}: 64 times the text cost {ratio:.0f} times the work"
