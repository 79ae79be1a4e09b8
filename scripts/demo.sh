#!/usr/bin/env bash
# The whole pipeline on the shipped sample data, headless through qgis_process.
# Called by `make demo`, which stages the plugin and sets QGIS_PLUGINPATH and HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
QGIS_PROCESS=${QGIS_PROCESS:-qgis_process.bin}
OUT=demo-output
mkdir -p "$OUT" "$HOME"
rm -f "$OUT"/zip_totals.gpkg "$OUT"/unmatched_accounts.csv "$OUT"/zip_territories.gpkg "$OUT"/territories.gpkg

"$QGIS_PROCESS" plugins enable territory_plugin >/dev/null

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
echo "Results in $PWD/$OUT:"
echo "  zip_totals.gpkg          zip areas with account_count, sum_Annual Revenue, sum_Potential"
echo "  unmatched_accounts.csv   accounts that matched no zip area, with the reason"
echo "  zip_territories.gpkg     zip areas with their territory (styled: open it in QGIS)"
echo "  territories.gpkg         one polygon per territory with totals, deviation %, Polsby-Popper"
