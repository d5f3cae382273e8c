"""Validation at a hospital: reproducible stratified samples, blind labels by auditors, estimates with intervals.

``sampling`` draws and stores a sample; ``labels`` records auditors' answers (never showing reportminer's answer
first) and resolves them into final labels; ``estimates`` computes PPV, weighted sensitivity, note-level
precision/recall/F1 and Cohen's kappa with 95% intervals; ``report`` writes them as HTML, CSV or Excel;
``lexicon`` turns disagreements into proposed site-lexicon entries and compares lexicons on the labelled sample.
"""
