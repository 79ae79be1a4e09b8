#!/usr/bin/env bash
# The whole pipeline on the shipped sample data, headless through qgis_process.
# Called by `make demo`, which stages the plugin and sets QGIS_PLUGINPATH and HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
QGIS_PROCESS=${QGIS_PROCESS:-qgis_process.bin}
OUT=demo-output
mkdir -p "$OUT" "$HOME"
rm -f "$OUT"/zip_totals.gpkg "$OUT"/unmatched_accounts.csv "$OUT"/zip_territories.gpkg "$OUT"/territories.gpkg

"$QGIS_PROCESS" plugins enable territory_plugin >/dev/null || true  # "already enabled" exits 1

echo "== Aggregate accounts by zip code"
"$QGIS_PROCESS" run territory:aggregatezipcodes -- \
    ACCOUNTS=sample_data/accounts.csv \
    ZIP_FIELD="Billing Zip/Postal Code" \
    UNITS=sample_data/zip_areas.gpkg \
    UNIT_ZIP_FIELD=zip \
    ZIP_FORMAT=0 \
    SUM_FIELDS="Annual Revenue" SUM_FIELDS=Potential \
    OUTPUT="$OUT/zip_totals.gpkg" \
    UNMATCHED="$OUT/unmatched_accounts.csv"

echo
echo "== Design territories: one per rep, balanced on accounts and potential within 5%"
"$QGIS_PROCESS" run territory:designterritories -- \
    INPUT="$OUT/zip_totals.gpkg" \
    BALANCE_FIELDS=account_count BALANCE_FIELDS=sum_Potential \
    TOLERANCE=5 \
    TERRITORIES=12 \
    SEEDS=sample_data/rep_bases.gpkg SEED_ID_FIELD=rep_name \
    OUTPUT="$OUT/zip_territories.gpkg" \
    TERRITORIES_OUTPUT="$OUT/territories.gpkg"

echo
echo "== Score workload: call hours by segment, travel from each rep's home, utilisation of 1,600 h"
rm -f "$OUT"/scored_accounts.csv "$OUT"/scorecard.csv "$OUT"/quotas.csv "$OUT"/territory_report.html
"$QGIS_PROCESS" run territory:scoreworkload -- \
    ACCOUNTS=sample_data/accounts.csv \
    SEGMENT_FIELD=Segment \
    CALL_PLAN=A,24,45,B,12,30,C,4,20 \
    ZIP_FIELD="Billing Zip/Postal Code" \
    UNITS="$OUT/zip_territories.gpkg" \
    UNIT_ZIP_FIELD=zip \
    UNIT_TERRITORY_FIELD=territory \
    ZIP_FORMAT=0 \
    BASES=sample_data/rep_bases.gpkg \
    BASE_TERRITORY_FIELD=rep_name \
    CAPACITY_HOURS=1600 \
    SUM_FIELDS="Annual Revenue" SUM_FIELDS=Potential \
    ACCOUNTS_OUTPUT="$OUT/scored_accounts.csv" \
    SCORECARD="$OUT/scorecard.csv"

echo
echo "== Allocate quotas: a goal of 400 M, 70% by potential and 30% by annual revenue"
"$QGIS_PROCESS" run territory:allocatequotas -- \
    INPUT="$OUT/scorecard.csv" \
    TERRITORY_FIELD=territory \
    POTENTIAL_FIELD=sum_Potential \
    SALES_FIELD="sum_Annual Revenue" \
    GOAL=400000000 \
    WEIGHT=70 \
    OUTPUT="$OUT/quotas.csv"

echo
echo "== Territory report"
"$QGIS_PROCESS" run territory:report -- \
    INPUT="$OUT/zip_territories.gpkg" \
    TERRITORY_FIELD=territory \
    SCORECARD="$OUT/scorecard.csv" \
    QUOTAS="$OUT/quotas.csv" \
    BASES=sample_data/rep_bases.gpkg \
    TOLERANCE=5 \
    OUTPUT="$OUT/territory_report.html"

echo
echo "Results in $PWD/$OUT:"
echo "  zip_totals.gpkg          zip areas with account_count, sum_Annual Revenue, sum_Potential"
echo "  unmatched_accounts.csv   accounts that matched no zip area, with the reason"
echo "  zip_territories.gpkg     zip areas with their territory (styled: open it in QGIS)"
echo "  territories.gpkg         one polygon per territory with totals, deviation %, Polsby-Popper"
echo "  scored_accounts.csv      accounts with territory, calls_per_year, call_hours, distance_km, travel_hours"
echo "  scorecard.csv            one row per territory: hours, utilisation, index, deviation %, revenue, potential"
echo "  quotas.csv               each territory's quota, quota / potential and fairness index"
echo "  territory_report.html    the report: map, sortable scorecard, charts, balance (open it in a browser)"
