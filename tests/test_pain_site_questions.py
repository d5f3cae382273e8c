"""A form's or a consultation's question about pain, answered on its line with the low back, states low-back pain
("Var sitter smärtan? Ländryggen", "Har du ont någonstans? Ja, i korsryggen", "Where is your pain? Lower back"). The
answer's "?" ends no sentence (sections.json ``answered_questions``), the question's "?" doubts nothing (a pseudo
trigger longer than the "?"), and a pattern joins the pain word of the question to the site of the answer. A question
answered with another site, answered no, or with its answer in a later sentence that denies the pain, keeps its
reading."""
import pytest

from tests.phrasing import assertions

LBP = "low_back_pain"


@pytest.mark.parametrize("text, lang", [
    ("Var sitter smärtan? Ländryggen.", "sv"),
    ("Var har du ont? I korsryggen och skinkorna.", "sv"),
    ("Var gör det mest ont? Nedre delen av ryggen.", "sv"),
    ("Var sitter värken? Längst ner i ryggen.", "sv"),
    ("Var har hon ont? Ländryggen, mest till vänster.", "sv"),
    ("Har du ont någonstans? Ja, i korsryggen.", "sv"),
    ("Har du ont någonstans? Ja, i nedre delen av ryggen.", "sv"),
    ("Har hon ont? Ja, i ländryggen sedan fallet.", "sv"),
    ("Har du ont nanstans? Ja, i korsryggen.", "sv"),  # no å, and the spoken "nånstans"
    ("Var sitter smartan? Landryggen.", "sv"),  # no å/ä/ö
    ("Where is your pain? Lower back and bottom.", "en"),
    ("Where does it hurt? In the lower back.", "en"),
    ("Do you have back pain? Yes, low down.", "en"),
    ("Any pain? Yes, in the lower back.", "en"),
    ("Pain? Yes, lower back.", "en"),
    ("Any back pain? Yes, low down.", "en"),
    ("Back pain? Yes - lower back.", "en"),
    # the answer's site after a bracket or a word of degree ("mest", "mostly")
    ("Har hon ont? Ja (mest i ländryggen).", "sv"),
    ("Har du ont någonstans? Ja, främst i korsryggen.", "sv"),
    ("Har patienten ont? Ja (huvudsakligen längst ner i ryggen).", "sv"),
    ("Any pain? Yes (mostly in the lower back).", "en"),
    ("Back pain? Yes, mainly across the lower back.", "en"),
    ("Where is the pain? Low in the back.", "en"),
    ("Where is the pain worst? Low down in my back.", "en"),
])
def test_a_pain_question_answered_with_the_low_back_states_the_pain(text, lang):
    assert assertions(text, lang, LBP) == ["present"]


@pytest.mark.parametrize("text, lang", [
    ("Var har du ont? I nacken.", "sv"),
    ("Har hon ont? Ja, i höften.", "sv"),
    ("Har du ont? Nej.", "sv"),
    ("Var har du ont? I magen. Ländryggen är utan anmärkning.", "sv"),
    ("Where is the pain? Left knee.", "en"),
    ("Where is your pain? Neck and shoulders.", "en"),
    ("Any pain? Yes, in the knee.", "en"),
    ("Any pain? Yes, lower abdomen.", "en"),
    ("Pain? No.", "en"),
    ("Har hon ont? Ja (mest i knäna).", "sv"),
    ("Any pain? Yes (mostly in the knees).", "en"),
    ("Where is the pain? Low in the tummy.", "en"),  # low, but not in the back
    ("Where is your pain? Lower abdomen.", "en"),
    ("Where is your pain? Lower legs.", "en"),
])
def test_a_pain_question_answered_with_another_site_or_no_states_no_low_back_pain(text, lang):
    assert assertions(text, lang, LBP) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Har du ont i ländryggen? Ja.", "sv", ["present"]),
    ("Har du ont i ländryggen? Nej.", "sv", ["negated"]),  # the question names the site: its answer decides
    ("Var har du ont? Ingen smärta i korsryggen.", "sv", ["negated"]),
    ("Var sitter smärtan? Ländryggen? Oklart.", "sv", ["uncertain"]),  # the answer's own doubt stays
    ("LBP? No.", "en", ["negated"]),
    ("LBP? Yes.", "en", ["present"]),
    # a bare answer that goes on with a word of degree, a side or a time, or a bracket, still answers yes
    ("Ländryggssmärta? Ja, mest till vänster.", "sv", ["present"]),
    ("Ländryggssmärta? Ja (mest nattetid).", "sv", ["present"]),
    ("Ländryggssmärta? Ja, men inte nu.", "sv", ["uncertain"]),  # a "men" that takes it back answers nothing
    ("Low back pain? Yes (since the fall).", "en", ["present"]),
    ("Low back pain? Yes - since the fall.", "en", ["present"]),
    ("Low back pain? No (denies).", "en", ["negated"]),
])
def test_a_question_that_names_the_site_or_an_answer_with_its_own_word_keeps_its_reading(text, lang, expected):
    assert assertions(text, lang, LBP) == expected
