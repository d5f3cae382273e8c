"""Validation at a hospital: reproducible stratified samples, blind labels by auditors, estimates with intervals.

Data flows one way: ``sampling`` draws and stores a sample -> ``labels`` records auditors' answers (reading
reportminer's answer only after each is stored) and resolves them into final labels (``gold`` fills them from gold
files through the same function) -> ``estimates`` computes PPV, weighted sensitivity, note-level
precision/recall/F1 and Cohen's kappa with 95% intervals -> ``results`` gathers a sample's tables and
disagreements -> ``report`` writes HTML, CSV or Excel; ``lexicon`` turns disagreements into proposed site-lexicon
entries and compares lexicons on the labelled notes. ``commands`` holds the ``reportminer validate`` subcommands.
"""
