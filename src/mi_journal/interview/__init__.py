"""Guided interviews: the engine, drafts, the next-stage suggestion, homework.

Domain code only (no typer, no rich):

- `engine`: `Interview(pack, stage=None, only=None)` with `current() -> Question`,
  `submit(text)`, `submit_value(value)`, `skip()`, `keep()`, `back()`, `finished`,
  `answers()`, `summary()`, `entry(id, created)`, `goal_answers()`, `rulers()`;
  `AnswerProblem` (a kind message, re-ask); `parse_typed`, `parse_value`.
- `summary`: `build_summary(pack, answers)`, the person's own words handed back.
- `drafts`: paused interviews saved under the drafts folder, resumed later.
- `suggest`: `suggest_next(paths)`, the documented next-stage rule.
- `homework`: packs a counsellor assigned, and which are due (`due_today(paths)`).
(Crisis wording in answers is found by `mi_journal.crisis`.)
"""
