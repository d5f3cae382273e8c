"""A part of the sacrum named as a finding's place is not the edge of a study's field. A CT or MRI of the whole pelvis
or of the sacrum that finds or excludes a fracture "i övre delen av sakrum" / "of the upper sacrum" covered the sacrum.
A lumbar study that sees only the upper part of it, or a pelvic study that says the sacrum was only partly imaged,
did not. A lumbar study that describes an abnormal signal or uptake in the sacrum ("Ödem i vänster sakralvinge",
"marrow oedema in the sacral ala") read it, as one that calls it normal does (exams.json ``sacrum_assessed``), unless
the report says it saw only a part of it."""
import pytest

from tests.phrasing import exam_rows


@pytest.mark.parametrize("lang, exam, text, covers", [
    ("sv", "DT bäcken", "DT BÄCKEN\nFraktur i övre delen av sakrum.", True),
    ("sv", "MR bäcken", "MR BÄCKEN\nIngen fraktur i övre delen av sakrum. SI-lederna ua.", True),
    ("en", "CT pelvis", "CT PELVIS\nFracture of the upper sacrum on the left.", True),
    ("en", "MRI sacrum", "MRI SACRUM\nOedema in the upper sacrum in keeping with an insufficiency fracture.", True),
    # the field's edge told outright, or a lumbar study that sees only the upper part
    ("sv", "DT bäcken", "DT BÄCKEN\nFraktur i övre delen av sakrum. Sakrum endast delvis avbildat.", False),
    ("sv", "MR ländrygg", "MR LÄNDRYGG\nKompression av L2. Övre delen av sakrum ua.", False),
    ("sv", "MR ländrygg", "MR LÄNDRYGG\nÖdem i övre delen av sakrum förenligt med insufficiensfraktur.", False),
])
def test_a_part_of_the_sacrum_as_a_findings_place_is_no_edge_of_the_field(lang, exam, text, covers):
    rows = exam_rows(text, lang, "radiology", exam)
    assert [r[2] for r in rows if r[1] == "performed"] == [covers]


# --- a lumbar study that describes an abnormal signal in the sacrum read it; one that says it saw only a part did not ----
@pytest.mark.parametrize("lang, exam, text, covers", [
    ("sv", "MR ländrygg", "MR LÄNDRYGG\nÖdem i vänster sakralvinge.", True),
    ("sv", "MR ländrygg", "MR LÄNDRYGG\nSTIR-sekvens över bäckenet visar ödem i vänster sakralvinge.", True),
    ("sv", "MR ländrygg", "MR LANDRYGG\nBenmargsodem i sakrum.", True),  # no å/ä/ö
    ("en", "MRI lumbar spine", "MRI LUMBAR SPINE\nOedema in the left sacral ala.", True),
    ("en", "MRI lumbar spine", "MRI LUMBAR SPINE\nCoronal STIR through the pelvis shows marrow edema in the sacrum.", True),
    # look-alikes: the oedema is elsewhere, or the report says it saw only a part of the sacrum
    ("sv", "MR ländrygg", "MR LÄNDRYGG\nÖdem i L2 kotkropp.", False),
    ("en", "MRI lumbar spine", "MRI LUMBAR SPINE\nIncreased signal in the sacral nerve roots.", False),
    ("en", "MRI lumbar spine", "MRI LUMBAR SPINE\nHigh signal in the right sacral ala. The sacrum is only partly "
     "included in this study and cannot be fully assessed.", False),
])
def test_a_lumbar_study_that_describes_a_signal_in_the_sacrum_read_it(lang, exam, text, covers):
    rows = exam_rows(text, lang, "radiology", exam)
    assert [r[2] for r in rows if r[1] == "performed"] == [covers]
