<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AccountOverrides</name>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="70"/>
        <source>Choose the zip code field of the units to link accounts.</source>
        <translation>Wählen Sie das PLZ-Feld der Einheiten, um Kunden zuzuordnen.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="74"/>
        <source>The layer {} has no field {}.</source>
        <translation>Der Layer {} hat kein Feld {}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="89"/>
        <source>The units&apos; zip codes cannot link accounts: {}</source>
        <translation>Die Postleitzahlen der Einheiten können keine Kunden zuordnen: {}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="170"/>
        <source>The accounts layer {} cannot get a new field; save it as a GeoPackage (Export &gt; Save Features As) and use that copy.</source>
        <translation>Der Kundenlayer {} kann kein neues Feld erhalten; speichern Sie ihn als GeoPackage (Exportieren &gt; Objekte speichern als) und verwenden Sie diese Kopie.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="190"/>
        <source>Choose an accounts layer and its override field first.</source>
        <translation>Wählen Sie zuerst einen Kundenlayer und sein Ausnahmefeld.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="205"/>
        <source>The layer {} cannot be edited.</source>
        <translation>Der Layer {} kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="209"/>
        <source>Keep {} accounts in {}</source>
        <translation>{} Kunden in {} halten</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="209"/>
        <source>Return {} accounts to their zip&apos;s territory</source>
        <translation>{} Kunden an das Gebiet ihrer PLZ zurückgeben</translation>
    </message>
</context>
<context>
    <name>AggregateZipCodes</name>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="61"/>
        <source>Aggregate accounts by zip code</source>
        <translation>Kunden nach PLZ zusammenfassen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="64"/>
        <source>Counts the accounts of a CRM export in each zip-code area and totals the chosen fields.

Codes are cleaned first. US ZIP mode: spaces are trimmed, ZIP+4 (02134-1234) and nine-digit codes keep their first five digits, and leading zeros lost by spreadsheets are restored (2134 and 2134.0 become 02134). As-is mode (any country): codes are trimmed, upper-cased and inner spaces collapsed. The same cleaning is applied to the zip-code areas.

Accounts that match no area go to the Unmatched output with a reason: blank, invalid code, or no unit with this code. When the accounts are points, those without a usable code can be placed in the area that contains them.

Summed fields may hold numbers stored as text (as in CSV files); blanks count as 0.</source>
        <translation>Zählt die Kunden eines CRM-Exports in jeder PLZ-Fläche und summiert die gewählten Felder.

Die Postleitzahlen werden zuerst bereinigt. Modus US-ZIP: Leerzeichen werden entfernt, ZIP+4 (02134-1234) und neunstellige Codes behalten ihre ersten fünf Ziffern, und von Tabellenkalkulationen verlorene führende Nullen werden ergänzt (2134 und 2134.0 werden zu 02134). Modus Unverändert (jedes Land): Leerzeichen am Rand werden entfernt, Buchstaben großgeschrieben und innere Leerzeichen zusammengefasst. Dieselbe Bereinigung gilt für die PLZ-Flächen.

Kunden, die zu keiner Fläche passen, kommen mit einem Grund in die Ausgabe 'Nicht zugeordnete Kunden': leer, ungültige PLZ oder keine Einheit mit dieser PLZ. Sind die Kunden Punkte, können die ohne verwendbare PLZ der Fläche zugeordnet werden, in der sie liegen.

Summierte Felder dürfen als Text gespeicherte Zahlen enthalten (wie in CSV-Dateien); leere Werte zählen als 0.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="77"/>
        <source>Accounts (layer, table or CSV file)</source>
        <translation>Kunden (Layer, Tabelle oder CSV-Datei)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="153"/>
        <source>Account zip code field</source>
        <translation>PLZ-Feld der Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="90"/>
        <source>Zip code areas (polygons)</source>
        <translation>PLZ-Flächen (Polygone)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="156"/>
        <source>Area zip code field</source>
        <translation>PLZ-Feld der Flächen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="103"/>
        <source>Code format</source>
        <translation>PLZ-Format</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="103"/>
        <source>US ZIP (5 digits)</source>
        <translation>US-ZIP (5 Ziffern)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="103"/>
        <source>As is (any country)</source>
        <translation>Unverändert (jedes Land)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="159"/>
        <source>Account fields to total per area</source>
        <translation>Kundenfelder, die je Fläche summiert werden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="120"/>
        <source>Place point accounts without a usable code by location</source>
        <translation>Punktkunden ohne verwendbare PLZ nach Lage zuordnen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="127"/>
        <source>Zip areas with account totals</source>
        <translation>PLZ-Flächen mit Kundensummen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="142"/>
        <source>Unmatched accounts</source>
        <translation>Nicht zugeordnete Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="141"/>
        <source>Matched accounts</source>
        <translation>Zugeordnete Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="148"/>
        <source>The zip code areas must be polygons, but the layer holds {kind}. Choose a polygon layer.</source>
        <translation>Die PLZ-Flächen müssen Polygone sein, der Layer enthält aber {kind}. Wählen Sie einen Polygonlayer.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="194"/>
        <source>{count} point accounts without a usable code were placed by location.</source>
        <translation>{count} Punktkunden ohne verwendbare PLZ wurden nach ihrer Lage zugeordnet.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="229"/>
        <source>Matched {matched} accounts; {unmatched} unmatched ({by_reason}).</source>
        <translation>{matched} Kunden zugeordnet; {unmatched} nicht zugeordnet ({by_reason}).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="274"/>
        <source>The accounts have a column &apos;{field}&apos;: it is written as &apos;{name}&apos; in the unmatched accounts, where &apos;reason&apos; says why an account matched no area.</source>
        <translation>Die Kunden haben eine Spalte '{field}': sie wird in den nicht zugeordneten Kunden als '{name}' geschrieben, wo 'reason' angibt, warum ein Kunde zu keiner Fläche passte.</translation>
    </message>
</context>
<context>
    <name>AllocateQuotas</name>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="40"/>
        <source>Allocate quotas</source>
        <translation>Zielvorgaben verteilen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="43"/>
        <source>Splits a company goal over the territories: each territory&apos;s quota = goal x (weight x its share of potential + (1 - weight) x its share of last year&apos;s sales).

The input holds the territory of each row: the scorecard of &apos;Score workload&apos;, the zip code areas with their territory, or the accounts themselves; rows of the same territory are added up.

To make unfair quotas stand out, each territory gets quota / potential and the fairness index: that ratio divided by the company&apos;s (goal / total potential). 1 is average; 1.2 asks the rep to win 20% more of the potential than the average rep. Territories further off than the flag threshold are flagged &apos;harder&apos; or &apos;easier&apos;. growth_pct compares the quota with last year&apos;s sales.</source>
        <translation>Verteilt ein Unternehmensziel auf die Gebiete: Zielvorgabe eines Gebiets = Ziel x (Gewicht x sein Anteil am Potenzial + (1 - Gewicht) x sein Anteil am Vorjahresumsatz).

Die Eingabe enthält das Gebiet jeder Zeile: die Scorecard von 'Arbeitslast bewerten', die PLZ-Flächen mit ihrem Gebiet oder die Kunden selbst; Zeilen desselben Gebiets werden addiert.

Damit unfaire Zielvorgaben auffallen, erhält jedes Gebiet Zielvorgabe / Potenzial und den Fairnessindex: dieses Verhältnis geteilt durch das des Unternehmens (Ziel / Gesamtpotenzial). 1 ist der Durchschnitt; 1,2 verlangt vom Außendienstmitarbeiter, 20 % mehr vom Potenzial zu gewinnen als der Durchschnitt. Gebiete, die weiter als die Markierungsschwelle abweichen, werden als 'harder' (schwerer) oder 'easier' (leichter) markiert. growth_pct vergleicht die Zielvorgabe mit dem Vorjahresumsatz.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="55"/>
        <source>Territories, zip code areas or accounts</source>
        <translation>Gebiete, PLZ-Flächen oder Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="121"/>
        <source>Territory field</source>
        <translation>Gebietsfeld</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="124"/>
        <source>Potential field</source>
        <translation>Potenzialfeld</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="129"/>
        <source>Last year&apos;s sales field</source>
        <translation>Feld Vorjahresumsatz</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="88"/>
        <source>Company goal</source>
        <translation>Unternehmensziel</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="89"/>
        <source>Weight of potential (%); the rest follows last year&apos;s sales</source>
        <translation>Gewicht des Potenzials (%); der Rest folgt dem Vorjahresumsatz</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="99"/>
        <source>Flag quotas whose fairness index is off by more than (%)</source>
        <translation>Zielvorgaben markieren, deren Fairnessindex um mehr als (%) abweicht</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="108"/>
        <source>Quotas</source>
        <translation>Zielvorgaben</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="111"/>
        <source>Total of the quotas</source>
        <translation>Summe der Zielvorgaben</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="112"/>
        <source>Largest deviation of the fairness index (%)</source>
        <translation>Größte Abweichung des Fairnessindex (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="117"/>
        <source>Flagged territories</source>
        <translation>Markierte Gebiete</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="135"/>
        <source>Without a last year&apos;s sales field the quotas can only follow potential: choose the sales field, or set the weight of potential to 100%.</source>
        <translation>Ohne Feld für den Vorjahresumsatz können die Zielvorgaben nur dem Potenzial folgen: wählen Sie das Umsatzfeld oder setzen Sie das Gewicht des Potenzials auf 100%.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="154"/>
        <source>{count} rows have no territory; their potential and sales are left out.</source>
        <translation>{count} Zeilen haben kein Gebiet; ihr Potenzial und Umsatz bleiben unberücksichtigt.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="162"/>
        <source>No row has a territory in &apos;{field}&apos;: nothing to allocate.</source>
        <translation>Keine Zeile hat ein Gebiet in '{field}': nichts zu verteilen.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="176"/>
        <source>Cannot split the goal: {problem} (field &apos;{field}&apos;).</source>
        <translation>Das Ziel kann nicht aufgeteilt werden: {problem} (Feld '{field}').</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="185"/>
        <source>{territory}: quota {quota:,.0f} on potential {potential:,.0f}, fairness index {index:.2f} ({flag}).</source>
        <translation>{territory}: Zielvorgabe {quota:,.0f} bei Potenzial {potential:,.0f}, Fairnessindex {index:.2f} ({flag}).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="197"/>
        <source>{k} territories; quotas add up to {total:,.0f}; largest fairness deviation {dev:.1f}%.</source>
        <translation>{k} Gebiete; Zielvorgaben ergeben zusammen {total:,.0f}; größte Fairness-Abweichung {dev:.1f}%.</translation>
    </message>
</context>
<context>
    <name>AssignReps</name>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="94"/>
        <source>Assign reps to territories</source>
        <translation>Außendienstmitarbeiter den Gebieten zuweisen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="97"/>
        <source>Matches reps to territories so that the reps drive as little as possible, skills go where they are needed and locked reps keep their territory.

Reps: points at their homes, with a name, optionally a skill (a segment, or several separated by ; , or |), a current territory and a lock field. With a current territory field and no lock field, every rep with a current territory keeps it; with a lock field, only those whose lock value is true (1, yes, true, locked, x).
Territories: polygons, usually the zip code areas of a design with their territory field (or territory polygons); they list the territories, place the accounts and give the area their calls spread over. Without an area territory field, the territories are those of the accounts&apos; territory field.
Accounts: a layer, table or CSV with calls per year (a calls field, or a segment field and a call plan of segment, calls per year, minutes per call). Each account&apos;s territory is its own territory field, else the territory of its zip code area (codes cleaned as in &apos;Aggregate accounts by zip code&apos;; point accounts without a usable code go to the area that contains them). It is at its point, else at its area&apos;s centroid.

Cost of rep r for territory t = t&apos;s travel hours a year if r served it from home, as day tours: sum of calls x (2 x distance(account, home) / calls per day + hop) x circuity / speed, where hop = 0.7124 x sqrt(area / accounts) is the mean step between neighbouring calls. Distances on the WGS84 ellipsoid.
A territory whose accounts are mostly one segment (share of call hours above the skill share) needs a rep with that skill: when a free rep has it, the assignment makes as few skill mismatches as it can, then the least travel (the Hungarian method: the exact optimum). With more territories than reps, the vacancies are the territories whose leaving open gives the least travel; with more reps, the extra reps are listed.</source>
        <translation>Ordnet Außendienstmitarbeiter den Gebieten so zu, dass sie so wenig wie möglich fahren, Qualifikationen dort eingesetzt werden, wo sie gebraucht werden, und fixierte Außendienstmitarbeiter ihr Gebiet behalten.

Außendienstmitarbeiter: Punkte an ihrem Wohnort, mit Namen, optional einer Qualifikation (ein Segment oder mehrere, getrennt durch ; , oder |), einem aktuellen Gebiet und einem Fixierungsfeld. Mit einem Feld für das aktuelle Gebiet und ohne Fixierungsfeld behält jeder Außendienstmitarbeiter mit aktuellem Gebiet dieses; mit einem Fixierungsfeld nur die, deren Fixierungswert wahr ist (1, yes, true, locked, x).
Gebiete: Polygone, meist die PLZ-Flächen eines Entwurfs mit ihrem Gebietsfeld (oder Gebietspolygone); sie führen die Gebiete auf, verorten die Kunden und geben die Fläche an, über die sich ihre Besuche verteilen. Ohne Gebietsfeld der Flächen sind die Gebiete die des Gebietsfelds der Kunden.
Kunden: ein Layer, eine Tabelle oder CSV-Datei mit Besuchen pro Jahr (ein Besuchsfeld oder ein Segmentfeld und ein Besuchsplan aus Segment, Besuchen pro Jahr, Minuten pro Besuch). Das Gebiet eines Kunden ist sein eigenes Gebietsfeld, sonst das Gebiet seiner PLZ-Fläche (Postleitzahlen bereinigt wie in 'Kunden nach PLZ zusammenfassen'; Punktkunden ohne verwendbare PLZ kommen in die Fläche, in der sie liegen). Er liegt an seinem Punkt, sonst am Schwerpunkt seiner Fläche.

Kosten des Außendienstmitarbeiters r für Gebiet t = die Fahrstunden pro Jahr von t, wenn r es von zu Hause aus betreute, als Tagestouren: Summe der Besuche x (2 x Entfernung(Kunde, Wohnort) / Besuche pro Tag + Sprung) x Umwegfaktor / Geschwindigkeit, wobei Sprung = 0.7124 x sqrt(Fläche / Kunden) der mittlere Weg zwischen benachbarten Besuchen ist. Entfernungen auf dem WGS84-Ellipsoid.
Ein Gebiet, dessen Kunden überwiegend einem Segment angehören (Anteil an den Besuchsstunden über dem Qualifikationsanteil), braucht einen Außendienstmitarbeiter mit dieser Qualifikation: Hat ein freier Außendienstmitarbeiter sie, macht die Zuweisung so wenige Qualifikationsfehlzuordnungen wie möglich und dann die geringste Fahrzeit (die Ungarische Methode: das exakte Optimum). Bei mehr Gebieten als Außendienstmitarbeitern sind die Vakanzen die Gebiete, deren Freilassen die geringste Fahrzeit ergibt; bei mehr Außendienstmitarbeitern werden die überzähligen aufgelistet.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="126"/>
        <source>Reps (points at their homes)</source>
        <translation>Außendienstmitarbeiter (Punkte an ihrem Wohnort)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="290"/>
        <source>Rep name field</source>
        <translation>Namensfeld der Außendienstmitarbeiter</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="134"/>
        <source>Rep skill (segment) field</source>
        <translation>Qualifikationsfeld (Segment) der Außendienstmitarbeiter</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="137"/>
        <source>Rep current territory field</source>
        <translation>Feld aktuelles Gebiet der Außendienstmitarbeiter</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="138"/>
        <source>Rep lock field (locked reps keep it)</source>
        <translation>Fixierungsfeld der Außendienstmitarbeiter (fixierte behalten ihr Gebiet)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="141"/>
        <source>Territories or zip code areas (polygons)</source>
        <translation>Gebiete oder PLZ-Flächen (Polygone)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="148"/>
        <source>Area territory field</source>
        <translation>Gebietsfeld der Flächen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="151"/>
        <source>Area zip code field</source>
        <translation>PLZ-Feld der Flächen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="153"/>
        <source>Accounts (layer, table or CSV file)</source>
        <translation>Kunden (Layer, Tabelle oder CSV-Datei)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="158"/>
        <source>Account territory field</source>
        <translation>Gebietsfeld der Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="159"/>
        <source>Account zip code field</source>
        <translation>PLZ-Feld der Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="162"/>
        <source>Account segment field</source>
        <translation>Segmentfeld der Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="165"/>
        <source>Calls per year field (instead of the plan)</source>
        <translation>Feld Besuche pro Jahr (statt des Plans)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="166"/>
        <source>Minutes per call field (instead of the plan)</source>
        <translation>Feld Minuten pro Besuch (statt des Plans)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="170"/>
        <source>A territory needs a skill when its segment has more than this share of call hours (%)</source>
        <translation>Ein Gebiet braucht eine Qualifikation, wenn sein Segment mehr als diesen Anteil der Besuchsstunden hat (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="180"/>
        <source>Calls per day</source>
        <translation>Besuche pro Tag</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="185"/>
        <source>Average speed (km/h)</source>
        <translation>Durchschnittsgeschwindigkeit (km/h)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="188"/>
        <source>Circuity: road distance / straight distance</source>
        <translation>Umwegfaktor: Straßenentfernung / Luftlinie</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="193"/>
        <source>Rep assignment</source>
        <translation>Zuweisung der Außendienstmitarbeiter</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="198"/>
        <source>Travel hours a year in all</source>
        <translation>Fahrstunden pro Jahr insgesamt</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="199"/>
        <source>Territories with a rep</source>
        <translation>Gebiete mit Außendienstmitarbeiter</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="200"/>
        <source>Territories without a rep</source>
        <translation>Gebiete ohne Außendienstmitarbeiter</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="201"/>
        <source>Reps without a territory</source>
        <translation>Außendienstmitarbeiter ohne Gebiet</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="202"/>
        <source>Territories whose rep lacks the skill</source>
        <translation>Gebiete, deren Außendienstmitarbeiter die Qualifikation fehlt</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="218"/>
        <source>No territory found: the territory field of the areas (and of the accounts) is empty.</source>
        <translation>Kein Gebiet gefunden: das Gebietsfeld der Flächen (und der Kunden) ist leer.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="250"/>
        <source>{count} territories have called accounts outside every area: their tour area is the hull of their accounts.</source>
        <translation>{count} Gebiete haben besuchte Kunden außerhalb aller Flächen: ihre Tourfläche ist die Hülle ihrer Kunden.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="291"/>
        <source>Reps</source>
        <translation>Außendienstmitarbeiter</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="296"/>
        <source>A lock field needs the reps&apos; current territory field: the territory a locked rep keeps.</source>
        <translation>Ein Fixierungsfeld braucht das Feld für das aktuelle Gebiet der Außendienstmitarbeiter: das Gebiet, das ein fixierter Außendienstmitarbeiter behält.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="314"/>
        <source>The reps layer has no features: add the reps&apos; homes.</source>
        <translation>Der Layer der Außendienstmitarbeiter hat keine Objekte: fügen Sie ihre Wohnorte hinzu.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="317"/>
        <source>{count} reps have no name in &apos;{field}&apos;: every rep needs one.</source>
        <translation>{count} Außendienstmitarbeiter haben keinen Namen in '{field}': jeder braucht einen.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="324"/>
        <source>Rep names must be unique; these occur more than once: {names}.</source>
        <translation>Die Namen der Außendienstmitarbeiter müssen eindeutig sein; diese kommen mehrfach vor: {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="332"/>
        <source>These reps have no home point: {names}. Place them on the map, or leave them out.</source>
        <translation>Diese Außendienstmitarbeiter haben keinen Wohnortpunkt: {names}. Setzen Sie sie auf der Karte oder lassen Sie sie weg.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="338"/>
        <source>These reps are locked but have no current territory in &apos;{field}&apos;: {names}.</source>
        <translation>Diese Außendienstmitarbeiter sind fixiert, haben aber kein aktuelles Gebiet in '{field}': {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="356"/>
        <source>Territories or zip code areas</source>
        <translation>Gebiete oder PLZ-Flächen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="374"/>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="387"/>
        <source>Say how often each account is called: a calls per year field, or a segment field and a call plan (e.g. A,24,45,B,12,30,C,4,20).</source>
        <translation>Geben Sie an, wie oft jeder Kunde besucht wird: ein Feld Besuche pro Jahr oder ein Segmentfeld und einen Besuchsplan (z. B. A,24,45,B,12,30,C,4,20).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="399"/>
        <source>Say which territory each account is in: the account territory field, or the areas&apos; territory field with the zip code fields of accounts and areas (or accounts as points inside the areas).</source>
        <translation>Geben Sie an, in welchem Gebiet jeder Kunde liegt: das Gebietsfeld der Kunden oder das Gebietsfeld der Flächen mit den PLZ-Feldern von Kunden und Flächen (oder Kunden als Punkte in den Flächen).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="456"/>
        <source>{count} accounts are in no territory; they are left out.</source>
        <translation>{count} Kunden liegen in keinem Gebiet; sie bleiben unberücksichtigt.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="460"/>
        <source>{count} accounts in a territory have no location (no point and no matching zip code area): they count for no travel.</source>
        <translation>{count} Kunden in einem Gebiet haben keine Lage (kein Punkt und keine passende PLZ-Fläche): sie zählen für keine Fahrzeit.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="486"/>
        <source>Rep {rep} is locked to territory &apos;{territory}&apos;, which is not among the territories (e.g. {names}). Correct the rep&apos;s current territory or unlock the rep.</source>
        <translation>Außendienstmitarbeiter {rep} ist auf das Gebiet '{territory}' fixiert, das nicht unter den Gebieten ist (z. B. {names}). Korrigieren Sie sein aktuelles Gebiet oder heben Sie die Fixierung auf.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="496"/>
        <source>Each territory keeps one rep, but more than one rep is locked to {cases}. Unlock all but one.</source>
        <translation>Jedes Gebiet behält einen Außendienstmitarbeiter, aber mehr als einer ist auf {cases} fixiert. Heben Sie die Fixierung bei allen bis auf einen auf.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="554"/>
        <source>{reps} reps, {k} territories: {assigned} with a rep ({locked} locked), {vacant} vacancies, {extra} extra reps. Travel from the reps&apos; homes: {hours:,.0f} hours a year in all.</source>
        <translation>{reps} Außendienstmitarbeiter, {k} Gebiete: {assigned} mit Außendienstmitarbeiter ({locked} fixiert), {vacant} Vakanzen, {extra} überzählige Außendienstmitarbeiter. Fahrzeit von den Wohnorten: {hours:,.0f} Stunden pro Jahr insgesamt.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="570"/>
        <source>{territory}: {rep}, {hours:,.0f} travel hours a year{locked}</source>
        <translation>{territory}: {rep}, {hours:,.0f} Fahrstunden pro Jahr{locked}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="570"/>
        <source> (locked)</source>
        <translation> (fixiert)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="579"/>
        <source>... and {count} more territories: see the output table.</source>
        <translation>... und {count} weitere Gebiete: siehe Ausgabetabelle.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="587"/>
        <source>{territory}: {hours:,.0f} travel hours a year, more than a rep&apos;s whole field year (about {year:,.0f} hours). Check the calls per year, calls per day and speed, or split the territory.</source>
        <translation>{territory}: {hours:,.0f} Fahrstunden pro Jahr, mehr als das ganze Außendienstjahr eines Außendienstmitarbeiters (etwa {year:,.0f} Stunden). Prüfen Sie Besuche pro Jahr, Besuche pro Tag und Geschwindigkeit oder teilen Sie das Gebiet.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="595"/>
        <source>{count} territories have no calls, so no travel: {names}.</source>
        <translation>{count} Gebiete haben keine Besuche, also keine Fahrzeit: {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="601"/>
        <source>No rep for {count} territories (vacancies): {names}. Leaving these open gives the least travel (after skills); lock a rep to a territory to fill it instead.</source>
        <translation>Kein Außendienstmitarbeiter für {count} Gebiete (Vakanzen): {names}. Diese offen zu lassen ergibt die geringste Fahrzeit (nach den Qualifikationen); fixieren Sie einen Außendienstmitarbeiter auf ein Gebiet, um es stattdessen zu besetzen.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="608"/>
        <source>{count} reps have no territory (extra reps): {names}.</source>
        <translation>{count} Außendienstmitarbeiter haben kein Gebiet (überzählig): {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="619"/>
        <source>{count} territories need a skill: {cases}.</source>
        <translation>{count} Gebiete brauchen eine Qualifikation: {cases}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="629"/>
        <source>the rep is locked to it</source>
        <translation>der Außendienstmitarbeiter ist darauf fixiert</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="631"/>
        <source>no free rep has that skill</source>
        <translation>kein freier Außendienstmitarbeiter hat diese Qualifikation</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="633"/>
        <source>the reps who have it serve other territories that need it</source>
        <translation>die Außendienstmitarbeiter mit dieser Qualifikation betreuen andere Gebiete, die sie brauchen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="634"/>
        <source>{territory} needs skill {skill}, but its rep {rep} lacks it: {why}.</source>
        <translation>{territory} braucht die Qualifikation {skill}, aber sein Außendienstmitarbeiter {rep} hat sie nicht: {why}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="209"/>
        <source>Rep homes</source>
        <translation>Wohnorte der Außendienstmitarbeiter</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="224"/>
        <source>Measuring each rep&apos;s day tours in each of the {k} territories ({reps} reps)...</source>
        <translation>Tagestouren jedes Außendienstmitarbeiters in jedem der {k} Gebiete werden gemessen ({reps} Außendienstmitarbeiter)...</translation>
    </message>
</context>
<context>
    <name>DesignTerritories</name>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="94"/>
        <source>Design territories</source>
        <translation>Gebiete entwerfen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="127"/>
        <source>Units (polygons)</source>
        <translation>Einheiten (Polygone)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="132"/>
        <source>Balance fields (the first is the main measure)</source>
        <translation>Ausgleichsfelder (das erste ist die Hauptgröße)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="143"/>
        <source>Tolerance: allowed deviation from the mean (%)</source>
        <translation>Toleranz: erlaubte Abweichung vom Mittelwert (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="153"/>
        <source>Number of territories</source>
        <translation>Anzahl der Gebiete</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="162"/>
        <source>Seeds: rep home bases (points)</source>
        <translation>Startpunkte: Standorte der Außendienstmitarbeiter (Punkte)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="651"/>
        <source>Territory name field of the seeds</source>
        <translation>Gebietsnamensfeld der Startpunkte</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="181"/>
        <source>Existing territory field (start from the current alignment)</source>
        <translation>Feld bestehendes Gebiet (vom aktuellen Gebietszuschnitt ausgehen)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="189"/>
        <source>Lock field (units that keep their existing territory)</source>
        <translation>Fixierungsfeld (Einheiten, die ihr bestehendes Gebiet behalten)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="201"/>
        <source>Neighbours</source>
        <translation>Nachbarschaft</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="201"/>
        <source>Rook: shared boundary</source>
        <translation>Turm: gemeinsame Grenze</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="201"/>
        <source>Queen: shared boundary or corner</source>
        <translation>Dame: gemeinsame Grenze oder Ecke</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="219"/>
        <source>Random seed (same seed, same plan)</source>
        <translation>Zufallsstartwert (gleicher Startwert, gleicher Plan)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="228"/>
        <source>Territory field name</source>
        <translation>Name des Gebietsfelds</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="231"/>
        <source>Return the best plan found when the tolerance cannot be met</source>
        <translation>Den besten gefundenen Plan zurückgeben, wenn die Toleranz nicht erreichbar ist</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="236"/>
        <source>Units with territories</source>
        <translation>Einheiten mit Gebieten</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="241"/>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="250"/>
        <source>Largest deviation from the mean (%)</source>
        <translation>Größte Abweichung vom Mittelwert (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="251"/>
        <source>Cut edges</source>
        <translation>Geschnittene Kanten</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="252"/>
        <source>Mean Polsby-Popper</source>
        <translation>Mittlerer Polsby-Popper-Wert</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="259"/>
        <source>Balance fields</source>
        <translation>Ausgleichsfelder</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="272"/>
        <source>Existing territory field</source>
        <translation>Feld bestehendes Gebiet</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="272"/>
        <source>Lock field</source>
        <translation>Fixierungsfeld</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="276"/>
        <source>Locked units keep their existing territory: set the existing territory field too.</source>
        <translation>Fixierte Einheiten behalten ihr bestehendes Gebiet: geben Sie auch das Feld bestehendes Gebiet an.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="291"/>
        <source>Building the adjacency graph...</source>
        <translation>Nachbarschaftsgraph wird aufgebaut...</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="339"/>
        <source>Designing {k} territories from {n} units ({m} neighbour pairs), tolerance {tol:g}%...</source>
        <translation>{k} Gebiete werden aus {n} Einheiten entworfen ({m} Nachbarpaare), Toleranz {tol:g}%...</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="410"/>
        <source>The territories cannot meet the request:
{reasons}
Check &apos;Return the best plan found&apos; to get the closest plan anyway.</source>
        <translation>Die Gebiete können die Anforderung nicht erfüllen:
{reasons}
Aktivieren Sie 'Den besten gefundenen Plan zurückgeben', um trotzdem den nächstbesten Plan zu erhalten.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="491"/>
        <source>Largest deviation {dev:.2f}%, {cut} cut edges, mean Polsby-Popper {pp:.3f}, {ok} of {k} territories contiguous.</source>
        <translation>Größte Abweichung {dev:.2f}%, {cut} geschnittene Kanten, mittlerer Polsby-Popper-Wert {pp:.3f}, {ok} von {k} Gebieten zusammenhängend.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="513"/>
        <source>feature {fid}</source>
        <translation>Objekt {fid}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="514"/>
        <source>{field} {value} (feature {fid})</source>
        <translation>{field} {value} (Objekt {fid})</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="605"/>
        <source>{count} units have no value in &apos;{field}&apos;; they count as 0.</source>
        <translation>{count} Einheiten haben keinen Wert in '{field}'; sie zählen als 0.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="613"/>
        <source>Balance field &apos;{field}&apos; must be 0 or more, but {unit} has {value}.</source>
        <translation>Ausgleichsfeld '{field}' muss 0 oder größer sein, aber {unit} hat {value}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="619"/>
        <source>Balance field &apos;{field}&apos; is 0 on every unit: nothing to balance.</source>
        <translation>Ausgleichsfeld '{field}' ist bei jeder Einheit 0: nichts auszugleichen.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="637"/>
        <source>The existing alignment has {count} territories but {k} were asked for. Set the number of territories to at least {count}, or clear the field of the territories to dissolve.</source>
        <translation>Der bestehende Gebietszuschnitt hat {count} Gebiete, verlangt wurden aber {k}. Setzen Sie die Anzahl der Gebiete auf mindestens {count} oder leeren Sie das Feld bei den Gebieten, die aufgelöst werden sollen.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="654"/>
        <source>There are {count} seed points but {k} territories were asked for: one territory grows around each seed, so set the number of territories to {count}.</source>
        <translation>Es gibt {count} Startpunkte, verlangt wurden aber {k} Gebiete: um jeden Startpunkt wächst ein Gebiet, setzen Sie die Anzahl der Gebiete also auf {count}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="684"/>
        <source>Seed names must be unique; these repeat: {names}.</source>
        <translation>Die Namen der Startpunkte müssen eindeutig sein; diese wiederholen sich: {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="697"/>
        <source>Bridge added between {a} and {b}: their parts of the map touch nowhere else.</source>
        <translation>Brücke zwischen {a} und {b} hinzugefügt: ihre Teile der Karte berühren sich sonst nirgends.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="209"/>
        <source>Snapping tolerance for slivers, gaps and overlaps (metres; empty: automatic)</source>
        <translation>Fangtoleranz für Splitterflächen, Lücken und Überlappungen (Meter; leer: automatisch)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="324"/>
        <source>{count} locked units keep their existing territory.</source>
        <translation>{count} fixierte Einheiten behalten ihr bestehendes Gebiet.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="264"/>
        <source>Choose at least one balance field, e.g. the units&apos; call hours, or design on workload with the call hours and calls per year fields.</source>
        <translation>Wählen Sie mindestens ein Ausgleichsfeld, z. B. die Besuchsstunden der Einheiten, oder entwerfen Sie nach Arbeitslast mit den Feldern Besuchsstunden und Besuche pro Jahr.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="282"/>
        <source>Disruption field</source>
        <translation>Änderungsfeld</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="331"/>
        <source>A disruption budget keeps the existing territories, while seeds start new ones: use one.</source>
        <translation>Ein Änderungsbudget erhält die bestehenden Gebiete, Startpunkte beginnen dagegen neue: verwenden Sie nur eines von beiden.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="337"/>
        <source>workload (call + travel hours)</source>
        <translation>Arbeitslast (Besuchs- + Fahrstunden)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="478"/>
        <source>Designed on workload: call + travel hours within {dev:.2f}% of the mean (the plan of round {best}; {rounds} rounds), travel {share:.0f}% of the hours, from {bases}.</source>
        <translation>Nach Arbeitslast entworfen: Besuchs- + Fahrstunden innerhalb von {dev:.2f}% des Mittelwerts (der Plan aus Runde {best}; {rounds} Runden), Fahrzeit {share:.0f}% der Stunden, ab {bases}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="478"/>
        <source>the reps&apos; homes</source>
        <translation>den Wohnorten der Außendienstmitarbeiter</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="478"/>
        <source>each territory&apos;s centre</source>
        <translation>dem Mittelpunkt jedes Gebiets</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="543"/>
        <source>Refining, pass {step} of {steps} (coarse to fine): largest deviation from the mean {deviation}% so far, {seconds} s.</source>
        <translation>Verfeinerung, Durchgang {step} von {steps} (grob bis fein): bisher größte Abweichung vom Mittelwert {deviation}%, {seconds} s.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="548"/>
        <source>Tolerance not met yet: trying another start (number {step}); largest deviation {deviation}%, {seconds} s.</source>
        <translation>Toleranz noch nicht erreicht: neuer Startversuch (Nummer {step}); größte Abweichung {deviation}%, {seconds} s.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="553"/>
        <source>Designing separate piece {step} of {steps} of the map: largest deviation in it {deviation}%, {seconds} s.</source>
        <translation>Getrenntes Kartenteil {step} von {steps} wird entworfen: größte Abweichung darin {deviation}%, {seconds} s.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="564"/>
        <source>Territory field name (TERRITORY_FIELD) &apos;{name}&apos; is also a field the design reads ({role}): the output would replace it. Choose another name, e.g. territory.</source>
        <translation>Der Name des Gebietsfelds (TERRITORY_FIELD) '{name}' ist auch ein Feld, das der Entwurf liest ({role}): die Ausgabe würde es ersetzen. Wählen Sie einen anderen Namen, z. B. territory.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="564"/>
        <source>a balance field</source>
        <translation>ein Ausgleichsfeld</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="564"/>
        <source>the lock</source>
        <translation>die Fixierung</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="575"/>
        <source>Territory field name (TERRITORY_FIELD) &apos;{name}&apos; is already a field of the units: the output would replace its values. Choose another name, or set it as the existing territory field (EXISTING_FIELD) when it holds today&apos;s territories.</source>
        <translation>Der Name des Gebietsfelds (TERRITORY_FIELD) '{name}' ist bereits ein Feld der Einheiten: die Ausgabe würde seine Werte ersetzen. Wählen Sie einen anderen Namen oder geben Sie es als Feld bestehendes Gebiet (EXISTING_FIELD) an, wenn es die heutigen Gebiete enthält.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="590"/>
        <source>The {count} locked units of territory {territory} do not touch one another ({units}; up to {hops} neighbours apart): the territory must reach all of them. Unlock the outlying ones.</source>
        <translation>Die {count} fixierten Einheiten des Gebiets {territory} berühren einander nicht ({units}; bis zu {hops} Nachbarn voneinander entfernt): das Gebiet muss alle erreichen. Heben Sie die Fixierung der abgelegenen auf.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="610"/>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="692"/>
        <source>Seeds</source>
        <translation>Startpunkte</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="97"/>
        <source>Groups polygon units (zip codes, counties...) into territories that are contiguous, balanced on one or more measures within a tolerance, and compact.

Balance: each territory&apos;s total of every balance field stays within the tolerance of the mean (deviation = (total - mean) / mean). The first field is the main one.
Contiguity: units are neighbours when they share a boundary (rook) or any point (queen), with a small snapping tolerance for slivers and gaps. Islands are joined to their nearest unit; the log lists every such bridge.
Compactness: the engine keeps few cut edges and a high Polsby-Popper score (4 pi area / perimeter squared, measured in an equal-area projection).

Design on workload: with the units&apos; call hours and calls per year, the main measure is each territory&apos;s workload as &apos;Score workload&apos; counts it, call hours plus day-tour travel from the rep&apos;s home (the seeds) or the territory&apos;s centre, so that a rural territory gets fewer accounts than a city one. The design is repeated, each time with every unit&apos;s travel in the last plan, while the workload deviation improves; the log shows each round. The balance fields are then further measures.

Optional: rep home bases as seeds (one territory grows around each), the current territory of each unit as the starting point, and locked units that keep their current territory.

Realignment: from the existing territory field, the plan keeps the territory names and moves as little as it can (the log and the DISRUPTION output say how much moved, beside a lower bound for plans that move units between touching territories). A disruption budget caps it, in % of the main balance field or of the disruption field (e.g. accounts); when budget and tolerance cannot both hold, the error names the budget that works and the best tolerance within the budget. The territories output gets moved_in and moved_out. On workload, the realignment balances the scorecard&apos;s hours and the budget is in % of the workload as it is today; the seeds are then the homes of today&apos;s reps, matched to the existing territories by name.

When the tolerance cannot be met the algorithm says why (e.g. a unit heavier than a territory&apos;s share) and fails, unless &apos;Return the best plan found&apos; is checked.</source>
        <translation>Fasst Flächeneinheiten (Postleitzahlen, Landkreise...) zu Gebieten zusammen, die zusammenhängend, innerhalb einer Toleranz in einer oder mehreren Größen ausgeglichen und kompakt sind.

Ausgleich: die Summe jedes Ausgleichsfelds je Gebiet bleibt innerhalb der Toleranz um den Mittelwert (Abweichung = (Summe - Mittelwert) / Mittelwert). Das erste Feld ist das Hauptfeld.
Zusammenhang: Einheiten sind Nachbarn, wenn sie eine Grenze (Turm) oder irgendeinen Punkt (Dame) gemeinsam haben, mit einer kleinen Fangtoleranz für Splitterflächen und Lücken. Inseln werden mit ihrer nächsten Einheit verbunden; das Protokoll listet jede solche Brücke auf.
Kompaktheit: der Algorithmus hält die Zahl geschnittener Kanten niedrig und den Polsby-Popper-Wert hoch (4 pi Fläche / Umfang zum Quadrat, gemessen in einer flächentreuen Projektion).

Entwurf nach Arbeitslast: mit den Besuchsstunden und Besuchen pro Jahr der Einheiten ist die Hauptgröße die Arbeitslast jedes Gebiets, wie 'Arbeitslast bewerten' sie zählt: Besuchsstunden plus Fahrzeit der Tagestouren vom Wohnort des Außendienstmitarbeiters (den Startpunkten) oder vom Mittelpunkt des Gebiets, sodass ein ländliches Gebiet weniger Kunden erhält als ein städtisches. Der Entwurf wird wiederholt, jedes Mal mit der Fahrzeit jeder Einheit im letzten Plan, solange sich die Abweichung der Arbeitslast verbessert; das Protokoll zeigt jede Runde. Die Ausgleichsfelder sind dann weitere Größen.

Optional: Standorte der Außendienstmitarbeiter als Startpunkte (um jeden wächst ein Gebiet), das aktuelle Gebiet jeder Einheit als Ausgangspunkt und fixierte Einheiten, die ihr aktuelles Gebiet behalten.

Neuzuschnitt: ausgehend vom Feld bestehendes Gebiet behält der Plan die Gebietsnamen und verschiebt so wenig wie möglich (das Protokoll und die Ausgabe DISRUPTION sagen, wie viel verschoben wurde, neben einer Untergrenze für Pläne, die Einheiten zwischen benachbarten Gebieten verschieben). Ein Änderungsbudget begrenzt dies, in % des Hauptausgleichsfelds oder des Änderungsfelds (z. B. Kunden); können Budget und Toleranz nicht beide eingehalten werden, nennt der Fehler das Budget, das funktioniert, und die beste Toleranz innerhalb des Budgets. Die Gebietsausgabe erhält moved_in und moved_out. Nach Arbeitslast gleicht die Neuausrichtung die Stunden der Auswertung aus, und das Budget ist in % der Arbeitslast, wie sie heute ist; die Startpunkte sind dann die Wohnorte der heutigen Außendienstmitarbeiter, den bestehenden Gebieten über den Namen zugeordnet.

Kann die Toleranz nicht erreicht werden, sagt der Algorithmus warum (z. B. eine Einheit, die schwerer ist als der Anteil eines Gebiets) und bricht ab, es sei denn, 'Den besten gefundenen Plan zurückgeben' ist aktiviert.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="410"/>
        <source>The territories cannot meet the request, and no plan was found to return:
{reasons}</source>
        <translation>Die Gebiete können die Anforderung nicht erfüllen, und es wurde kein Plan gefunden, der zurückgegeben werden könnte:
{reasons}</translation>
    </message>
</context>
<context>
    <name>DesignWorkload</name>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="69"/>
        <source>Design on workload: call hours field of the units</source>
        <translation>Entwurf nach Arbeitslast: Feld Besuchsstunden der Einheiten</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="75"/>
        <source>Design on workload: calls per year field of the units</source>
        <translation>Entwurf nach Arbeitslast: Feld Besuche pro Jahr der Einheiten</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="81"/>
        <source>Design on workload: called accounts field (the tours&apos; stops)</source>
        <translation>Entwurf nach Arbeitslast: Feld besuchte Kunden (die Stopps der Touren)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="88"/>
        <source>Calls per field day (chained into one tour)</source>
        <translation>Besuche pro Außendiensttag (zu einer Tour verkettet)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="88"/>
        <source>Average speed (km/h)</source>
        <translation>Durchschnittsgeschwindigkeit (km/h)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="88"/>
        <source>Circuity: road distance / straight distance</source>
        <translation>Umwegfaktor: Straßenentfernung / Luftlinie</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="112"/>
        <source>Largest deviation of workload, call + travel hours (%)</source>
        <translation>Größte Abweichung der Arbeitslast, Besuchs- + Fahrstunden (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="121"/>
        <source>Design on workload</source>
        <translation>Entwurf nach Arbeitslast</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="127"/>
        <source>Designing on workload needs the units&apos; call hours field (WORKLOAD_FIELD), e.g. the sum_call_hours written by &apos;Aggregate accounts by zip code&apos;.</source>
        <translation>Der Entwurf nach Arbeitslast braucht das Feld Besuchsstunden der Einheiten (WORKLOAD_FIELD), z. B. das von 'Kunden nach PLZ zusammenfassen' geschriebene sum_call_hours.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="135"/>
        <source>Designing on workload needs the units&apos; calls per year (CALLS_FIELD) to count the travel to them, e.g. the sum_calls_per_year written by &apos;Aggregate accounts by zip code&apos;.</source>
        <translation>Der Entwurf nach Arbeitslast braucht die Besuche pro Jahr der Einheiten (CALLS_FIELD), um die Fahrzeit zu ihnen zu zählen, z. B. das von 'Kunden nach PLZ zusammenfassen' geschriebene sum_calls_per_year.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="143"/>
        <source>Calls per field day (CALLS_PER_DAY) must be more than 0 and at most {most:g}: the calls a rep chains into one day&apos;s tour, typically 4 to 8. It is {value:g}.</source>
        <translation>Besuche pro Außendiensttag (CALLS_PER_DAY) müssen größer als 0 und höchstens {most:g} sein: die Besuche, die ein Außendienstmitarbeiter zu einer Tagestour verkettet, typischerweise 4 bis 8. Der Wert ist {value:g}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="158"/>
        <source>The units layer</source>
        <translation>Der Layer der Einheiten</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="166"/>
        <source>feature</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="174"/>
        <source>&apos;{field}&apos; must be 0 or more, but feature {fid} has {value:g}.</source>
        <translation>'{field}' muss 0 oder größer sein, aber Objekt {fid} hat {value:g}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="184"/>
        <source>No called accounts field: each unit with calls counts as one stop of the day tours (a field summing the scored accounts&apos; &apos;called&apos; column counts the accounts).</source>
        <translation>Kein Feld besuchte Kunden: jede Einheit mit Besuchen zählt als ein Stopp der Tagestouren (ein Feld, das die Spalte 'called' der bewerteten Kunden summiert, zählt die Kunden).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="191"/>
        <source>The call hours field &apos;{field}&apos; is 0 on every unit: nothing to balance.</source>
        <translation>Das Feld Besuchsstunden '{field}' ist bei jeder Einheit 0: nichts auszugleichen.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="318"/>
        <source>Round 0, on call hours: workload (call + travel hours) {dev:.2f}% off the mean; travel is {share:.0f}% of the hours.</source>
        <translation>Runde 0, nach Besuchsstunden: Arbeitslast (Besuchs- + Fahrstunden) {dev:.2f}% vom Mittelwert entfernt; Fahrzeit ist {share:.0f}% der Stunden.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="323"/>
        <source>Round {number}, on call hours + each unit&apos;s travel in the last plan (balanced within {engine:.2f}%): workload {dev:.2f}% off the mean; travel {share:.0f}% of the hours.</source>
        <translation>Runde {number}, nach Besuchsstunden + Fahrzeit jeder Einheit im letzten Plan (ausgeglichen innerhalb {engine:.2f}%): Arbeitslast {dev:.2f}% vom Mittelwert entfernt; Fahrzeit {share:.0f}% der Stunden.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="219"/>
        <source>Realigning on workload, the rep home bases (SEEDS) are matched to the existing territories by name: set their territory name field (SEED_ID_FIELD).</source>
        <translation>Bei der Neuausrichtung nach Arbeitslast werden die Wohnorte der Außendienstmitarbeiter (SEEDS) den bestehenden Gebieten über den Namen zugeordnet: geben Sie ihr Gebietsnamensfeld an (SEED_ID_FIELD).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="225"/>
        <source>Territory name field of the seeds</source>
        <translation>Gebietsnamensfeld der Startpunkte</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="244"/>
        <source>Each territory has one rep home; these names repeat: {names}.</source>
        <translation>Jedes Gebiet hat einen Wohnort eines Außendienstmitarbeiters; diese Namen wiederholen sich: {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="250"/>
        <source>Rep homes whose name is no existing territory, left out: {names}.</source>
        <translation>Wohnorte, deren Name kein bestehendes Gebiet ist, bleiben unberücksichtigt: {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="257"/>
        <source>Territories without a rep home, their travel counted from their centre: {names}.</source>
        <translation>Gebiete ohne Wohnort eines Außendienstmitarbeiters, ihre Fahrzeit ab ihrem Mittelpunkt gerechnet: {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="313"/>
        <source>Round 0, on call hours + each unit&apos;s travel in the existing alignment (balanced within {engine:.2f}%): workload {dev:.2f}% off the mean; travel {share:.0f}% of the hours.</source>
        <translation>Runde 0, nach Besuchsstunden + Fahrzeit jeder Einheit in der bestehenden Aufteilung (ausgeglichen innerhalb {engine:.2f}%): Arbeitslast {dev:.2f}% vom Mittelwert entfernt; Fahrzeit {share:.0f}% der Stunden.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="40"/>
        <source>{unit} alone has {weight:,.6g} of &apos;{measure}&apos;, {excess:.1f}% above the most one territory may hold ({cap:,.6g} = mean x (1 + tolerance)). Raise the tolerance, use fewer territories, or split that unit.</source>
        <translation>{unit} allein hat {weight:,.6g} von '{measure}', {excess:.1f}% über dem, was ein Gebiet höchstens fassen darf ({cap:,.6g} = Mittelwert x (1 + Toleranz)). Erhöhen Sie die Toleranz, verwenden Sie weniger Gebiete oder teilen Sie diese Einheit.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="96"/>
        <source>No contiguous plan is within the tolerance of {tol:.2f}% around {units}, where {count} neighbouring units each weigh {share:.0f}% of a mean territory or more: every plan is at least {floor:.2f}% off the mean there (proven over every way to cut that area). Raise the tolerance to at least that, use another number of territories, or split those units.</source>
        <translation>Um {units}, wo {count} benachbarte Einheiten je {share:.0f}% eines mittleren Gebiets oder mehr wiegen, liegt kein zusammenhängender Plan innerhalb der Toleranz von {tol:.2f}%: jeder Plan weicht dort um mindestens {floor:.2f}% vom Mittelwert ab (bewiesen über jede Möglichkeit, diesen Bereich zu zerschneiden). Erhöhen Sie die Toleranz auf mindestens diesen Wert, verwenden Sie eine andere Anzahl von Gebieten oder teilen Sie diese Einheiten.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="45"/>
        <source>The locked units of territory {territory} total {total:,.6g} of &apos;{measure}&apos;, {excess:.1f}% above the most one territory may hold ({cap:,.6g}). Unlock some of them or raise the tolerance.</source>
        <translation>Die fixierten Einheiten des Gebiets {territory} ergeben zusammen {total:,.6g} von '{measure}', {excess:.1f}% über dem, was ein Gebiet höchstens fassen darf ({cap:,.6g}). Heben Sie die Fixierung einiger auf oder erhöhen Sie die Toleranz.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="53"/>
        <source>The seeds of {a} and {b} lie in the same unit {unit}; move one of them.</source>
        <translation>Die Startpunkte von {a} und {b} liegen in derselben Einheit {unit}; verschieben Sie einen davon.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="57"/>
        <source>The seed of {territory} lies in {unit}, which is locked to territory {other}.</source>
        <translation>Der Startpunkt von {territory} liegt in {unit}, die auf Gebiet {other} fixiert ist.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="60"/>
        <source>The seed of {territory} lies outside the units.</source>
        <translation>Der Startpunkt von {territory} liegt außerhalb der Einheiten.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="63"/>
        <source>{k} territories were asked for from {n} units, but only {filled} of them could get a unit: units tied together (locked, seeded or joined to their piece of the map) move together. Ask for fewer territories.</source>
        <translation>{k} Gebiete wurden aus {n} Einheiten verlangt, aber nur {filled} davon konnten eine Einheit erhalten: zusammengebundene Einheiten (fixiert, mit Startpunkt oder mit ihrem Kartenteil verbunden) wandern gemeinsam. Verlangen Sie weniger Gebiete.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="68"/>
        <source>{k} territories were asked for, but there are only {n} units.</source>
        <translation>{k} Gebiete wurden verlangt, es gibt aber nur {n} Einheiten.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="72"/>
        <source>A separate piece of the map of {units} units (including {unit}) cannot hold a whole number of balanced territories. Join it to the rest with a bridge or raise the tolerance.</source>
        <translation>Ein getrenntes Kartenteil aus {units} Einheiten (darunter {unit}) kann keine ganze Zahl ausgeglichener Gebiete aufnehmen. Verbinden Sie es mit einer Brücke mit dem Rest oder erhöhen Sie die Toleranz.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="77"/>
        <source>The separate pieces of the map need between {low} and {high} territories in all; {k} were asked for.</source>
        <translation>Die getrennten Kartenteile brauchen insgesamt zwischen {low} und {high} Gebiete; verlangt wurden {k}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="81"/>
        <source>The locked units of territory {territory} cannot be joined into one contiguous piece.</source>
        <translation>Die fixierten Einheiten des Gebiets {territory} lassen sich nicht zu einem zusammenhängenden Stück verbinden.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="85"/>
        <source>The best plan found is {dev:.2f}% off the mean on &apos;{measure}&apos; (territory {territory}); the tolerance is {tol:.2f}%.</source>
        <translation>Der beste gefundene Plan weicht bei '{measure}' um {dev:.2f}% vom Mittelwert ab (Gebiet {territory}); die Toleranz ist {tol:.2f}%.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="90"/>
        <source>{unit} weighs {share:.1f}% of a mean territory, and every contiguous territory that contains it ends {below:+.1f}% or {above:+.1f}% from the mean: outside the tolerance. Raise the tolerance or split that unit.</source>
        <translation>{unit} wiegt {share:.1f}% eines mittleren Gebiets, und jedes zusammenhängende Gebiet, das sie enthält, endet {below:+.1f}% oder {above:+.1f}% vom Mittelwert entfernt: außerhalb der Toleranz. Erhöhen Sie die Toleranz oder teilen Sie diese Einheit.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="109"/>
        <source>The seed of {territory} lies in {unit}, walled in by other seeds: no balanced territory can grow around it, so that unit goes to {holder} and {territory} grows beside it.</source>
        <translation>Der Startpunkt von {territory} liegt in {unit}, eingeschlossen von anderen Startpunkten: um ihn kann kein ausgeglichenes Gebiet wachsen, daher geht diese Einheit an {holder} und {territory} wächst daneben.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="116"/>
        <source>Balancing within {tol:.2f}% moves {needed:.2f}% of &apos;{field}&apos; (moving units only between touching territories, at least {bound:.2f}%), more than the budget of {budget:.2f}%: a budget of {needed:.2f}% works.</source>
        <translation>Ein Ausgleich innerhalb {tol:.2f}% verschiebt {needed:.2f}% von '{field}' (bei Verschiebungen nur zwischen benachbarten Gebieten mindestens {bound:.2f}%), mehr als das Budget von {budget:.2f}%: ein Budget von {needed:.2f}% funktioniert.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="122"/>
        <source>Balancing within {tol:.2f}% was not reached (moving units only between touching territories needs at least {bound:.2f}% of &apos;{field}&apos;); the budget is {budget:.2f}%.</source>
        <translation>Ein Ausgleich innerhalb {tol:.2f}% wurde nicht erreicht (Verschiebungen nur zwischen benachbarten Gebieten brauchen mindestens {bound:.2f}% von '{field}'); das Budget ist {budget:.2f}%.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="134"/>
        <source>Within the budget, the best plan found is {best:.2f}% off the mean.</source>
        <translation>Innerhalb des Budgets weicht der beste gefundene Plan um {best:.2f}% vom Mittelwert ab.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="152"/>
        <source>Territory {territory} is in {pieces} pieces.</source>
        <translation>Gebiet {territory} besteht aus {pieces} Teilen.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="173"/>
        <source>... and {count} more like this.</source>
        <translation>... und {count} weitere dieser Art.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="139"/>
        <source>No plan within the budget was found: even keeping today&apos;s balance moves {least:.2f}% of &apos;{field}&apos;.</source>
        <translation>Kein Plan innerhalb des Budgets gefunden: Schon das heutige Gleichgewicht zu halten verschiebt {least:.2f}% von '{field}'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="143"/>
        <source>{n} of today&apos;s territories are in several pieces, and every plan joins them up.</source>
        <translation>{n} der heutigen Gebiete bestehen aus mehreren Teilen, und jeder Plan fügt sie zusammen.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="147"/>
        <source>{n} units have no territory today, and every plan gives them one.</source>
        <translation>{n} Einheiten haben heute kein Gebiet, und jeder Plan gibt ihnen eines.</translation>
    </message>
</context>
<context>
    <name>DissolvedTerritories</name>
    <message>
        <location filename="../territory_plugin/gui/dissolved.py" line="118"/>
        <source>Territories follow the units</source>
        <translation>Gebiete folgen den Einheiten</translation>
    </message>
</context>
<context>
    <name>EstimatePotential</name>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="52"/>
        <source>Estimate sales potential</source>
        <translation>Umsatzpotenzial schätzen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="55"/>
        <source>Estimates each zip code area&apos;s sales potential from its attributes (population, income, number of businesses, any numeric fields): a regression fitted on the zips that have sales, applied to every zip. Zips without sales (blank or 0) get an estimate of what they could sell.

Model: ridge regression of log(sales) on the fields; fields that are never negative and skewed (skewness above 1) enter as log(1 + value). Zips missing a field value are not fitted and get no estimate; the log counts them per field. At least 10 zips with sales, and 5 per field, are needed.
Written fields: potential_est, the expected sales (log model corrected with Duan&apos;s smearing factor, so that estimates add up to sales); potential_low and potential_high, the prediction interval (e.g. 80%: 4 zips in 5 should fall inside); potential_fitted, 1 where the zip&apos;s sales were used to fit.
The log gives the cross-validated R^2 (k folds: each zip predicted by a model that did not see it), on sales and on log sales, and the coefficients.</source>
        <translation>Schätzt das Umsatzpotenzial jeder PLZ-Fläche aus ihren Attributen (Einwohner, Einkommen, Zahl der Unternehmen, beliebige numerische Felder): eine Regression, angepasst an die PLZ mit Umsatz und auf jede PLZ angewendet. PLZ ohne Umsatz (leer oder 0) erhalten eine Schätzung dessen, was sie verkaufen könnten.

Modell: Ridge-Regression von log(Umsatz) auf die Felder; Felder, die nie negativ und schief verteilt sind (Schiefe über 1), gehen als log(1 + Wert) ein. PLZ, denen ein Feldwert fehlt, werden nicht angepasst und erhalten keine Schätzung; das Protokoll zählt sie je Feld. Mindestens 10 PLZ mit Umsatz und 5 je Feld sind nötig.
Geschriebene Felder: potential_est, der erwartete Umsatz (Log-Modell, korrigiert mit Duans Smearing-Faktor, sodass sich die Schätzungen zum Umsatz addieren); potential_low und potential_high, das Prognoseintervall (z. B. 80%: 4 von 5 PLZ sollten darin liegen); potential_fitted, 1 wo der Umsatz der PLZ für die Anpassung verwendet wurde.
Das Protokoll nennt das kreuzvalidierte R^2 (k Teilmengen: jede PLZ wird von einem Modell vorhergesagt, das sie nicht gesehen hat), auf Umsatz und auf log(Umsatz), sowie die Koeffizienten.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="75"/>
        <source>Zip code areas</source>
        <translation>PLZ-Flächen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="133"/>
        <source>Sales field</source>
        <translation>Umsatzfeld</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="134"/>
        <source>Fields to estimate from</source>
        <translation>Felder für die Schätzung</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="97"/>
        <source>Model log(sales) (recommended)</source>
        <translation>log(Umsatz) modellieren (empfohlen)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="100"/>
        <source>Log-transform skewed fields</source>
        <translation>Schiefe Felder logarithmieren</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="102"/>
        <source>Prediction interval (%)</source>
        <translation>Prognoseintervall (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="107"/>
        <source>Ridge penalty (on standardised fields)</source>
        <translation>Ridge-Strafterm (auf standardisierten Feldern)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="114"/>
        <source>Cross-validation folds</source>
        <translation>Teilmengen der Kreuzvalidierung</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="121"/>
        <source>Zip code areas with potential</source>
        <translation>PLZ-Flächen mit Potenzial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="126"/>
        <source>Cross-validated R² on sales</source>
        <translation>Kreuzvalidiertes R² auf Umsatz</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="127"/>
        <source>Zips the model was fitted on</source>
        <translation>PLZ, an die das Modell angepasst wurde</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="128"/>
        <source>Zips with an estimate</source>
        <translation>PLZ mit Schätzung</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="129"/>
        <source>Zips missing a field value</source>
        <translation>PLZ mit fehlendem Feldwert</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="136"/>
        <source>The sales field &apos;{field}&apos; cannot also be a field to estimate from.</source>
        <translation>Das Umsatzfeld '{field}' kann nicht zugleich ein Feld für die Schätzung sein.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="201"/>
        <source>Only {count} zips have sales in &apos;{field}&apos; and a value in every chosen field; {needed} are needed for {p} fields ({with_sales} have sales). Choose fewer fields, fill the missing values, or use a larger area.</source>
        <translation>Nur {count} PLZ haben Umsatz in '{field}' und einen Wert in jedem gewählten Feld; {needed} sind für {p} Felder nötig ({with_sales} haben Umsatz). Wählen Sie weniger Felder, füllen Sie die fehlenden Werte oder verwenden Sie ein größeres Gebiet.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="207"/>
        <source>Field &apos;{field}&apos; has the same value on every zip with sales, so it cannot explain them: leave it out.</source>
        <translation>Feld '{field}' hat bei jeder PLZ mit Umsatz denselben Wert und kann ihn daher nicht erklären: lassen Sie es weg.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="211"/>
        <source>Choose at least one field to estimate from (population, income, businesses...).</source>
        <translation>Wählen Sie mindestens ein Feld für die Schätzung (Einwohner, Einkommen, Unternehmen...).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="220"/>
        <source>Fitted on {fit} of {n} zips; {without} have no sales (they are estimated, not fitted) and {incomplete} with sales lack a field value.</source>
        <translation>Angepasst an {fit} von {n} PLZ; {without} haben keinen Umsatz (sie werden geschätzt, nicht angepasst) und {incomplete} mit Umsatz fehlt ein Feldwert.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="233"/>
        <source>{count} zips have no value in &apos;{field}&apos;: they get no estimate.</source>
        <translation>{count} PLZ haben keinen Wert in '{field}': sie erhalten keine Schätzung.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="240"/>
        <source>Entered as log(1 + value), being skewed: {fields}.</source>
        <translation>Wegen schiefer Verteilung als log(1 + Wert) eingegangen: {fields}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="243"/>
        <source>log(sales)</source>
        <translation>log(Umsatz)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="243"/>
        <source>sales</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="244"/>
        <source>Cross-validated R² ({folds} folds): {r2:.3f} on sales, {r2_model:.3f} on {target} (in-sample {r2_fit:.3f}). Residual standard deviation {sigma:.3g} on {target}.</source>
        <translation>Kreuzvalidiertes R² ({folds} Teilmengen): {r2:.3f} auf Umsatz, {r2_model:.3f} auf {target} (in der Stichprobe {r2_fit:.3f}). Residuenstandardabweichung {sigma:.3g} auf {target}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="257"/>
        <source>Coefficients of {target} (ridge penalty {alpha:g}):</source>
        <translation>Koeffizienten von {target} (Ridge-Strafterm {alpha:g}):</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="261"/>
        <source>log(1 + {field})</source>
        <translation>log(1 + {field})</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="262"/>
        <source>  {field}: {unit:+.4g} per unit, {sd:+.4g} per standard deviation</source>
        <translation>  {field}: {unit:+.4g} je Einheit, {sd:+.4g} je Standardabweichung</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="268"/>
        <source>On log(sales), a coefficient b of log(1 + x) is an elasticity: 1% more x, about b% more sales; for a plain field, one unit more multiplies sales by exp(b).</source>
        <translation>Auf log(Umsatz) ist ein Koeffizient b von log(1 + x) eine Elastizität: 1% mehr x, etwa b% mehr Umsatz; bei einem einfachen Feld multipliziert eine Einheit mehr den Umsatz mit exp(b).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="274"/>
        <source>{level:g}% prediction intervals: about {level:g}% of zips should fall inside theirs.</source>
        <translation>{level:g}%-Prognoseintervalle: etwa {level:g}% der PLZ sollten in ihrem liegen.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="280"/>
        <source>The fields explain little of the sales (cross-validated R² {r2:.2f} on sales): treat the estimates as rough, or add fields that drive sales.</source>
        <translation>Die Felder erklären wenig vom Umsatz (kreuzvalidiertes R² {r2:.2f} auf Umsatz): betrachten Sie die Schätzungen als grob oder fügen Sie Felder hinzu, die den Umsatz treiben.</translation>
    </message>
</context>
<context>
    <name>ExportAssignments</name>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="55"/>
        <source>Export assignments for the CRM</source>
        <translation>Zuordnungen für das CRM exportieren</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="58"/>
        <source>Writes the new assignment as a CSV file that a CRM imports (Salesforce Data Loader, Dynamics 365 import): account_id, account_name, old_territory, new_territory, new_owner, changed (true/false).

Accounts: the CRM export (CSV file or layer) with the account id and, optionally, its name and current territory. Ids are written exactly as read, as text: leading zeros and 18-character Salesforce ids stay as they are (open CSV files as the path itself, or with field types as text).
New territory: an account field (e.g. after editing accounts in the dock), or the zip code areas of the design with their territory, matched by zip code exactly as &apos;Aggregate accounts by zip code&apos; matches them; with both, the account field wins where it has a value. Accounts without a new territory are left out of the file, so the CRM keeps what it has; the log counts them.
New owner: from a reps table (territory -&gt; owner), e.g. the output of &apos;Assign reps to territories&apos; (its fields territory and rep are taken when no fields are given).

The file is UTF-8 with a header, and it is written completely or not at all.</source>
        <translation>Schreibt die neue Zuordnung als CSV-Datei, die ein CRM importiert (Salesforce Data Loader, Dynamics-365-Import): account_id, account_name, old_territory, new_territory, new_owner, changed (true/false).

Kunden: der CRM-Export (CSV-Datei oder Layer) mit der Kunden-ID und optional Name und aktuellem Gebiet. IDs werden genau wie gelesen als Text geschrieben: führende Nullen und 18-stellige Salesforce-IDs bleiben erhalten (CSV-Dateien direkt über ihren Pfad öffnen oder mit Feldtyp Text).
Neues Gebiet: ein Kundenfeld (z. B. nach dem Bearbeiten von Kunden im Dock) oder die PLZ-Flächen des Entwurfs mit ihrem Gebiet, über die PLZ genau so zugeordnet wie in 'Kunden nach PLZ zusammenfassen'; bei beidem gewinnt das Kundenfeld, wo es einen Wert hat. Kunden ohne neues Gebiet bleiben aus der Datei heraus, sodass das CRM behält, was es hat; das Protokoll zählt sie.
Neuer Inhaber: aus einer Tabelle der Außendienstmitarbeiter (Gebiet -&gt; Inhaber), z. B. der Ausgabe von 'Außendienstmitarbeiter den Gebieten zuweisen' (deren Felder territory und rep werden genommen, wenn keine Felder angegeben sind).

Die Datei ist UTF-8 mit Kopfzeile und wird vollständig oder gar nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="75"/>
        <source>Accounts (layer, table or CSV file)</source>
        <translation>Kunden (Layer, Tabelle oder CSV-Datei)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="141"/>
        <source>Account id field</source>
        <translation>ID-Feld der Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="83"/>
        <source>Account name field</source>
        <translation>Namensfeld der Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="84"/>
        <source>Current (old) territory field</source>
        <translation>Feld aktuelles (altes) Gebiet</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="92"/>
        <source>New territory field of the accounts</source>
        <translation>Feld neues Gebiet der Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="95"/>
        <source>Account zip code field</source>
        <translation>PLZ-Feld der Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="96"/>
        <source>Zip code areas with the new territories</source>
        <translation>PLZ-Flächen mit den neuen Gebieten</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="104"/>
        <source>Area zip code field</source>
        <translation>PLZ-Feld der Flächen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="105"/>
        <source>Area territory field</source>
        <translation>Gebietsfeld der Flächen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="109"/>
        <source>Reps table (territory and owner)</source>
        <translation>Tabelle der Außendienstmitarbeiter (Gebiet und Inhaber)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="117"/>
        <source>Territory field of the reps</source>
        <translation>Gebietsfeld der Außendienstmitarbeiter</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="122"/>
        <source>Owner field of the reps</source>
        <translation>Inhaberfeld der Außendienstmitarbeiter</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="125"/>
        <source>Only accounts whose territory changes</source>
        <translation>Nur Kunden, deren Gebiet sich ändert</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="128"/>
        <source>CRM import file</source>
        <translation>CRM-Importdatei</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="128"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="133"/>
        <source>Accounts written</source>
        <translation>Geschriebene Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="134"/>
        <source>Accounts whose territory changes</source>
        <translation>Kunden, deren Gebiet sich ändert</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="135"/>
        <source>Accounts without a new territory</source>
        <translation>Kunden ohne neues Gebiet</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="142"/>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="150"/>
        <source>To take the new territory from the zip code areas, choose the accounts&apos; zip code field.</source>
        <translation>Um das neue Gebiet aus den PLZ-Flächen zu übernehmen, wählen Sie das PLZ-Feld der Kunden.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="154"/>
        <source>Say where each account goes: the accounts&apos; new territory field, or their zip code field with the zip code areas and the areas&apos; zip code and territory fields.</source>
        <translation>Geben Sie an, wohin jeder Kunde kommt: das Feld neues Gebiet der Kunden oder ihr PLZ-Feld mit den PLZ-Flächen und deren PLZ- und Gebietsfeld.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="195"/>
        <source>Wrote {rows} accounts ({changed} change territory) to {path}.</source>
        <translation>{rows} Kunden ({changed} wechseln das Gebiet) nach {path} geschrieben.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="212"/>
        <source>The id field &apos;{field}&apos; was read as decimal numbers, which cannot keep ids exactly (leading zeros, long ids). Open the file so that the id is text: give the CSV file itself, or set the field type to text when adding the layer.</source>
        <translation>Das ID-Feld '{field}' wurde als Dezimalzahlen gelesen, die IDs nicht exakt erhalten können (führende Nullen, lange IDs). Öffnen Sie die Datei so, dass die ID Text ist: geben Sie die CSV-Datei selbst an oder setzen Sie beim Hinzufügen des Layers den Feldtyp auf Text.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="220"/>
        <source>The id field &apos;{field}&apos; was read as whole numbers: ids are written as those numbers, and leading zeros the CRM had are lost. To keep them, open the file with the id as text.</source>
        <translation>Das ID-Feld '{field}' wurde als ganze Zahlen gelesen: die IDs werden als diese Zahlen geschrieben, und führende Nullen aus dem CRM gehen verloren. Um sie zu behalten, öffnen Sie die Datei mit der ID als Text.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="234"/>
        <source>Zip code areas</source>
        <translation>PLZ-Flächen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="238"/>
        <source>The zip code areas need their zip code field and their territory field.</source>
        <translation>Die PLZ-Flächen brauchen ihr PLZ-Feld und ihr Gebietsfeld.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="259"/>
        <source>Reps table</source>
        <translation>Tabelle der Außendienstmitarbeiter</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="270"/>
        <source>Each territory has one owner, but the reps table gives several to {cases}.</source>
        <translation>Jedes Gebiet hat einen Inhaber, aber die Tabelle der Außendienstmitarbeiter nennt mehrere für {cases}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="280"/>
        <source>{count} accounts have no new territory ({source} gives none), e.g. {ids}. They are left out of the file, so the CRM keeps their current territory.</source>
        <translation>{count} Kunden haben kein neues Gebiet ({source} gibt keines an), z. B. {ids}. Sie bleiben aus der Datei heraus, sodass das CRM ihr aktuelles Gebiet behält.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="287"/>
        <source>{count} accounts have no id: the CRM cannot match them, they are left out.</source>
        <translation>{count} Kunden haben keine ID: das CRM kann sie nicht zuordnen, sie bleiben unberücksichtigt.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="293"/>
        <source>{count} ids occur on more than one row, e.g. {ids}: the CRM will update them twice.</source>
        <translation>{count} IDs kommen in mehr als einer Zeile vor, z. B. {ids}: das CRM wird sie doppelt aktualisieren.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="299"/>
        <source>No owner in the reps table for {count} territories: {names}. Their new_owner is empty.</source>
        <translation>Kein Inhaber in der Tabelle der Außendienstmitarbeiter für {count} Gebiete: {names}. Ihr new_owner ist leer.</translation>
    </message>
</context>
<context>
    <name>InputChecks</name>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="39"/>
        <source>{what} ({name}) must be a number; it is &apos;{value}&apos;.</source>
        <translation>{what} ({name}) muss eine Zahl sein; der Wert ist '{value}'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="47"/>
        <source>from {low:g} to {high:g}</source>
        <translation>von {low:g} bis {high:g}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="49"/>
        <source>at least {low:g}</source>
        <translation>mindestens {low:g}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="51"/>
        <source>at most {high:g}</source>
        <translation>höchstens {high:g}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="53"/>
        <source>a finite number</source>
        <translation>eine endliche Zahl</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="54"/>
        <source>{what} ({name}) must be {allowed}; it is {value}.</source>
        <translation>{what} ({name}) muss {allowed} sein; der Wert ist {value}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="86"/>
        <source>{what} lie far from the area of the units ({span:,.0f} km across), distance to it in brackets: {listed}{more}. Check their coordinates and their layer&apos;s CRS.</source>
        <translation>{what} liegen weit außerhalb des Bereichs der Einheiten ({span:,.0f} km Ausdehnung), Abstand dazu in Klammern: {listed}{more}. Prüfen Sie ihre Koordinaten und das KBS ihres Layers.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="89"/>
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="96"/>
        <source>{names}: latitude and longitude look swapped; read the other way round they lie among the units.</source>
        <translation>{names}: Breite und Länge scheinen vertauscht; andersherum gelesen liegen sie zwischen den Einheiten.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="104"/>
        <source>only blanks</source>
        <translation>nur leere Werte</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="129"/>
        <source>Only {matched} of {total} accounts ({share:.1f}%) matched a zip code area; every total of this run leaves the other {unmatched} out.</source>
        <translation>Nur {matched} von {total} Kunden ({share:.1f}%) passen zu einer PLZ-Fläche; jede Summe dieses Laufs lässt die übrigen {unmatched} weg.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="139"/>
        <source>{share:.1f}% of {what}</source>
        <translation>{share:.1f}% von {what}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="143"/>
        <source>The matched accounts carry {shares}.</source>
        <translation>Die zugeordneten Kunden tragen {shares}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="146"/>
        <source>{count} blank</source>
        <translation>{count} leer</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="147"/>
        <source>{count} invalid code</source>
        <translation>{count} ungültige Postleitzahl</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="148"/>
        <source>{count} no area with this code</source>
        <translation>{count} keine Fläche mit dieser Postleitzahl</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="150"/>
        <source>Unmatched: {reasons}.</source>
        <translation>Nicht zugeordnet: {reasons}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="154"/>
        <source>The most frequent unmatched values of &apos;{zip_field}&apos; are {values}; the areas&apos; field &apos;{unit_field}&apos; holds e.g. {unit_samples}.</source>
        <translation>Die häufigsten nicht zugeordneten Werte von '{zip_field}' sind {values}; das Flächenfeld '{unit_field}' enthält z. B. {unit_samples}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="164"/>
        <source>the accounts&apos; postal codes are probably in &apos;{field}&apos; ({samples}), not in &apos;{chosen}&apos;</source>
        <translation>die Postleitzahlen der Kunden stehen vermutlich in '{field}' ({samples}), nicht in '{chosen}'</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="171"/>
        <source>the areas&apos; postal codes are probably in &apos;{field}&apos; ({samples}), not in &apos;{chosen}&apos;</source>
        <translation>die Postleitzahlen der Flächen stehen vermutlich in '{field}' ({samples}), nicht in '{chosen}'</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="178"/>
        <source>many values are no postal code in the chosen code format: another field, or codes of another country (then choose the code format As is)</source>
        <translation>viele Werte sind im gewählten PLZ-Format keine Postleitzahl: ein anderes Feld oder Postleitzahlen eines anderen Landes (dann das PLZ-Format Unverändert wählen)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="182"/>
        <source>the field is empty for many accounts: another field (e.g. the shipping instead of the billing address) may hold their codes</source>
        <translation>das Feld ist bei vielen Kunden leer: ein anderes Feld (z. B. die Liefer- statt der Rechnungsadresse) enthält vielleicht ihre Postleitzahlen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="186"/>
        <source>many codes are valid but no area has them: the zip code areas cover another region than the accounts, or the codes are of another country (if the accounts outside these areas are meant to be left out, filter them out first)</source>
        <translation>viele Postleitzahlen sind gültig, aber keine Fläche hat sie: die PLZ-Flächen decken eine andere Region ab als die Kunden, oder die Postleitzahlen sind aus einem anderen Land (wenn die Kunden außerhalb dieser Flächen wegbleiben sollen, filtern Sie sie vorher heraus)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="193"/>
        <source>Likely causes: {causes}.</source>
        <translation>Wahrscheinliche Ursachen: {causes}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="196"/>
        <source>Check the input before designing on these totals.</source>
        <translation>Prüfen Sie die Eingaben, bevor Sie auf diesen Summen Gebiete entwerfen.</translation>
    </message>
</context>
<context>
    <name>PlanSections</name>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="61"/>
        <source>The plan needs {reps} reps at {target:g}% of {capacity:,.0f} h; you have {k} ({hours:,.0f} h a year in all).</source>
        <translation>Der Plan braucht {reps} Außendienstmitarbeiter bei {target:g}% von {capacity:,.0f} h; Sie haben {k} ({hours:,.0f} h pro Jahr insgesamt).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="72"/>
        <source>Utilisation {low:.0f}% to {high:.0f}%; travel {tlow:.0f}% to {thigh:.0f}% of each rep&apos;s hours ({share:.0f}% in all); workload within {spread:.1f}% of the mean.</source>
        <translation>Auslastung {low:.0f}% bis {high:.0f}%; Fahrzeit {tlow:.0f}% bis {thigh:.0f}% der Stunden jedes Außendienstmitarbeiters ({share:.0f}% insgesamt); Arbeitslast innerhalb von {spread:.1f}% des Mittelwerts.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="87"/>
        <source>Quota growth on last year&apos;s sales {low:+.1f}% to {high:+.1f}%.</source>
        <translation>Wachstum der Zielvorgaben gegenüber dem Vorjahresumsatz {low:+.1f}% bis {high:+.1f}%.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="94"/>
        <source>{count} of {k} reps are over capacity.</source>
        <translation>{count} von {k} Außendienstmitarbeitern sind über der Kapazität.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="98"/>
        <source>{count} territories have calls but no located account: their travel is counted as 0.</source>
        <translation>{count} Gebiete haben Besuche, aber keinen verorteten Kunden: ihre Fahrzeit wird als 0 gezählt.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="108"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="109"/>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="110"/>
        <source>Calls a year</source>
        <translation>Besuche pro Jahr</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="111"/>
        <source>Hours a year</source>
        <translation>Stunden pro Jahr</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="112"/>
        <source>Share of the hours</source>
        <translation>Anteil an den Stunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="116"/>
        <source>Call hours by segment, then the travel the territories need: the hours behind the reps needed.</source>
        <translation>Besuchsstunden nach Segment, dann die Fahrzeit, die die Gebiete brauchen: die Stunden hinter den benötigten Außendienstmitarbeitern.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="140"/>
        <source>workload (total hours)</source>
        <translation>Arbeitslast (Gesamtstunden)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="143"/>
        <source>Measure</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="144"/>
        <source>Largest deviation</source>
        <translation>Größte Abweichung</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="145"/>
        <source>Coefficient of variation</source>
        <translation>Variationskoeffizient</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="146"/>
        <source>Territories within the tolerance</source>
        <translation>Gebiete innerhalb der Toleranz</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="147"/>
        <source>Design log</source>
        <translation>Entwurfsprotokoll</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="151"/>
        <source>Each measure the design balanced, totalled over each territory&apos;s units, and the workload the scorecard counts (calls and travel). Deviation = (total - mean) / mean; the design log&apos;s figure is beside it.</source>
        <translation>Jede Größe, die der Entwurf ausgeglichen hat, summiert über die Einheiten jedes Gebiets, und die Arbeitslast, die die Scorecard zählt (Besuche und Fahrzeit). Abweichung = (Summe - Mittelwert) / Mittelwert; der Wert aus dem Entwurfsprotokoll steht daneben.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="156"/>
        <source>largest deviation of the workload</source>
        <translation>größte Abweichung der Arbeitslast</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="171"/>
        <source>{within} of {k}</source>
        <translation>{within} von {k}</translation>
    </message>
</context>
<context>
    <name>RealignmentTerms</name>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="34"/>
        <source>Disruption budget: the most that may change territory (% of the main balance field, or of the disruption field; empty: no limit)</source>
        <translation>Änderungsbudget: höchstens zulässiger Gebietswechsel (% des Hauptausgleichsfelds oder des Änderungsfelds; leer: keine Grenze)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="48"/>
        <source>Disruption field: count what changes territory in this field (e.g. accounts)</source>
        <translation>Änderungsfeld: Gebietswechsel in diesem Feld zählen (z. B. Kunden)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="59"/>
        <source>Disruption: share that changed territory (%)</source>
        <translation>Änderung: Anteil, der das Gebiet gewechselt hat (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="62"/>
        <source>Lower bound: least share a plan moving units between touching territories had to move (%)</source>
        <translation>Untergrenze: kleinster Anteil, den ein Plan mit Verschiebungen zwischen benachbarten Gebieten verschieben musste (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="75"/>
        <source>A disruption budget limits what changes from the existing alignment: set the existing territory field too.</source>
        <translation>Ein Änderungsbudget begrenzt, was sich gegenüber dem bestehenden Gebietszuschnitt ändert: geben Sie auch das Feld bestehendes Gebiet an.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="88"/>
        <source>Disruption field &apos;{field}&apos; must be 0 or more, but {unit} has {value}.</source>
        <translation>Änderungsfeld '{field}' muss 0 oder größer sein, aber {unit} hat {value}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="97"/>
        <source>Moved {moved:.2f}% of &apos;{measure}&apos; to other territories; a plan meeting the tolerance by moving units only between territories that touch had to move at least {bound}.</source>
        <translation>{moved:.2f}% von '{measure}' in andere Gebiete verschoben; ein Plan, der die Toleranz einhält und Einheiten nur zwischen benachbarten Gebieten verschiebt, musste mindestens {bound} verschieben.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="97"/>
        <source>more than can move</source>
        <translation>mehr als verschoben werden kann</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="108"/>
        <source>Disruption budget {budget:.2f}%.</source>
        <translation>Änderungsbudget {budget:.2f}%.</translation>
    </message>
</context>
<context>
    <name>ReassignController</name>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="112"/>
        <source>The layer {} has no field {}.</source>
        <translation>Der Layer {} hat kein Feld {}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="134"/>
        <source>Contiguity cannot be checked: {}</source>
        <translation>Der Zusammenhang kann nicht geprüft werden: {}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="242"/>
        <source>Units were added, deleted or reshaped; contiguity is checked again on reload.</source>
        <translation>Einheiten wurden hinzugefügt, gelöscht oder umgeformt; der Zusammenhang wird beim Neuladen erneut geprüft.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="344"/>
        <source>There is already a territory {}.</source>
        <translation>Es gibt bereits ein Gebiet {}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="363"/>
        <source>Territory {} still has {} units; move them first.</source>
        <translation>Gebiet {} hat noch {} Einheiten; verschieben Sie sie zuerst.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="402"/>
        <source>{} locked units were not moved (e.g. {}).</source>
        <translation>{} fixierte Einheiten wurden nicht verschoben (z. B. {}).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="412"/>
        <source>Contiguity</source>
        <translation>Zusammenhang</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="417"/>
        <source>The layer {} cannot be edited.</source>
        <translation>Der Layer {} kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="422"/>
        <source>Assign {} to {}</source>
        <translation>{} zu {} zuweisen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="422"/>
        <source>Assign {} units to {}</source>
        <translation>{} Einheiten zu {} zuweisen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="447"/>
        <source>This move splits territory {} into pieces.</source>
        <translation>Diese Verschiebung zerteilt Gebiet {} in Stücke.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="449"/>
        <source>The moved units do not touch territory {}.</source>
        <translation>Die verschobenen Einheiten berühren Gebiet {} nicht.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="450"/>
        <source>Move anyway?</source>
        <translation>Trotzdem verschieben?</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="460"/>
        <source>Could not save {}: {}</source>
        <translation>{} konnte nicht gespeichert werden: {}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="349"/>
        <source>{} is not a valid value for the field {}.</source>
        <translation>{} ist kein gültiger Wert für das Feld {}.</translation>
    </message>
</context>
<context>
    <name>ReassignDock</name>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="567"/>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="83"/>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="118"/>
        <source>Units layer</source>
        <translation>Layer der Einheiten</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="119"/>
        <source>Territory field</source>
        <translation>Gebietsfeld</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="120"/>
        <source>Zip code field</source>
        <translation>PLZ-Feld</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="121"/>
        <source>Lock field</source>
        <translation>Fixierungsfeld</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="122"/>
        <source>Measures</source>
        <translation>Größen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="123"/>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="125"/>
        <source>Accounts layer</source>
        <translation>Kundenlayer</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="126"/>
        <source>Account zip field</source>
        <translation>PLZ-Feld der Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="127"/>
        <source>Override field</source>
        <translation>Ausnahmefeld</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="128"/>
        <source>Account id field</source>
        <translation>ID-Feld der Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="145"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="149"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="150"/>
        <source>Create a new, empty territory</source>
        <translation>Ein neues, leeres Gebiet anlegen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="152"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="153"/>
        <source>Remove the target territory if it is empty</source>
        <translation>Das Zielgebiet entfernen, wenn es leer ist</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="167"/>
        <source>Assign selected units</source>
        <translation>Ausgewählte Einheiten zuweisen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="170"/>
        <source>Paint</source>
        <translation>Malen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="171"/>
        <source>Click or drag on the map to paint units into the target territory</source>
        <translation>Auf der Karte klicken oder ziehen, um Einheiten in das Zielgebiet zu malen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="174"/>
        <source>Check alignment</source>
        <translation>Gebietszuschnitt prüfen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="182"/>
        <source>Keep selected accounts</source>
        <translation>Ausgewählte Kunden halten</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="183"/>
        <source>Count the selected accounts in the target territory, whatever their zip</source>
        <translation>Die ausgewählten Kunden unabhängig von ihrer PLZ zum Zielgebiet zählen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="185"/>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="186"/>
        <source>Return the selected accounts to their zip&apos;s territory</source>
        <translation>Die ausgewählten Kunden an das Gebiet ihrer PLZ zurückgeben</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="193"/>
        <source>Save edits</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="195"/>
        <source>Change log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="393"/>
        <source>Choose a units layer and its territory field.</source>
        <translation>Wählen Sie einen Layer der Einheiten und sein Gebietsfeld.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="397"/>
        <source>{} units in {} territories</source>
        <translation>{} Einheiten in {} Gebieten</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="399"/>
        <source>{} unassigned</source>
        <translation>{} nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="401"/>
        <source>{} not contiguous</source>
        <translation>{} nicht zusammenhängend</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="403"/>
        <source>{} accounts overridden</source>
        <translation>{} Kunden mit Ausnahme</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="427"/>
        <source>Select units on the map first.</source>
        <translation>Wählen Sie zuerst Einheiten auf der Karte aus.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="474"/>
        <source>Choose an accounts layer first.</source>
        <translation>Wählen Sie zuerst einen Kundenlayer.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="483"/>
        <source>Select accounts first.</source>
        <translation>Wählen Sie zuerst Kunden aus.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="498"/>
        <source>New territory</source>
        <translation>Neues Gebiet</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="498"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="513"/>
        <source>{} ({} pieces)</source>
        <translation>{} ({} Teile)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="514"/>
        <source>Not contiguous: {}</source>
        <translation>Nicht zusammenhängend: {}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="516"/>
        <source>Every territory is in one piece.</source>
        <translation>Jedes Gebiet ist zusammenhängend.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="106"/>
        <source> h a year</source>
        <translation> h pro Jahr</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="108"/>
        <source>A rep&apos;s field hours a year: the workload column&apos;s utilisation</source>
        <translation>Außendienststunden eines Außendienstmitarbeiters pro Jahr: Grundlage der Auslastung in der Spalte Arbeitslast</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="124"/>
        <source>Rep capacity</source>
        <translation>Kapazität pro Außendienstmitarbeiter</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="160"/>
        <source>Note for the change log of the next moves (optional)</source>
        <translation>Notiz für das Änderungsprotokoll der nächsten Verschiebungen (optional)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="161"/>
        <source>Written with every move made while it is here, and kept until you change it; type it first.</source>
        <translation>Wird bei jeder Verschiebung geschrieben, solange sie hier steht, und bleibt, bis Sie sie ändern; geben Sie sie zuerst ein.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="432"/>
        <source>Moved {count} units to {territory}{note}. Ctrl+Z undoes it; Save edits keeps it.</source>
        <translation>{count} Einheiten nach {territory} verschoben{note}. Strg+Z macht es rückgängig; Änderungen speichern behält es.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="441"/>
        <source> (note: {note})</source>
        <translation> (Notiz: {note})</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="449"/>
        <source>Saved {count} changes to {layer} and its change log.</source>
        <translation>{count} Änderungen in {layer} und seinem Änderungsprotokoll gespeichert.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="488"/>
        <source>Returned {count} accounts to their zip&apos;s territory{note}.</source>
        <translation>{count} Kunden an das Gebiet ihrer PLZ zurückgegeben{note}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="488"/>
        <source>Kept {count} accounts in {territory}{note}.</source>
        <translation>{count} Kunden in {territory} gehalten{note}.</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="60"/>
        <source>territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="61"/>
        <source>accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="62"/>
        <source>hours a year in all</source>
        <translation>Stunden pro Jahr insgesamt</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="63"/>
        <source>largest deviation of total hours</source>
        <translation>größte Abweichung der Gesamtstunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="68"/>
        <source>coefficient of variation</source>
        <translation>Variationskoeffizient</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="69"/>
        <source>{within} of {k}</source>
        <translation>{within} von {k}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="69"/>
        <source>territories within ±{tol:g}% of the mean</source>
        <translation>Gebiete innerhalb ±{tol:g}% des Mittelwerts</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="74"/>
        <source>mean utilisation</source>
        <translation>mittlere Auslastung</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="75"/>
        <source>reps over capacity</source>
        <translation>Außendienstmitarbeiter über der Kapazität</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="83"/>
        <source>call hours</source>
        <translation>Besuchsstunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="84"/>
        <source>travel hours</source>
        <translation>Fahrstunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="87"/>
        <source>admin hours</source>
        <translation>Verwaltungsstunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="88"/>
        <source>mean {value:,.0f} h</source>
        <translation>Mittelwert {value:,.0f} h</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="88"/>
        <source>Workload per territory</source>
        <translation>Arbeitslast je Gebiet</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="101"/>
        <source>mean ±{tol:g}%</source>
        <translation>Mittelwert ±{tol:g}%</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="101"/>
        <source>within capacity</source>
        <translation>innerhalb der Kapazität</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="101"/>
        <source>over capacity</source>
        <translation>über der Kapazität</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="101"/>
        <source>capacity (100%)</source>
        <translation>Kapazität (100%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="101"/>
        <source>Utilisation per territory</source>
        <translation>Auslastung je Gebiet</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="154"/>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="117"/>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="118"/>
        <source>Call h</source>
        <translation>Besuch h</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="119"/>
        <source>Travel h</source>
        <translation>Fahrt h</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="120"/>
        <source>Admin h</source>
        <translation>Verw. h</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="121"/>
        <source>Total h</source>
        <translation>Gesamt h</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="125"/>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="126"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="127"/>
        <source>Deviation</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="147"/>
        <source>Click a column to sort. Rows outside the tolerance band are shaded.</source>
        <translation>Zum Sortieren auf eine Spalte klicken. Zeilen außerhalb des Toleranzbands sind schattiert.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="155"/>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="156"/>
        <source>Last year&apos;s sales</source>
        <translation>Vorjahresumsatz</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="157"/>
        <source>Potential share</source>
        <translation>Anteil Potenzial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="158"/>
        <source>Sales share</source>
        <translation>Anteil Umsatz</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="159"/>
        <source>Quota</source>
        <translation>Zielvorgabe</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="160"/>
        <source>Quota share</source>
        <translation>Anteil Zielvorgabe</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="161"/>
        <source>Quota / potential</source>
        <translation>Zielvorgabe / Potenzial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="162"/>
        <source>Fairness index</source>
        <translation>Fairnessindex</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="163"/>
        <source>Growth vs sales</source>
        <translation>Wachstum ggü. Umsatz</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="164"/>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="181"/>
        <source>Fairness index = (quota / potential) / (goal / total potential): 1 is average; shaded rows are flagged.</source>
        <translation>Fairnessindex = (Zielvorgabe / Potenzial) / (Ziel / Gesamtpotenzial): 1 ist der Durchschnitt; schattierte Zeilen sind markiert.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="209"/>
        <source>units changed territory</source>
        <translation>Einheiten haben das Gebiet gewechselt</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="210"/>
        <source>of the units with an existing territory</source>
        <translation>der Einheiten mit bestehendem Gebiet</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="213"/>
        <source>of {field} moved</source>
        <translation>von {field} verschoben</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="216"/>
        <source>No unit changed territory.</source>
        <translation>Keine Einheit hat das Gebiet gewechselt.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="222"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="222"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="222"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="256"/>
        <source>Call hours of an account = calls per year x minutes per call / 60.</source>
        <translation>Besuchsstunden eines Kunden = Besuche pro Jahr x Minuten pro Besuch / 60.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="267"/>
        <source>Index = total hours / mean of all territories. Deviation = (total - mean) / mean. Coefficient of variation = standard deviation / mean of total hours.</source>
        <translation>Index = Gesamtstunden / Mittelwert aller Gebiete. Abweichung = (Summe - Mittelwert) / Mittelwert. Variationskoeffizient = Standardabweichung / Mittelwert der Gesamtstunden.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="122"/>
        <source>Calls</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="123"/>
        <source>Field days</source>
        <translation>Außendiensttage</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="124"/>
        <source>Calls a day</source>
        <translation>Besuche pro Tag</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="233"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="233"/>
        <source>disruption budget ({field})</source>
        <translation>Änderungsbudget ({field})</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="238"/>
        <source>of {field} moved by the plan</source>
        <translation>von {field} durch den Plan verschoben</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="245"/>
        <source>the least a plan moving units between touching territories had to move</source>
        <translation>das Mindeste, das ein Plan mit Verschiebungen zwischen benachbarten Gebieten verschieben musste</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="257"/>
        <source>Travel hours, as day tours of c calls a day: calls per year x (2 x distance(account, base) / c + hop) x circuity / speed, where hop = 0.7124 x square root(area / called accounts) of the territory; the base is the rep&apos;s home, else the territory&apos;s workload-weighted centre; distances and areas on the WGS84 ellipsoid.</source>
        <translation>Fahrstunden, als Tagestouren mit c Besuchen pro Tag: Besuche pro Jahr x (2 x Entfernung(Kunde, Standort) / c + Sprung) x Umwegfaktor / Geschwindigkeit, wobei Sprung = 0.7124 x Quadratwurzel(Fläche / besuchte Kunden) des Gebiets; der Standort ist der Wohnort des Außendienstmitarbeiters, sonst der nach Arbeitslast gewichtete Mittelpunkt des Gebiets; Entfernungen und Flächen auf dem WGS84-Ellipsoid.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="263"/>
        <source>Total hours = call + travel + admin hours. Utilisation = total hours / rep capacity. Field days = calls / calls per day.</source>
        <translation>Gesamtstunden = Besuchs- + Fahr- + Verwaltungsstunden. Auslastung = Gesamtstunden / Kapazität pro Außendienstmitarbeiter. Außendiensttage = Besuche / Besuche pro Tag.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="45"/>
        <source>en</source>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>ScoreWorkload</name>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="109"/>
        <source>Score workload</source>
        <translation>Arbeitslast bewerten</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="284"/>
        <source>Segment field</source>
        <translation>Segmentfeld</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="287"/>
        <source>Account territory field</source>
        <translation>Gebietsfeld der Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="288"/>
        <source>Account zip code field</source>
        <translation>PLZ-Feld der Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="289"/>
        <source>Account fields to total per territory</source>
        <translation>Kundenfelder, die je Gebiet summiert werden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="304"/>
        <source>Area zip code field</source>
        <translation>PLZ-Feld der Flächen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="307"/>
        <source>Area territory field</source>
        <translation>Gebietsfeld der Flächen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="529"/>
        <source>Territory field of the bases</source>
        <translation>Gebietsfeld der Standorte</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="642"/>
        <source>Accounts with call and travel hours</source>
        <translation>Kunden mit Besuchs- und Fahrstunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="516"/>
        <source>{what} has no coordinate reference system: set it (Layer Properties &gt; Source).</source>
        <translation>{what} hat kein Koordinatenbezugssystem: legen Sie es fest (Layereigenschaften &gt; Quelle).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="152"/>
        <source>Give the accounts (with a segment and call plan, or calls and minutes fields), or, at unit level, zip code areas with a call hours field and a territory field.</source>
        <translation>Geben Sie die Kunden an (mit Segment und Besuchsplan oder Feldern für Besuche und Minuten) oder, auf Einheitenebene, PLZ-Flächen mit einem Feld Besuchsstunden und einem Gebietsfeld.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="262"/>
        <source>{k} territories, {hours:,.0f} hours a year in all; largest deviation of total hours {dev:.2f}%, coefficient of variation {cv:.3f}.</source>
        <translation>{k} Gebiete, {hours:,.0f} Stunden pro Jahr insgesamt; größte Abweichung der Gesamtstunden {dev:.2f}%, Variationskoeffizient {cv:.3f}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="285"/>
        <source>Calls per year field</source>
        <translation>Feld Besuche pro Jahr</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="286"/>
        <source>Minutes per call field</source>
        <translation>Feld Minuten pro Besuch</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="294"/>
        <source>A call plan needs the segment field of the accounts.</source>
        <translation>Ein Besuchsplan braucht das Segmentfeld der Kunden.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="296"/>
        <source>Say how often each account is called: a segment field and a call plan (e.g. A,24,45,B,12,30,C,4,20), or a calls per year field and a minutes per call field.</source>
        <translation>Geben Sie an, wie oft jeder Kunde besucht wird: ein Segmentfeld und einen Besuchsplan (z. B. A,24,45,B,12,30,C,4,20) oder ein Feld Besuche pro Jahr und ein Feld Minuten pro Besuch.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="312"/>
        <source>Say which territory each account is in: the account territory field, or the zip code areas with their zip code and territory fields and the accounts&apos; zip code field.</source>
        <translation>Geben Sie an, in welchem Gebiet jeder Kunde liegt: das Gebietsfeld der Kunden oder die PLZ-Flächen mit ihrem PLZ- und Gebietsfeld und das PLZ-Feld der Kunden.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="404"/>
        <source>Territories come from the accounts&apos; field &apos;{field}&apos;; the areas&apos; territory field is not used.</source>
        <translation>Die Gebiete kommen aus dem Kundenfeld '{field}'; das Gebietsfeld der Flächen wird nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="410"/>
        <source>{count} accounts are in no territory ({no_area} match no zip code area, {blank} are in an area without a territory); they are left out of the scorecard.</source>
        <translation>{count} Kunden liegen in keinem Gebiet ({no_area} passen zu keiner PLZ-Fläche, {blank} liegen in einer Fläche ohne Gebiet); sie fehlen in der Scorecard.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="417"/>
        <source>{count} accounts have no value in &apos;{field}&apos;; they are left out of the scorecard.</source>
        <translation>{count} Kunden haben keinen Wert in '{field}'; sie fehlen in der Scorecard.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="423"/>
        <source>{count} accounts in a territory have no location (no point and no matching zip code area): they get no travel.</source>
        <translation>{count} Kunden in einem Gebiet haben keine Lage (kein Punkt und keine passende PLZ-Fläche): sie erhalten keine Fahrzeit.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="462"/>
        <source>The zip code areas layer</source>
        <translation>Der Layer der PLZ-Flächen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="355"/>
        <source>The accounts layer</source>
        <translation>Der Kundenlayer</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="446"/>
        <source>Unit level</source>
        <translation>Einheitenebene</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="453"/>
        <source>Without accounts, the zip code areas need a call hours field and a territory field (unit level), e.g. the totals written by &apos;Aggregate accounts by zip code&apos;.</source>
        <translation>Ohne Kunden brauchen die PLZ-Flächen ein Feld Besuchsstunden und ein Gebietsfeld (Einheitenebene), z. B. die von 'Kunden nach PLZ zusammenfassen' geschriebenen Summen.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="479"/>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="474"/>
        <source>{count} zip code areas have no territory; they are left out of the scorecard.</source>
        <translation>{count} PLZ-Flächen haben kein Gebiet; sie fehlen in der Scorecard.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="487"/>
        <source>No calls per year field: travel is not counted at unit level.</source>
        <translation>Kein Feld Besuche pro Jahr: auf Einheitenebene wird keine Fahrzeit gezählt.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="490"/>
        <source>No account count field: the accounts column counts zip code areas.</source>
        <translation>Kein Feld Kundenanzahl: die Kundenspalte zählt PLZ-Flächen.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="533"/>
        <source>Rep home bases need their territory field: the territory each base serves.</source>
        <translation>Die Standorte der Außendienstmitarbeiter brauchen ihr Gebietsfeld: das Gebiet, das jeder Standort betreut.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="536"/>
        <source>The bases layer</source>
        <translation>Der Layer der Standorte</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="545"/>
        <source>Each territory has one home base, but these have more: {names}.</source>
        <translation>Jedes Gebiet hat einen Standort, diese haben aber mehrere: {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="547"/>
        <source>No home base names a territory: the bases&apos; territory field holds e.g. {bases}, the territories are e.g. {names}. Choose the field of the bases that holds the territory names.</source>
        <translation>Kein Standort nennt ein Gebiet: das Gebietsfeld der Standorte enthält z. B. {bases}, die Gebiete sind z. B. {names}. Wählen Sie das Feld der Standorte, das die Gebietsnamen enthält.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="555"/>
        <source>Territory &apos;{name}&apos; has a home base but no accounts: it is scored with 0 hours.</source>
        <translation>Gebiet '{name}' hat einen Standort, aber keine Kunden: es wird mit 0 Stunden bewertet.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="564"/>
        <source>No home base for {names}: travel measured from the territory&apos;s weighted centre.</source>
        <translation>Kein Standort für {names}: Fahrzeit vom gewichteten Mittelpunkt des Gebiets gemessen.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="183"/>
        <source>No territory found: the territory field is empty everywhere. Check the territory field of the accounts or of the zip code areas.</source>
        <translation>Kein Gebiet gefunden: das Gebietsfeld ist überall leer. Prüfen Sie das Gebietsfeld der Kunden oder der PLZ-Flächen.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="366"/>
        <source>{count} point accounts without a usable code were placed by location.</source>
        <translation>{count} Punktkunden ohne verwendbare PLZ wurden nach ihrer Lage zugeordnet.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="570"/>
        <source>No home bases given: travel is measured from each territory&apos;s centre, weighted by call hours.</source>
        <translation>Keine Standorte angegeben: die Fahrzeit wird vom Mittelpunkt jedes Gebiets gemessen, gewichtet nach Besuchsstunden.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="112"/>
        <source>Scores each territory: the hours a year its rep needs for the calls the accounts deserve, the hours spent driving to them, and the share of the rep&apos;s capacity that takes.

Call hours of an account = calls per year x minutes per call / 60, from its segment in the call plan (rows of segment, calls per year, minutes per call, e.g. A,24,45,B,12,30,C,4,20; a row with segment * serves every other segment) or from per-account fields. A segment missing from the plan is an error that names it.
Territory of an account: the account&apos;s territory field, or the territory of its zip code area (codes cleaned exactly as in &apos;Aggregate accounts by zip code&apos;; point accounts without a usable code go to the area that contains them).
Travel, as day tours: a rep chains &apos;calls per day&apos; calls into one tour from the base and back, so each call costs its share of the drive out and back plus one hop to the next call. Travel hours = calls per year x (2 x distance(account, base) / calls per day + hop) x circuity / average speed, where hop = 0.7124 x square root(area / called accounts) of the territory (the zip code areas holding its called accounts, else their convex hull). The account is at its point, else at the centroid of its zip code area; the base is the rep&apos;s home (Bases layer), else the territory&apos;s centre weighted by call hours. Distances and areas are measured on the WGS84 ellipsoid. A territory without located accounts travels 0 hours (the log and the flag column say so).
Total hours = call hours + travel hours + admin overhead (% of both). Utilisation = total hours / capacity, in percent; field days = calls / calls per day. Index = total hours / mean of all territories; deviation = (total - mean) / mean. The flag column names territories over capacity, over a year&apos;s field days, or impossible for any rep.
Sizing: reps needed = total hours / (capacity x target utilisation), rounded up, with the build-up of those hours by segment (accounts, calls, hours) in its own table.

Without accounts, &apos;Score workload of zip code areas&apos; gives the same scorecard from areas that carry call hours (e.g. the totals of &apos;Aggregate accounts by zip code&apos;).</source>
        <translation>Bewertet jedes Gebiet: die Stunden pro Jahr, die sein Außendienstmitarbeiter für die Besuche braucht, die die Kunden verdienen, die Stunden für die Fahrt zu ihnen und den Anteil seiner Kapazität, den das beansprucht.

Besuchsstunden eines Kunden = Besuche pro Jahr x Minuten pro Besuch / 60, aus seinem Segment im Besuchsplan (Zeilen aus Segment, Besuchen pro Jahr, Minuten pro Besuch, z. B. A,24,45,B,12,30,C,4,20; eine Zeile mit dem Segment * gilt für alle übrigen Segmente) oder aus Feldern je Kunde. Ein Segment, das im Plan fehlt, ist ein Fehler, der es nennt.
Gebiet eines Kunden: das Gebietsfeld des Kunden oder das Gebiet seiner PLZ-Fläche (Postleitzahlen genau wie in 'Kunden nach PLZ zusammenfassen' bereinigt; Punktkunden ohne verwendbare PLZ kommen in die Fläche, in der sie liegen).
Fahrzeit, als Tagestouren: ein Außendienstmitarbeiter verkettet 'Besuche pro Tag' Besuche zu einer Tour vom Standort und zurück, sodass jeder Besuch seinen Anteil an Hin- und Rückfahrt plus einen Sprung zum nächsten Besuch kostet. Fahrstunden = Besuche pro Jahr x (2 x Entfernung(Kunde, Standort) / Besuche pro Tag + Sprung) x Umwegfaktor / Durchschnittsgeschwindigkeit, wobei Sprung = 0.7124 x Quadratwurzel(Fläche / besuchte Kunden) des Gebiets (die PLZ-Flächen mit seinen besuchten Kunden, sonst deren konvexe Hülle). Der Kunde liegt an seinem Punkt, sonst am Schwerpunkt seiner PLZ-Fläche; der Standort ist der Wohnort des Außendienstmitarbeiters (Layer der Standorte), sonst der nach Besuchsstunden gewichtete Mittelpunkt des Gebiets. Entfernungen und Flächen werden auf dem WGS84-Ellipsoid gemessen. Ein Gebiet ohne verortete Kunden hat 0 Fahrstunden (Protokoll und Markierungsspalte sagen es).
Gesamtstunden = Besuchsstunden + Fahrstunden + Verwaltungsaufwand (% von beiden). Auslastung = Gesamtstunden / Kapazität, in Prozent; Außendiensttage = Besuche / Besuche pro Tag. Index = Gesamtstunden / Mittelwert aller Gebiete; Abweichung = (Summe - Mittelwert) / Mittelwert. Die Markierungsspalte nennt Gebiete über der Kapazität, über den Außendiensttagen eines Jahres oder für keinen Außendienstmitarbeiter machbar.
Teamgröße: benötigte Außendienstmitarbeiter = Gesamtstunden / (Kapazität x Zielauslastung), aufgerundet, mit dem Aufbau dieser Stunden nach Segment (Kunden, Besuche, Stunden) in einer eigenen Tabelle.

Ohne Kunden liefert 'Arbeitslast von PLZ-Flächen bewerten' dieselbe Scorecard aus Flächen mit Besuchsstunden (z. B. den Summen aus 'Kunden nach PLZ zusammenfassen').</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="164"/>
        <source>Home bases</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="242"/>
        <source>Travel 0 for {count} territories with calls but no located account: {names}. Flagged in the scorecard.</source>
        <translation>Fahrzeit 0 für {count} Gebiete mit Besuchen, aber ohne verorteten Kunden: {names}. In der Scorecard markiert.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="494"/>
        <source>No called accounts field: the day tours count {what} as their stops (a field summing the scored accounts&apos; &apos;called&apos; column counts only the accounts that get calls).</source>
        <translation>Kein Feld besuchte Kunden: die Tagestouren zählen {what} als ihre Stopps (ein Feld, das die Spalte 'called' der bewerteten Kunden summiert, zählt nur die Kunden, die besucht werden).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="494"/>
        <source>every account</source>
        <translation>jeden Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="494"/>
        <source>one stop per zip code area</source>
        <translation>einen Stopp je PLZ-Fläche</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="574"/>
        <source>Travel as day tours of {c:g} calls, measured for {count} rows; {km:,.0f} km one way to them in all.</source>
        <translation>Fahrzeit als Tagestouren mit {c:g} Besuchen, gemessen für {count} Zeilen; insgesamt {km:,.0f} km einfache Strecke zu ihnen.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="580"/>
        <source>{count} territories have called accounts outside every zip code area: their tour area is the convex hull of their accounts.</source>
        <translation>{count} Gebiete haben besuchte Kunden außerhalb aller PLZ-Flächen: ihre Tourfläche ist die konvexe Hülle ihrer Kunden.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="375"/>
        <source>the call hours</source>
        <translation>den Besuchsstunden</translation>
    </message>
</context>
<context>
    <name>ScoreWorkloadOfAreas</name>
    <message>
        <location filename="../territory_plugin/processing/score_workload_areas.py" line="19"/>
        <source>Score workload of zip code areas</source>
        <translation>Arbeitslast von PLZ-Flächen bewerten</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload_areas.py" line="22"/>
        <source>The workload scorecard without accounts: each zip code area carries its call hours (and, for travel, its calls per year and called accounts), e.g. the totals written by &apos;Aggregate accounts by zip code&apos; from the accounts scored by &apos;Score workload&apos;.

Each territory&apos;s call hours are the sum of its areas&apos;. Travel, as day tours from the rep&apos;s home (or the territory&apos;s centre): calls per year x (2 x distance(area centroid, base) / calls per day + hop) x circuity / speed, hop = 0.7124 x square root(area / called accounts) of the territory. Without a calls field there is no travel. Total hours, utilisation, field days, index, deviation, flags and the reps needed are those of &apos;Score workload&apos;.</source>
        <translation>Die Arbeitslast-Scorecard ohne Kunden: jede PLZ-Fläche trägt ihre Besuchsstunden (und für die Fahrzeit ihre Besuche pro Jahr und besuchten Kunden), z. B. die Summen, die 'Kunden nach PLZ zusammenfassen' aus den von 'Arbeitslast bewerten' bewerteten Kunden schreibt.

Die Besuchsstunden eines Gebiets sind die Summe der Besuchsstunden seiner Flächen. Fahrzeit, als Tagestouren vom Wohnort des Außendienstmitarbeiters (oder vom Mittelpunkt des Gebiets): Besuche pro Jahr x (2 x Entfernung(Flächenschwerpunkt, Standort) / Besuche pro Tag + Sprung) x Umwegfaktor / Geschwindigkeit, Sprung = 0.7124 x Quadratwurzel(Fläche / besuchte Kunden) des Gebiets. Ohne Besuchsfeld gibt es keine Fahrzeit. Gesamtstunden, Auslastung, Außendiensttage, Index, Abweichung, Markierungen und die benötigten Außendienstmitarbeiter sind die von 'Arbeitslast bewerten'.</translation>
    </message>
</context>
<context>
    <name>ShippedModel</name>
    <message>
        <location filename="../territory_plugin/processing/shipped_models.py" line="23"/>
        <source>Territories from a CRM export: design, score, report</source>
        <translation>Gebiete aus einem CRM-Export: entwerfen, bewerten, berichten</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/shipped_models.py" line="46"/>
        <source>Workflows</source>
        <translation>Arbeitsabläufe</translation>
    </message>
</context>
<context>
    <name>SnappingWords</name>
    <message>
        <location filename="../territory_plugin/layers.py" line="237"/>
        <source>overlap by up to {} m</source>
        <translation>überlappen um bis zu {} m</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="239"/>
        <source>leave gaps of up to {} m</source>
        <translation>lassen Lücken von bis zu {} m</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="242"/>
        <source>Neighbouring units {what} along {share:.0f}% of their shared borders.</source>
        <translation>Benachbarte Einheiten {what} entlang {share:.0f}% ihrer gemeinsamen Grenzen.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="242"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="246"/>
        <source>Neighbouring units meet without gaps or overlaps.</source>
        <translation>Benachbarte Einheiten treffen ohne Lücken oder Überlappungen aufeinander.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="249"/>
        <source>Snapping tolerance {} m used (chosen automatically).</source>
        <translation>Fangtoleranz {} m verwendet (automatisch gewählt).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="258"/>
        <source>The snapping tolerance of {used} m is smaller: those units do not count as neighbours. Set it to {recommended} m, or leave it empty to choose automatically.</source>
        <translation>Die Fangtoleranz von {used} m ist kleiner: diese Einheiten zählen nicht als Nachbarn. Setzen Sie sie auf {recommended} m oder lassen Sie sie leer für die automatische Wahl.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="270"/>
        <source>Snapping tolerance {} m used.</source>
        <translation>Fangtoleranz {} m verwendet.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="272"/>
        <source>{} pairs of units overlap by more than the snapping tolerance; they count as neighbours.</source>
        <translation>{} Paare von Einheiten überlappen um mehr als die Fangtoleranz; sie zählen als Nachbarn.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="281"/>
        <source>{} units lie inside another unit that has no hole for them; each counts as a neighbour of the unit around it.</source>
        <translation>{} Einheiten liegen in einer anderen Einheit, die kein Loch für sie hat; jede zählt als Nachbar der umgebenden Einheit.</translation>
    </message>
</context>
<context>
    <name>StagedOutputs</name>
    <message>
        <location filename="../territory_plugin/processing/outputs.py" line="127"/>
        <source>&apos;{output}&apos; would be written to {file}, which &apos;{input}&apos; reads: the input would be replaced (a GeoPackage output replaces the whole file, every layer in it). Choose another file for &apos;{output}&apos;.</source>
        <translation>'{output}' würde in {file} geschrieben, das '{input}' liest: die Eingabe würde ersetzt (eine GeoPackage-Ausgabe ersetzt die ganze Datei mit allen Layern darin). Wählen Sie eine andere Datei für '{output}'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/outputs.py" line="156"/>
        <source>The folder for &apos;{output}&apos; does not exist: {folder}. Create it or choose another.</source>
        <translation>Der Ordner für '{output}' existiert nicht: {folder}. Legen Sie ihn an oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/outputs.py" line="165"/>
        <source>&apos;{output}&apos; cannot be written in {folder} ({reason}). Choose a folder you can write to.</source>
        <translation>'{output}' kann nicht in {folder} geschrieben werden ({reason}). Wählen Sie einen Ordner mit Schreibrechten.</translation>
    </message>
</context>
<context>
    <name>TerritoryAlgorithm</name>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="292"/>
        <source>{what}: the layer has no field named &apos;{field}&apos;. Available fields: {names}.</source>
        <translation>{what}: der Layer hat kein Feld namens '{field}'. Verfügbare Felder: {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="54"/>
        <source>1 Prepare</source>
        <translation>1 Vorbereiten</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="55"/>
        <source>2 Design</source>
        <translation>2 Entwerfen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="56"/>
        <source>3 Review</source>
        <translation>3 Prüfen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="132"/>
        <source>sales,territory,territories,balance,districting,zip,postal,crm,quota,workload</source>
        <translation>Vertrieb,Gebiet,Gebiete,Vertriebsgebiet,Ausgleich,Gebietsplanung,PLZ,Postleitzahl,CRM,Zielvorgabe,Arbeitslast</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="193"/>
        <source>Reading {rows} rows of {table}...</source>
        <translation>{rows} Zeilen von {table} werden gelesen...</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="200"/>
        <source>{file} is not UTF-8: read as {encoding} (Excel&apos;s &apos;CSV&apos; on Windows). If accented letters look wrong, save the file as &apos;CSV UTF-8&apos; and run again.</source>
        <translation>{file} ist nicht UTF-8: als {encoding} gelesen (Excels 'CSV' unter Windows). Wenn Umlaute falsch aussehen, speichern Sie die Datei als 'CSV UTF-8' und starten Sie erneut.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="207"/>
        <source>{file} repeats column names; they are read as: {names}. Choose fields by these names.</source>
        <translation>{file} enthält doppelte Spaltennamen; sie werden gelesen als: {names}. Wählen Sie die Felder unter diesen Namen.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="217"/>
        <source>The zip code areas layer has no features (or none selected). Choose the layer with the areas.</source>
        <translation>Der Layer der PLZ-Flächen hat keine Objekte (oder keine ausgewählten). Wählen Sie den Layer mit den Flächen.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="223"/>
        <source>The zip code areas have duplicate codes in &apos;{field}&apos;: {codes}. Each area needs its own code; dissolve the duplicates first.</source>
        <translation>Die PLZ-Flächen haben doppelte Postleitzahlen in '{field}': {codes}. Jede Fläche braucht ihre eigene Postleitzahl; lösen Sie die Duplikate zuerst auf (Auflösen).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="233"/>
        <source>None of the {count} zip code areas has a usable code in &apos;{field}&apos; (e.g. {examples}). Choose the field that holds the codes, or set the code format to &apos;As is (any country)&apos; for codes that are not US ZIP codes.</source>
        <translation>Keine der {count} PLZ-Flächen hat eine verwendbare Postleitzahl in '{field}' (z. B. {examples}). Wählen Sie das Feld mit den Postleitzahlen oder stellen Sie das PLZ-Format für Postleitzahlen, die keine US-ZIP-Codes sind, auf 'Unverändert (jedes Land)'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="252"/>
        <source>None of the {count} accounts matched a zip code area: the accounts&apos; field &apos;{zip_field}&apos; holds {account_samples}; the areas&apos; field &apos;{unit_field}&apos; holds {unit_samples}.</source>
        <translation>Keiner der {count} Kunden passt zu einer PLZ-Fläche: das Kundenfeld '{zip_field}' enthält {account_samples}; das Flächenfeld '{unit_field}' enthält {unit_samples}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="263"/>
        <source>accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="263"/>
        <source>areas</source>
        <translation>Flächen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="267"/>
        <source>for the {what} probably &apos;{field}&apos; ({samples})</source>
        <translation>für die {what} vermutlich '{field}' ({samples})</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="273"/>
        <source>Pick the fields that hold the same postal codes: {hints}.</source>
        <translation>Wählen Sie die Felder, die dieselben Postleitzahlen enthalten: {hints}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="277"/>
        <source>Pick the fields that hold the same postal codes; if they do, check the code format (US ZIP keeps five digits, As is keeps the codes as written).</source>
        <translation>Wählen Sie die Felder, die dieselben Postleitzahlen enthalten; wenn sie das tun, prüfen Sie das PLZ-Format (US-ZIP behält fünf Ziffern, Unverändert behält die Postleitzahlen wie geschrieben).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="325"/>
        <source>Field &apos;{field}&apos; must hold numbers, but the row with {label_field} {row} has &apos;{value}&apos; ({count} such values in all). Fix those values or leave them blank.</source>
        <translation>Feld '{field}' muss Zahlen enthalten, aber die Zeile mit {label_field} {row} hat '{value}' (insgesamt {count} solche Werte). Korrigieren Sie diese Werte oder lassen Sie sie leer.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="349"/>
        <source>Field &apos;{field}&apos; cannot be negative, but the row with {label_field} {row} has {value:g} ({count} such values in all). Fix those values or leave them blank.</source>
        <translation>Feld '{field}' darf nicht negativ sein, aber die Zeile mit {label_field} {row} hat {value:g} (insgesamt {count} solche Werte). Korrigieren Sie diese Werte oder lassen Sie sie leer.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="391"/>
        <source>{what} has no coordinate reference system: set it (Layer Properties &gt; Source).</source>
        <translation>{what} hat kein Koordinatenbezugssystem: legen Sie es fest (Layereigenschaften &gt; Quelle).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="419"/>
        <source>Code format</source>
        <translation>PLZ-Format</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="419"/>
        <source>US ZIP (5 digits)</source>
        <translation>US-ZIP (5 Ziffern)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="419"/>
        <source>As is (any country)</source>
        <translation>Unverändert (jedes Land)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="429"/>
        <source>Call plan</source>
        <translation>Besuchsplan</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="429"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="429"/>
        <source>Calls per year</source>
        <translation>Besuche pro Jahr</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="429"/>
        <source>Minutes per call</source>
        <translation>Minuten pro Besuch</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="444"/>
        <source>Call plan: {problem}. Write rows of segment, calls per year, minutes per call.</source>
        <translation>Besuchsplan: {problem}. Schreiben Sie Zeilen aus Segment, Besuchen pro Jahr, Minuten pro Besuch.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="457"/>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="459"/>
        <source>Segments not in the call plan: {segments} (accounts: {counts}). The plan has {known}. Add rows for them, or a default row with segment * (e.g. *,4,20).</source>
        <translation>Segmente, die nicht im Besuchsplan stehen: {segments} (Kunden: {counts}). Der Plan enthält {known}. Fügen Sie Zeilen für sie hinzu oder eine Standardzeile mit dem Segment * (z. B. *,4,20).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="459"/>
        <source>no segment rows</source>
        <translation>keine Segmentzeilen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="185"/>
        <source>Reading {table} ({size} MB)...</source>
        <translation>{table} wird gelesen ({size} MB)...</translation>
    </message>
</context>
<context>
    <name>TerritoryPlugin</name>
    <message>
        <location filename="../territory_plugin/plugin.py" line="65"/>
        <source>Territories: reassign by hand</source>
        <translation>Gebiete: von Hand umverteilen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/plugin.py" line="124"/>
        <source>&amp;Territory Designer</source>
        <translation>&amp;Gebietsplaner</translation>
    </message>
    <message>
        <location filename="../territory_plugin/plugin.py" line="95"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>TerritoryProvider</name>
    <message>
        <location filename="../territory_plugin/processing/provider.py" line="30"/>
        <source>Territory</source>
        <translation>Vertriebsgebiete</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/provider.py" line="33"/>
        <source>Sales territory management</source>
        <translation>Vertriebsgebietsverwaltung</translation>
    </message>
</context>
<context>
    <name>TerritoryReport</name>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="209"/>
        <source>Territory report</source>
        <translation>Gebietsbericht</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="78"/>
        <source>Units with territories (polygons)</source>
        <translation>Einheiten mit Gebieten (Polygone)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="189"/>
        <source>Territory field</source>
        <translation>Gebietsfeld</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="91"/>
        <source>Scorecard (from Score workload)</source>
        <translation>Scorecard (aus Arbeitslast bewerten)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="96"/>
        <source>Existing territory field (to show what changed)</source>
        <translation>Feld bestehendes Gebiet (um Änderungen zu zeigen)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="104"/>
        <source>Measures whose moved share to report (e.g. accounts, potential)</source>
        <translation>Größen, deren verschobener Anteil berichtet wird (z. B. Kunden, Potenzial)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="114"/>
        <source>Quotas (from Allocate quotas)</source>
        <translation>Zielvorgaben (aus Zielvorgaben verteilen)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="122"/>
        <source>Rep home bases (points)</source>
        <translation>Standorte der Außendienstmitarbeiter (Punkte)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="146"/>
        <source>Tolerance band around the mean (%)</source>
        <translation>Toleranzband um den Mittelwert (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="156"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="159"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="159"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="194"/>
        <source>Existing territory field</source>
        <translation>Feld bestehendes Gebiet</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="219"/>
        <source>The scorecard lacks the columns {columns}: use the Scorecard output of &apos;Score workload&apos;.</source>
        <translation>Der Scorecard fehlen die Spalten {columns}: verwenden Sie die Ausgabe Scorecard von 'Arbeitslast bewerten'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="273"/>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="229"/>
        <source>The quotas table lacks a territory or quota column: use the output of &apos;Allocate quotas&apos;.</source>
        <translation>Der Tabelle der Zielvorgaben fehlt eine Gebiets- oder Zielvorgabenspalte: verwenden Sie die Ausgabe von 'Zielvorgaben verteilen'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="284"/>
        <source>Quotas</source>
        <translation>Zielvorgaben</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="255"/>
        <source>Rendering the map of {k} territories...</source>
        <translation>Karte der {k} Gebiete wird gezeichnet...</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="270"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="270"/>
        <source>Map of the territories</source>
        <translation>Karte der Gebiete</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="271"/>
        <source>Workload per territory</source>
        <translation>Arbeitslast je Gebiet</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="272"/>
        <source>Utilisation per territory</source>
        <translation>Auslastung je Gebiet</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="287"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="290"/>
        <source>Territories of the scorecard with no unit on the map: {names}.</source>
        <translation>Gebiete der Scorecard ohne Einheit auf der Karte: {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="295"/>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="296"/>
        <source>{k} territories · written {when}</source>
        <translation>{k} Gebiete · erstellt {when}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="303"/>
        <source>Report written to {path}</source>
        <translation>Bericht geschrieben nach {path}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="197"/>
        <source>Measures to report</source>
        <translation>Zu berichtende Größen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="262"/>
        <source>Map: {error}</source>
        <translation>Karte: {error}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="60"/>
        <source>Writes one self-contained HTML file to open in a browser or send by mail: a map of the territories rendered from the layer, the scorecard of &apos;Score workload&apos; as a sortable table, bar charts of workload and utilisation per territory with the tolerance band around the mean, the balance summary (largest deviation, coefficient of variation) and, when the existing territory field is given, what changed: units, and the share of each chosen measure, that move to another territory.

It opens with the plan in a few lines: the reps the workload needs at the target utilisation (from the scorecard&apos;s hours and capacity, or the workload build-up when given) against the territories you have, the range of utilisation and travel, and the quota growth. When the units layer came from &apos;Design territories&apos;, a balance section shows every measure the design balanced, with the design log&apos;s figure, beside the workload.

Optional: the quotas of &apos;Allocate quotas&apos;, the workload build-up of &apos;Score workload&apos;, and rep home bases drawn on the map.

Everything is inside the file (the map as an image, the charts as SVG, a few lines of JavaScript for sorting); nothing is fetched from the network.</source>
        <translation>Schreibt eine eigenständige HTML-Datei zum Öffnen im Browser oder Versenden per E-Mail: eine aus dem Layer gezeichnete Karte der Gebiete, die Scorecard von 'Arbeitslast bewerten' als sortierbare Tabelle, Balkendiagramme der Arbeitslast und Auslastung je Gebiet mit dem Toleranzband um den Mittelwert, die Zusammenfassung des Ausgleichs (größte Abweichung, Variationskoeffizient) und, wenn das Feld bestehendes Gebiet angegeben ist, was sich geändert hat: Einheiten und der Anteil jeder gewählten Größe, die in ein anderes Gebiet wechseln.

Sie beginnt mit dem Plan in wenigen Zeilen: die Außendienstmitarbeiter, die die Arbeitslast bei Zielauslastung braucht (aus Stunden und Kapazität der Scorecard oder aus dem Aufbau der Arbeitslast, wenn angegeben), gegenüber den vorhandenen Gebieten, die Spanne von Auslastung und Fahrzeit und das Wachstum der Zielvorgaben. Stammt der Layer der Einheiten aus 'Gebiete entwerfen', zeigt ein Abschnitt zum Ausgleich jede Größe, die der Entwurf ausgeglichen hat, mit dem Wert aus dem Entwurfsprotokoll, neben der Arbeitslast.

Optional: die Zielvorgaben von 'Zielvorgaben verteilen', der Aufbau der Arbeitslast von 'Arbeitslast bewerten' und Standorte der Außendienstmitarbeiter auf der Karte.

Alles steckt in der Datei (die Karte als Bild, die Diagramme als SVG, ein paar Zeilen JavaScript zum Sortieren); nichts wird aus dem Netz geladen.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="130"/>
        <source>Workload build-up (from Score workload)</source>
        <translation>Aufbau der Arbeitslast (aus Arbeitslast bewerten)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="138"/>
        <source>Target utilisation for the reps needed (% of capacity)</source>
        <translation>Zielauslastung für die benötigten Außendienstmitarbeiter (% der Kapazität)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="203"/>
        <source>Target utilisation (TARGET_UTILISATION) must be more than 0%: the share of a rep&apos;s capacity to plan for, as in Score workload (typically 85 to 95). It is {value:g}.</source>
        <translation>Die Zielauslastung (TARGET_UTILISATION) muss größer als 0% sein: der einzuplanende Anteil der Kapazität eines Außendienstmitarbeiters, wie in Arbeitslast bewerten (typischerweise 85 bis 95). Der Wert ist {value:g}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="237"/>
        <source>The build-up table lacks a line or hours column: use the Build-up output of &apos;Score workload&apos;.</source>
        <translation>Der Aufbautabelle fehlt eine Zeilen- oder Stundenspalte: verwenden Sie die Ausgabe Aufbau von 'Arbeitslast bewerten'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="275"/>
        <source>Workload build-up</source>
        <translation>Aufbau der Arbeitslast</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="282"/>
        <source>Balance of the design</source>
        <translation>Ausgleich des Entwurfs</translation>
    </message>
</context>
<context>
    <name>TerritoryTableModel</name>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="66"/>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="69"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="77"/>
        <source>Pieces</source>
        <translation>Teile</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="121"/>
        <source>{} accounts kept here by an override</source>
        <translation>{} Kunden durch eine Ausnahme hier gehalten</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="158"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="160"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="72"/>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="97"/>
        <source>call hours (&apos;{}&apos;; no calls field: no travel)</source>
        <translation>Besuchsstunden ('{}'; kein Besuchsfeld: keine Fahrzeit)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="73"/>
        <source>Hours a year: {}; utilisation of a {:,.0f} h year</source>
        <translation>Stunden pro Jahr: {}; Auslastung eines Jahres mit {:,.0f} h</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="77"/>
        <source>Pieces the territory is in (1: contiguous)</source>
        <translation>Teile, in die das Gebiet zerfällt (1: zusammenhängend)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="86"/>
        <source>dev.</source>
        <translation>Abw.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="86"/>
        <source>Deviation of {} from the mean</source>
        <translation>Abweichung von {} vom Mittelwert</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="130"/>
        <source>{:,.0f} h · {:.0f}%</source>
        <translation>{:,.0f} h · {:.0f}%</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="100"/>
        <source>call hours (&apos;{}&apos;) + day-tour travel from each territory&apos;s centre (no rep homes known)</source>
        <translation>Besuchsstunden ('{}') + Fahrzeit in Tagestouren vom Mittelpunkt jedes Gebiets (keine Wohnorte der Außendienstmitarbeiter bekannt)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="104"/>
        <source>call hours (&apos;{}&apos;) + day-tour travel from the reps&apos; homes, as designed</source>
        <translation>Besuchsstunden ('{}') + Fahrzeit in Tagestouren von den Wohnorten der Außendienstmitarbeiter, wie beim Gebietszuschnitt</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="105"/>
        <source>call hours (&apos;{}&apos;) + day-tour travel from the reps&apos; homes, as designed; from their centre for the territories without one ({})</source>
        <translation>Besuchsstunden ('{}') + Fahrzeit in Tagestouren von den Wohnorten der Außendienstmitarbeiter, wie beim Gebietszuschnitt; vom Mittelpunkt für die Gebiete ohne Wohnort ({})</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="135"/>
        <source>Travel from the rep&apos;s home</source>
        <translation>Fahrzeit vom Wohnort des Außendienstmitarbeiters</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="136"/>
        <source>Travel from the territory&apos;s centre</source>
        <translation>Fahrzeit vom Mittelpunkt des Gebiets</translation>
    </message>
</context>
<context>
    <name>WorkloadParameters</name>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="48"/>
        <source>Accounts (layer, table or CSV file)</source>
        <translation>Kunden (Layer, Tabelle oder CSV-Datei)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="53"/>
        <source>Calls: segment field of the accounts</source>
        <translation>Besuche: Segmentfeld der Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="58"/>
        <source>Calls: call plan by segment (a segment * serves all others)</source>
        <translation>Besuche: Besuchsplan nach Segment (ein Segment * gilt für alle übrigen)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="58"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="58"/>
        <source>Calls per year</source>
        <translation>Besuche pro Jahr</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="58"/>
        <source>Minutes per call</source>
        <translation>Minuten pro Besuch</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="67"/>
        <source>Calls, instead of the plan: calls per year field</source>
        <translation>Besuche statt Plan: Feld Besuche pro Jahr</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="70"/>
        <source>Calls, instead of the plan: minutes per call field</source>
        <translation>Besuche statt Plan: Feld Minuten pro Besuch</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="75"/>
        <source>Territory: the accounts&apos; territory field (or leave empty and give the zip code areas)</source>
        <translation>Gebiet: Gebietsfeld der Kunden (oder leer lassen und die PLZ-Flächen angeben)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="82"/>
        <source>Zip code field of the accounts</source>
        <translation>PLZ-Feld der Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="85"/>
        <source>Account fields to total per territory</source>
        <translation>Kundenfelder, die je Gebiet summiert werden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="88"/>
        <source>Zip code areas (polygons): the territory of each code, and where accounts without a point are</source>
        <translation>PLZ-Flächen (Polygone): das Gebiet jeder Postleitzahl und die Lage von Kunden ohne Punkt</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="98"/>
        <source>Zip code field of the areas</source>
        <translation>PLZ-Feld der Flächen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="101"/>
        <source>Territory field of the areas</source>
        <translation>Gebietsfeld der Flächen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="106"/>
        <source>Code format</source>
        <translation>PLZ-Format</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="106"/>
        <source>US ZIP (5 digits)</source>
        <translation>US-ZIP (5 Ziffern)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="106"/>
        <source>As is (any country)</source>
        <translation>Unverändert (jedes Land)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="114"/>
        <source>Place point accounts without a usable code in the area that contains them</source>
        <translation>Punktkunden ohne verwendbare PLZ der Fläche zuordnen, in der sie liegen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="124"/>
        <source>Zip code areas with call hours (e.g. the totals of &apos;Aggregate accounts by zip code&apos;)</source>
        <translation>PLZ-Flächen mit Besuchsstunden (z. B. die Summen aus 'Kunden nach PLZ zusammenfassen')</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="131"/>
        <source>Territory field</source>
        <translation>Gebietsfeld</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="136"/>
        <source>Call hours field</source>
        <translation>Feld Besuchsstunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="146"/>
        <source>Travel: calls per year field</source>
        <translation>Fahrzeit: Feld Besuche pro Jahr</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="155"/>
        <source>Travel: called accounts field (the tours&apos; stops)</source>
        <translation>Fahrzeit: Feld besuchte Kunden (die Stopps der Touren)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="163"/>
        <source>Account count field</source>
        <translation>Feld Kundenanzahl</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="164"/>
        <source>Fields to total per territory</source>
        <translation>Felder, die je Gebiet summiert werden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="170"/>
        <source>Travel: rep home bases (points; else each territory&apos;s centre)</source>
        <translation>Fahrzeit: Standorte der Außendienstmitarbeiter (Punkte; sonst der Mittelpunkt jedes Gebiets)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="178"/>
        <source>Travel: territory field of the bases</source>
        <translation>Fahrzeit: Gebietsfeld der Standorte</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="187"/>
        <source>Travel: average speed (km/h)</source>
        <translation>Fahrzeit: Durchschnittsgeschwindigkeit (km/h)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="192"/>
        <source>Travel: circuity, road distance / straight distance</source>
        <translation>Fahrzeit: Umwegfaktor, Straßenentfernung / Luftlinie</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="198"/>
        <source>Travel: calls per field day (chained into one tour)</source>
        <translation>Fahrzeit: Besuche pro Außendiensttag (zu einer Tour verkettet)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="203"/>
        <source>Rep capacity (field hours a year)</source>
        <translation>Kapazität eines Außendienstmitarbeiters (Außendienststunden pro Jahr)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="208"/>
        <source>Target utilisation for sizing (% of capacity)</source>
        <translation>Zielauslastung für die Teamgröße (% der Kapazität)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="213"/>
        <source>Admin overhead (% of call and travel hours)</source>
        <translation>Verwaltungsaufwand (% der Besuchs- und Fahrstunden)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="221"/>
        <source>Accounts with call and travel hours</source>
        <translation>Kunden mit Besuchs- und Fahrstunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="230"/>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="233"/>
        <source>Workload build-up by segment</source>
        <translation>Aufbau der Arbeitslast nach Segment</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="242"/>
        <source>Largest deviation of total hours (%)</source>
        <translation>Größte Abweichung der Gesamtstunden (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="243"/>
        <source>Reps needed at the target utilisation</source>
        <translation>Benötigte Außendienstmitarbeiter bei Zielauslastung</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="244"/>
        <source>Coefficient of variation of total hours</source>
        <translation>Variationskoeffizient der Gesamtstunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="245"/>
        <source>Accounts in no territory</source>
        <translation>Kunden ohne Gebiet</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="246"/>
        <source>Accounts without a location</source>
        <translation>Kunden ohne Lage</translation>
    </message>
</context>
<context>
    <name>WorkloadSizing</name>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="28"/>
        <source>Calls per field day (CALLS_PER_DAY) must be more than 0 and at most {most:g}: the calls a rep chains into one day&apos;s tour, typically 4 to 8. It is {value:g}.</source>
        <translation>Besuche pro Außendiensttag (CALLS_PER_DAY) müssen größer als 0 und höchstens {most:g} sein: die Besuche, die ein Außendienstmitarbeiter zu einer Tagestour verkettet, typischerweise 4 bis 8. Der Wert ist {value:g}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="35"/>
        <source>Rep capacity (CAPACITY_HOURS) must be more than 0 and at most {most:,.0f} hours (a year): the field hours a rep works in a year, typically about 1,600. It is {value:g}.</source>
        <translation>Die Kapazität pro Außendienstmitarbeiter (CAPACITY_HOURS) muss größer als 0 und höchstens {most:,.0f} Stunden (ein Jahr) sein: die Außendienststunden, die ein Außendienstmitarbeiter im Jahr arbeitet, typischerweise etwa 1.600. Der Wert ist {value:g}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="42"/>
        <source>Target utilisation (TARGET_UTILISATION) must be more than 0%: the share of a rep&apos;s capacity to plan for, typically 85 to 95. It is {value:g}.</source>
        <translation>Die Zielauslastung (TARGET_UTILISATION) muss größer als 0% sein: der einzuplanende Anteil der Kapazität eines Außendienstmitarbeiters, typischerweise 85 bis 95. Der Wert ist {value:g}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="56"/>
        <source>impossible for one rep: more than a year&apos;s hours or days</source>
        <translation>für einen Außendienstmitarbeiter unmöglich: mehr Stunden oder Tage als ein Jahr hat</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="58"/>
        <source>over capacity</source>
        <translation>über der Kapazität</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="60"/>
        <source>more field days than a year has</source>
        <translation>mehr Außendiensttage als ein Jahr hat</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="62"/>
        <source>no located account: travel 0</source>
        <translation>kein verorteter Kunde: Fahrzeit 0</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="71"/>
        <source>Travel</source>
        <translation>Fahrzeit</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="72"/>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="73"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="76"/>
        <source>All accounts</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="76"/>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="84"/>
        <source>Sizing: the plan needs {reps} reps at {target:g}% utilisation ({hours:,.0f} h / ({capacity:,.0f} h x {target:g}%) = {exact:.1f}); there are {k} territories.</source>
        <translation>Teamgröße: der Plan braucht {reps} Außendienstmitarbeiter bei {target:g}% Auslastung ({hours:,.0f} h / ({capacity:,.0f} h x {target:g}%) = {exact:.1f}); es gibt {k} Gebiete.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="98"/>
        <source>On field days the calls need {reps} reps ({days:,.0f} days at the calls per day given): days, not hours, set the team size.</source>
        <translation>Nach Außendiensttagen brauchen die Besuche {reps} Außendienstmitarbeiter ({days:,.0f} Tage bei den angegebenen Besuchen pro Tag): Tage, nicht Stunden, bestimmen die Teamgröße.</translation>
    </message>
</context>
</TS>
