"""The html report in a real browser: headless Chromium prints it to PDF and takes a
screenshot (issue 15, item 14). Skipped when no Chromium is installed; on Debian,
`apt-get install chromium poppler-utils` (poppler's pdftotext adds the footer and
page-foot checks).

What it guards: 20 realistic entries print to few pages (17 before the print CSS,
9 with it, measured with Chromium 150 on US Letter), every page has the footer
(title, export date, "Page N of M"), and no page ends on a heading.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from tests.conftest import Cli
from tests.eval.report_journal import HOMEWORK, write_realistic_journal

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
BROWSER = next((found for name in BROWSERS if (found := shutil.which(name))), None)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(BROWSER is None, reason="no headless Chromium installed"),
]

# Headings the report writes: its sections and each entry's date line.
HEADING = re.compile(r"^(Rulers over time|Goals|Entries|Summary|In my own words|"
                     r"\d{4}-\d\d-\d\d \d\d:\d\d( |$))")


def _chromium(tmp_path: Path, *args: str) -> None:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    assert BROWSER is not None
    command = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run", f"--user-data-dir={profile}", *args]
    env = {**os.environ, "HOME": str(tmp_path)}
    done = subprocess.run(command, capture_output=True, timeout=90, env=env, check=False)
    assert done.returncode == 0, done.stderr[-2000:]


def _export(cli: Cli, tmp_path: Path, name: str, *args: str) -> Path:
    target = tmp_path / f"{name}.html"
    result = cli(["export", "--format", "html", "-o", str(target), *args])
    assert result.exit_code == 0, result.output
    return target


def _print(tmp_path: Path, page: Path) -> Path:
    pdf = page.with_suffix(".pdf")
    _chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    assert pdf.read_bytes().startswith(b"%PDF")
    return pdf


def _page_count(pdf: Path) -> int:
    counts = re.findall(rb"/Type /Pages\b[^>]*?/Count (\d+)|/Count (\d+)", pdf.read_bytes())
    return max(int(a or b) for a, b in counts)


def _page_texts(pdf: Path) -> list[str] | None:
    if shutil.which("pdftotext") is None:
        return None
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          timeout=60, check=True)
    return done.stdout.decode("utf-8").split("\f")[:-1]


def _pixels(png: Path) -> tuple[int, int, int, bytes]:
    """(width, height, bytes per pixel, rows unfiltered) of an 8-bit RGB(A) PNG."""
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    assert depth == 8 and colour in (2, 6), (depth, colour)
    size = 3 if colour == 2 else 4
    position, idat = 8, b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position:position + 4])
        if data[position + 4:position + 8] == b"IDAT":
            idat += data[position + 8:position + 8 + length]
        position += 12 + length
    raw, stride = zlib.decompress(idat), width * size
    out, previous = bytearray(), bytearray(stride)
    for row in range(height):
        kind = raw[row * (stride + 1)]
        line = bytearray(raw[row * (stride + 1) + 1:(row + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - size] if i >= size else 0
            b = previous[i]
            c = previous[i - size] if i >= size else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out += line
        previous = line
    return width, height, size, bytes(out)


def _ink(png: Path) -> float:
    """The share of pixels that are clearly not white (a blank page: 0, black: 1)."""
    _, _, size, pixels = _pixels(png)
    dark = sum(1 for i in range(0, len(pixels), size * 5) if pixels[i + 1] < 160)
    return dark / (len(pixels) // (size * 5))


def _check_pages(pdf: Path, title: str) -> None:
    texts = _page_texts(pdf)
    if texts is None:
        return
    total = len(texts)
    for number, page in enumerate(texts, 1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        footer = lines[-1]
        assert f"Page {number} of {total}" in footer, footer
        assert title in footer and "exported" in footer, footer
        last = re.sub(r"\s{3,}.*", "", lines[-2])  # the body's last line, not the footer
        assert not HEADING.match(last), f"page {number} ends on a heading: {last!r}"


def test_report_prints_compactly_with_a_footer(cli: Cli, paths: Paths, tmp_path: Path) -> None:
    write_realistic_journal(paths)
    whole = _print(tmp_path, _export(cli, tmp_path, "whole"))
    pages = _page_count(whole)
    assert 3 <= pages <= 10, pages  # 15 pages before the print CSS
    _check_pages(whole, "My mi-journal")
    homework = _print(tmp_path, _export(cli, tmp_path, "homework", "--pack", HOMEWORK))
    assert _page_count(homework) <= 4
    _check_pages(homework, "First week: noticing")


def test_report_screenshot_shows_the_page(cli: Cli, paths: Paths, tmp_path: Path) -> None:
    write_realistic_journal(paths)
    page = _export(cli, tmp_path, "homework", "--pack", HOMEWORK)
    shot = tmp_path / "shot.png"
    _chromium(tmp_path, f"--screenshot={shot}", "--window-size=900,1200", page.as_uri())
    width, height = struct.unpack(">II", shot.read_bytes()[16:24])
    assert (width, height) == (900, 1200)
    # Text and a chart on white: some ink, far from a blank or a failed (black) page.
    assert 0.005 < _ink(shot) < 0.5
