"""The demo tells a true story: issue 8's targets on the shipped sample, with scripts/demo.sh's settings.

scripts/demo_story.py designs the territories on workload (call hours + day-tour travel
from the reps' homes) as the demo does and scores them the same way, core functions only.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "demo_story.py"


@pytest.fixture(scope="module")
def story(qgis_app):
    spec = importlib.util.spec_from_file_location("demo_story", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module.tell()


def test_every_territory_fits_one_reps_year(story):
    card = story.card
    shown = card[["field_days", "total_hours", "utilisation_pct", "travel_pct"]].round(1).to_string()
    assert card["utilisation_pct"].between(70, 120).all(), shown
    assert card["travel_pct"].between(10, 55).all(), shown
    assert (card["field_days"] <= 220).all(), shown
    assert story.max_deviation_pct <= 5.0  # the workload the design balanced
    assert card["utilisation_pct"].max() - card["utilisation_pct"].min() <= 10  # every rep about as busy
    assert story.area_sources == ["units"]  # every tour's area from the zip areas


def test_the_call_plan_needs_the_reps_the_demo_has(story):
    sizing = story.sizing
    assert sizing.reps_needed == int(story.settings["REPS"])
    assert sizing.reps_for_field_days <= sizing.reps_needed
    lines = sizing.build_up.set_index("segment")
    assert lines.loc["D", "calls"] == 0 and lines.loc["D", "accounts"] > 20 * lines.loc["A", "accounts"]


def test_quotas_ask_for_growth_a_rep_believes(story):
    growth = story.card["growth_pct"]
    assert growth.between(-30, 30).all(), growth.round(1).to_string()
    goal, sales = float(story.settings["GOAL"]), story.card["Sales last year"].sum()
    assert 1.0 < goal / sales < 1.2  # the goal grows last year's sales a little
