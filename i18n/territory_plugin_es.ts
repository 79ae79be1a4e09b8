<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../territory_plugin/layers.py" line="219"/>
        <source>overlap by up to {} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="221"/>
        <source>leave gaps of up to {} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="224"/>
        <source>Neighbouring units {what} along {share:.0f}% of their shared borders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="224"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="228"/>
        <source>Neighbouring units meet without gaps or overlaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="231"/>
        <source>Snapping tolerance {} m used (chosen automatically).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="235"/>
        <source>The snapping tolerance of {used} m is smaller: those units do not count as neighbours. Set it to {recommended} m, or leave it empty to choose automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="247"/>
        <source>Snapping tolerance {} m used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="249"/>
        <source>{} pairs of units overlap by more than the snapping tolerance; they count as neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="258"/>
        <source>{} units lie inside another unit that has no hole for them; each counts as a neighbour of the unit around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="144"/>
        <source>Code format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="144"/>
        <source>US ZIP (5 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="144"/>
        <source>As is (any country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="154"/>
        <source>Call plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="154"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="154"/>
        <source>Calls per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="154"/>
        <source>Minutes per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="186"/>
        <source>(blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="188"/>
        <source>Segments not in the call plan: {segments} (accounts: {counts}). The plan has {known}. Add rows for them, or a default row with segment * (e.g. *,4,20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="188"/>
        <source>no segment rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountOverrides</name>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="69"/>
        <source>Choose the zip code field of the units to link accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="73"/>
        <source>The layer {} has no field {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="88"/>
        <source>The units&apos; zip codes cannot link accounts: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="169"/>
        <source>The accounts layer {} cannot get a new field; save it as a GeoPackage (Export &gt; Save Features As) and use that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="189"/>
        <source>Choose an accounts layer and its override field first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="204"/>
        <source>The layer {} cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="208"/>
        <source>Keep {} accounts in {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="208"/>
        <source>Return {} accounts to their zip&apos;s territory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AggregateZipCodes</name>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="58"/>
        <source>Aggregate accounts by zip code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="61"/>
        <source>Counts the accounts of a CRM export in each zip-code area and totals the chosen fields.

Codes are cleaned first. US ZIP mode: spaces are trimmed, ZIP+4 (02134-1234) and nine-digit codes keep their first five digits, and leading zeros lost by spreadsheets are restored (2134 and 2134.0 become 02134). As-is mode (any country): codes are trimmed, upper-cased and inner spaces collapsed. The same cleaning is applied to the zip-code areas.

Accounts that match no area go to the Unmatched output with a reason: blank, invalid code, or no unit with this code. When the accounts are points, those without a usable code can be placed in the area that contains them.

Summed fields may hold numbers stored as text (as in CSV files); blanks count as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="74"/>
        <source>Accounts (layer, table or CSV file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="144"/>
        <source>Account zip code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="84"/>
        <source>Zip code areas (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="147"/>
        <source>Area zip code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="94"/>
        <source>Code format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="94"/>
        <source>US ZIP (5 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="94"/>
        <source>As is (any country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="150"/>
        <source>Account fields to total per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="111"/>
        <source>Place point accounts without a usable code by location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="118"/>
        <source>Zip areas with account totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="133"/>
        <source>Unmatched accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="132"/>
        <source>Matched accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="139"/>
        <source>The zip code areas must be polygons, but the layer holds {kind}. Choose a polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="187"/>
        <source>{count} point accounts without a usable code were placed by location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="205"/>
        <source>Matched {matched} accounts; {unmatched} unmatched ({by_reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocateQuotas</name>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="39"/>
        <source>Allocate quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="42"/>
        <source>Splits a company goal over the territories: each territory&apos;s quota = goal x (weight x its share of potential + (1 - weight) x its share of last year&apos;s sales).

The input holds the territory of each row: the scorecard of &apos;Score workload&apos;, the zip code areas with their territory, or the accounts themselves; rows of the same territory are added up.

To make unfair quotas stand out, each territory gets quota / potential and the fairness index: that ratio divided by the company&apos;s (goal / total potential). 1 is average; 1.2 asks the rep to win 20% more of the potential than the average rep. Territories further off than the flag threshold are flagged &apos;harder&apos; or &apos;easier&apos;. growth_pct compares the quota with last year&apos;s sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="54"/>
        <source>Territories, zip code areas or accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="106"/>
        <source>Territory field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="109"/>
        <source>Potential field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="114"/>
        <source>Last year&apos;s sales field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="75"/>
        <source>Company goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="76"/>
        <source>Weight of potential (%); the rest follows last year&apos;s sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="86"/>
        <source>Flag quotas whose fairness index is off by more than (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="95"/>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="96"/>
        <source>Total of the quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="97"/>
        <source>Largest deviation of the fairness index (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="102"/>
        <source>Flagged territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="120"/>
        <source>Without a last year&apos;s sales field the quotas can only follow potential: choose the sales field, or set the weight of potential to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="142"/>
        <source>{count} rows have no territory; their potential and sales are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="150"/>
        <source>No row has a territory in &apos;{field}&apos;: nothing to allocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="164"/>
        <source>Cannot split the goal: {problem} (field &apos;{field}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="172"/>
        <source>{territory}: quota {quota:,.0f} on potential {potential:,.0f}, fairness index {index:.2f} ({flag}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="184"/>
        <source>{k} territories; quotas add up to {total:,.2f}; largest fairness deviation {dev:.1f}%.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignReps</name>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="88"/>
        <source>Assign reps to territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="91"/>
        <source>Matches reps to territories so that the reps drive as little as possible, skills go where they are needed and locked reps keep their territory.

Reps: points at their homes, with a name, optionally a skill (a segment, or several separated by ; , or |), a current territory and a lock field. With a current territory field and no lock field, every rep with a current territory keeps it; with a lock field, only those whose lock value is true (1, yes, true, locked, x).
Territories: polygons, usually the zip code areas of a design with their territory field (or territory polygons); they list the territories, place the accounts and give the area their calls spread over. Without an area territory field, the territories are those of the accounts&apos; territory field.
Accounts: a layer, table or CSV with calls per year (a calls field, or a segment field and a call plan of segment, calls per year, minutes per call). Each account&apos;s territory is its own territory field, else the territory of its zip code area (codes cleaned as in &apos;Aggregate accounts by zip code&apos;; point accounts without a usable code go to the area that contains them). It is at its point, else at its area&apos;s centroid.

Cost of rep r for territory t = t&apos;s travel hours a year if r served it from home, as day tours: sum of calls x (2 x distance(account, home) / calls per day + hop) x circuity / speed, where hop = 0.7124 x sqrt(area / accounts) is the mean step between neighbouring calls. Distances on the WGS84 ellipsoid.
A territory whose accounts are mostly one segment (share of call hours above the skill share) needs a rep with that skill: when a free rep has it, the assignment makes as few skill mismatches as it can, then the least travel (the Hungarian method: the exact optimum). With more territories than reps, the vacancies are the territories whose leaving open gives the least travel; with more reps, the extra reps are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="120"/>
        <source>Reps (points at their homes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="265"/>
        <source>Rep name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="126"/>
        <source>Rep skill (segment) field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="127"/>
        <source>Rep current territory field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="128"/>
        <source>Rep lock field (locked reps keep it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="129"/>
        <source>Territories or zip code areas (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="136"/>
        <source>Area territory field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="137"/>
        <source>Area zip code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="139"/>
        <source>Accounts (layer, table or CSV file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="144"/>
        <source>Account territory field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="145"/>
        <source>Account zip code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="146"/>
        <source>Account segment field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="147"/>
        <source>Calls per year field (instead of the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="148"/>
        <source>Minutes per call field (instead of the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="152"/>
        <source>A territory needs a skill when its segment has more than this share of call hours (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="162"/>
        <source>Calls per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="167"/>
        <source>Average speed (km/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="170"/>
        <source>Circuity: road distance / straight distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="175"/>
        <source>Rep assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="180"/>
        <source>Travel hours a year in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="181"/>
        <source>Territories with a rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="182"/>
        <source>Territories without a rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="183"/>
        <source>Reps without a territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="184"/>
        <source>Territories whose rep lacks the skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="198"/>
        <source>No territory found: the territory field of the areas (and of the accounts) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="225"/>
        <source>{count} territories have called accounts outside every area: their tour area is the hull of their accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="266"/>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="271"/>
        <source>A lock field needs the reps&apos; current territory field: the territory a locked rep keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="289"/>
        <source>The reps layer has no features: add the reps&apos; homes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="292"/>
        <source>{count} reps have no name in &apos;{field}&apos;: every rep needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="299"/>
        <source>Rep names must be unique; these occur more than once: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="307"/>
        <source>These reps have no home point: {names}. Place them on the map, or leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="313"/>
        <source>These reps are locked but have no current territory in &apos;{field}&apos;: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="331"/>
        <source>Territories or zip code areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="349"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="362"/>
        <source>Say how often each account is called: a calls per year field, or a segment field and a call plan (e.g. A,24,45,B,12,30,C,4,20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="374"/>
        <source>Say which territory each account is in: the account territory field, or the areas&apos; territory field with the zip code fields of accounts and areas (or accounts as points inside the areas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="430"/>
        <source>{count} accounts are in no territory; they are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="434"/>
        <source>{count} accounts in a territory have no location (no point and no matching zip code area): they count for no travel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="460"/>
        <source>Rep {rep} is locked to territory &apos;{territory}&apos;, which is not among the territories (e.g. {names}). Correct the rep&apos;s current territory or unlock the rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="470"/>
        <source>Each territory keeps one rep, but more than one rep is locked to {cases}. Unlock all but one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="528"/>
        <source>{reps} reps, {k} territories: {assigned} with a rep ({locked} locked), {vacant} vacancies, {extra} extra reps. Travel from the reps&apos; homes: {hours:,.0f} hours a year in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="544"/>
        <source>{territory}: {rep}, {hours:,.0f} travel hours a year{locked}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="544"/>
        <source> (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="553"/>
        <source>... and {count} more territories: see the output table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="561"/>
        <source>{territory}: {hours:,.0f} travel hours a year, more than a rep&apos;s whole field year (about {year:,.0f} hours). Check the calls per year, calls per day and speed, or split the territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="569"/>
        <source>{count} territories have no calls, so no travel: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="575"/>
        <source>No rep for {count} territories (vacancies): {names}. Leaving these open gives the least travel (after skills); lock a rep to a territory to fill it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="582"/>
        <source>{count} reps have no territory (extra reps): {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="593"/>
        <source>{count} territories need a skill: {cases}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="603"/>
        <source>the rep is locked to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="605"/>
        <source>no free rep has that skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="607"/>
        <source>the reps who have it serve other territories that need it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="608"/>
        <source>{territory} needs skill {skill}, but its rep {rep} lacks it: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignTerritories</name>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="70"/>
        <source>Design territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="73"/>
        <source>Groups polygon units (zip codes, counties...) into territories that are contiguous, balanced on one or more measures within a tolerance, and compact.

Balance: each territory&apos;s total of every balance field stays within the tolerance of the mean (deviation = (total - mean) / mean). The first field is the main one.
Contiguity: units are neighbours when they share a boundary (rook) or any point (queen), with a small snapping tolerance for slivers and gaps. Islands are joined to their nearest unit; the log lists every such bridge.
Compactness: the engine keeps few cut edges and a high Polsby-Popper score (4 pi area / perimeter squared, measured in an equal-area projection).

Optional: rep home bases as seeds (one territory grows around each), the current territory of each unit as the starting point, and locked units that keep their current territory.

When the tolerance cannot be met the algorithm says why (e.g. a unit heavier than a territory&apos;s share) and fails, unless &apos;Return the best plan found&apos; is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="90"/>
        <source>Units (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="95"/>
        <source>Balance fields (the first is the main measure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="104"/>
        <source>Tolerance: allowed deviation from the mean (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="114"/>
        <source>Number of territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="119"/>
        <source>Seeds: rep home bases (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="396"/>
        <source>Territory name field of the seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="132"/>
        <source>Existing territory field (start from the current alignment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="140"/>
        <source>Lock field (units that keep their existing territory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="148"/>
        <source>Neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="148"/>
        <source>Rook: shared boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="148"/>
        <source>Queen: shared boundary or corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="166"/>
        <source>Random seed (same seed, same plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="175"/>
        <source>Territory field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="178"/>
        <source>Return the best plan found when the tolerance cannot be met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="183"/>
        <source>Units with territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="188"/>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="197"/>
        <source>Largest deviation from the mean (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="198"/>
        <source>Cut edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="199"/>
        <source>Mean Polsby-Popper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="209"/>
        <source>Choose at least one balance field, e.g. the accounts&apos; workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="205"/>
        <source>Balance fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="212"/>
        <source>Existing territory field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="212"/>
        <source>Lock field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="216"/>
        <source>Locked units keep their existing territory: set the existing territory field too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="224"/>
        <source>Building the adjacency graph...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="255"/>
        <source>Designing {k} territories from {n} units ({m} neighbour pairs), tolerance {tol:g}%...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="277"/>
        <source>The territories cannot meet the request:
{reasons}
Check &apos;Return the best plan found&apos; to get the closest plan anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="306"/>
        <source>Largest deviation {dev:.2f}%, {cut} cut edges, mean Polsby-Popper {pp:.3f}, {ok} of {k} territories contiguous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="327"/>
        <source>feature {fid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="328"/>
        <source>{field} {value} (feature {fid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="350"/>
        <source>{count} units have no value in &apos;{field}&apos;; they count as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="358"/>
        <source>Balance field &apos;{field}&apos; must be 0 or more, but {unit} has {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="364"/>
        <source>Balance field &apos;{field}&apos; is 0 on every unit: nothing to balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="382"/>
        <source>The existing alignment has {count} territories but {k} were asked for. Set the number of territories to at least {count}, or clear the field of the territories to dissolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="399"/>
        <source>There are {count} seed points but {k} territories were asked for: one territory grows around each seed, so set the number of territories to {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="429"/>
        <source>Seed names must be unique; these repeat: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="436"/>
        <source>Bridge added between {a} and {b}: their parts of the map touch nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="156"/>
        <source>Snapping tolerance for slivers, gaps and overlaps (metres; empty: automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="250"/>
        <source>{count} locked units keep their existing territory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstimatePotential</name>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="51"/>
        <source>Estimate sales potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="54"/>
        <source>Estimates each zip code area&apos;s sales potential from its attributes (population, income, number of businesses, any numeric fields): a regression fitted on the zips that have sales, applied to every zip. Zips without sales (blank or 0) get an estimate of what they could sell.

Model: ridge regression of log(sales) on the fields; fields that are never negative and skewed (skewness above 1) enter as log(1 + value). Zips missing a field value are not fitted and get no estimate; the log counts them per field. At least 10 zips with sales, and 5 per field, are needed.
Written fields: potential_est, the expected sales (log model corrected with Duan&apos;s smearing factor, so that estimates add up to sales); potential_low and potential_high, the prediction interval (e.g. 80%: 4 zips in 5 should fall inside); potential_fitted, 1 where the zip&apos;s sales were used to fit.
The log gives the cross-validated R^2 (k folds: each zip predicted by a model that did not see it), on sales and on log sales, and the coefficients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="74"/>
        <source>Zip code areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="129"/>
        <source>Sales field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="130"/>
        <source>Fields to estimate from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="93"/>
        <source>Model log(sales) (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="96"/>
        <source>Log-transform skewed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="98"/>
        <source>Prediction interval (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="103"/>
        <source>Ridge penalty (on standardised fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="110"/>
        <source>Cross-validation folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="117"/>
        <source>Zip code areas with potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="122"/>
        <source>Cross-validated R² on sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="123"/>
        <source>Zips the model was fitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="124"/>
        <source>Zips with an estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="125"/>
        <source>Zips missing a field value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="132"/>
        <source>The sales field &apos;{field}&apos; cannot also be a field to estimate from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="200"/>
        <source>Only {count} zips have sales in &apos;{field}&apos; and a value in every chosen field; {needed} are needed for {p} fields ({with_sales} have sales). Choose fewer fields, fill the missing values, or use a larger area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="206"/>
        <source>Field &apos;{field}&apos; has the same value on every zip with sales, so it cannot explain them: leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="210"/>
        <source>Choose at least one field to estimate from (population, income, businesses...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="219"/>
        <source>Fitted on {fit} of {n} zips; {without} have no sales (they are estimated, not fitted) and {incomplete} with sales lack a field value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="232"/>
        <source>{count} zips have no value in &apos;{field}&apos;: they get no estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="239"/>
        <source>Entered as log(1 + value), being skewed: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="242"/>
        <source>log(sales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="242"/>
        <source>sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="243"/>
        <source>Cross-validated R² ({folds} folds): {r2:.3f} on sales, {r2_model:.3f} on {target} (in-sample {r2_fit:.3f}). Residual standard deviation {sigma:.3g} on {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="256"/>
        <source>Coefficients of {target} (ridge penalty {alpha:g}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="260"/>
        <source>log(1 + {field})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="261"/>
        <source>  {field}: {unit:+.4g} per unit, {sd:+.4g} per standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="267"/>
        <source>On log(sales), a coefficient b of log(1 + x) is an elasticity: 1% more x, about b% more sales; for a plain field, one unit more multiplies sales by exp(b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="273"/>
        <source>{level:g}% prediction intervals: about {level:g}% of zips should fall inside theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="279"/>
        <source>The fields explain little of the sales (cross-validated R² {r2:.2f} on sales): treat the estimates as rough, or add fields that drive sales.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportAssignments</name>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="54"/>
        <source>Export assignments for the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="57"/>
        <source>Writes the new assignment as a CSV file that a CRM imports (Salesforce Data Loader, Dynamics 365 import): account_id, account_name, old_territory, new_territory, new_owner, changed (true/false).

Accounts: the CRM export (CSV file or layer) with the account id and, optionally, its name and current territory. Ids are written exactly as read, as text: leading zeros and 18-character Salesforce ids stay as they are (open CSV files as the path itself, or with field types as text).
New territory: an account field (e.g. after editing accounts in the dock), or the zip code areas of the design with their territory, matched by zip code exactly as &apos;Aggregate accounts by zip code&apos; matches them; with both, the account field wins where it has a value. Accounts without a new territory are left out of the file, so the CRM keeps what it has; the log counts them.
New owner: from a reps table (territory -&gt; owner), e.g. the output of &apos;Assign reps to territories&apos; (its fields territory and rep are taken when no fields are given).

The file is UTF-8 with a header, and it is written completely or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="74"/>
        <source>Accounts (layer, table or CSV file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="123"/>
        <source>Account id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="80"/>
        <source>Account name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="81"/>
        <source>Current (old) territory field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="82"/>
        <source>New territory field of the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="85"/>
        <source>Account zip code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="86"/>
        <source>Zip code areas with the new territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="94"/>
        <source>Area zip code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="95"/>
        <source>Area territory field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="97"/>
        <source>Reps table (territory and owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="105"/>
        <source>Territory field of the reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="106"/>
        <source>Owner field of the reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="107"/>
        <source>Only accounts whose territory changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="110"/>
        <source>CRM import file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="110"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="115"/>
        <source>Accounts written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="116"/>
        <source>Accounts whose territory changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="117"/>
        <source>Accounts without a new territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="124"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="132"/>
        <source>To take the new territory from the zip code areas, choose the accounts&apos; zip code field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="136"/>
        <source>Say where each account goes: the accounts&apos; new territory field, or their zip code field with the zip code areas and the areas&apos; zip code and territory fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="176"/>
        <source>Wrote {rows} accounts ({changed} change territory) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="193"/>
        <source>The id field &apos;{field}&apos; was read as decimal numbers, which cannot keep ids exactly (leading zeros, long ids). Open the file so that the id is text: give the CSV file itself, or set the field type to text when adding the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="201"/>
        <source>The id field &apos;{field}&apos; was read as whole numbers: ids are written as those numbers, and leading zeros the CRM had are lost. To keep them, open the file with the id as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="215"/>
        <source>Zip code areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="219"/>
        <source>The zip code areas need their zip code field and their territory field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="239"/>
        <source>Reps table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="250"/>
        <source>Each territory has one owner, but the reps table gives several to {cases}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="260"/>
        <source>{count} accounts have no new territory ({source} gives none), e.g. {ids}. They are left out of the file, so the CRM keeps their current territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="267"/>
        <source>{count} accounts have no id: the CRM cannot match them, they are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="273"/>
        <source>{count} ids occur on more than one row, e.g. {ids}: the CRM will update them twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="279"/>
        <source>No owner in the reps table for {count} territories: {names}. Their new_owner is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignController</name>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="101"/>
        <source>The layer {} has no field {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="121"/>
        <source>Contiguity cannot be checked: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="220"/>
        <source>Units were added, deleted or reshaped; contiguity is checked again on reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="315"/>
        <source>There is already a territory {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="333"/>
        <source>Territory {} still has {} units; move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="372"/>
        <source>{} locked units were not moved (e.g. {}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="382"/>
        <source>Contiguity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="387"/>
        <source>The layer {} cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="392"/>
        <source>Assign {} to {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="392"/>
        <source>Assign {} units to {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="417"/>
        <source>This move splits territory {} into pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="419"/>
        <source>The moved units do not touch territory {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="420"/>
        <source>Move anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="430"/>
        <source>Could not save {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="320"/>
        <source>{} is not a valid value for the field {}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDock</name>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="468"/>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="79"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="107"/>
        <source>Units layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="108"/>
        <source>Territory field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="109"/>
        <source>Zip code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="110"/>
        <source>Lock field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="111"/>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="112"/>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="113"/>
        <source>Accounts layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="114"/>
        <source>Account zip field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="115"/>
        <source>Override field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="116"/>
        <source>Account id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="133"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="137"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="138"/>
        <source>Create a new, empty territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="140"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="141"/>
        <source>Remove the target territory if it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="148"/>
        <source>Note for the change log (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="152"/>
        <source>Assign selected units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="155"/>
        <source>Paint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="156"/>
        <source>Click or drag on the map to paint units into the target territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="159"/>
        <source>Check alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="167"/>
        <source>Keep selected accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="168"/>
        <source>Count the selected accounts in the target territory, whatever their zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="170"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="171"/>
        <source>Return the selected accounts to their zip&apos;s territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="178"/>
        <source>Save edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="180"/>
        <source>Change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="340"/>
        <source>Choose a units layer and its territory field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="344"/>
        <source>{} units in {} territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="346"/>
        <source>{} unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="348"/>
        <source>{} not contiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="350"/>
        <source>{} accounts overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="374"/>
        <source>Select units on the map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="388"/>
        <source>Choose an accounts layer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="397"/>
        <source>Select accounts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="405"/>
        <source>New territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="405"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="420"/>
        <source>{} ({} pieces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="421"/>
        <source>Not contiguous: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="423"/>
        <source>Every territory is in one piece.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="46"/>
        <source>territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="47"/>
        <source>accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="48"/>
        <source>hours a year in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="49"/>
        <source>largest deviation of total hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="54"/>
        <source>coefficient of variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="55"/>
        <source>{within} of {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="55"/>
        <source>territories within ±{tol:g}% of the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="60"/>
        <source>mean utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="61"/>
        <source>reps over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="69"/>
        <source>call hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="70"/>
        <source>travel hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="73"/>
        <source>admin hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="74"/>
        <source>mean {value:,.0f} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="74"/>
        <source>Workload per territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="87"/>
        <source>mean ±{tol:g}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="87"/>
        <source>within capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="87"/>
        <source>over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="87"/>
        <source>capacity (100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="87"/>
        <source>Utilisation per territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="124"/>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="103"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="104"/>
        <source>Call h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="105"/>
        <source>Travel h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="106"/>
        <source>Admin h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="107"/>
        <source>Total h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="108"/>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="109"/>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="110"/>
        <source>Deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="119"/>
        <source>Click a column to sort. Rows outside the tolerance band are shaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="125"/>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="126"/>
        <source>Last year&apos;s sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="127"/>
        <source>Potential share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="128"/>
        <source>Sales share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="129"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="130"/>
        <source>Quota share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="131"/>
        <source>Quota / potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="132"/>
        <source>Fairness index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="133"/>
        <source>Growth vs sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="134"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="151"/>
        <source>Fairness index = (quota / potential) / (goal / total potential): 1 is average; shaded rows are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="167"/>
        <source>units changed territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="168"/>
        <source>of the units with an existing territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="171"/>
        <source>of {field} moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="173"/>
        <source>No unit changed territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="179"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="179"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="179"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="185"/>
        <source>Call hours of an account = calls per year x minutes per call / 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="186"/>
        <source>Travel hours = calls per year x 2 x distance(account, base) x circuity / speed; the base is the rep&apos;s home, else the territory&apos;s workload-weighted centre; distances on the WGS84 ellipsoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="190"/>
        <source>Total hours = call + travel + admin hours. Utilisation = total hours / rep capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="191"/>
        <source>Index = total hours / mean of all territories. Deviation = (total - mean) / mean. Coefficient of variation = standard deviation / mean of total hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreWorkload</name>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="98"/>
        <source>Score workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="135"/>
        <source>Accounts (layer, table or CSV file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="367"/>
        <source>Segment field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="144"/>
        <source>Call plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="144"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="144"/>
        <source>Calls per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="144"/>
        <source>Minutes per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="152"/>
        <source>Calls per year field (instead of the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="153"/>
        <source>Minutes per call field (instead of the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="370"/>
        <source>Account territory field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="371"/>
        <source>Account zip code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="372"/>
        <source>Account fields to total per territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="157"/>
        <source>Zip code areas (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="387"/>
        <source>Area zip code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="390"/>
        <source>Area territory field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="167"/>
        <source>Code format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="167"/>
        <source>US ZIP (5 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="167"/>
        <source>As is (any country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="182"/>
        <source>Unit level: area call hours field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="183"/>
        <source>Unit level: area calls per year field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="184"/>
        <source>Unit level: area account count field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="185"/>
        <source>Unit level: area fields to total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="186"/>
        <source>Rep home bases (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="566"/>
        <source>Territory field of the bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="200"/>
        <source>Average speed (km/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="203"/>
        <source>Circuity: road distance / straight distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="208"/>
        <source>Rep capacity (field hours a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="213"/>
        <source>Admin overhead (% of call and travel hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="666"/>
        <source>Accounts with call and travel hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="229"/>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="232"/>
        <source>Largest deviation of total hours (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="233"/>
        <source>Coefficient of variation of total hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="234"/>
        <source>Accounts in no territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="235"/>
        <source>Accounts without a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="553"/>
        <source>{what} has no coordinate reference system: set it (Layer Properties &gt; Source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="247"/>
        <source>Give the accounts (with a segment and call plan, or calls and minutes fields), or, at unit level, zip code areas with a call hours field and a territory field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="315"/>
        <source>{k} territories, {hours:,.0f} hours a year in all; largest deviation of total hours {dev:.2f}%, coefficient of variation {cv:.3f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="368"/>
        <source>Calls per year field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="369"/>
        <source>Minutes per call field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="337"/>
        <source>Call plan: {problem}. Write rows of segment, calls per year, minutes per call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="377"/>
        <source>A call plan needs the segment field of the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="379"/>
        <source>Say how often each account is called: a segment field and a call plan (e.g. A,24,45,B,12,30,C,4,20), or a calls per year field and a minutes per call field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="395"/>
        <source>Say which territory each account is in: the account territory field, or the zip code areas with their zip code and territory fields and the accounts&apos; zip code field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="348"/>
        <source>(blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="350"/>
        <source>Segments not in the call plan: {segments} (accounts: {counts}). The plan has {known}. Add rows for them, or a default row with segment * (e.g. *,4,20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="350"/>
        <source>no segment rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="472"/>
        <source>Territories come from the accounts&apos; field &apos;{field}&apos;; the areas&apos; territory field is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="478"/>
        <source>{count} accounts are in no territory ({no_area} match no zip code area, {blank} are in an area without a territory); they are left out of the scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="485"/>
        <source>{count} accounts have no value in &apos;{field}&apos;; they are left out of the scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="491"/>
        <source>{count} accounts in a territory have no location (no point and no matching zip code area): they get no travel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="518"/>
        <source>The zip code areas layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="439"/>
        <source>The accounts layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="503"/>
        <source>Unit level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="510"/>
        <source>Without accounts, the zip code areas need a call hours field and a territory field (unit level), e.g. the totals written by &apos;Aggregate accounts by zip code&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="534"/>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="529"/>
        <source>{count} zip code areas have no territory; they are left out of the scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="542"/>
        <source>No calls per year field: travel is not counted at unit level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="545"/>
        <source>No account count field: the accounts column counts zip code areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="570"/>
        <source>Rep home bases need their territory field: the territory each base serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="573"/>
        <source>The bases layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="582"/>
        <source>Each territory has one home base, but these have more: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="584"/>
        <source>No home base names a territory: the bases&apos; territory field holds e.g. {bases}, the territories are e.g. {names}. Choose the field of the bases that holds the territory names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="592"/>
        <source>Territory &apos;{name}&apos; has a home base but no accounts: it is scored with 0 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="601"/>
        <source>No home base for {names}: travel measured from the territory&apos;s weighted centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="101"/>
        <source>Scores each territory: the hours a year its rep needs for the calls the accounts deserve, the hours spent driving to them, and the share of the rep&apos;s capacity that takes.

Call hours of an account = calls per year x minutes per call / 60, from its segment in the call plan (rows of segment, calls per year, minutes per call, e.g. A,24,45,B,12,30,C,4,20; a row with segment * serves every other segment) or from per-account fields. A segment missing from the plan is an error that names it.
Territory of an account: the account&apos;s territory field, or the territory of its zip code area (codes cleaned exactly as in &apos;Aggregate accounts by zip code&apos;; point accounts without a usable code go to the area that contains them).
Travel hours = calls per year x 2 x distance(account, base) x circuity / average speed. The account is at its point, else at the centroid of its zip code area; the base is the rep&apos;s home (Bases layer), else the territory&apos;s centre weighted by call hours. Distances are measured on the WGS84 ellipsoid.
Total hours = call hours + travel hours + admin overhead (% of both). Utilisation = total hours / capacity. Index = total hours / mean of all territories; deviation = (total - mean) / mean.

Unit level: without accounts, zip code areas that carry a workload field (call hours), a territory field and optionally calls per year (for travel) and an account count give the same scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="175"/>
        <source>Place point accounts without a usable code in the area that contains them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="270"/>
        <source>No territory found: the territory field is empty everywhere. Check the territory field of the accounts or of the zip code areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="450"/>
        <source>{count} point accounts without a usable code were placed by location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="607"/>
        <source>No home bases given: travel is measured from each territory&apos;s centre, weighted by call hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="611"/>
        <source>Travel measured for {count} rows, {km:,.0f} km one way in all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryAlgorithm</name>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="42"/>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="69"/>
        <source>{what}: the layer has no field named &apos;{field}&apos;. Available fields: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryPlugin</name>
    <message>
        <location filename="../territory_plugin/plugin.py" line="60"/>
        <source>Territories: reassign by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/plugin.py" line="76"/>
        <source>&amp;Territory Designer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryProvider</name>
    <message>
        <location filename="../territory_plugin/processing/provider.py" line="28"/>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/provider.py" line="31"/>
        <source>Sales territory management</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryReport</name>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="157"/>
        <source>Territory report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="54"/>
        <source>Writes one self-contained HTML file to open in a browser or send by mail: a map of the territories rendered from the layer, the scorecard of &apos;Score workload&apos; as a sortable table, bar charts of workload and utilisation per territory with the tolerance band around the mean, the balance summary (largest deviation, coefficient of variation) and, when the existing territory field is given, what changed: units, and the share of each chosen measure, that move to another territory.

Optional: the quotas of &apos;Allocate quotas&apos;, and rep home bases drawn on the map.

Everything is inside the file (the map as an image, the charts as SVG, a few lines of JavaScript for sorting); nothing is fetched from the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="66"/>
        <source>Units with territories (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="145"/>
        <source>Territory field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="76"/>
        <source>Scorecard (from Score workload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="81"/>
        <source>Existing territory field (to show what changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="89"/>
        <source>Measures whose moved share to report (e.g. accounts, potential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="99"/>
        <source>Quotas (from Allocate quotas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="104"/>
        <source>Rep home bases (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="109"/>
        <source>Tolerance band around the mean (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="119"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="122"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="122"/>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="150"/>
        <source>Existing territory field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="163"/>
        <source>The scorecard lacks the columns {columns}: use the Scorecard output of &apos;Score workload&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="196"/>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="173"/>
        <source>The quotas table lacks a territory or quota column: use the output of &apos;Allocate quotas&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="198"/>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="182"/>
        <source>Rendering the map of {k} territories...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="193"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="193"/>
        <source>Map of the territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="194"/>
        <source>Workload per territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="195"/>
        <source>Utilisation per territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="202"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="205"/>
        <source>Territories of the scorecard with no unit on the map: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="210"/>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="211"/>
        <source>{k} territories · written {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="218"/>
        <source>Report written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="153"/>
        <source>Measures to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="186"/>
        <source>Map: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryTableModel</name>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="56"/>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="59"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="61"/>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="63"/>
        <source>{} dev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="76"/>
        <source>{} accounts kept here by an override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="99"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="101"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="102"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="102"/>
        <source>{} pieces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
