"""The shared vocabulary is one standard-library module, and it is what the models use."""

from __future__ import annotations

import subprocess
import sys

from mi_journal.core import vocabulary
from mi_journal.journal import filters
from mi_journal.storage import models


def test_the_models_use_the_vocabulary_itself() -> None:
    assert models.Stage is vocabulary.Stage
    assert models.EntryKind is vocabulary.EntryKind
    assert filters.STAGES is vocabulary.STAGE_NAMES
    assert filters.KINDS is vocabulary.ENTRY_KIND_NAMES
    assert vocabulary.STAGE_NAMES == ("engaging", "focusing", "evoking", "planning")
    assert vocabulary.ENTRY_KIND_NAMES == ("interview", "check-in", "note", "import")


def test_the_vocabulary_loads_nothing_outside_the_standard_library() -> None:
    code = ("import sys; before = set(sys.modules); import mi_journal.core.vocabulary; "
            "print(' '.join(sorted(m.split('.')[0] for m in set(sys.modules) - before)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    loaded = set(done.stdout.split()) - {"mi_journal"}
    assert loaded <= set(sys.stdlib_module_names), loaded - set(sys.stdlib_module_names)
