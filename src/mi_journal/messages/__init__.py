"""Every sentence the program says to a person, one module per feature, to review for tone.

Wording follows ../shared/MI_GUIDE.md: person-first, no labels, no scolding,
autonomy first ("if you like", "you might"), a lapse is a setback.

Only text lives here: code imports the module of its feature
(`from mi_journal.messages import goals as goals_msg`); nothing is re-exported.
"""
