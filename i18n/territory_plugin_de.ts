<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AggregateZipCodes</name>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="63"/>
        <source>Aggregate accounts by zip code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="66"/>
        <source>Counts the accounts of a CRM export in each zip-code area and totals the chosen fields.

Codes are cleaned first. US ZIP mode: spaces are trimmed, ZIP+4 (02134-1234) and nine-digit codes keep their first five digits, and leading zeros lost by spreadsheets are restored (2134 and 2134.0 become 02134). As-is mode (any country): codes are trimmed, upper-cased and inner spaces collapsed. The same cleaning is applied to the zip-code areas.

Accounts that match no area go to the Unmatched output with a reason: blank, invalid code, or no unit with this code. When the accounts are points, those without a usable code can be placed in the area that contains them.

Summed fields may hold numbers stored as text (as in CSV files); blanks count as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="79"/>
        <source>Accounts (layer, table or CSV file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="139"/>
        <source>Account zip code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="87"/>
        <source>Zip code areas (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="140"/>
        <source>Area zip code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="95"/>
        <source>Code format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="95"/>
        <source>US ZIP (5 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="95"/>
        <source>As is (any country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="103"/>
        <source>Account fields to total per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="112"/>
        <source>Place point accounts without a usable code by location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="119"/>
        <source>Zip areas with account totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="128"/>
        <source>Unmatched accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="127"/>
        <source>Matched accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="134"/>
        <source>The zip code areas must be polygons, but the layer holds {kind}. Choose a polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="144"/>
        <source>Account fields to total: the accounts have no field named &apos;{field}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="158"/>
        <source>The zip code areas have duplicate codes in &apos;{field}&apos;: {codes}. Each area needs its own code; dissolve the duplicates first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="182"/>
        <source>Field &apos;{field}&apos; must hold numbers, but account {account} ({label_field}) has &apos;{value}&apos; ({count} such values in all). Fix those values or leave them blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="195"/>
        <source>{count} point accounts without a usable code were placed by location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="210"/>
        <source>Matched {matched} accounts; {unmatched} unmatched ({by_reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="227"/>
        <source>Could not read back {count} account rows (e.g. feature {fid}) from the accounts source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryAlgorithm</name>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="27"/>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="42"/>
        <source>{what}: the layer has no field named &apos;{field}&apos;. Available fields: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryProvider</name>
    <message>
        <location filename="../territory_plugin/processing/provider.py" line="21"/>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/provider.py" line="24"/>
        <source>Sales territory management</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
