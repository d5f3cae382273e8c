"""row_tuples gives what itertuples gives, value for value and type for type (issue 15)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from reportminer.frames import row_tuples


def _frames():
    text = pd.Series(["a", "", "ö"]).astype(str)  # pandas' text dtype (Arrow-backed under pandas 3)
    yield pd.DataFrame({"note_id": text, "n": [1, 2, 3], "flag": [True, False, True], "score": [0.5, np.nan, 1.0],
                        "date": pd.to_datetime(["2024-01-02", None, "2024-03-04"]),
                        "obj": pd.Series(["x", None, "z"], dtype=object)})
    yield pd.DataFrame({"note_id": text}).iloc[0:0]
    yield pd.DataFrame([[1, 2], [3, 4]], columns=["a", "a"])  # repeated names
    yield pd.DataFrame([[1, "x"]], columns=[0, "class"])  # names that are no identifiers


@pytest.mark.parametrize("frame", list(_frames()))
def test_frames_row_tuples_equal_itertuples(frame):
    expected = list(frame.itertuples(index=False))
    got = list(row_tuples(frame))
    assert [tuple(map(repr, r)) for r in got] == [tuple(map(repr, r)) for r in expected]
    assert [[type(v) for v in r] for r in got] == [[type(v) for v in r] for r in expected]
    assert [r._fields for r in got] == [r._fields for r in expected]


def test_frames_row_tuples_of_a_frame_without_columns():
    assert [tuple(r) for r in row_tuples(pd.DataFrame(index=[0, 1]))] == [(), ()]
