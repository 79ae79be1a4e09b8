#!/usr/bin/python3
"""Generate the shipped sample data for New England (CT, MA, ME, NH, RI, VT) into sample_data/.

Run with Debian's system python (PyQGIS) after installing the two pinned generator-only
packages (see scripts/zipvoronoi.py):

    make sample-data      # installs them into build/data-deps, then runs this
    PYTHONPATH=build/data-deps QT_QPA_PLATFORM=offscreen \
        /usr/bin/python3 scripts/make_sample_data.py [--out sample_data]

Everything is seeded: the same package versions give byte-identical CSV files.

Outputs: zip_areas.gpkg, accounts.csv, accounts_points.gpkg, rep_bases.gpkg and
expected/ (ground truth taken from the clean values *before* the zip column is messed up,
so tests have an oracle that does not depend on any normaliser).

The sample is one consistent story (sample_data/README.md): customers (segments A, B, C)
that 12 reps can call on with the call plan of scripts/demo.sh, prospects (D) nobody
visits, last year's sales about half the customers' potential, the reps' homes in the
towns nearest to where the call load is. The zip areas' population, median household
income and business count are synthetic (generated from the density the accounts are
placed by, with noise; the business count also grows with the potential of the zip's
customers, so that zip sales follow the demographics), not Census figures.
"""

import argparse
import csv
import json
import os
import string
import sys
import time

import numpy as np
import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import zipvoronoi as zv  # noqa: E402

SEED = 20240601
N_ACCOUNTS = 30_000  # --accounts; about 130 bytes of CSV each
N_POINT_ACCOUNTS = 2_000
N_POINTS_WITHOUT_ZIP = 200
NO_UNIT_SHARE = 0.02  # accounts carrying a PO BOX / UNIQUE / retired zip: real code, no polygon
# Neighbours that share a land border or water with New England: the clip outline must
# contain them so that New England's western edge follows Voronoi edges, not the state line.
OUTLINE_STATES = zv.NEW_ENGLAND + ("NY",)

# The reps and the towns place_reps starts from (a STANDARD zip of each); their homes end up
# in the REP_TOWNS nearest to where the call load is.
REPS = [
    ("R01", "Megan Sullivan", "02116"),  # Boston
    ("R02", "José Álvarez", "01608"),  # Worcester
    ("R03", "Priya Natarajan", "01103"),  # Springfield
    ("R04", "Michael O'Connor", "01852"),  # Lowell
    ("R05", "Sarah Lévesque", "02903"),  # Providence
    ("R06", "David Kim", "06103"),  # Hartford
    ("R07", "Emily Chen", "06510"),  # New Haven
    ("R08", "Thomas Gagnon", "03101"),  # Manchester NH
    ("R09", "Rachel Goldberg", "04101"),  # Portland ME
    ("R10", "Kevin Nguyen", "04401"),  # Bangor
    ("R11", "Brian Carvalho", "02601"),  # Hyannis
    ("R12", "Anna Björklund", "05401"),  # Burlington VT
]

# Towns a rep may live in (a STANDARD zip of each; suburbs rather than downtown Boston).
REP_TOWNS = [
    ("02458", "Newton"),
    ("01801", "Woburn"),
    ("02169", "Quincy"),
    ("01923", "Danvers"),
    ("01701", "Framingham"),
    ("01608", "Worcester"),
    ("01103", "Springfield"),
    ("01201", "Pittsfield"),
    ("01852", "Lowell"),
    ("01840", "Lawrence"),
    ("02301", "Brockton"),
    ("02740", "New Bedford"),
    ("02601", "Hyannis"),
    ("02903", "Providence"),
    ("02886", "Warwick"),
    ("06103", "Hartford"),
    ("06510", "New Haven"),
    ("06901", "Stamford"),
    ("06604", "Bridgeport"),
    ("06702", "Waterbury"),
    ("06320", "New London"),
    ("06810", "Danbury"),
    ("03101", "Manchester NH"),
    ("03060", "Nashua"),
    ("03301", "Concord NH"),
    ("03801", "Portsmouth"),
    ("03431", "Keene"),
    ("03766", "Lebanon NH"),
    ("03561", "Littleton NH"),
    ("03860", "North Conway"),
    ("04101", "Portland ME"),
    ("04240", "Lewiston"),
    ("04330", "Augusta ME"),
    ("04401", "Bangor"),
    ("04769", "Presque Isle"),
    ("04841", "Rockland"),
    ("04605", "Ellsworth"),
    ("05401", "Burlington VT"),
    ("05701", "Rutland"),
    ("05602", "Montpelier"),
    ("05301", "Brattleboro"),
    ("05819", "St. Johnsbury"),
    ("05201", "Bennington"),
]

# Segments as a CRM holds them: customers A, B and C, whom the reps call on (the call plan
# of scripts/demo.sh), and prospects D, nearly all of the list, whom nobody visits yet.
CUSTOMER_SEGMENTS = np.array(["A", "B", "C"])
CUSTOMER_MIX = [0.15, 0.35, 0.50]
CUSTOMER_SHARE = 0.033  # scales the number of customers: about 1,200 of the 30,000 accounts
# Where the accounts are (customers_and_prospects): each zip gets accounts in proportion to
# zipvoronoi.account_density ** 0.4 (a regional distributor's list, flatter than all
# businesses); customers per km2 go as accounts per km2 ** (1 - 0.3); the 40% of zips with
# the fewest accounts per km2 have no customer and 30% of the prospects they would have.
# With these the demo's territories, balanced on call hours, all land between 70% and 120%
# utilisation and 10-55% travel (scripts/demo_story.py prints them).
ACCOUNT_DENSITY_EXPONENT = 0.4
CUSTOMER_DENSITY_EXPONENT = -0.3
CUSTOMER_EMPTY_SHARE = 0.4
PROSPECTS_WHERE_EMPTY = 0.3
# Median annual revenue and potential (USD) per segment; lognormal spread around them.
REVENUE_MEDIAN = {"A": 20e6, "B": 4e6, "C": 6e5, "D": 1.5e6}
POTENTIAL_MEDIAN = {"A": 4e5, "B": 1.2e5, "C": 3e4, "D": 2e4}
# Synthetic zip demographics (not Census figures): population in proportion to the zip's
# business density, New England's 15.1 million in all; household income highest in the
# suburbs; business establishments about one per 28 residents.
POPULATION_TOTAL = 15_100_000
INCOME_MEDIAN = 75_000
RESIDENTS_PER_BUSINESS = 28
PROSPECT_POTENTIAL_UNKNOWN = 0.9  # share of prospects whose Potential is blank
# Last year's sales to a customer: a share of its potential (median 50%, lognormal, at most 95%).
PENETRATION_MEDIAN = 0.5
# A zip's business count grows with its customers' potential (businesses_with_customers), so
# zip sales, a share of that potential, track the demographics as in real data:
# territory:estimatepotential on the sample's zip totals reaches a cross-validated R^2 of
# about 0.6. Changing the customers themselves instead (their potential following the zip)
# made the sample's two-measure designs ragged.
BUSINESS_CUSTOMER_ELASTICITY = 0.6
DEMOGRAPHIC_COLUMNS = ("population", "median_household_income", "business_count")

# Zip column mess, as shares of all accounts, at rates seen in real CRM exports.
BLANK_SHARE = 0.012
JUNK_SHARE = 0.010
# Shares among the remaining, normalisable values.
ZIP_FORMATS = {"five": 0.66, "lost_zero": 0.15, "float": 0.03, "zip4": 0.10, "nine": 0.06}
WHITESPACE_SHARE = 0.03
# Every one of these is invalid in US mode. A 3-digit code is not junk: it is a zip such
# as 00501 that lost two zeros in a spreadsheet, and DESIGN.md restores it.
JUNK_VALUES = ["N/A", "XXXXX", "12", "Boston", "12-34", "0", "-", "none", "TBD", "123456", "02l34", "#N/A", "n.a."]

SPECIAL_NAMES = [
    "Café Société",
    "Müller GmbH",
    "Björk & Sons",
    "Smith, Jones & Co.",
    "L'Étoile Bistro",
    'The "Original" Pizza Co.',
    "Ørsted Marine Services",
    "Nguyễn Family Pharmacy",
    "Côté, Bélanger & Associés",
    "Zürich Re Agency",
    "São Paulo Imports, Inc.",
    "Łukasz Dental Care",
]
SURNAMES = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Garcia",
    "Wilson",
    "Anderson",
    "Taylor",
    "Thomas",
    "Moore",
    "Martin",
    "Jackson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
    "Walker",
    "Hall",
    "Young",
    "King",
    "Wright",
    "Hill",
    "Sullivan",
    "Murphy",
    "O'Brien",
    "Kelly",
    "McCarthy",
    "Fitzgerald",
    "Gagnon",
    "Côté",
    "Tremblay",
    "Pelletier",
    "Bélanger",
    "Lévesque",
    "Ouellette",
    "Silva",
    "Medeiros",
    "Souza",
    "Rossi",
    "Russo",
    "D'Angelo",
    "Esposito",
    "Cohen",
    "Katz",
    "Nguyen",
    "Tran",
    "Patel",
    "Shah",
    "Chen",
    "Wong",
    "Kowalski",
    "Nowak",
    "Müller",
    "Schmidt",
    "Björk",
    "Lindqvist",
    "Hansen",
    "Doyle",
    "Callahan",
    "Whitfield",
]
BUSINESS_WORDS = [
    "Dental",
    "Medical",
    "Family Practice",
    "Orthopedics",
    "Pharmacy",
    "Plumbing",
    "Electric",
    "HVAC",
    "Construction",
    "Builders",
    "Landscaping",
    "Hardware",
    "Auto Body",
    "Marine",
    "Seafood",
    "Dairy",
    "Farms",
    "Brewing",
    "Insurance",
    "Realty",
    "Law Offices",
    "Accounting",
    "Consulting",
    "Engineering",
    "Machine Works",
    "Tool & Die",
    "Printing",
    "Logistics",
    "Supply",
    "Distributors",
    "Veterinary Clinic",
    "Physical Therapy",
    "Senior Living",
    "Home Care",
    "Optometry",
    "Laboratories",
    "Software",
]
PLACE_WORDS = [
    "Granite State",
    "Pine Tree",
    "Green Mountain",
    "Bay State",
    "Ocean State",
    "Nutmeg",
    "Yankee",
    "Colonial",
    "Harbor",
    "Riverside",
    "Lakeview",
    "Coastal",
    "Northeast",
    "New England",
    "Commonwealth",
    "Pioneer Valley",
    "Berkshire",
    "Cape Cod",
    "Merrimack",
    "Connecticut Valley",
    "Seacoast",
    "Katahdin",
]
LEGAL_SUFFIXES = ["Inc.", "LLC", "Corp.", "Co.", "Group", "Partners", "Ltd.", "Inc", "LLP", "Associates", "PC", ""]
INDUSTRIES = [
    "Healthcare",
    "Manufacturing",
    "Retail",
    "Financial Services",
    "Construction",
    "Education",
    "Technology",
    "Hospitality",
    "Transportation",
    "Professional Services",
    "Agriculture",
    "Wholesale Distribution",
    "Government",
    "Insurance",
    "Real Estate",
]
STREETS = [
    "Main",
    "Elm",
    "Maple",
    "Washington",
    "Park",
    "Oak",
    "Church",
    "High",
    "Pleasant",
    "School",
    "Union",
    "Water",
    "Center",
    "Summer",
    "Spring",
    "Pine",
    "Chestnut",
    "Winter",
    "Prospect",
    "Mill",
    "Forest",
    "Lincoln",
    "Franklin",
    "Highland",
    "Central",
    "Beacon",
    "Commercial",
    "Congress",
    "State",
    "Federal",
    "Broadway",
    "Route 1",
    "Boston Post",
    "Depot",
    "Bridge",
    "River",
    "Lake",
    "Harbor",
]
STREET_TYPES = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Ln", "Way", "Blvd", "Pkwy", "Hwy", "Sq"]
STATE_NAMES = {
    "CT": "Connecticut",
    "MA": "Massachusetts",
    "ME": "Maine",
    "NH": "New Hampshire",
    "RI": "Rhode Island",
    "VT": "Vermont",
}
CSV_COLUMNS = [
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
ZIP_COLUMN = "Billing Zip/Postal Code"


# ---------------------------------------------------------------- Salesforce-like ids
BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
CASE_SAFE_SUFFIX = string.ascii_uppercase + "012345"


def salesforce_id(serial):
    """18-char id: '0015g00000' + 5 base-62 chars + Salesforce's 3-char case-safe suffix."""
    body = ""
    for _ in range(5):
        serial, digit = divmod(serial, 62)
        body = BASE62[digit] + body
    id15 = "0015g00000" + body
    suffix = ""
    for chunk in range(3):  # bit i set where char i of the 5-char chunk is upper case
        bits = sum(1 << i for i, ch in enumerate(id15[chunk * 5 : chunk * 5 + 5]) if ch.isupper())
        suffix += CASE_SAFE_SUFFIX[bits]
    return id15 + suffix


def money_text(cents):
    """Plain numeric text as CRM exports write it: '1250000' or '1250000.50'."""
    whole, frac = divmod(int(cents), 100)
    return str(whole) if frac == 0 else f"{whole}.{frac:02d}"


# ---------------------------------------------------------------- accounts
def company_name(rng, city):
    surname, other = rng.choice(SURNAMES, 2, replace=False)
    suffix = rng.choice(LEGAL_SUFFIXES)
    # Pattern shares: most names are "<surname|town|place> <trade> <legal form>".
    pattern = rng.choice(7, p=[0.28, 0.12, 0.05, 0.20, 0.20, 0.05, 0.10])
    if pattern == 0:
        name = f"{surname} {rng.choice(BUSINESS_WORDS)} {suffix}"
    elif pattern == 1:
        name = f"{surname} & {other} {suffix}"
    elif pattern == 2:
        name = f"{surname}, {other} & Co."  # comma: the field must be quoted
    elif pattern == 3:
        name = f"{city} {rng.choice(BUSINESS_WORDS)} {suffix}"
    elif pattern == 4:
        name = f"{rng.choice(PLACE_WORDS)} {rng.choice(BUSINESS_WORDS)} {suffix}"
    elif pattern == 5:
        name = f"{surname} & Sons"
    else:
        name = f"{rng.choice(PLACE_WORDS)} {suffix}"
    return name.strip()


def street_address(rng):
    street = f"{rng.integers(1, 2500)} {rng.choice(STREETS)} {rng.choice(STREET_TYPES)}"
    roll = rng.random()
    if roll < 0.06:
        street += f", Suite {rng.integers(1, 40) * 10}"
    elif roll < 0.065:
        street += f"\nBuilding {rng.integers(1, 9)}"  # multi-line street, as Salesforce allows
    return street


def lognormal_cents(rng, medians, sigma):
    return np.round(medians * rng.lognormal(0.0, sigma, len(medians)) * 100)


def assign_ids(rng, count, first_serial):
    """Increasing ids with small random gaps (deleted records), so sorted by creation."""
    return [salesforce_id(s) for s in first_serial + np.cumsum(rng.integers(1, 8, count))]


def make_accounts(rng, count, zip_pool, weights, customer_chance, owner_by_zip, rep_names):
    """Clean accounts: every value as the truth has it (5-digit zip, exact cents).

    ``weights`` (per zip of ``zip_pool``) place the accounts; ``customer_chance`` (per zip)
    is the chance that an account there is a customer (A, B, C), not a prospect (D).
    """
    picks = rng.choice(len(zip_pool), count, p=weights / weights.sum())
    place = zip_pool.iloc[picks].reset_index(drop=True)
    customer = rng.random(count) < customer_chance[picks]
    segment = np.where(customer, rng.choice(CUSTOMER_SEGMENTS, count, p=CUSTOMER_MIX), "D")
    revenue = lognormal_cents(rng, np.vectorize(REVENUE_MEDIAN.get)(segment), 1.0)
    # Revenue as people type it: mostly round thousands, some exact to the cent.
    style = rng.random(count)
    revenue = np.where(style < 0.5, np.round(revenue, -5), revenue)
    revenue = np.where((style >= 0.5) & (style < 0.85), np.round(revenue, -2), revenue)
    # Potential follows the zip's household income (zip_demographics) a little.
    income_factor = (place.median_household_income.to_numpy() / INCOME_MEDIAN) ** 0.5
    potential = np.round(lognormal_cents(rng, np.vectorize(POTENTIAL_MEDIAN.get)(segment) * income_factor, 0.6), -4)
    penetration = np.minimum(PENETRATION_MEDIAN * rng.lognormal(0.0, 0.3, count), 0.95)
    sales = np.where(customer, np.round(potential * penetration, -4), 0.0)
    owner = place.zip.map(owner_by_zip).to_numpy()
    reassigned = rng.random(count) < 0.02  # exceptions: accounts kept by another rep
    owner[reassigned] = rng.choice(rep_names, reassigned.sum())
    state = place.state.to_numpy().copy()
    spelled_out = rng.random(count) < 0.05
    state[spelled_out] = [STATE_NAMES[s] for s in state[spelled_out]]
    # City as typed: mostly the post-office name, sometimes upper-cased by an old system.
    city = place.po_name.to_numpy().copy()
    shouted = rng.random(count) < 0.04
    city[shouted] = [c.upper() for c in city[shouted]]
    accounts = pd.DataFrame(
        {
            "Account Name": [company_name(rng, c) for c in place.po_name],
            "Billing Street": [street_address(rng) for _ in range(count)],
            "Billing City": city,
            "Billing State/Province": state,
            "clean_zip": place.zip.to_numpy(),
            "Billing Country": rng.choice(["United States", "USA", "US", ""], count, p=[0.45, 0.25, 0.28, 0.02]),
            "Industry": rng.choice(INDUSTRIES, count),
            "Segment": segment,
            "revenue_cents": revenue,
            "revenue_blank": rng.random(count) < 0.07,
            "potential_cents": potential,
            # most prospects' potential is unknown (what "estimate potential" is for)
            "potential_blank": rng.random(count) < np.where(customer, 0.02, PROSPECT_POTENTIAL_UNKNOWN),
            "sales_cents": sales,
            # a prospect's sales: blank or 0, as the CRM happened to store it
            "sales_blank": ~customer & (rng.random(count) < 0.6),
            "Account Owner": owner,
        }
    )
    return accounts


def messy_zip(rng, clean_zips, blank_share, junk_share):
    """Zip text as it arrives in an export, and what a correct US-mode reading gives.

    Returns (text, kind) with kind in {'ok', 'blank', 'invalid'}. Every New England zip
    starts with 0, so spreadsheets dropping the leading zero is the most common mess.
    """
    n = len(clean_zips)
    kind = np.full(n, "ok", dtype=object)
    roll = rng.random(n)
    kind[roll < blank_share + junk_share] = "invalid"
    kind[roll < blank_share] = "blank"
    formats = rng.choice(list(ZIP_FORMATS), n, p=list(ZIP_FORMATS.values()))
    texts = []
    for zip5, fmt, k in zip(clean_zips, formats, kind):
        if k == "blank":
            texts.append(rng.choice(["", "", " ", "   "]))
            continue
        if k == "invalid":
            texts.append(rng.choice(JUNK_VALUES))
            continue
        plus4 = f"{rng.integers(1, 10000):04d}"
        # Spreadsheets drop one leading zero; New England zips (0xxxx) never start with 00.
        as_number = str(int(zip5))
        text = {
            "five": zip5,
            "lost_zero": as_number,
            "float": f"{as_number}.0",
            "zip4": f"{zip5}-{plus4}",
            "nine": f"{zip5}{plus4}",
        }[fmt]
        if rng.random() < WHITESPACE_SHARE:
            text = rng.choice([" ", "  ", "\t"]) + text + rng.choice(["", " "])
        texts.append(text)
    return np.array(texts, dtype=object), kind


def to_csv_frame(accounts):
    frame = accounts.copy()
    frame["Annual Revenue"] = [
        "" if blank else money_text(c) for c, blank in zip(frame.revenue_cents, frame.revenue_blank)
    ]
    frame["Potential"] = [
        "" if blank else money_text(c) for c, blank in zip(frame.potential_cents, frame.potential_blank)
    ]
    frame["Sales last year"] = [
        "" if blank else money_text(c) for c, blank in zip(frame.sales_cents, frame.sales_blank)
    ]
    return frame[CSV_COLUMNS]


def zip_demographics(rng, density):
    """Synthetic population, median household income and business count of each zip.

    ``density`` is the relative number of business accounts of each zip (the accounts'
    own placement weights), so the figures correlate with the accounts' numbers and, via
    income, with their potential, as an "estimate potential" model would expect.
    """
    density = np.asarray(density, float)
    population = density * rng.lognormal(0.0, 0.3, len(density))
    population = np.maximum(np.round(population / population.sum() * POPULATION_TOTAL), 50)
    spread = np.log(density / np.median(density))
    # household income: highest in the suburbs, between the city core and the countryside
    income = INCOME_MEDIAN * np.exp(0.12 * spread - 0.06 * spread**2) * rng.lognormal(0.0, 0.2, len(density))
    businesses = np.round(population / RESIDENTS_PER_BUSINESS * rng.lognormal(0.0, 0.25, len(density)))
    return pd.DataFrame(
        {
            "population": population.astype(int),
            "median_household_income": np.round(np.clip(income, 25_000, 250_000), -2).astype(int),
            "business_count": businesses.astype(int),
        }
    )


def businesses_with_customers(units, accounts):
    """Each zip's business count x (1 + its customers' potential / a typical zip's) ** elasticity.

    The count drawn by zip_demographics (residents / 28, with noise) is the start; the total
    stays the same. Zips without customers keep their share; a zip whose customers hold a lot
    of potential has more businesses (it is where business is), which is what makes zip sales
    predictable from the demographics.
    """
    customers = accounts[(accounts.Segment != "D").to_numpy()]
    potential = customers.groupby("clean_zip").potential_cents.sum().reindex(units.zip, fill_value=0).to_numpy()
    typical = np.median(potential[potential > 0])
    businesses = units.business_count.to_numpy(float) * (1.0 + potential / typical) ** BUSINESS_CUSTOMER_ELASTICITY
    businesses *= units.business_count.sum() / businesses.sum()
    return np.maximum(np.round(businesses), 1).astype(int)


def customers_and_prospects(density, area_km2):
    """Where the accounts are, and the chance that each zip's account is a customer.

    ``density`` is the relative number of accounts of each zip. Customers per km2 go as
    accounts per km2 ** (1 + CUSTOMER_DENSITY_EXPONENT), and there are none in the
    CUSTOMER_EMPTY_SHARE of zips with the fewest accounts per km2 (the company has never
    sold in its remotest corners); prospects are thinner there too (PROSPECTS_WHERE_EMPTY),
    as lead lists are bought where the reps work. Returns (placement weights, chance).
    """
    density = np.asarray(density, float)
    per_km2 = density / np.maximum(np.asarray(area_km2, float), 0.5)
    odds = (per_km2 / np.median(per_km2)) ** CUSTOMER_DENSITY_EXPONENT
    empty = per_km2 < np.quantile(per_km2, CUSTOMER_EMPTY_SHARE)
    odds[empty] = 0.0
    odds *= density.sum() / (odds * density).sum()  # 1 on average over the accounts
    customers = density * odds * CUSTOMER_SHARE
    prospects = density * np.where(empty, PROSPECTS_WHERE_EMPTY, 1.0 - CUSTOMER_SHARE)
    weights = customers + prospects
    return weights, customers / weights


# ---------------------------------------------------------------- main steps
def build_zip_areas(all_zips):
    """New England zip polygons (EPSG:5070) from Voronoi cells over all CONUS zips."""
    conus = zv.polygon_zips(all_zips)
    conus = conus[~conus.state.isin(zv.NON_CONUS)].reset_index(drop=True)
    xy = zv.separate_duplicates(zv.to_albers(conus.lon, conus.lat))
    rings = zv.voronoi_rings(xy)
    in_region = conus.state.isin(zv.NEW_ENGLAND).to_numpy()
    outline = zv.load_outline(OUTLINE_STATES, simplify_m=10)
    cells = zv.clip_cells([r for r, keep in zip(rings, in_region) if keep], outline)
    region = conus[in_region].reset_index(drop=True)
    has_cell = np.array([not c.isEmpty() for c in cells])
    region["x"], region["y"] = xy[in_region, 0], xy[in_region, 1]
    region["area_km2"] = [c.area() / 1e6 if not c.isEmpty() else 0.0 for c in cells]
    return region[has_cell].reset_index(drop=True), [c for c in cells if not c.isEmpty()], region[~has_cell]


def random_points_in(rng, polygon, count):
    """`count` uniform random points inside `polygon` (rejection sampling in its box).

    Not QgsGeometry.randomPointsInPolygon: it crashes QGIS 3.22 on some of these cells.
    """
    from qgis.core import QgsGeometry, QgsPoint

    engine = QgsGeometry.createGeometryEngine(polygon.constGet())
    engine.prepareGeometry()
    box = polygon.boundingBox()
    found = []
    while len(found) < count:
        x = rng.uniform(box.xMinimum(), box.xMaximum())
        y = rng.uniform(box.yMinimum(), box.yMaximum())
        if engine.contains(QgsPoint(x, y)):
            found.append((x, y))
    return found


def nearest_base(xy, base_xy, reach):
    distance = np.hypot(xy[:, None, 0] - base_xy[None, :, 0], xy[:, None, 1] - base_xy[None, :, 1])
    return np.argmin(distance / reach, axis=1)


def place_reps(xy, load, start_xy, town_xy, rounds=30):
    """Rep homes where the work is: balanced weighted k-means of the zips' expected call load.

    Starts at ``start_xy``; each round assigns zips to the nearest centre (distance scaled
    per rep so that loads even out) and moves each centre to its zips' load-weighted mean.
    Each rep then lives in the nearest town of ``town_xy`` not taken by another rep
    (busiest centres choose first). Returns the index into ``town_xy`` of each rep's town.
    """
    centre = np.asarray(start_xy, float).copy()
    reach = np.ones(len(centre))
    total = np.ones(len(centre))
    for _ in range(rounds):
        nearest = nearest_base(xy, centre, reach)
        total = np.bincount(nearest, load, minlength=len(centre))
        moved = total > 0  # a centre left without zips waits for its reach to grow
        for axis in range(2):
            sums = np.bincount(nearest, load * xy[:, axis], minlength=len(centre))
            centre[moved, axis] = sums[moved] / total[moved]
        reach *= (total.mean() / np.maximum(total, total.mean() / 4)) ** 0.5
    towns = np.full(len(centre), -1)
    free = np.ones(len(town_xy), dtype=bool)
    for rep in np.argsort(-total, kind="stable"):
        distance = np.hypot(town_xy[:, 0] - centre[rep, 0], town_xy[:, 1] - centre[rep, 1])
        distance[~free] = np.inf
        towns[rep] = int(np.argmin(distance))
        free[towns[rep]] = False
    return towns


def current_alignment_reach(xy, weights, base_xy, rounds=6):
    """Per-rep distance scale for the existing alignment (zip -> rep with least scaled distance).

    Plain nearest-base would give the Boston rep a quarter of all accounts; real
    alignments were balanced by someone, roughly. A few damped rounds shrink busy reps'
    reach but leave the imbalance a redesign is meant to fix (busiest rep ~1.9x the mean).
    """
    reach = np.ones(len(base_xy))
    for _ in range(rounds):
        load = np.bincount(nearest_base(xy, base_xy, reach), weights, minlength=len(base_xy))
        reach *= (load.mean() / np.maximum(load, 1e-9)) ** 0.25
    return reach


def write_csv(path, frame):
    # csv's default dialect: minimal quoting, doubled quotes, CRLF rows (RFC 4180).
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(frame.columns)
        writer.writerows(frame.itertuples(index=False))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "sample_data"))
    parser.add_argument("--accounts", type=int, default=N_ACCOUNTS, help="rows of accounts.csv")
    args = parser.parse_args()
    out = os.path.abspath(args.out)
    os.makedirs(os.path.join(out, "expected"), exist_ok=True)
    app = zv.start_qgis()  # noqa: F841  (must outlive all QGIS calls)
    from pyproj import Transformer
    from qgis.core import QgsGeometry, QgsPointXY, QgsWkbTypes
    from qgis.PyQt.QtCore import QVariant

    started = time.time()
    rng = np.random.default_rng(SEED)
    all_zips = zv.load_zip_records()
    units, cells, dropped = build_zip_areas(all_zips)

    # Zips with a real code but no polygon: PO BOX, UNIQUE, retired STANDARD, clipped away.
    region_zips = all_zips[all_zips.state.isin(zv.NEW_ENGLAND)].reset_index(drop=True)
    no_unit = region_zips[~region_zips.zip.isin(units.zip)].reset_index(drop=True)
    all_xy = zv.to_albers(all_zips.lon, all_zips.lat)
    unit_weights = zv.account_density(rng, units[["x", "y"]].to_numpy(), all_xy)
    no_unit_xy = zv.to_albers(no_unit.lon, no_unit.lat)
    no_unit_weights = zv.account_density(rng, no_unit_xy, all_xy)
    units = units.join(zip_demographics(rng, unit_weights))
    no_unit = no_unit.join(zip_demographics(rng, no_unit_weights)[["median_household_income"]])
    unit_weights = unit_weights**ACCOUNT_DENSITY_EXPONENT
    no_unit_weights = no_unit_weights**ACCOUNT_DENSITY_EXPONENT
    rep_frame = pd.DataFrame(REPS, columns=["rep_id", "rep_name", "home_zip"])
    rep_names = rep_frame.rep_name.to_numpy()
    unit_weights, unit_chance = customers_and_prospects(unit_weights, units.area_km2)
    unit_xy = units[["x", "y"]].to_numpy()
    start_xy = units.set_index("zip").loc[rep_frame.home_zip, ["x", "y"]].to_numpy()
    town_zips = [zip5 for zip5, _ in REP_TOWNS]
    town_xy = units.set_index("zip").loc[town_zips, ["x", "y"]].to_numpy()
    home = place_reps(unit_xy, unit_weights * unit_chance, start_xy, town_xy)
    rep_frame["home_zip"] = np.array(town_zips)[home]
    base_xy = town_xy[home]
    print("rep homes:", ", ".join(REP_TOWNS[i][1] for i in home))
    reach = current_alignment_reach(units[["x", "y"]].to_numpy(), unit_weights, base_xy)
    owner_by_zip = {}
    for frame, xy in ((units, units[["x", "y"]].to_numpy()), (no_unit, no_unit_xy)):
        owner_by_zip.update(zip(frame.zip, rep_names[nearest_base(xy, base_xy, reach)]))

    n_no_unit = int(round(args.accounts * NO_UNIT_SHARE))
    accounts = pd.concat(
        [
            make_accounts(rng, args.accounts - n_no_unit, units, unit_weights, unit_chance, owner_by_zip, rep_names),
            make_accounts(
                rng, n_no_unit, no_unit, no_unit_weights, np.full(len(no_unit), CUSTOMER_SHARE), owner_by_zip, rep_names
            ),
        ],
        ignore_index=True,
    )
    # The zip areas are written once the customers are known: their business counts carry them.
    units["business_count"] = businesses_with_customers(units, accounts)
    zv.write_layer(
        os.path.join(out, "zip_areas.gpkg"),
        "zip_areas",
        zv.ALBERS_CRS,
        [(name, QVariant.String) for name in ("zip", "po_name", "state", "county")]
        + [(name, QVariant.Int) for name in DEMOGRAPHIC_COLUMNS],
        units[["zip", "po_name", "state", "county", *DEMOGRAPHIC_COLUMNS]].itertuples(index=False),
        cells,
        QgsWkbTypes.MultiPolygon,  # one type for single cells and for cells the coast cut up
    )
    print(
        f"zip_areas: {len(units)} polygons ({sum(c.constGet().partCount() > 1 for c in cells)} "
        f"multipart), {len(dropped)} STANDARD zips lost to the clip; {time.time() - started:.1f} s"
    )

    accounts = accounts.sample(frac=1.0, random_state=SEED).reset_index(drop=True)
    accounts.loc[: len(SPECIAL_NAMES) * 3 - 1, "Account Name"] = SPECIAL_NAMES * 3
    accounts = accounts.sample(frac=1.0, random_state=SEED + 1).reset_index(drop=True)
    accounts.insert(0, "Account ID", assign_ids(rng, len(accounts), 100_000))
    accounts[ZIP_COLUMN], accounts["zip_kind"] = messy_zip(rng, accounts.clean_zip, BLANK_SHARE, JUNK_SHARE)
    write_csv(os.path.join(out, "accounts.csv"), to_csv_frame(accounts))

    # Ground truth from the clean values and the mess the generator itself applied.
    reason = np.where(
        accounts.zip_kind == "blank",
        "blank",
        np.where(
            accounts.zip_kind == "invalid",
            "invalid_code",
            np.where(accounts.clean_zip.isin(units.zip), "matched", "no_unit"),
        ),
    )
    matched = accounts[reason == "matched"]
    totals = (
        pd.DataFrame(
            {
                "zip": matched.clean_zip,
                "revenue": np.where(matched.revenue_blank, 0, matched.revenue_cents),  # blank counts 0
                "potential": np.where(matched.potential_blank, 0, matched.potential_cents),
                "sales": np.where(matched.sales_blank, 0, matched.sales_cents),
            }
        )
        .groupby("zip")
        .agg(
            account_count=("zip", "size"),
            revenue=("revenue", "sum"),
            potential=("potential", "sum"),
            sales=("sales", "sum"),
        )
    )
    totals = totals.reindex(sorted(units.zip), fill_value=0)
    zip_totals = pd.DataFrame(
        {
            "zip": totals.index,
            "account_count": totals.account_count.astype(int),
            "sum_Annual Revenue": [money_text(c) for c in totals.revenue],
            "sum_Potential": [money_text(c) for c in totals.potential],
            "sum_Sales last year": [money_text(c) for c in totals.sales],
        }
    )
    zip_totals.to_csv(os.path.join(out, "expected", "zip_totals.csv"), index=False)
    counts = pd.Series(reason).value_counts()
    summary = {
        "generator": "scripts/make_sample_data.py",
        "seed": SEED,
        "zipcodes_version": zv.ZIPCODES_VERSION,
        "total_accounts": int(len(accounts)),
        "matched": int(counts.get("matched", 0)),
        "unmatched": {key: int(counts.get(key, 0)) for key in ("blank", "invalid_code", "no_unit")},
        "matched_sum_Annual Revenue": money_text(totals.revenue.sum()),
        "matched_sum_Potential": money_text(totals.potential.sum()),
        "matched_sum_Sales last year": money_text(totals.sales.sum()),
        "segments": {key: int(n) for key, n in accounts.Segment.value_counts().sort_index().items()},
        "zip_units": int(len(units)),
        "zip_units_with_accounts": int((totals.account_count > 0).sum()),
        "reasons": {
            "blank": "zip value empty or whitespace-only",
            "invalid_code": "cannot be normalised to 5 digits (US mode: trim; 5 digits; "
            "ZIP+4 or 9 digits -> first 5; 3-4 digits (+ '.0') -> "
            "leading zeros restored; anything else, e.g. '12', '123456', 'N/A')",
            "no_unit": "valid 5-digit code with no polygon in zip_areas.gpkg " "(PO BOX / UNIQUE / retired zips)",
        },
    }
    with open(os.path.join(out, "expected", "summary.json"), "w", encoding="utf-8") as handle:
        json.dump(summary, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
    print(f"accounts.csv: {len(accounts)} accounts, matched {summary['matched']}, " f"unmatched {summary['unmatched']}")

    # Rep home bases, as geocoded home addresses (EPSG:4326).
    home = all_zips.set_index("zip").loc[rep_frame.home_zip]
    zv.write_layer(
        os.path.join(out, "rep_bases.gpkg"),
        "rep_bases",
        "EPSG:4326",
        [("rep_id", QVariant.String), ("rep_name", QVariant.String), ("home_zip", QVariant.String)],
        rep_frame.itertuples(index=False),
        [QgsGeometry.fromPointXY(QgsPointXY(lon, lat)) for lon, lat in zip(home.lon, home.lat)],
        QgsWkbTypes.Point,
    )

    # Geocoded accounts: points inside their zip polygon; some have lost the zip text so a
    # point-in-polygon fallback has to place them.
    point_accounts = make_accounts(rng, N_POINT_ACCOUNTS, units, unit_weights, unit_chance, owner_by_zip, rep_names)
    point_accounts.insert(0, "Account ID", assign_ids(rng, N_POINT_ACCOUNTS, 900_000))
    without_zip = np.zeros(N_POINT_ACCOUNTS, bool)
    without_zip[rng.choice(N_POINT_ACCOUNTS, N_POINTS_WITHOUT_ZIP, replace=False)] = True
    zip_text, _ = messy_zip(rng, point_accounts.clean_zip, 0.0, 0.0)
    missing_text, _ = messy_zip(rng, point_accounts.clean_zip, 0.5, 0.5)
    point_accounts[ZIP_COLUMN] = np.where(without_zip, missing_text, zip_text)
    cell_by_zip = dict(zip(units.zip, cells))
    xy = np.zeros((N_POINT_ACCOUNTS, 2))
    for zip5, rows in sorted(point_accounts.groupby("clean_zip").indices.items()):
        xy[rows] = random_points_in(rng, cell_by_zip[zip5], len(rows))
    lon, lat = Transformer.from_crs(zv.ALBERS_CRS, "EPSG:4326", always_xy=True).transform(xy[:, 0], xy[:, 1])
    # Same columns as the CSV, but a GIS layer types its money columns (NULL when blank).
    point_rows = to_csv_frame(point_accounts)
    for column, cents_column, blank_column in (
        ("Annual Revenue", "revenue_cents", "revenue_blank"),
        ("Potential", "potential_cents", "potential_blank"),
        ("Sales last year", "sales_cents", "sales_blank"),
    ):
        point_rows[column] = [
            None if blank else c / 100 for c, blank in zip(point_accounts[cents_column], point_accounts[blank_column])
        ]
    money_columns = ("Annual Revenue", "Potential", "Sales last year")
    zv.write_layer(
        os.path.join(out, "accounts_points.gpkg"),
        "accounts_points",
        "EPSG:4326",
        [(name, QVariant.Double if name in money_columns else QVariant.String) for name in CSV_COLUMNS],
        point_rows.itertuples(index=False),
        [QgsGeometry.fromPointXY(QgsPointXY(x, y)) for x, y in zip(lon, lat)],
        QgsWkbTypes.Point,
    )
    point_accounts[["Account ID", "clean_zip"]].rename(columns={"clean_zip": "zip"}).to_csv(
        os.path.join(out, "expected", "points_truth.csv"), index=False
    )
    print(f"accounts_points: {N_POINT_ACCOUNTS} points, {N_POINTS_WITHOUT_ZIP} without a usable zip")
    print(f"done in {time.time() - started:.1f} s")


if __name__ == "__main__":
    main()
