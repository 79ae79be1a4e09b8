"""The order of the work (DESIGN.md's data flow), shared by the Toolbox groups and the menu.

Pure data: ``processing/`` and ``plugin.py`` both read it, and neither imports the other.
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path

PLUGIN_DIR = os.path.dirname(__file__)

# Toolbox group ids: stable, as models and scripts may name them; their names carry the step number.
PREPARE, DESIGN, REVIEW = "prepare", "design", "review"
WORKFLOWS = "workflows"  # the shipped models (processing/shipped_models.py), which run several steps at once

GUIDE = "README.md"  # in docs/
DOCK = "dock"  # the hand-reassignment dock, a step of its own between design and review

# (step, algorithm name or DOCK), in the order an analyst works.
WORKFLOW: tuple[tuple[str, str], ...] = (
    (PREPARE, "estimatepotential"),
    (PREPARE, "aggregatezipcodes"),
    (DESIGN, "designterritories"),
    (DESIGN, DOCK),
    (DESIGN, "assignreps"),
    (DESIGN, "allocatequotas"),
    (REVIEW, "scoreworkload"),
    (REVIEW, "scoreworkloadareas"),
    (REVIEW, "report"),
    (REVIEW, "exportassignments"),
    (WORKFLOWS, "model_crm_to_report"),
)

# Words a user may type in the Toolbox search for one algorithm (the common ones are in every algorithm's tags).
EXTRA_TAGS: dict[str, tuple[str, ...]] = {
    "estimatepotential": ("potential", "market", "whitespace", "estimate"),
    "aggregatezipcodes": ("aggregate", "roll up", "count", "join", "accounts", "zip code", "plz", "code postal"),
    "designterritories": ("design", "partition", "contiguous", "compact", "alignment", "realignment", "seeds"),
    "assignreps": ("reps", "assignment", "travel", "skills", "hungarian"),
    "allocatequotas": ("goal", "target", "fairness", "potential", "allocation"),
    "scoreworkload": ("call plan", "calls", "travel", "hours", "utilisation", "capacity", "scorecard"),
    "scoreworkloadareas": ("unit level", "travel", "hours", "utilisation", "capacity", "scorecard"),
    "report": ("report", "html", "chart", "scorecard", "map"),
    "exportassignments": ("export", "csv", "salesforce", "assignment", "owner"),
}


def step_of(algorithm: str) -> str:
    """The step (group id) of an algorithm; one not listed yet belongs to design."""
    return next((step for step, name in WORKFLOW if name == algorithm), DESIGN)


def _metadata_value(key: str) -> str:
    # metadata.txt sits in the plugin folder once packaged, beside it in the repository.
    for folder in (PLUGIN_DIR, os.path.dirname(PLUGIN_DIR)):
        path = os.path.join(folder, "metadata.txt")
        if os.path.exists(path):
            parser = configparser.ConfigParser(interpolation=None)
            parser.read(path, encoding="utf-8")
            return parser.get("general", key, fallback="")
    return ""


def guide_url(anchor: str = "") -> str:
    """The user guide (docs/README.md, whose sections carry the algorithms' names as anchors).

    A copy shipped inside the plugin folder opens offline; else the repository's page opens.
    """
    shipped = os.path.join(PLUGIN_DIR, "docs", GUIDE)
    if os.path.exists(shipped):
        url = Path(shipped).as_uri()
    else:
        url = _metadata_value("repository").rstrip("/") + "/blob/main/docs/" + GUIDE
    return f"{url}#{anchor}" if anchor else url
