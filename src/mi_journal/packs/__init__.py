"""Prompt packs: the TOML format, loading, placeholders, conditions, discovery.

Domain code only (no typer, no rich). The API other modules use:

- `packs.model`: `Pack` (`.pack` meta, `.prompts`, `.id`, `.stages`, `.prompt(id)`),
  `Prompt` (`id, stage, kind, text, help, optional, min, max, bounds, labels, ruler,
  choices, max_picks, when, conditions(), reflect, goal`), `Condition`, limits
  `MAX_PACK_BYTES`, `MAX_PROMPTS`, `MAX_PROMPT_CHARS`.
- `packs.loader`: `load_pack_file(path) -> Pack`, `load_pack_bytes(raw, source)`,
  `parse_pack(text, source)`; every problem raises `PackError` (a MijError) whose
  message names the file and prompt id; `.prompt_id` and `.detail` are set.
- `packs.registry`: `list_packs(paths) -> PackListing(packs=[PackEntry(pack, source,
  location)], problems)`, `find_pack(paths, id) -> PackEntry`, `builtin_pack_ids()`,
  `load_builtin(id)`, `installed_pack_path(paths, id)`.
- `packs.template`: `parse_template(text)`, `references(text)`,
  `render(text, answers, scale_bounds, language="en") -> str | None` (None: a referenced
  answer is missing, so the prompt is not asked; lists read "A, B and C"),
  `quote_list(items, language)`, `show_value(value)`.
- `packs.conditions`: `conditions_hold(prompt.when, answers) -> bool`.
"""
