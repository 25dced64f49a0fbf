"""`mij pack list` and `mij pack show`: the packs you can use."""

from __future__ import annotations

from typing import Any

import typer

pack_app = typer.Typer(help="Prompt packs: list, show, check, install.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(pack_app, name="pack")


def _pack_summary(entry: Any) -> dict[str, Any]:
    pack = entry.pack
    return {
        "id": pack.id,
        "title": pack.pack.title,
        "version": pack.pack.version,
        "source": entry.source,
        "stages": [stage.value for stage in pack.stages],
        "prompts": len(pack.prompts),
        "description": pack.pack.description,
    }


@pack_app.command("list")
def list_command(
    as_json: bool = typer.Option(False, "--json", help="Print the list as JSON."),
) -> None:
    """List the built-in and installed packs, their stages and prompt counts."""
    from mi_journal.cli.render import console, print_json, safe
    from mi_journal.packs.registry import list_packs
    from mi_journal.paths import get_paths

    listing = list_packs(get_paths())
    for problem in listing.problems:
        console(stderr=True).print(safe(f"mij: skipped a pack that cannot be read: {problem}"))
    rows = [_pack_summary(entry) for entry in listing.packs]
    if as_json:
        print_json(rows)
        return
    from rich.table import Table

    table = Table(show_edge=False, box=None, pad_edge=False)
    for column in ("id", "title", "stages", "prompts", "source"):
        table.add_column(column)
    for row in rows:
        table.add_row(
            safe(row["id"]), safe(row["title"]), safe(", ".join(row["stages"])),
            safe(str(row["prompts"])), safe(row["source"]),
        )
    console().print(table)


@pack_app.command("show")
def show_command(
    pack_id: str = typer.Argument(..., metavar="ID", help="The pack id."),
    as_json: bool = typer.Option(False, "--json", help="Print the pack as JSON."),
) -> None:
    """Show a pack's prompts, grouped by stage."""
    from mi_journal.cli.render import console, print_json, safe
    from mi_journal.packs.registry import find_pack
    from mi_journal.paths import get_paths

    entry = find_pack(get_paths(), pack_id)
    pack = entry.pack
    if as_json:
        data = _pack_summary(entry)
        data["prompts"] = [
            prompt.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
            | {"id": prompt.id, "stage": prompt.stage.value, "kind": prompt.kind.value}
            for prompt in pack.prompts
        ]
        print_json(data)
        return
    out = console()
    out.print(safe(f"{pack.pack.title} ({pack.id} {pack.pack.version}, {entry.source})", "bold"))
    if pack.pack.description:
        out.print(safe(pack.pack.description))
    for stage in pack.stages:
        out.print()
        out.print(safe(stage.value.capitalize(), "bold underline"))
        for prompt in pack.prompts:
            if prompt.stage is not stage:
                continue
            extra = " (optional)" if prompt.optional else ""
            out.print(safe(f"  {prompt.id} [{prompt.kind.value}]{extra}", "dim"))
            out.print(safe(f"    {prompt.text}"))
