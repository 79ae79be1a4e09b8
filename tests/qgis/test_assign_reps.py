"""territory:assignreps through real Processing runs, checked against a brute force on QgsDistanceArea costs."""

from __future__ import annotations

import csv
import math
from itertools import permutations

import pandas as pd
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

PLAN = ["Hospital", "24", "45", "Clinic", "12", "30", "Office", "4", "20"]
CALLS = {"Hospital": 24, "Clinic": 12, "Office": 4}
MINUTES = {"Hospital": 45, "Clinic": 30, "Office": 20}
# 0.2-degree squares in Massachusetts (EPSG:4326): code -> (territory, south-west corner)
SQUARES = {
    "01001": ("West", (-73.0, 42.2)),
    "01002": ("West", (-72.8, 42.2)),
    "02001": ("Central", (-72.0, 42.2)),
    "03001": ("East", (-71.2, 42.2)),
    "03002": ("East", (-71.0, 42.2)),
    "04001": ("North", (-71.6, 42.8)),
}
ACCOUNTS = [  # id, zip, segment
    ("A1", "01001", "Hospital"),
    ("A2", "01002", "Hospital"),
    ("A3", "1002", "Office"),  # lost its leading zero: still 01002
    ("A4", "02001", "Office"),
    ("A5", "02001", "Clinic"),
    ("A6", "03001", "Clinic"),
    ("A7", "03002", "Clinic"),
    ("A8", "03002", "Office"),
    ("A9", "04001", "Office"),
]
REPS = {  # name -> (home, skill)
    "Ann": ((-71.05, 42.35), "Clinic"),
    "Bob": ((-72.85, 42.3), ""),
    "Cat": ((-71.9, 42.3), "Hospital; Lab"),
    "Dan": ((-71.5, 42.9), None),
}
SPEED, CIRCUITY, PER_DAY = 50.0, 1.3, 6.0


def square(x: float, y: float) -> QgsGeometry:
    return QgsGeometry.fromWkt(f"POLYGON(({x} {y},{x + 0.2} {y},{x + 0.2} {y + 0.2},{x} {y + 0.2},{x} {y}))")


def areas_layer() -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=zip:string&field=territory:string", "areas", "memory")
    for code, (territory, (x, y)) in SQUARES.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, territory])
        feature.setGeometry(square(x, y))
        layer.dataProvider().addFeature(feature)
    return layer


def reps_layer(names, current=None, lock=None) -> QgsVectorLayer:
    """Reps at their homes; ``current`` and ``lock`` map a rep to its current territory and lock value."""
    uri = "Point?crs=EPSG:4326&field=name:string&field=skill:string&field=current:string&field=lock:integer"
    layer = QgsVectorLayer(uri, "reps", "memory")
    for name in names:
        (x, y), skill = REPS[name]
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, skill, (current or {}).get(name), (lock or {}).get(name, 0)])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        layer.dataProvider().addFeature(feature)
    return layer


def accounts_csv(path, rows=ACCOUNTS) -> str:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Account ID", "Zip", "Segment"])
        writer.writerows(rows)
    return str(path)


def plan_rep(plan: dict[str, str], territory: str) -> str:
    return next(rep for rep, t in plan.items() if t == territory)


def assign(run, tmp_path, reps, name="assign", feedback=None, **extra) -> dict:
    parameters = {
        "REPS": reps,
        "REP_NAME_FIELD": "name",
        "REP_SKILL_FIELD": "skill",
        "TERRITORIES": areas_layer(),
        "TERRITORY_FIELD": "territory",
        "ZIP_FIELD": "zip",
        "ACCOUNTS": accounts_csv(tmp_path / f"{name}_accounts.csv"),
        "ACCOUNT_ZIP_FIELD": "Zip",
        "SEGMENT_FIELD": "Segment",
        "CALL_PLAN": PLAN,
        "OUTPUT": str(tmp_path / f"{name}.csv"),
    }
    parameters.update(extra)
    return run("assignreps", parameters, feedback=feedback)


def table_of(result) -> pd.DataFrame:
    return pd.read_csv(result["OUTPUT"], keep_default_na=False, na_values=[""])


# --- the independent yardstick ---------------------------------------------------------------------


def ellipsoid() -> QgsDistanceArea:
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    measure.setEllipsoid("EPSG:7030")
    return measure


def expected_costs(rows=ACCOUNTS) -> dict[tuple[str, str], float]:
    """Travel hours of every (rep, territory), by the DESIGN.md formula, one account at a time."""
    measure = ellipsoid()
    by_territory: dict[str, list] = {}
    for _, code, segment in rows:
        territory, (x, y) = SQUARES[code.zfill(5)]
        by_territory.setdefault(territory, []).append((code.zfill(5), CALLS[segment], QgsPointXY(x + 0.1, y + 0.1)))
    costs = {}
    for territory, accounts in by_territory.items():
        area_km2 = sum(measure.measureArea(square(*SQUARES[c][1])) for c in {a[0] for a in accounts}) / 1e6
        hop = 0.7124 * math.sqrt(area_km2 / len(accounts))
        for rep, ((hx, hy), _) in REPS.items():
            costs[rep, territory] = sum(
                calls * (2 * measure.measureLine(QgsPointXY(hx, hy), centre) / 1000 / PER_DAY + hop) * CIRCUITY / SPEED
                for _, calls, centre in accounts
            )
    return costs


def needs_of(rows=ACCOUNTS) -> dict[str, str | None]:
    hours: dict[str, dict[str, float]] = {}
    for _, code, segment in rows:
        territory = SQUARES[code.zfill(5)][0]
        by_segment = hours.setdefault(territory, {})
        by_segment[segment] = by_segment.get(segment, 0.0) + CALLS[segment] * MINUTES[segment] / 60
    return {t: max(s, key=s.get) if max(s.values()) > 0.5 * sum(s.values()) else None for t, s in hours.items()}


def brute_force(names, skills=True, locked=None) -> tuple[dict[str, str], float]:
    """The best assignment: fewest skill mismatches (a needed skill some free rep has), then least travel."""
    costs = expected_costs()
    needs = needs_of() if skills else {}
    territories = sorted({t for t, _ in SQUARES.values()})
    locked = locked or {}
    free = [n for n in names if n not in locked]
    open_ = [t for t in territories if t not in locked.values()]
    has = {
        n: {s.strip().lower() for s in (REPS[n][1] or "").split(";") if s.strip()} if skills else set() for n in names
    }
    available = set().union(*(has[n] for n in free))
    best, best_plan = None, None
    size = min(len(free), len(open_))
    for reps in permutations(free, size):
        for places in permutations(open_, size):
            plan = dict(locked) | dict(zip(reps, places))
            travel = sum(costs.get((r, t), 0.0) for r, t in plan.items())
            wrong = sum(
                1
                for r, t in zip(reps, places)
                if needs.get(t) and needs[t].lower() in available and needs[t].lower() not in has[r]
            )
            if best is None or (wrong, travel) < best:
                best, best_plan = (wrong, travel), plan
    return best_plan, best[1]


# --- small cases ---------------------------------------------------------------------------------------


def test_skills_decide_first_then_travel_as_the_brute_force_says(run, tmp_path, log):
    result = assign(run, tmp_path, reps_layer(["Ann", "Bob", "Cat", "Dan"]), feedback=log)
    table = table_of(result)
    plan, travel = brute_force(["Ann", "Bob", "Cat", "Dan"])
    assigned = table[table["status"] == "assigned"].set_index("territory")
    assert assigned["rep"].to_dict() == {t: r for r, t in plan.items()}
    assert plan["Cat"] == "West"  # West's calls are mostly Hospital: Cat, the only rep with that skill
    assert result["TOTAL_TRAVEL_HOURS"] == pytest.approx(travel, rel=1e-6)
    costs = expected_costs()
    for territory, row in assigned.iterrows():
        assert row["travel_hours"] == pytest.approx(costs[row["rep"], territory], rel=1e-6)
    assert assigned["needs_skill"].to_dict() == {
        "Central": "Clinic",
        "East": "Clinic",
        "North": "Office",
        "West": "Hospital",
    }
    # Ann, the only Clinic rep, serves the Clinic territory nearer her; nobody has Office
    assert plan["Ann"] == "East"
    assert assigned["skill_match"].to_dict() == {"Central": 0, "East": 1, "North": 0, "West": 1}
    assert result["SKILL_GAPS"] == 2
    assert f"North needs skill Office, but its rep {plan_rep(plan, 'North')} lacks it: no free rep has" in log.text
    assert "Central needs skill Clinic" in log.text and "serve other territories that need it" in log.text
    assert "Measuring each rep's day tours in each of the" in log.text  # what the long phase is doing
    assert assigned.loc["East", "accounts"] == 3 and assigned.loc["West", "calls"] == 24 + 24 + 4
    assert result["VACANCIES"] == 0 and result["EXTRA_REPS"] == 0 and result["ASSIGNED_COUNT"] == 4


def test_without_skills_travel_alone_decides(run, tmp_path):
    result = assign(run, tmp_path, reps_layer(["Ann", "Bob", "Cat", "Dan"]), REP_SKILL_FIELD=None)
    plan, travel = brute_force(["Ann", "Bob", "Cat", "Dan"], skills=False)
    assigned = table_of(result).set_index("territory")
    assert assigned["rep"].to_dict() == {t: r for r, t in plan.items()}
    assert plan["Cat"] != "West"  # the skill above really cost travel
    assert result["TOTAL_TRAVEL_HOURS"] == pytest.approx(travel, rel=1e-6)
    assert result["TOTAL_TRAVEL_HOURS"] < assign(run, tmp_path, reps_layer(list(REPS)), "s")["TOTAL_TRAVEL_HOURS"]


def test_a_locked_rep_keeps_its_territory(run, tmp_path):
    reps = reps_layer(list(REPS), current={"Bob": "East", "Ann": "West"}, lock={"Bob": 1, "Ann": 0})
    result = assign(run, tmp_path, reps, REP_TERRITORY_FIELD="current", REP_LOCK_FIELD="lock")
    table = table_of(result).set_index("rep")
    plan, travel = brute_force(list(REPS), locked={"Bob": "East"})
    assert table.loc["Bob", "territory"] == "East" and table.loc["Bob", "locked"] == 1
    assert table.loc["Ann", "locked"] == 0 and table.loc["Ann", "current_territory"] == "West"
    assert table["territory"].to_dict() == plan
    assert result["TOTAL_TRAVEL_HOURS"] == pytest.approx(travel, rel=1e-6)


def test_a_current_territory_without_a_lock_field_locks_every_rep_that_has_one(run, tmp_path):
    reps = reps_layer(list(REPS), current={"Dan": "West"})
    table = table_of(assign(run, tmp_path, reps, REP_TERRITORY_FIELD="current")).set_index("rep")
    assert table.loc["Dan", "territory"] == "West" and table.loc["Dan", "locked"] == 1
    assert table["locked"].sum() == 1


def test_vacancies_fall_where_the_brute_force_puts_them(run, tmp_path):
    result = assign(run, tmp_path, reps_layer(["Ann", "Bob"]))
    table = table_of(result)
    plan, travel = brute_force(["Ann", "Bob"])
    assert result["VACANCIES"] == 2 and result["ASSIGNED_COUNT"] == 2 and result["EXTRA_REPS"] == 0
    vacant = table[table["status"] == "vacancy"]
    assert set(vacant["territory"]) == {t for t, _ in SQUARES.values()} - set(plan.values())
    assert vacant["rep"].isna().all() and vacant["travel_hours"].isna().all()
    assert result["TOTAL_TRAVEL_HOURS"] == pytest.approx(travel, rel=1e-6)


def test_extra_reps_are_listed(run, tmp_path):
    rows = [row for row in ACCOUNTS if SQUARES[row[1].zfill(5)][0] in ("East", "West")]
    areas = areas_layer()
    with_accounts = accounts_csv(tmp_path / "two.csv", rows)
    areas.setSubsetString("\"territory\" IN ('East', 'West')")
    result = assign(run, tmp_path, reps_layer(list(REPS)), TERRITORIES=areas, ACCOUNTS=with_accounts)
    table = table_of(result)
    extra = table[table["status"] == "extra rep"]
    assert result["EXTRA_REPS"] == 2 == len(extra) and extra["territory"].isna().all()
    assert set(table.loc[table["status"] == "assigned", "territory"]) == {"East", "West"}
    assert len(table) == 4


def test_point_accounts_and_a_territory_field_on_the_accounts(run, tmp_path):
    layer = QgsVectorLayer("Point?crs=EPSG:3857&field=id:string&field=terr:string&field=calls:double", "pts", "memory")
    to_mercator = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), layer.crs(), QgsProject.instance().transformContext()
    )
    for name, terr, (x, y), calls in (("p1", "West", (-72.95, 42.25), 10), ("p2", "East", (-71.05, 42.25), 20)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, terr, calls])
        feature.setGeometry(QgsGeometry.fromPointXY(to_mercator.transform(QgsPointXY(x, y))))
        layer.dataProvider().addFeature(feature)
    result = assign(
        run,
        tmp_path,
        reps_layer(["Ann", "Bob"]),
        ACCOUNTS=layer,
        ACCOUNT_ZIP_FIELD=None,
        ACCOUNT_TERRITORY_FIELD="terr",
        SEGMENT_FIELD=None,
        CALL_PLAN=None,
        CALLS_FIELD="calls",
        TERRITORY_FIELD=None,
    )
    table = table_of(result).set_index("territory")
    assert table.loc["West", "rep"] == "Bob" and table.loc["East", "rep"] == "Ann"
    measure = ellipsoid()
    # p2 lies in 03001 (the area holding it gives the hop), 20 calls from Ann's home
    hop = 0.7124 * math.sqrt(measure.measureArea(square(*SQUARES["03001"][1])) / 1e6 / 1)
    km = measure.measureLine(QgsPointXY(*REPS["Ann"][0]), QgsPointXY(-71.05, 42.25)) / 1000
    assert table.loc["East", "travel_hours"] == pytest.approx(20 * (2 * km / 6 + hop) * 1.3 / 50, rel=1e-6)
    assert table.loc["East", "mean_km"] == pytest.approx(km, rel=1e-6)


# --- bad input ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("current", "lock", "message"),
    [
        ({"Ann": "Nowhere"}, {"Ann": 1}, "locked to territory 'Nowhere', which is not among"),
        ({"Ann": "East", "Bob": " East "}, {"Ann": 1, "Bob": 1}, "more than one rep is locked to East: Ann, Bob"),
        ({}, {"Cat": 1}, "locked but have no current territory.*Cat"),
    ],
)
def test_locks_that_cannot_hold(run, tmp_path, current, lock, message):
    reps = reps_layer(list(REPS), current=current, lock=lock)
    with pytest.raises(QgsProcessingException, match=message):
        assign(run, tmp_path, reps, REP_TERRITORY_FIELD="current", REP_LOCK_FIELD="lock")


def test_reps_need_unique_names_and_homes(run, tmp_path):
    twins = reps_layer(["Ann", "Bob"])
    twins.dataProvider().changeAttributeValues({2: {0: "Ann"}})
    with pytest.raises(QgsProcessingException, match="unique.*Ann"):
        assign(run, tmp_path, twins)
    homeless = reps_layer(["Ann", "Bob"])
    homeless.dataProvider().changeGeometryValues({2: QgsGeometry()})
    with pytest.raises(QgsProcessingException, match="no home point: Bob"):
        assign(run, tmp_path, homeless)


def test_no_calls_and_no_way_to_a_territory(run, tmp_path):
    with pytest.raises(QgsProcessingException, match="how often each account is called"):
        assign(run, tmp_path, reps_layer(["Ann"]), CALL_PLAN=None)
    with pytest.raises(QgsProcessingException, match="which territory each account is in"):
        assign(run, tmp_path, reps_layer(["Ann"]), ZIP_FIELD=None)
    with pytest.raises(QgsProcessingException, match=r"Segments not in the call plan: Office \(accounts: Office: 4\)"):
        assign(run, tmp_path, reps_layer(["Ann"]), CALL_PLAN=PLAN[:6])


# --- the sample data -----------------------------------------------------------------------------------


def test_sample_reps_are_matched_at_least_as_well_as_each_to_their_own_territory(run, sample_dir, tmp_path):
    """The sample's reps are named as the accounts' owners: keeping each rep on its own accounts is one plan."""
    parameters = {
        "REPS": str(sample_dir / "rep_bases.gpkg"),
        "REP_NAME_FIELD": "rep_name",
        "TERRITORIES": str(sample_dir / "zip_areas.gpkg"),
        "ZIP_FIELD": "zip",
        "ACCOUNTS": str(sample_dir / "accounts.csv"),
        "ACCOUNT_TERRITORY_FIELD": "Account Owner",
        "ACCOUNT_ZIP_FIELD": "Billing Zip/Postal Code",
        "SEGMENT_FIELD": "Segment",
        "CALL_PLAN": ["A", "24", "45", "B", "12", "30", "C", "4", "20", "*", "2", "20"],  # * : segments added later
    }
    free = run("assignreps", {**parameters, "OUTPUT": str(tmp_path / "free.csv")})
    reps = QgsVectorLayer(str(sample_dir / "rep_bases.gpkg"), "reps", "ogr")
    accounts = pd.read_csv(sample_dir / "accounts.csv", dtype=str, keep_default_na=False)
    owners = {name.strip() for name in accounts["Account Owner"] if name.strip()}
    rep_names = {feature["rep_name"] for feature in reps.getFeatures()}
    table = table_of(free)
    assert set(table["territory"].dropna()) == owners
    assert free["ASSIGNED_COUNT"] == min(len(owners), len(rep_names))
    assert free["VACANCIES"] == max(len(owners) - len(rep_names), 0)
    assert free["EXTRA_REPS"] == max(len(rep_names) - len(owners), 0)
    assigned = table[table["status"] == "assigned"]
    assert assigned["rep"].is_unique and set(assigned["rep"]) <= rep_names
    assert assigned["travel_hours"].sum() == pytest.approx(free["TOTAL_TRAVEL_HOURS"])

    # every rep locked to the owner of the same name: a feasible plan, never better than the free optimum
    mine = QgsVectorLayer("Point?crs=EPSG:4326&field=rep_name:string&field=current:string", "mine", "memory")
    for feature in reps.getFeatures():
        copy = QgsFeature(mine.fields())
        name = feature["rep_name"]
        copy.setAttributes([name, name if name in owners else None])
        copy.setGeometry(feature.geometry())
        mine.dataProvider().addFeature(copy)
    fixed = run("assignreps", {**parameters, "REPS": mine, "REP_TERRITORY_FIELD": "current", "OUTPUT": "memory:"})
    locked_rows = [f for f in fixed["OUTPUT"].getFeatures() if f["status"] == "assigned"]
    assert all(f["locked"] == 1 and f["rep"] == f["territory"] for f in locked_rows if f["rep"] in owners)
    assert free["TOTAL_TRAVEL_HOURS"] <= fixed["TOTAL_TRAVEL_HOURS"] + 1e-6
    # the same territory costs the same hours from the same home, whichever run measured it
    fixed_hours = {f["territory"]: (f["rep"], f["travel_hours"]) for f in locked_rows}
    for row in assigned.itertuples():
        if fixed_hours.get(row.territory, (None,))[0] == row.rep:
            assert row.travel_hours == pytest.approx(fixed_hours[row.territory][1])


def test_the_assignment_feeds_the_crm_export(run, tmp_path):
    """assignreps -> exportassignments: each account's new owner is the rep assigned to its territory."""
    reps = run(
        "assignreps",
        {
            "REPS": reps_layer(["Ann", "Bob", "Cat"]),  # four territories, three reps: one vacancy
            "REP_NAME_FIELD": "name",
            "TERRITORIES": areas_layer(),
            "TERRITORY_FIELD": "territory",
            "ZIP_FIELD": "zip",
            "ACCOUNTS": accounts_csv(tmp_path / "accounts.csv"),
            "ACCOUNT_ZIP_FIELD": "Zip",
            "SEGMENT_FIELD": "Segment",
            "CALL_PLAN": PLAN,
            "OUTPUT": str(tmp_path / "reps.gpkg"),
        },
    )
    exported = run(
        "exportassignments",
        {
            "ACCOUNTS": accounts_csv(tmp_path / "accounts.csv"),
            "ID_FIELD": "Account ID",
            "ZIP_FIELD": "Zip",
            "UNITS": areas_layer(),
            "UNIT_ZIP_FIELD": "zip",
            "UNIT_TERRITORY_FIELD": "territory",
            "REPS": reps["OUTPUT"],
            "OUTPUT": str(tmp_path / "crm.csv"),
        },
    )
    owner = {f["territory"]: f["rep"] or "" for f in QgsVectorLayer(reps["OUTPUT"], "r", "ogr").getFeatures()}
    with open(exported["OUTPUT"], newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["account_id"] for row in rows] == [account[0] for account in ACCOUNTS]
    for row, (_, code, _) in zip(rows, ACCOUNTS):
        assert row["new_territory"] == SQUARES[code.zfill(5)][0]
        assert row["new_owner"] == owner[row["new_territory"]]
    assert sum(row["new_owner"] == "" for row in rows) > 0  # the vacancy's accounts have no owner yet
