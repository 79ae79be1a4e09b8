"""The user guide in docs/: every dialog's Help link lands on its section, every picture is there."""

from __future__ import annotations

import re
from pathlib import Path

from territory_plugin.workflow import WORKFLOW

DOCS = Path(__file__).resolve().parents[2] / "docs"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "scripts" / "docs_screenshots.py"


def test_every_step_of_the_menu_has_a_section_its_help_link_finds():
    guide = (DOCS / "README.md").read_text(encoding="utf-8")
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', guide))
    missing = [name for _, name in WORKFLOW if name not in anchors]
    assert not missing, f"helpUrl anchors without a section in docs/README.md: {missing}"
    linked = set(re.findall(r"\]\(#([^)]+)\)", guide))
    headings = {
        re.sub(r"[^a-z0-9 -]", "", title.lower()).replace(" ", "-") for title in re.findall(r"^#+ (.+)$", guide, re.M)
    }
    assert linked <= anchors | headings, linked - anchors - headings


def test_every_picture_the_guide_shows_is_one_make_docs_takes():
    script = SCREENSHOTS.read_text(encoding="utf-8")
    taken = set(re.findall(r'(?:save\([^,]+, |dialog_shot\(\s*)"([a-z_]+)"', script))
    for page in ("README.md", "cookbook.md"):
        for image in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", (DOCS / page).read_text(encoding="utf-8")):
            path = DOCS / image
            assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", f"{page}: {image} is missing or no PNG"
            assert path.parent.name == "images" and path.stem in taken, f"{page}: make docs does not take {image}"
