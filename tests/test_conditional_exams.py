"""Exams under a condition, and what ends a denial before a reason clause.

- A result told under a condition is awaited, not reported: "If the CT pelvis is normal she can go home", "Should the
  MRI of the pelvis be negative, discharge", "Om MR bäcken visar fraktur opereras hon", "Hon kan gå hem, om DT bäcken
  är normal" leave the exam planned (requested), never done (exams.json ``conditions``). A result told as a fact next
  to a condition stays done ("MRI pelvis showed a sacral fracture; if pain persists, sacroplasty", "Hon informerades
  om att MR bäcken visade en sakrumfraktur").
- A reason clause with its own subject and verb ends the denial before it: "No MRI needed as the CT shows a sacral
  fracture", "Ingen MR behövs då DT visar sakrumfraktur", "Ingen MR då det finns en känd sakrumfraktur" (the fracture
  is present; context.json, the termination that ends negations).
- A suspicion denied by "inte"/"ej" denies what it is of, as "ingen misstanke om" does ("Det finns inte misstanke om
  sakrumfraktur", "föreligger ej misstanke på kotkompression").
- "MRI could be obtained", "MRI pelvis should be performed" recommend a study; "before the scan could be done" does not.
- "fracture ... extending to the S1 neural foramen" is a fracture line, not a field that stops at S1.
- A trauma CT named alone in the exam column images head to pelvis ("Trauma CT", "TRAUMA-DT"), as it does in a sentence;
  "Trauma CT head" does not. A "pan-scan" is that CT, in the exam column or in a sentence.
- "Fractures of the anterior and posterior pelvic ring" is a ramus fracture, as "anterior pelvic ring fracture" is.
"""
import pytest

from tests.phrasing import assertions, exam_rows, flag_and_workup, only_case, statuses


@pytest.mark.parametrize("text, lang, modality", [
    ("If the MRI pelvis shows a fracture, refer to orthopaedics.", "en", "mri"),
    ("If the CT pelvis is normal she can go home.", "en", "ct"),
    ("She can go home if the CT of the pelvis is normal.", "en", "ct"),
    ("Should the MRI of the pelvis be negative, discharge home.", "en", "mri"),
    ("Unless the bone scan shows a sacral fracture, mobilise fully.", "en", "scintigraphy"),
    ("If MRI pelvis does not show a fracture, stop the investigation.", "en", "mri"),
    ("Om MR bäcken visar fraktur opereras hon.", "sv", "mri"),
    ("Om DT bäcken är normal kan hon gå hem.", "sv", "ct"),
    ("Om DT backen ar normal kan hon ga hem.", "sv", "ct"),
    ("Hon kan gå hem, om DT bäcken är normal.", "sv", "ct"),
    ("Ifall MR bäcken visar sakrumfraktur kontaktas ortoped.", "sv", "mri"),
    ("Skulle MR bäcken visa en fraktur remitteras hon till ortoped.", "sv", "mri"),
    ("Om skelettscintigrafin blir negativ avslutas utredningen.", "sv", "scintigraphy"),
])
def test_a_result_under_a_condition_leaves_the_exam_planned(text, lang, modality):
    assert statuses(text, lang, modality) == ["requested"]


@pytest.mark.parametrize("text, lang, modality", [
    ("MRI pelvis showed a sacral fracture; if pain persists, sacroplasty.", "en", "mri"),
    ("The CT pelvis was normal, so she can go home if she mobilises.", "en", "ct"),
    ("Even if the MRI pelvis was normal, her pain persisted.", "en", "mri"),
    ("Can you tell me if the CT pelvis showed a fracture?", "en", "ct"),
    ("I wonder if the MRI pelvis showed a fracture.", "en", "mri"),
    ("MR bäcken visade sakrumfraktur, om smärtan kvarstår övervägs sakroplastik.", "sv", "mri"),
    ("Hon informerades om att MR bäcken visade en sakrumfraktur.", "sv", "mri"),
    ("Eftersom DT bäcken gjordes i förra veckan avstår vi från ny undersökning; den visade ingen fraktur.", "sv", "ct"),
    ("CT pelvis if the X-ray is normal but she still cannot walk.", "en", "radiograph"),
    ("If the X-ray is normal, CT pelvis.", "en", "radiograph"),
    ("MR bäcken om slätröntgen är normal.", "sv", "radiograph"),
])
def test_a_result_told_as_a_fact_beside_a_condition_stays_done(text, lang, modality):
    assert statuses(text, lang, modality) == ["performed"]


def test_a_conditional_mri_after_a_ramus_fracture_is_no_workup():
    case = only_case([
        ("n1", "2025-01-10", "radiology", "XR pelvis", "Fracture of the left superior pubic ramus.", "en"),
        ("n2", "2025-01-12", "clinical", "",
         "Ongoing low back and buttock pain. If the MRI pelvis shows a sacral fracture, refer to orthopaedics.", "en"),
    ])
    assert flag_and_workup(case) == ("true", "ordered")


@pytest.mark.parametrize("text, lang", [
    ("No MRI needed as the CT shows a sacral fracture.", "en"),
    ("MRI pelvis not required as the CT already demonstrates a sacral fracture.", "en"),
    ("No further imaging as she has a known sacral fracture.", "en"),
    ("Ingen MR behövs då DT visar sakrumfraktur.", "sv"),
    ("MR bäcken behövs inte då DT redan visat en sakrumfraktur.", "sv"),
    ("Ingen MR da DT visar sakrumfraktur.", "sv"),
    ("Ingen MR då det finns en känd sakrumfraktur.", "sv"),
])
def test_a_reason_clause_ends_the_denial_before_it(text, lang):
    assert assertions(text, lang, "sacral_fracture") == ["present"]


@pytest.mark.parametrize("text, lang", [
    ("No sacral fracture as far as can be seen.", "en"),
    ("No MRI as there is no suspicion of a sacral fracture.", "en"),
    ("Ingen sakrumfraktur då DT gjordes.", "sv"),
    ("Ingen MR då det inte finns misstanke om sakrumfraktur.", "sv"),
])
def test_a_denial_inside_or_before_the_reason_clause_stays(text, lang):
    assert assertions(text, lang, "sacral_fracture") == ["negated"]


def test_the_ct_given_as_the_reason_is_done():
    assert exam_rows("MRI pelvis not needed as CT is diagnostic.", "en")[1][:2] == ("ct", "performed")


@pytest.mark.parametrize("exam, lang, covers", [
    ("Trauma CT", "en", True),
    ("TRAUMA CT", "en", True),
    ("CT trauma", "en", True),
    ("CT pan-scan", "en", True),
    ("Pan scan CT", "en", True),
    ("Trauma CT head", "en", False),
    ("Trauma CT (head and neck only)", "en", False),
    ("Trauma-DT", "sv", True),
    ("TRAUMA-DT", "sv", True),
    ("DT trauma", "sv", True),
    ("DT skalle", "sv", False),
])
def test_a_trauma_ct_named_alone_in_the_exam_column_images_the_pelvis(exam, lang, covers):
    text = "No acute fracture." if lang == "en" else "Ingen akut fraktur."
    assert exam_rows(text, lang, "radiology", exam) == [("ct", "performed", covers)]


@pytest.mark.parametrize("text", [
    "She had a pan-scan in ED which showed no fracture.",
    "Trauma panscan: no pelvic fracture.",
])
def test_a_pan_scan_is_a_trauma_ct(text):
    assert exam_rows(text, "en") == [("ct", "performed", True)]


def test_a_pan_that_is_no_scan_is_no_exam():
    assert exam_rows("The pan of water spilled; scan later.", "en") == []


@pytest.mark.parametrize("text, expected", [
    ("Fractures of the anterior and posterior pelvic ring.", ["present"]),
    ("Anterior and posterior pelvic ring fractures on the left.", ["present"]),
    ("No fracture of the anterior pelvic ring.", ["negated"]),
    ("Fracture of the anterior ring of C1.", []),
])
def test_the_anterior_and_posterior_ring_named_together(text, expected):
    assert assertions(text, "en", "pubic_ramus_fracture") == expected


@pytest.mark.parametrize("text, concept, expected", [
    ("Det finns inte misstanke om sakrumfraktur.", "sacral_fracture", ["negated"]),
    ("Det föreligger ej misstanke på kotkompression.", "vertebral_compression_fracture", ["negated"]),
    ("Det finns inte någon misstanke om ramusfraktur.", "pubic_ramus_fracture", ["negated"]),
    ("Misstanke om sakrumfraktur.", "sacral_fracture", ["uncertain"]),
    ("Misstanke om sakrumfraktur kvarstår trots att DT inte visar någon fraktur.", "sacral_fracture", ["uncertain"]),
])
def test_a_suspicion_denied_with_inte(text, concept, expected):
    assert assertions(text, "sv", concept) == expected


@pytest.mark.parametrize("text", ["DT TAP utan fraktur.", "DT TBB visade ingen fraktur."])
def test_a_swedish_ct_of_chest_abdomen_and_pelvis_by_its_english_letters(text):
    assert exam_rows(text, "sv") == [("ct", "performed", True)]


@pytest.mark.parametrize("text, expected", [
    ("If clinical concern for occult fracture persists, MRI could be obtained.", ["requested"]),
    ("An MRI of the pelvis could be obtained if pain persists.", ["requested"]),
    ("MRI pelvis should be performed.", ["requested"]),
    ("CT pelvis was not performed: she was transferred before the scan could be done.", ["not_performed"]),
    ("The MRI pelvis could be performed the same day and showed a sacral fracture.", ["performed"]),
])
def test_a_study_that_could_be_obtained_is_recommended(text, expected):
    modality = "ct" if "CT" in text else "mri"
    assert statuses(text, "en", modality) == expected


@pytest.mark.parametrize("text, covers", [
    ("Nondisplaced fracture through the right sacral ala extending to the S1 neural foramen.", True),
    ("Insufficiency fracture of the right sacral ala, extending to the S2 body.", True),
    ("The sagittal images extend to S2. No fracture.", False),
])
def test_a_fracture_that_extends_to_a_sacral_level_is_no_field_that_stops_there(text, covers):
    # "extending to S1" tells a study's field only when it is the images that extend, not a fracture line
    exam = "CT pelvis" if "Nondisplaced" in text else "MRI lumbar spine"
    assert exam_rows(text, "en", "radiology", exam)[0][2] is covers


@pytest.mark.parametrize("text, lang, expected", [
    ("Clinically a sacral insufficiency fracture.", "en", ["uncertain"]),
    ("Kliniskt en sakrumfraktur.", "sv", ["uncertain"]),
    ("Kliniskt rör det sig om en sakral insufficiensfraktur.", "sv", ["uncertain"]),
    ("Klinisk undersökning: öm över sakrum. MR visar sakrumfraktur.", "sv", ["present"]),
])
def test_a_sacral_fracture_diagnosed_clinically_is_suspected(text, lang, expected):
    # a clinical diagnosis without a study that shows it leaves the fracture suspected, in both languages alike
    assert assertions(text, lang, "sacral_fracture") == expected
