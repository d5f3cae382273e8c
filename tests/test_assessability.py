"""A finding a report says it cannot assess is unknown, not found and not excluded: `uncertain`.

"Sakrum ej fullständigt avbildat, varför sakral fraktur ej kan bedömas" once read as a present sacral fracture,
which documents one (workup `sacral_fracture_documented`) and so hides the very patient the tool is for.
"""
from __future__ import annotations

import pytest

from .phrasing import DAY, assertions, notes_table
from reportminer.pipeline import scan

S, V = "sacral_fracture", "vertebral_compression_fracture"


@pytest.mark.parametrize("language, text", [
    ("sv", "Sakrum ej fullständigt avbildat, varför sakral fraktur ej kan bedömas."),
    ("sv", "Sakral fraktur kan inte bedömas på denna undersökning."),
    ("sv", "Sakral fraktur kan inte bedomas pa denna undersokning."),
    ("sv", "Sakrum ej bedömbart avseende fraktur."),
    ("sv", "Eventuell sakrumfraktur går inte att bedöma pga rörelseartefakter."),
    ("en", "The sacrum is not fully imaged, so a sacral fracture cannot be assessed."),
    ("en", "Sacral fracture cannot be evaluated on this study."),
    ("en", "The sacrum is not evaluable for fracture."),
    ("en", "A sacral insufficiency fracture could not be assessed owing to motion."),
])
def test_assessability_a_finding_that_cannot_be_assessed_is_uncertain(language, text):
    assert assertions(text, language, S, "radiology") == ["uncertain"]


@pytest.mark.parametrize("language, text", [
    # the age of a finding that is there cannot be told: the finding stays
    ("sv", "Kompressionsfraktur L1 vars ålder ej kan bedömas."),
    ("sv", "Kompressionsfraktur L1, åldern kan inte bedömas."),
    ("en", "L1 compression fracture; acuity cannot be assessed."),
    ("en", "L1 compression fracture whose age cannot be assessed on radiographs."),
])
def test_assessability_an_undatable_finding_stays_present(language, text):
    assert assertions(text, language, V, "radiology") == ["present"]


@pytest.mark.parametrize("language, exam, text", [
    ("sv", "DT ländrygg", "Ny kompressionsfraktur L1. Sakrum ej fullständigt avbildat, varför sakral fraktur ej kan "
                          "bedömas."),
    ("en", "CT lumbar spine", "New L1 compression fracture. The sacrum is only partly imaged and a sacral fracture "
                              "cannot be assessed."),
])
def test_assessability_unassessed_sacrum_keeps_the_case_open(language, exam, text):
    result = scan(notes_table([("n1", DAY, "radiology", exam, text, language)]))
    case = result.cases.iloc[0]
    assert (case.flagged, case.priority, case.workup) == ("true", "high", "none")
