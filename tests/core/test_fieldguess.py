"""The field a dialog preselects: the names CRM exports and zip layers really use, in four languages."""

from __future__ import annotations

import pytest

from territory_plugin.core.fieldguess import FieldKind, guess_field, normalise_name, sample_values

# The shipped sample's CRM export (a Salesforce report) and zip areas.
SALESFORCE = [
    "Account ID",
    "Account Name",
    "Billing Street",
    "Billing City",
    "Billing State/Province",
    "Billing Zip/Postal Code",
    "Billing Country",
    "Industry",
    "Segment",
    "Annual Revenue",
    "Potential",
    "Sales last year",
    "Account Owner",
]
ZIP_AREAS = ["fid", "zip", "po_name", "state", "county", "population", "median_household_income", "business_count"]


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (SALESFORCE, "Billing Zip/Postal Code"),
        (ZIP_AREAS, "zip"),
        (["fid", "GEOID20", "ZCTA5CE20", "ALAND20"], "ZCTA5CE20"),  # US Census ZCTA shapefile
        (["id", "nom", "Code Postal", "ville"], "Code Postal"),  # French
        (["id", "nom_commune", "code_postal", "libelle"], "code_postal"),
        (["id", "Name", "PLZ", "Ort"], "PLZ"),  # German
        (["Kunde", "Postleitzahl", "Stadt"], "Postleitzahl"),
        (["cliente", "Código Postal", "ciudad"], "Código Postal"),  # Spanish, with its accent
        (["fid", "postcode", "name"], "postcode"),  # UK
        (["fid", "zip_count", "zip"], "zip"),  # a whole-name match beats an earlier partial one
    ],
)
def test_postal_code_fields_are_found_in_four_languages(names, expected):
    assert guess_field(names, FieldKind.ZIP) == expected


def test_nothing_is_guessed_when_no_name_looks_like_it():
    assert guess_field(["fid", "name", "population"], FieldKind.ZIP) is None
    assert guess_field(["fid", "zip"], FieldKind.POTENTIAL) is None


def test_territory_owner_potential_segment_and_sales_of_a_crm_export():
    assert guess_field(SALESFORCE, FieldKind.TERRITORY) == "Account Owner"
    assert guess_field(SALESFORCE, FieldKind.POTENTIAL) == "Potential"
    assert guess_field(SALESFORCE, FieldKind.SEGMENT) == "Segment"
    assert guess_field(SALESFORCE, FieldKind.SALES) == "Sales last year"  # before "Annual Revenue"


def test_the_aggregation_output_and_designed_units():
    designed = ["fid", "zip", "account_count", "sum_call_hours", "sum_Potential", "sum_Sales last year", "territory"]
    assert guess_field(designed, FieldKind.TERRITORY) == "territory"
    assert guess_field(designed, FieldKind.POTENTIAL) == "sum_Potential"
    assert guess_field(designed, FieldKind.SALES) == "sum_Sales last year"
    assert guess_field(designed, FieldKind.WORKLOAD) == "sum_call_hours"
    assert guess_field(["Gebiet", "Potenzial", "Umsatz"], FieldKind.TERRITORY) == "Gebiet"
    assert guess_field(["territoire", "potentiel", "ventes"], FieldKind.SALES) == "ventes"


def test_measures_must_be_numbers_when_types_are_known():
    names = ["Potential", "Potential (number)"]
    assert guess_field(names, FieldKind.POTENTIAL, numeric=[False, True]) == "Potential (number)"
    assert guess_field(names, FieldKind.POTENTIAL, numeric=[False, False]) is None
    # Text is fine for a code or a territory.
    assert guess_field(["zip"], FieldKind.ZIP, numeric=[False]) == "zip"


def test_rep_bases():
    assert guess_field(["fid", "rep_id", "rep_name", "home_zip"], FieldKind.REP_NAME) == "rep_name"
    assert guess_field(["fid", "name", "skills"], FieldKind.SKILL) == "skills"
    assert guess_field(["fid", "zip", "locked"], FieldKind.LOCK) == "locked"


def test_names_are_normalised_without_accents_or_punctuation():
    assert normalise_name("Billing Zip/Postal Code") == "billing_zip_postal_code"
    assert normalise_name(" Código  Postal ") == "codigo_postal"


def test_sample_values_are_distinct_non_blank_and_few():
    assert sample_values(["02134", None, "", "02134", " 02135 ", float("nan"), "x", "y", "z", "w"], 4) == [
        "02134",
        "02135",
        "x",
        "y",
    ]
