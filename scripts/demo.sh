#!/usr/bin/env bash
# The whole pipeline on the shipped sample data, headless through qgis_process.
# Called by `make demo`, which stages the plugin and sets QGIS_PLUGINPATH and HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
QGIS_PROCESS=${QGIS_PROCESS:-qgis_process.bin}
OUT=demo-output

# The demo's plan (scripts/demo_story.py and tests/test_sample_story.py read these lines):
# 12 reps call on the ~1,200 customers (A, B, C) of a 30,000-account CRM; prospects (D)
# get no calls. Capacity 1,600 field hours a year, 6 calls chained into each field day
# (travel as day tours), sized at 90% utilisation. Quotas: a goal of 86 M, last year's
# 79 M + 9%, 70% by potential, 30% by sales.
REPS=12
CALL_PLAN=A,24,75,B,12,60,C,6,40,D,0,0
CALLS_PER_DAY=6
CAPACITY_HOURS=1600
TARGET_UTILISATION=90
GOAL=86000000
WEIGHT=70

mkdir -p "$OUT" "$HOME"
rm -f "$OUT"/today_accounts.csv "$OUT"/today_scorecard.csv "$OUT"/today_build_up.csv "$OUT"/zip_totals.gpkg "$OUT"/unmatched_accounts.csv \
    "$OUT"/zip_territories.gpkg "$OUT"/territories.gpkg

"$QGIS_PROCESS" plugins enable territory_plugin >/dev/null || true  # "already enabled" exits 1

echo "== Score workload of today's alignment (Account Owner): call hours by segment, per account"
"$QGIS_PROCESS" run territory:scoreworkload -- \
    ACCOUNTS=sample_data/accounts.csv \
    SEGMENT_FIELD=Segment \
    CALL_PLAN=$CALL_PLAN \
    TERRITORY_FIELD="Account Owner" \
    ZIP_FIELD="Billing Zip/Postal Code" \
    UNITS=sample_data/zip_areas.gpkg \
    UNIT_ZIP_FIELD=zip \
    ZIP_FORMAT=0 \
    BASES=sample_data/rep_bases.gpkg \
    BASE_TERRITORY_FIELD=rep_name \
    CALLS_PER_DAY=$CALLS_PER_DAY \
    CAPACITY_HOURS=$CAPACITY_HOURS \
    TARGET_UTILISATION=$TARGET_UTILISATION \
    ACCOUNTS_OUTPUT="$OUT/today_accounts.csv" \
    SCORECARD="$OUT/today_scorecard.csv" \
    BUILD_UP="$OUT/today_build_up.csv"

echo
echo "== Aggregate accounts by zip code: call hours, calls, called accounts, potential and last year's sales per zip"
"$QGIS_PROCESS" run territory:aggregatezipcodes -- \
    ACCOUNTS="$OUT/today_accounts.csv" \
    ZIP_FIELD="Billing Zip/Postal Code" \
    UNITS=sample_data/zip_areas.gpkg \
    UNIT_ZIP_FIELD=zip \
    ZIP_FORMAT=0 \
    SUM_FIELDS=call_hours SUM_FIELDS=calls_per_year SUM_FIELDS=called \
    SUM_FIELDS=Potential SUM_FIELDS="Sales last year" \
    OUTPUT="$OUT/zip_totals.gpkg" \
    UNMATCHED="$OUT/unmatched_accounts.csv"

echo
echo "== Design territories: one per rep, balanced on workload (call hours + day-tour travel from home) within 5%"
"$QGIS_PROCESS" run territory:designterritories -- \
    INPUT="$OUT/zip_totals.gpkg" \
    WORKLOAD_FIELD=sum_call_hours \
    CALLS_FIELD=sum_calls_per_year \
    CALLED_FIELD=sum_called \
    CALLS_PER_DAY=$CALLS_PER_DAY \
    TOLERANCE=5 \
    TERRITORIES=$REPS \
    SEEDS=sample_data/rep_bases.gpkg SEED_ID_FIELD=rep_name \
    OUTPUT="$OUT/zip_territories.gpkg" \
    TERRITORIES_OUTPUT="$OUT/territories.gpkg"

echo
echo "== Score workload of the new territories: call hours by segment, travel from each rep's home"
rm -f "$OUT"/scored_accounts.csv "$OUT"/scorecard.csv "$OUT"/build_up.csv "$OUT"/quotas.csv "$OUT"/territory_report.html
"$QGIS_PROCESS" run territory:scoreworkload -- \
    ACCOUNTS=sample_data/accounts.csv \
    SEGMENT_FIELD=Segment \
    CALL_PLAN=$CALL_PLAN \
    ZIP_FIELD="Billing Zip/Postal Code" \
    UNITS="$OUT/zip_territories.gpkg" \
    UNIT_ZIP_FIELD=zip \
    UNIT_TERRITORY_FIELD=territory \
    ZIP_FORMAT=0 \
    BASES=sample_data/rep_bases.gpkg \
    BASE_TERRITORY_FIELD=rep_name \
    CALLS_PER_DAY=$CALLS_PER_DAY \
    CAPACITY_HOURS=$CAPACITY_HOURS \
    TARGET_UTILISATION=$TARGET_UTILISATION \
    SUM_FIELDS=Potential SUM_FIELDS="Sales last year" \
    ACCOUNTS_OUTPUT="$OUT/scored_accounts.csv" \
    SCORECARD="$OUT/scorecard.csv" \
    BUILD_UP="$OUT/build_up.csv"

echo
echo "== Allocate quotas: a goal of $GOAL, $WEIGHT% by potential and the rest by last year's sales"
"$QGIS_PROCESS" run territory:allocatequotas -- \
    INPUT="$OUT/scorecard.csv" \
    TERRITORY_FIELD=territory \
    POTENTIAL_FIELD=sum_Potential \
    SALES_FIELD="sum_Sales last year" \
    GOAL=$GOAL \
    WEIGHT=$WEIGHT \
    OUTPUT="$OUT/quotas.csv"

echo
echo "== Territory report"
"$QGIS_PROCESS" run territory:report -- \
    INPUT="$OUT/zip_territories.gpkg" \
    TERRITORY_FIELD=territory \
    SCORECARD="$OUT/scorecard.csv" \
    QUOTAS="$OUT/quotas.csv" \
    BUILD_UP="$OUT/build_up.csv" \
    TARGET_UTILISATION=$TARGET_UTILISATION \
    BASES=sample_data/rep_bases.gpkg \
    TOLERANCE=5 \
    OUTPUT="$OUT/territory_report.html"

echo
echo "Results in $PWD/$OUT:"
echo "  today_scorecard.csv      today's alignment (Account Owner): hours, field days and utilisation per rep"
echo "  today_build_up.csv       the hours by segment, travel and in all: how many reps they need"
echo "  today_accounts.csv       accounts with territory, calls_per_year, call_hours, distance_km, travel_hours, called"
echo "  zip_totals.gpkg          zip areas with account_count, sum_call_hours, sum_calls_per_year, sum_called, sum_Potential, ..."
echo "  unmatched_accounts.csv   accounts that matched no zip area, with the reason"
echo "  zip_territories.gpkg     zip areas with their territory (styled: open it in QGIS)"
echo "  territories.gpkg         one polygon per territory with call, travel and workload hours, deviation %, Polsby-Popper"
echo "  scored_accounts.csv      accounts with territory, calls_per_year, call_hours, distance_km, travel_hours, called"
echo "  scorecard.csv            one row per territory: calls, field days, hours, utilisation %, deviation %, flag, potential, sales"
echo "  build_up.csv             the new territories' hours by segment and travel, behind the reps needed"
echo "  quotas.csv               each territory's quota, quota / potential and fairness index"
echo "  territory_report.html    the report: map, sortable scorecard, charts, balance (open it in a browser)"
