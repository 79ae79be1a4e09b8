<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AccountOverrides</name>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="70"/>
        <source>Choose the zip code field of the units to link accounts.</source>
        <translation>Choisissez le champ code postal des unités pour rattacher les comptes.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="74"/>
        <source>The layer {} has no field {}.</source>
        <translation>La couche {} n'a pas de champ {}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="89"/>
        <source>The units&apos; zip codes cannot link accounts: {}</source>
        <translation>Les codes postaux des unités ne permettent pas de rattacher les comptes : {}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="170"/>
        <source>The accounts layer {} cannot get a new field; save it as a GeoPackage (Export &gt; Save Features As) and use that copy.</source>
        <translation>La couche des comptes {} ne peut pas recevoir de nouveau champ ; enregistrez-la en GeoPackage (Exporter &gt; Sauvegarder les entités sous) et utilisez cette copie.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="190"/>
        <source>Choose an accounts layer and its override field first.</source>
        <translation>Choisissez d'abord une couche de comptes et son champ de forçage.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="205"/>
        <source>The layer {} cannot be edited.</source>
        <translation>La couche {} n'est pas modifiable.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="209"/>
        <source>Keep {} accounts in {}</source>
        <translation>Garder {} comptes dans {}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="209"/>
        <source>Return {} accounts to their zip&apos;s territory</source>
        <translation>Rendre {} comptes au secteur de leur code postal</translation>
    </message>
</context>
<context>
    <name>AggregateZipCodes</name>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="61"/>
        <source>Aggregate accounts by zip code</source>
        <translation>Agréger les comptes par code postal</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="64"/>
        <source>Counts the accounts of a CRM export in each zip-code area and totals the chosen fields.

Codes are cleaned first. US ZIP mode: spaces are trimmed, ZIP+4 (02134-1234) and nine-digit codes keep their first five digits, and leading zeros lost by spreadsheets are restored (2134 and 2134.0 become 02134). As-is mode (any country): codes are trimmed, upper-cased and inner spaces collapsed. The same cleaning is applied to the zip-code areas.

Accounts that match no area go to the Unmatched output with a reason: blank, invalid code, or no unit with this code. When the accounts are points, those without a usable code can be placed in the area that contains them.

Summed fields may hold numbers stored as text (as in CSV files); blanks count as 0.</source>
        <translation>Compte les comptes d'un export CRM dans chaque zone de code postal et totalise les champs choisis.

Les codes sont d'abord nettoyés. Mode ZIP américain : les espaces sont supprimés, les codes ZIP+4 (02134-1234) et à neuf chiffres gardent leurs cinq premiers chiffres, et les zéros initiaux perdus par les tableurs sont rétablis (2134 et 2134.0 deviennent 02134). Mode tel quel (tout pays) : les codes sont rognés, mis en majuscules et leurs espaces intérieurs réduits à un seul. Le même nettoyage s'applique aux zones de codes postaux.

Les comptes qui ne correspondent à aucune zone vont dans la sortie des comptes non rattachés avec une raison : vide, code invalide, ou aucune unité avec ce code. Quand les comptes sont des points, ceux sans code utilisable peuvent être placés dans la zone qui les contient.

Les champs totalisés peuvent contenir des nombres enregistrés comme texte (comme dans les fichiers CSV) ; les vides comptent pour 0.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="77"/>
        <source>Accounts (layer, table or CSV file)</source>
        <translation>Comptes (couche, table ou fichier CSV)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="153"/>
        <source>Account zip code field</source>
        <translation>Champ code postal des comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="90"/>
        <source>Zip code areas (polygons)</source>
        <translation>Zones de codes postaux (polygones)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="156"/>
        <source>Area zip code field</source>
        <translation>Champ code postal des zones</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="103"/>
        <source>Code format</source>
        <translation>Format des codes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="103"/>
        <source>US ZIP (5 digits)</source>
        <translation>ZIP américain (5 chiffres)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="103"/>
        <source>As is (any country)</source>
        <translation>Tel quel (tout pays)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="159"/>
        <source>Account fields to total per area</source>
        <translation>Champs des comptes à totaliser par zone</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="120"/>
        <source>Place point accounts without a usable code by location</source>
        <translation>Placer par leur position les comptes ponctuels sans code utilisable</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="127"/>
        <source>Zip areas with account totals</source>
        <translation>Zones avec les totaux des comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="142"/>
        <source>Unmatched accounts</source>
        <translation>Comptes non rattachés</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="141"/>
        <source>Matched accounts</source>
        <translation>Comptes rattachés</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="148"/>
        <source>The zip code areas must be polygons, but the layer holds {kind}. Choose a polygon layer.</source>
        <translation>Les zones de codes postaux doivent être des polygones, mais la couche contient {kind}. Choisissez une couche de polygones.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="194"/>
        <source>{count} point accounts without a usable code were placed by location.</source>
        <translation>{count} comptes ponctuels sans code utilisable ont été placés selon leur position.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="229"/>
        <source>Matched {matched} accounts; {unmatched} unmatched ({by_reason}).</source>
        <translation>{matched} comptes rattachés ; {unmatched} non rattachés ({by_reason}).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="274"/>
        <source>The accounts have a column &apos;{field}&apos;: it is written as &apos;{name}&apos; in the unmatched accounts, where &apos;reason&apos; says why an account matched no area.</source>
        <translation>Les comptes ont une colonne '{field}' : elle est écrite '{name}' dans les comptes non rattachés, où 'reason' dit pourquoi un compte ne correspond à aucune zone.</translation>
    </message>
</context>
<context>
    <name>AllocateQuotas</name>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="40"/>
        <source>Allocate quotas</source>
        <translation>Répartir les quotas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="43"/>
        <source>Splits a company goal over the territories: each territory&apos;s quota = goal x (weight x its share of potential + (1 - weight) x its share of last year&apos;s sales).

The input holds the territory of each row: the scorecard of &apos;Score workload&apos;, the zip code areas with their territory, or the accounts themselves; rows of the same territory are added up.

To make unfair quotas stand out, each territory gets quota / potential and the fairness index: that ratio divided by the company&apos;s (goal / total potential). 1 is average; 1.2 asks the rep to win 20% more of the potential than the average rep. Territories further off than the flag threshold are flagged &apos;harder&apos; or &apos;easier&apos;. growth_pct compares the quota with last year&apos;s sales.</source>
        <translation>Répartit un objectif de l'entreprise entre les secteurs : quota de chaque secteur = objectif x (poids x sa part du potentiel + (1 - poids) x sa part des ventes de l'an dernier).

L'entrée donne le secteur de chaque ligne : le tableau de bord de 'Évaluer la charge de travail', les zones de codes postaux avec leur secteur, ou les comptes eux-mêmes ; les lignes d'un même secteur sont additionnées.

Pour faire ressortir les quotas injustes, chaque secteur reçoit quota / potentiel et l'indice d'équité : ce rapport divisé par celui de l'entreprise (objectif / potentiel total). 1 est la moyenne ; 1,2 demande au commercial de gagner 20% de potentiel de plus que le commercial moyen. Les secteurs plus éloignés que le seuil de signalement sont marqués 'harder' (plus difficile) ou 'easier' (plus facile). growth_pct compare le quota aux ventes de l'an dernier.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="55"/>
        <source>Territories, zip code areas or accounts</source>
        <translation>Secteurs, zones de codes postaux ou comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="121"/>
        <source>Territory field</source>
        <translation>Champ secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="124"/>
        <source>Potential field</source>
        <translation>Champ du potentiel</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="129"/>
        <source>Last year&apos;s sales field</source>
        <translation>Champ des ventes de l'an dernier</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="88"/>
        <source>Company goal</source>
        <translation>Objectif de l'entreprise</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="89"/>
        <source>Weight of potential (%); the rest follows last year&apos;s sales</source>
        <translation>Poids du potentiel (%) ; le reste suit les ventes de l'an dernier</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="99"/>
        <source>Flag quotas whose fairness index is off by more than (%)</source>
        <translation>Signaler les quotas dont l'indice d'équité s'écarte de plus de (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="108"/>
        <source>Quotas</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="111"/>
        <source>Total of the quotas</source>
        <translation>Total des quotas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="112"/>
        <source>Largest deviation of the fairness index (%)</source>
        <translation>Plus grand écart de l'indice d'équité (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="117"/>
        <source>Flagged territories</source>
        <translation>Secteurs signalés</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="135"/>
        <source>Without a last year&apos;s sales field the quotas can only follow potential: choose the sales field, or set the weight of potential to 100%.</source>
        <translation>Sans champ des ventes de l'an dernier, les quotas ne peuvent suivre que le potentiel : choisissez le champ des ventes, ou mettez le poids du potentiel à 100%.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="154"/>
        <source>{count} rows have no territory; their potential and sales are left out.</source>
        <translation>{count} lignes n'ont pas de secteur ; leur potentiel et leurs ventes sont laissés de côté.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="162"/>
        <source>No row has a territory in &apos;{field}&apos;: nothing to allocate.</source>
        <translation>Aucune ligne n'a de secteur dans '{field}' : rien à répartir.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="176"/>
        <source>Cannot split the goal: {problem} (field &apos;{field}&apos;).</source>
        <translation>Impossible de répartir l'objectif : {problem} (champ '{field}').</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="185"/>
        <source>{territory}: quota {quota:,.0f} on potential {potential:,.0f}, fairness index {index:.2f} ({flag}).</source>
        <translation>{territory} : quota {quota:,.0f} pour un potentiel de {potential:,.0f}, indice d'équité {index:.2f} ({flag}).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="197"/>
        <source>{k} territories; quotas add up to {total:,.0f}; largest fairness deviation {dev:.1f}%.</source>
        <translation>{k} secteurs ; les quotas totalisent {total:,.0f} ; plus grand écart d'équité {dev:.1f}%.</translation>
    </message>
</context>
<context>
    <name>AssignReps</name>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="94"/>
        <source>Assign reps to territories</source>
        <translation>Affecter les commerciaux aux secteurs</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="97"/>
        <source>Matches reps to territories so that the reps drive as little as possible, skills go where they are needed and locked reps keep their territory.

Reps: points at their homes, with a name, optionally a skill (a segment, or several separated by ; , or |), a current territory and a lock field. With a current territory field and no lock field, every rep with a current territory keeps it; with a lock field, only those whose lock value is true (1, yes, true, locked, x).
Territories: polygons, usually the zip code areas of a design with their territory field (or territory polygons); they list the territories, place the accounts and give the area their calls spread over. Without an area territory field, the territories are those of the accounts&apos; territory field.
Accounts: a layer, table or CSV with calls per year (a calls field, or a segment field and a call plan of segment, calls per year, minutes per call). Each account&apos;s territory is its own territory field, else the territory of its zip code area (codes cleaned as in &apos;Aggregate accounts by zip code&apos;; point accounts without a usable code go to the area that contains them). It is at its point, else at its area&apos;s centroid.

Cost of rep r for territory t = t&apos;s travel hours a year if r served it from home, as day tours: sum of calls x (2 x distance(account, home) / calls per day + hop) x circuity / speed, where hop = 0.7124 x sqrt(area / accounts) is the mean step between neighbouring calls. Distances on the WGS84 ellipsoid.
A territory whose accounts are mostly one segment (share of call hours above the skill share) needs a rep with that skill: when a free rep has it, the assignment makes as few skill mismatches as it can, then the least travel (the Hungarian method: the exact optimum). With more territories than reps, the vacancies are the territories whose leaving open gives the least travel; with more reps, the extra reps are listed.</source>
        <translation>Affecte les commerciaux aux secteurs de sorte qu'ils roulent le moins possible, que les compétences aillent là où elles sont utiles et que les commerciaux verrouillés gardent leur secteur.

Commerciaux : des points à leur domicile, avec un nom, éventuellement une compétence (un segment, ou plusieurs séparés par ; , ou |), un secteur actuel et un champ de verrouillage. Avec un champ du secteur actuel et sans champ de verrouillage, tout commercial qui a un secteur actuel le garde ; avec un champ de verrouillage, seuls ceux dont la valeur est vraie (1, yes, true, locked, x).
Secteurs : des polygones, en général les zones de codes postaux d'un découpage avec leur champ secteur (ou les polygones des secteurs) ; ils donnent la liste des secteurs, placent les comptes et fournissent la surface sur laquelle leurs visites se répartissent. Sans champ secteur des zones, les secteurs sont ceux du champ secteur des comptes.
Comptes : une couche, une table ou un CSV avec les visites par an (un champ des visites, ou un champ segment et un plan de visites : segment, visites par an, minutes par visite). Le secteur de chaque compte est celui de son propre champ secteur, sinon celui de sa zone de code postal (codes nettoyés comme dans 'Agréger les comptes par code postal' ; les comptes ponctuels sans code utilisable vont dans la zone qui les contient). Le compte est à son point, sinon au centroïde de sa zone.

Coût du commercial r pour le secteur t = les heures de déplacement par an de t si r le servait depuis son domicile, en tournées journalières : somme des visites x (2 x distance(compte, domicile) / visites par jour + saut) x sinuosité / vitesse, où saut = 0,7124 x racine(surface / comptes) est le pas moyen entre visites voisines. Distances sur l'ellipsoïde WGS84.
Un secteur dont les comptes sont surtout d'un segment (part des heures de visite au-dessus de la part de compétence) demande un commercial qui a cette compétence : quand un commercial libre l'a, l'affectation fait aussi peu d'écarts de compétence que possible, puis le moins de déplacements (la méthode hongroise : l'optimum exact). Avec plus de secteurs que de commerciaux, les postes vacants sont les secteurs qu'il coûte le moins en déplacements de laisser ouverts ; avec plus de commerciaux, les commerciaux en surnombre sont listés.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="126"/>
        <source>Reps (points at their homes)</source>
        <translation>Commerciaux (points à leur domicile)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="290"/>
        <source>Rep name field</source>
        <translation>Champ du nom du commercial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="134"/>
        <source>Rep skill (segment) field</source>
        <translation>Champ de la compétence (segment) du commercial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="137"/>
        <source>Rep current territory field</source>
        <translation>Champ du secteur actuel du commercial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="138"/>
        <source>Rep lock field (locked reps keep it)</source>
        <translation>Champ de verrouillage du commercial (un commercial verrouillé garde son secteur)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="141"/>
        <source>Territories or zip code areas (polygons)</source>
        <translation>Secteurs ou zones de codes postaux (polygones)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="148"/>
        <source>Area territory field</source>
        <translation>Champ secteur des zones</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="151"/>
        <source>Area zip code field</source>
        <translation>Champ code postal des zones</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="153"/>
        <source>Accounts (layer, table or CSV file)</source>
        <translation>Comptes (couche, table ou fichier CSV)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="158"/>
        <source>Account territory field</source>
        <translation>Champ secteur des comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="159"/>
        <source>Account zip code field</source>
        <translation>Champ code postal des comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="162"/>
        <source>Account segment field</source>
        <translation>Champ segment des comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="165"/>
        <source>Calls per year field (instead of the plan)</source>
        <translation>Champ des visites par an (au lieu du plan)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="166"/>
        <source>Minutes per call field (instead of the plan)</source>
        <translation>Champ des minutes par visite (au lieu du plan)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="170"/>
        <source>A territory needs a skill when its segment has more than this share of call hours (%)</source>
        <translation>Un secteur demande une compétence quand son segment dépasse cette part des heures de visite (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="180"/>
        <source>Calls per day</source>
        <translation>Visites par jour</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="185"/>
        <source>Average speed (km/h)</source>
        <translation>Vitesse moyenne (km/h)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="188"/>
        <source>Circuity: road distance / straight distance</source>
        <translation>Sinuosité : distance routière / distance à vol d'oiseau</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="193"/>
        <source>Rep assignment</source>
        <translation>Affectation des commerciaux</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="198"/>
        <source>Travel hours a year in all</source>
        <translation>Heures de déplacement par an au total</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="199"/>
        <source>Territories with a rep</source>
        <translation>Secteurs avec un commercial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="200"/>
        <source>Territories without a rep</source>
        <translation>Secteurs sans commercial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="201"/>
        <source>Reps without a territory</source>
        <translation>Commerciaux sans secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="202"/>
        <source>Territories whose rep lacks the skill</source>
        <translation>Secteurs dont le commercial n'a pas la compétence</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="218"/>
        <source>No territory found: the territory field of the areas (and of the accounts) is empty.</source>
        <translation>Aucun secteur trouvé : le champ secteur des zones (et celui des comptes) est vide.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="250"/>
        <source>{count} territories have called accounts outside every area: their tour area is the hull of their accounts.</source>
        <translation>{count} secteurs ont des comptes visités hors de toute zone : leur zone de tournée est l'enveloppe de leurs comptes.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="291"/>
        <source>Reps</source>
        <translation>Commerciaux</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="296"/>
        <source>A lock field needs the reps&apos; current territory field: the territory a locked rep keeps.</source>
        <translation>Un champ de verrouillage demande le champ du secteur actuel des commerciaux : le secteur que garde un commercial verrouillé.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="314"/>
        <source>The reps layer has no features: add the reps&apos; homes.</source>
        <translation>La couche des commerciaux n'a aucune entité : ajoutez les domiciles des commerciaux.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="317"/>
        <source>{count} reps have no name in &apos;{field}&apos;: every rep needs one.</source>
        <translation>{count} commerciaux n'ont pas de nom dans '{field}' : chaque commercial en demande un.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="324"/>
        <source>Rep names must be unique; these occur more than once: {names}.</source>
        <translation>Les noms des commerciaux doivent être uniques ; ceux-ci reviennent plusieurs fois : {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="332"/>
        <source>These reps have no home point: {names}. Place them on the map, or leave them out.</source>
        <translation>Ces commerciaux n'ont pas de point de domicile : {names}. Placez-les sur la carte, ou laissez-les de côté.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="338"/>
        <source>These reps are locked but have no current territory in &apos;{field}&apos;: {names}.</source>
        <translation>Ces commerciaux sont verrouillés mais n'ont pas de secteur actuel dans '{field}' : {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="356"/>
        <source>Territories or zip code areas</source>
        <translation>Secteurs ou zones de codes postaux</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="374"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="387"/>
        <source>Say how often each account is called: a calls per year field, or a segment field and a call plan (e.g. A,24,45,B,12,30,C,4,20).</source>
        <translation>Indiquez la fréquence de visite de chaque compte : un champ des visites par an, ou un champ segment et un plan de visites (p. ex. A,24,45,B,12,30,C,4,20).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="399"/>
        <source>Say which territory each account is in: the account territory field, or the areas&apos; territory field with the zip code fields of accounts and areas (or accounts as points inside the areas).</source>
        <translation>Indiquez le secteur de chaque compte : le champ secteur des comptes, ou le champ secteur des zones avec les champs code postal des comptes et des zones (ou des comptes ponctuels à l'intérieur des zones).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="456"/>
        <source>{count} accounts are in no territory; they are left out.</source>
        <translation>{count} comptes ne sont dans aucun secteur ; ils sont laissés de côté.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="460"/>
        <source>{count} accounts in a territory have no location (no point and no matching zip code area): they count for no travel.</source>
        <translation>{count} comptes d'un secteur n'ont pas de position (ni point ni zone de code postal correspondante) : ils ne comptent dans aucun déplacement.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="486"/>
        <source>Rep {rep} is locked to territory &apos;{territory}&apos;, which is not among the territories (e.g. {names}). Correct the rep&apos;s current territory or unlock the rep.</source>
        <translation>Le commercial {rep} est verrouillé sur le secteur '{territory}', qui n'est pas parmi les secteurs (p. ex. {names}). Corrigez le secteur actuel du commercial ou déverrouillez-le.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="496"/>
        <source>Each territory keeps one rep, but more than one rep is locked to {cases}. Unlock all but one.</source>
        <translation>Chaque secteur garde un commercial, mais plus d'un commercial est verrouillé sur {cases}. Déverrouillez-les tous sauf un.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="554"/>
        <source>{reps} reps, {k} territories: {assigned} with a rep ({locked} locked), {vacant} vacancies, {extra} extra reps. Travel from the reps&apos; homes: {hours:,.0f} hours a year in all.</source>
        <translation>{reps} commerciaux, {k} secteurs : {assigned} avec un commercial ({locked} verrouillés), {vacant} postes vacants, {extra} commerciaux en surnombre. Déplacements depuis les domiciles des commerciaux : {hours:,.0f} heures par an au total.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="570"/>
        <source>{territory}: {rep}, {hours:,.0f} travel hours a year{locked}</source>
        <translation>{territory} : {rep}, {hours:,.0f} heures de déplacement par an{locked}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="570"/>
        <source> (locked)</source>
        <translation> (verrouillé)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="579"/>
        <source>... and {count} more territories: see the output table.</source>
        <translation>... et {count} secteurs de plus : voir la table en sortie.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="587"/>
        <source>{territory}: {hours:,.0f} travel hours a year, more than a rep&apos;s whole field year (about {year:,.0f} hours). Check the calls per year, calls per day and speed, or split the territory.</source>
        <translation>{territory} : {hours:,.0f} heures de déplacement par an, plus qu'une année entière de terrain d'un commercial (environ {year:,.0f} heures). Vérifiez les visites par an, les visites par jour et la vitesse, ou divisez le secteur.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="595"/>
        <source>{count} territories have no calls, so no travel: {names}.</source>
        <translation>{count} secteurs n'ont pas de visites, donc pas de déplacement : {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="601"/>
        <source>No rep for {count} territories (vacancies): {names}. Leaving these open gives the least travel (after skills); lock a rep to a territory to fill it instead.</source>
        <translation>Pas de commercial pour {count} secteurs (postes vacants) : {names}. Les laisser ouverts coûte le moins de déplacements (après les compétences) ; verrouillez un commercial sur un secteur pour le pourvoir à la place.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="608"/>
        <source>{count} reps have no territory (extra reps): {names}.</source>
        <translation>{count} commerciaux n'ont pas de secteur (commerciaux en surnombre) : {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="619"/>
        <source>{count} territories need a skill: {cases}.</source>
        <translation>{count} secteurs demandent une compétence : {cases}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="629"/>
        <source>the rep is locked to it</source>
        <translation>le commercial y est verrouillé</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="631"/>
        <source>no free rep has that skill</source>
        <translation>aucun commercial libre n'a cette compétence</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="633"/>
        <source>the reps who have it serve other territories that need it</source>
        <translation>les commerciaux qui l'ont servent d'autres secteurs qui en ont besoin</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="634"/>
        <source>{territory} needs skill {skill}, but its rep {rep} lacks it: {why}.</source>
        <translation>{territory} demande la compétence {skill}, mais son commercial {rep} ne l'a pas : {why}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="209"/>
        <source>Rep homes</source>
        <translation>Domiciles des commerciaux</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="224"/>
        <source>Measuring each rep&apos;s day tours in each of the {k} territories ({reps} reps)...</source>
        <translation>Mesure des tournées journalières de chaque commercial dans chacun des {k} secteurs ({reps} commerciaux)...</translation>
    </message>
</context>
<context>
    <name>DesignTerritories</name>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="94"/>
        <source>Design territories</source>
        <translation>Concevoir des secteurs</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="127"/>
        <source>Units (polygons)</source>
        <translation>Unités (polygones)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="132"/>
        <source>Balance fields (the first is the main measure)</source>
        <translation>Champs à équilibrer (le premier est la mesure principale)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="143"/>
        <source>Tolerance: allowed deviation from the mean (%)</source>
        <translation>Tolérance : écart admis à la moyenne (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="153"/>
        <source>Number of territories</source>
        <translation>Nombre de secteurs</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="162"/>
        <source>Seeds: rep home bases (points)</source>
        <translation>Germes : domiciles des commerciaux (points)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="651"/>
        <source>Territory name field of the seeds</source>
        <translation>Champ du nom de secteur des germes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="181"/>
        <source>Existing territory field (start from the current alignment)</source>
        <translation>Champ du secteur actuel (partir du découpage existant)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="189"/>
        <source>Lock field (units that keep their existing territory)</source>
        <translation>Champ de verrouillage (unités qui gardent leur secteur)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="201"/>
        <source>Neighbours</source>
        <translation>Voisinage</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="201"/>
        <source>Rook: shared boundary</source>
        <translation>Tour : frontière commune</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="201"/>
        <source>Queen: shared boundary or corner</source>
        <translation>Reine : frontière ou coin commun</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="219"/>
        <source>Random seed (same seed, same plan)</source>
        <translation>Graine aléatoire (même graine, même découpage)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="228"/>
        <source>Territory field name</source>
        <translation>Nom du champ secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="231"/>
        <source>Return the best plan found when the tolerance cannot be met</source>
        <translation>Rendre le meilleur découpage trouvé si la tolérance est inatteignable</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="236"/>
        <source>Units with territories</source>
        <translation>Unités avec leur secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="241"/>
        <source>Territories</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="250"/>
        <source>Largest deviation from the mean (%)</source>
        <translation>Plus grand écart à la moyenne (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="251"/>
        <source>Cut edges</source>
        <translation>Arêtes coupées</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="252"/>
        <source>Mean Polsby-Popper</source>
        <translation>Polsby-Popper moyen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="259"/>
        <source>Balance fields</source>
        <translation>Champs à équilibrer</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="272"/>
        <source>Existing territory field</source>
        <translation>Champ du secteur actuel</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="272"/>
        <source>Lock field</source>
        <translation>Champ de verrouillage</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="276"/>
        <source>Locked units keep their existing territory: set the existing territory field too.</source>
        <translation>Les unités verrouillées gardent leur secteur actuel : renseignez aussi le champ du secteur actuel.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="291"/>
        <source>Building the adjacency graph...</source>
        <translation>Construction du graphe de voisinage...</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="339"/>
        <source>Designing {k} territories from {n} units ({m} neighbour pairs), tolerance {tol:g}%...</source>
        <translation>Découpage de {k} secteurs à partir de {n} unités ({m} paires de voisins), tolérance {tol:g}%...</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="410"/>
        <source>The territories cannot meet the request:
{reasons}
Check &apos;Return the best plan found&apos; to get the closest plan anyway.</source>
        <translation>Les secteurs ne peuvent pas satisfaire la demande :
{reasons}
Cochez 'Rendre le meilleur découpage trouvé' pour obtenir quand même le découpage le plus proche.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="491"/>
        <source>Largest deviation {dev:.2f}%, {cut} cut edges, mean Polsby-Popper {pp:.3f}, {ok} of {k} territories contiguous.</source>
        <translation>Plus grand écart {dev:.2f}%, {cut} arêtes coupées, Polsby-Popper moyen {pp:.3f}, {ok} secteurs sur {k} d'un seul tenant.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="513"/>
        <source>feature {fid}</source>
        <translation>entité {fid}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="514"/>
        <source>{field} {value} (feature {fid})</source>
        <translation>{field} {value} (entité {fid})</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="605"/>
        <source>{count} units have no value in &apos;{field}&apos;; they count as 0.</source>
        <translation>{count} unités n'ont pas de valeur dans '{field}' ; elles comptent pour 0.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="613"/>
        <source>Balance field &apos;{field}&apos; must be 0 or more, but {unit} has {value}.</source>
        <translation>Le champ à équilibrer '{field}' doit être positif ou nul, mais {unit} vaut {value}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="619"/>
        <source>Balance field &apos;{field}&apos; is 0 on every unit: nothing to balance.</source>
        <translation>Le champ à équilibrer '{field}' vaut 0 sur toutes les unités : rien à équilibrer.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="637"/>
        <source>The existing alignment has {count} territories but {k} were asked for. Set the number of territories to at least {count}, or clear the field of the territories to dissolve.</source>
        <translation>Le découpage existant a {count} secteurs mais {k} ont été demandés. Mettez le nombre de secteurs à au moins {count}, ou videz le champ des secteurs à dissoudre.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="654"/>
        <source>There are {count} seed points but {k} territories were asked for: one territory grows around each seed, so set the number of territories to {count}.</source>
        <translation>Il y a {count} germes mais {k} secteurs ont été demandés : un secteur croît autour de chaque germe, mettez donc le nombre de secteurs à {count}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="684"/>
        <source>Seed names must be unique; these repeat: {names}.</source>
        <translation>Les noms des germes doivent être uniques ; ceux-ci se répètent : {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="697"/>
        <source>Bridge added between {a} and {b}: their parts of the map touch nowhere else.</source>
        <translation>Pont ajouté entre {a} et {b} : leurs parties de la carte ne se touchent nulle part ailleurs.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="209"/>
        <source>Snapping tolerance for slivers, gaps and overlaps (metres; empty: automatic)</source>
        <translation>Tolérance d'accrochage pour les interstices, trous et chevauchements (mètres ; vide : automatique)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="324"/>
        <source>{count} locked units keep their existing territory.</source>
        <translation>{count} unités verrouillées gardent leur secteur actuel.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="264"/>
        <source>Choose at least one balance field, e.g. the units&apos; call hours, or design on workload with the call hours and calls per year fields.</source>
        <translation>Choisissez au moins un champ à équilibrer, p. ex. les heures de visite des unités, ou faites le découpage sur la charge de travail avec les champs des heures de visite et des visites par an.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="282"/>
        <source>Disruption field</source>
        <translation>Champ de perturbation</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="331"/>
        <source>A disruption budget keeps the existing territories, while seeds start new ones: use one.</source>
        <translation>Un budget de perturbation garde les secteurs existants, alors que les germes en créent de nouveaux : utilisez l'un ou l'autre.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="337"/>
        <source>workload (call + travel hours)</source>
        <translation>charge de travail (heures de visite + de déplacement)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="478"/>
        <source>Designed on workload: call + travel hours within {dev:.2f}% of the mean (the plan of round {best}; {rounds} rounds), travel {share:.0f}% of the hours, from {bases}.</source>
        <translation>Découpage sur la charge de travail : heures de visite + de déplacement à moins de {dev:.2f}% de la moyenne (le découpage du tour {best} ; {rounds} tours), déplacements {share:.0f}% des heures, depuis {bases}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="478"/>
        <source>the reps&apos; homes</source>
        <translation>les domiciles des commerciaux</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="478"/>
        <source>each territory&apos;s centre</source>
        <translation>le centre de chaque secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="543"/>
        <source>Refining, pass {step} of {steps} (coarse to fine): largest deviation from the mean {deviation}% so far, {seconds} s.</source>
        <translation>Affinage, passe {step} sur {steps} (du grossier au fin) : plus grand écart à la moyenne {deviation}% jusqu'ici, {seconds} s.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="548"/>
        <source>Tolerance not met yet: trying another start (number {step}); largest deviation {deviation}%, {seconds} s.</source>
        <translation>Tolérance pas encore atteinte : essai d'un autre départ (numéro {step}) ; plus grand écart {deviation}%, {seconds} s.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="553"/>
        <source>Designing separate piece {step} of {steps} of the map: largest deviation in it {deviation}%, {seconds} s.</source>
        <translation>Découpage de la partie séparée {step} sur {steps} de la carte : plus grand écart dans celle-ci {deviation}%, {seconds} s.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="564"/>
        <source>Territory field name (TERRITORY_FIELD) &apos;{name}&apos; is also a field the design reads ({role}): the output would replace it. Choose another name, e.g. territory.</source>
        <translation>Le nom du champ secteur (TERRITORY_FIELD) '{name}' est aussi un champ que le découpage lit ({role}) : la sortie le remplacerait. Choisissez un autre nom, p. ex. territory.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="564"/>
        <source>a balance field</source>
        <translation>un champ à équilibrer</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="564"/>
        <source>the lock</source>
        <translation>le verrouillage</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="575"/>
        <source>Territory field name (TERRITORY_FIELD) &apos;{name}&apos; is already a field of the units: the output would replace its values. Choose another name, or set it as the existing territory field (EXISTING_FIELD) when it holds today&apos;s territories.</source>
        <translation>Le nom du champ secteur (TERRITORY_FIELD) '{name}' est déjà un champ des unités : la sortie remplacerait ses valeurs. Choisissez un autre nom, ou désignez-le comme champ du secteur actuel (EXISTING_FIELD) s'il contient les secteurs d'aujourd'hui.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="590"/>
        <source>The {count} locked units of territory {territory} do not touch one another ({units}; up to {hops} neighbours apart): the territory must reach all of them. Unlock the outlying ones.</source>
        <translation>Les {count} unités verrouillées du secteur {territory} ne se touchent pas ({units} ; jusqu'à {hops} voisins d'écart) : le secteur doit toutes les atteindre. Déverrouillez celles qui sont à l'écart.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="610"/>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="692"/>
        <source>Seeds</source>
        <translation>Germes</translation>
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
        <translation>Regroupe des unités polygonales (codes postaux, communes...) en secteurs d'un seul tenant, équilibrés sur une ou plusieurs mesures à une tolérance près, et compacts.

Équilibre : le total de chaque champ à équilibrer dans chaque secteur reste dans la tolérance autour de la moyenne (écart = (total - moyenne) / moyenne). Le premier champ est le principal.
Contiguïté : des unités sont voisines quand elles partagent une frontière (tour) ou un point quelconque (reine), avec une petite tolérance d'accrochage pour les interstices et les trous. Les îles sont reliées à leur unité la plus proche ; le journal liste chacun de ces ponts.
Compacité : le moteur garde peu d'arêtes coupées et un score de Polsby-Popper élevé (4 pi surface / périmètre au carré, mesuré dans une projection équivalente).

Découpage sur la charge de travail : avec les heures de visite et les visites par an des unités, la mesure principale est la charge de travail de chaque secteur comme la compte 'Évaluer la charge de travail', heures de visite plus déplacements en tournées journalières depuis le domicile du commercial (les germes) ou le centre du secteur, de sorte qu'un secteur rural reçoive moins de comptes qu'un secteur urbain. Le découpage est répété, chaque fois avec les déplacements de chaque unité dans le découpage précédent, tant que l'écart de charge de travail s'améliore ; le journal montre chaque tour. Les champs à équilibrer sont alors des mesures supplémentaires.

En option : les domiciles des commerciaux comme germes (un secteur croît autour de chacun), le secteur actuel de chaque unité comme point de départ, et des unités verrouillées qui gardent leur secteur actuel.

Redécoupage : à partir du champ du secteur actuel, le découpage garde les noms des secteurs et déplace aussi peu qu'il peut (le journal et la sortie DISRUPTION disent combien a bougé, à côté d'une borne inférieure pour les découpages qui déplacent des unités entre secteurs voisins). Un budget de perturbation le plafonne, en % du champ à équilibrer principal ou du champ de perturbation (p. ex. les comptes) ; quand budget et tolérance ne peuvent tenir ensemble, l'erreur donne le budget qui fonctionne et la meilleure tolérance dans le budget. La sortie des secteurs reçoit moved_in et moved_out. Sur la charge de travail, le réalignement équilibre les heures de la fiche de charge et le budget est en % de la charge de travail telle qu'elle est aujourd'hui ; les germes sont alors les domiciles des commerciaux actuels, rapprochés des secteurs actuels par leur nom.

Quand la tolérance ne peut pas être atteinte, l'algorithme dit pourquoi (p. ex. une unité plus lourde que la part d'un secteur) et échoue, sauf si 'Rendre le meilleur découpage trouvé' est coché.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="410"/>
        <source>The territories cannot meet the request, and no plan was found to return:
{reasons}</source>
        <translation>Les secteurs ne peuvent pas satisfaire la demande, et aucun plan n'a été trouvé à renvoyer :
{reasons}</translation>
    </message>
</context>
<context>
    <name>DesignWorkload</name>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="69"/>
        <source>Design on workload: call hours field of the units</source>
        <translation>Découpage sur la charge de travail : champ des heures de visite des unités</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="75"/>
        <source>Design on workload: calls per year field of the units</source>
        <translation>Découpage sur la charge de travail : champ des visites par an des unités</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="81"/>
        <source>Design on workload: called accounts field (the tours&apos; stops)</source>
        <translation>Découpage sur la charge de travail : champ des comptes visités (les arrêts des tournées)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="88"/>
        <source>Calls per field day (chained into one tour)</source>
        <translation>Visites par jour de terrain (enchaînées en une tournée)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="88"/>
        <source>Average speed (km/h)</source>
        <translation>Vitesse moyenne (km/h)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="88"/>
        <source>Circuity: road distance / straight distance</source>
        <translation>Sinuosité : distance routière / distance à vol d'oiseau</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="112"/>
        <source>Largest deviation of workload, call + travel hours (%)</source>
        <translation>Plus grand écart de charge de travail, heures de visite + de déplacement (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="121"/>
        <source>Design on workload</source>
        <translation>Découpage sur la charge de travail</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="127"/>
        <source>Designing on workload needs the units&apos; call hours field (WORKLOAD_FIELD), e.g. the sum_call_hours written by &apos;Aggregate accounts by zip code&apos;.</source>
        <translation>Le découpage sur la charge de travail demande le champ des heures de visite des unités (WORKLOAD_FIELD), p. ex. le sum_call_hours écrit par 'Agréger les comptes par code postal'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="135"/>
        <source>Designing on workload needs the units&apos; calls per year (CALLS_FIELD) to count the travel to them, e.g. the sum_calls_per_year written by &apos;Aggregate accounts by zip code&apos;.</source>
        <translation>Le découpage sur la charge de travail demande les visites par an des unités (CALLS_FIELD) pour compter les déplacements vers elles, p. ex. le sum_calls_per_year écrit par 'Agréger les comptes par code postal'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="143"/>
        <source>Calls per field day (CALLS_PER_DAY) must be more than 0 and at most {most:g}: the calls a rep chains into one day&apos;s tour, typically 4 to 8. It is {value:g}.</source>
        <translation>Les visites par jour de terrain (CALLS_PER_DAY) doivent être plus de 0 et au plus {most:g} : les visites qu'un commercial enchaîne en une tournée d'une journée, en général 4 à 8. La valeur est {value:g}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="158"/>
        <source>The units layer</source>
        <translation>La couche des unités</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="166"/>
        <source>feature</source>
        <translation>entité</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="174"/>
        <source>&apos;{field}&apos; must be 0 or more, but feature {fid} has {value:g}.</source>
        <translation>'{field}' doit être positif ou nul, mais l'entité {fid} vaut {value:g}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="184"/>
        <source>No called accounts field: each unit with calls counts as one stop of the day tours (a field summing the scored accounts&apos; &apos;called&apos; column counts the accounts).</source>
        <translation>Pas de champ des comptes visités : chaque unité avec des visites compte pour un arrêt des tournées journalières (un champ qui totalise la colonne 'called' des comptes évalués compte les comptes).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="191"/>
        <source>The call hours field &apos;{field}&apos; is 0 on every unit: nothing to balance.</source>
        <translation>Le champ des heures de visite '{field}' vaut 0 sur toutes les unités : rien à équilibrer.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="318"/>
        <source>Round 0, on call hours: workload (call + travel hours) {dev:.2f}% off the mean; travel is {share:.0f}% of the hours.</source>
        <translation>Tour 0, sur les heures de visite : charge de travail (heures de visite + de déplacement) à {dev:.2f}% d'écart de la moyenne ; les déplacements font {share:.0f}% des heures.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="323"/>
        <source>Round {number}, on call hours + each unit&apos;s travel in the last plan (balanced within {engine:.2f}%): workload {dev:.2f}% off the mean; travel {share:.0f}% of the hours.</source>
        <translation>Tour {number}, sur les heures de visite + les déplacements de chaque unité dans le découpage précédent (équilibré à {engine:.2f}%) : charge de travail à {dev:.2f}% d'écart de la moyenne ; déplacements {share:.0f}% des heures.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="219"/>
        <source>Realigning on workload, the rep home bases (SEEDS) are matched to the existing territories by name: set their territory name field (SEED_ID_FIELD).</source>
        <translation>En réalignant sur la charge de travail, les domiciles des commerciaux (SEEDS) sont rapprochés des secteurs actuels par leur nom : renseignez leur champ du nom de secteur (SEED_ID_FIELD).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="225"/>
        <source>Territory name field of the seeds</source>
        <translation>Champ du nom de secteur des germes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="244"/>
        <source>Each territory has one rep home; these names repeat: {names}.</source>
        <translation>Chaque secteur a un domicile de commercial ; ces noms se répètent : {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="250"/>
        <source>Rep homes whose name is no existing territory, left out: {names}.</source>
        <translation>Domiciles de commerciaux dont le nom n'est celui d'aucun secteur actuel, laissés de côté : {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="257"/>
        <source>Territories without a rep home, their travel counted from their centre: {names}.</source>
        <translation>Secteurs sans domicile de commercial, leurs déplacements comptés depuis leur centre : {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="313"/>
        <source>Round 0, on call hours + each unit&apos;s travel in the existing alignment (balanced within {engine:.2f}%): workload {dev:.2f}% off the mean; travel {share:.0f}% of the hours.</source>
        <translation>Tour 0, sur les heures de visite + les déplacements de chaque unité dans le découpage actuel (équilibré à {engine:.2f}%) : charge de travail à {dev:.2f}% d'écart de la moyenne ; déplacements {share:.0f}% des heures.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="40"/>
        <source>{unit} alone has {weight:,.6g} of &apos;{measure}&apos;, {excess:.1f}% above the most one territory may hold ({cap:,.6g} = mean x (1 + tolerance)). Raise the tolerance, use fewer territories, or split that unit.</source>
        <translation>{unit} à elle seule a {weight:,.6g} de '{measure}', {excess:.1f}% au-dessus du maximum qu'un secteur peut porter ({cap:,.6g} = moyenne x (1 + tolérance)). Augmentez la tolérance, utilisez moins de secteurs, ou divisez cette unité.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="96"/>
        <source>No contiguous plan is within the tolerance of {tol:.2f}% around {units}, where {count} neighbouring units each weigh {share:.0f}% of a mean territory or more: every plan is at least {floor:.2f}% off the mean there (proven over every way to cut that area). Raise the tolerance to at least that, use another number of territories, or split those units.</source>
        <translation>Aucun plan d'un seul tenant n'est dans la tolérance de {tol:.2f}% autour de {units}, où {count} unités voisines pèsent chacune {share:.0f}% d'un secteur moyen ou plus : tout plan y est à au moins {floor:.2f}% d'écart de la moyenne (prouvé sur toutes les façons de découper cette zone). Augmentez la tolérance au moins jusque-là, choisissez un autre nombre de secteurs, ou divisez ces unités.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="45"/>
        <source>The locked units of territory {territory} total {total:,.6g} of &apos;{measure}&apos;, {excess:.1f}% above the most one territory may hold ({cap:,.6g}). Unlock some of them or raise the tolerance.</source>
        <translation>Les unités verrouillées du secteur {territory} totalisent {total:,.6g} de '{measure}', {excess:.1f}% au-dessus du maximum qu'un secteur peut porter ({cap:,.6g}). Déverrouillez-en certaines ou augmentez la tolérance.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="53"/>
        <source>The seeds of {a} and {b} lie in the same unit {unit}; move one of them.</source>
        <translation>Les germes de {a} et de {b} sont dans la même unité {unit} ; déplacez l'un d'eux.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="57"/>
        <source>The seed of {territory} lies in {unit}, which is locked to territory {other}.</source>
        <translation>Le germe de {territory} est dans {unit}, qui est verrouillée sur le secteur {other}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="60"/>
        <source>The seed of {territory} lies outside the units.</source>
        <translation>Le germe de {territory} est hors des unités.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="63"/>
        <source>{k} territories were asked for from {n} units, but only {filled} of them could get a unit: units tied together (locked, seeded or joined to their piece of the map) move together. Ask for fewer territories.</source>
        <translation>{k} secteurs ont été demandés à partir de {n} unités, mais seuls {filled} d'entre eux ont pu recevoir une unité : les unités liées entre elles (verrouillées, portant un germe ou rattachées à leur partie de la carte) bougent ensemble. Demandez moins de secteurs.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="68"/>
        <source>{k} territories were asked for, but there are only {n} units.</source>
        <translation>{k} secteurs ont été demandés, mais il n'y a que {n} unités.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="72"/>
        <source>A separate piece of the map of {units} units (including {unit}) cannot hold a whole number of balanced territories. Join it to the rest with a bridge or raise the tolerance.</source>
        <translation>Une partie séparée de la carte de {units} unités (dont {unit}) ne peut pas contenir un nombre entier de secteurs équilibrés. Reliez-la au reste par un pont ou augmentez la tolérance.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="77"/>
        <source>The separate pieces of the map need between {low} and {high} territories in all; {k} were asked for.</source>
        <translation>Les parties séparées de la carte demandent entre {low} et {high} secteurs au total ; {k} ont été demandés.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="81"/>
        <source>The locked units of territory {territory} cannot be joined into one contiguous piece.</source>
        <translation>Les unités verrouillées du secteur {territory} ne peuvent pas être réunies en un seul tenant.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="85"/>
        <source>The best plan found is {dev:.2f}% off the mean on &apos;{measure}&apos; (territory {territory}); the tolerance is {tol:.2f}%.</source>
        <translation>Le meilleur découpage trouvé s'écarte de {dev:.2f}% de la moyenne sur '{measure}' (secteur {territory}) ; la tolérance est de {tol:.2f}%.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="90"/>
        <source>{unit} weighs {share:.1f}% of a mean territory, and every contiguous territory that contains it ends {below:+.1f}% or {above:+.1f}% from the mean: outside the tolerance. Raise the tolerance or split that unit.</source>
        <translation>{unit} pèse {share:.1f}% d'un secteur moyen, et tout secteur d'un seul tenant qui la contient finit à {below:+.1f}% ou {above:+.1f}% de la moyenne : hors de la tolérance. Augmentez la tolérance ou divisez cette unité.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="109"/>
        <source>The seed of {territory} lies in {unit}, walled in by other seeds: no balanced territory can grow around it, so that unit goes to {holder} and {territory} grows beside it.</source>
        <translation>Le germe de {territory} est dans {unit}, encerclée par d'autres germes : aucun secteur équilibré ne peut croître autour, donc cette unité va à {holder} et {territory} croît à côté.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="116"/>
        <source>Balancing within {tol:.2f}% moves {needed:.2f}% of &apos;{field}&apos; (moving units only between touching territories, at least {bound:.2f}%), more than the budget of {budget:.2f}%: a budget of {needed:.2f}% works.</source>
        <translation>Équilibrer à {tol:.2f}% déplace {needed:.2f}% de '{field}' (en ne déplaçant des unités qu'entre secteurs voisins, au moins {bound:.2f}%), plus que le budget de {budget:.2f}% : un budget de {needed:.2f}% fonctionne.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="122"/>
        <source>Balancing within {tol:.2f}% was not reached (moving units only between touching territories needs at least {bound:.2f}% of &apos;{field}&apos;); the budget is {budget:.2f}%.</source>
        <translation>L'équilibre à {tol:.2f}% n'a pas été atteint (déplacer des unités seulement entre secteurs voisins demande au moins {bound:.2f}% de '{field}') ; le budget est de {budget:.2f}%.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="134"/>
        <source>Within the budget, the best plan found is {best:.2f}% off the mean.</source>
        <translation>Dans le budget, le meilleur découpage trouvé s'écarte de {best:.2f}% de la moyenne.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="152"/>
        <source>Territory {territory} is in {pieces} pieces.</source>
        <translation>Le secteur {territory} est en {pieces} morceaux.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="173"/>
        <source>... and {count} more like this.</source>
        <translation>... et {count} autres du même genre.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="139"/>
        <source>No plan within the budget was found: even keeping today&apos;s balance moves {least:.2f}% of &apos;{field}&apos;.</source>
        <translation>Aucun plan dans le budget n'a été trouvé : même garder l'équilibre d'aujourd'hui déplace {least:.2f}% de '{field}'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="143"/>
        <source>{n} of today&apos;s territories are in several pieces, and every plan joins them up.</source>
        <translation>{n} des territoires d'aujourd'hui sont en plusieurs morceaux, et tout plan les réunit.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="147"/>
        <source>{n} units have no territory today, and every plan gives them one.</source>
        <translation>{n} unités n'ont pas de territoire aujourd'hui, et tout plan leur en donne un.</translation>
    </message>
</context>
<context>
    <name>DissolvedTerritories</name>
    <message>
        <location filename="../territory_plugin/gui/dissolved.py" line="118"/>
        <source>Territories follow the units</source>
        <translation>Les secteurs suivent les unités</translation>
    </message>
</context>
<context>
    <name>EstimatePotential</name>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="52"/>
        <source>Estimate sales potential</source>
        <translation>Estimer le potentiel de ventes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="55"/>
        <source>Estimates each zip code area&apos;s sales potential from its attributes (population, income, number of businesses, any numeric fields): a regression fitted on the zips that have sales, applied to every zip. Zips without sales (blank or 0) get an estimate of what they could sell.

Model: ridge regression of log(sales) on the fields; fields that are never negative and skewed (skewness above 1) enter as log(1 + value). Zips missing a field value are not fitted and get no estimate; the log counts them per field. At least 10 zips with sales, and 5 per field, are needed.
Written fields: potential_est, the expected sales (log model corrected with Duan&apos;s smearing factor, so that estimates add up to sales); potential_low and potential_high, the prediction interval (e.g. 80%: 4 zips in 5 should fall inside); potential_fitted, 1 where the zip&apos;s sales were used to fit.
The log gives the cross-validated R^2 (k folds: each zip predicted by a model that did not see it), on sales and on log sales, and the coefficients.</source>
        <translation>Estime le potentiel de ventes de chaque zone de code postal à partir de ses attributs (population, revenu, nombre d'entreprises, tout champ numérique) : une régression ajustée sur les codes postaux qui ont des ventes, appliquée à tous. Les codes postaux sans ventes (vides ou 0) reçoivent une estimation de ce qu'ils pourraient vendre.

Modèle : régression ridge de log(ventes) sur les champs ; les champs jamais négatifs et asymétriques (asymétrie au-dessus de 1) entrent comme log(1 + valeur). Les codes postaux auxquels manque une valeur de champ ne sont pas ajustés et ne reçoivent pas d'estimation ; le journal les compte par champ. Il faut au moins 10 codes postaux avec des ventes, et 5 par champ.
Champs écrits : potential_est, les ventes attendues (modèle logarithmique corrigé par le facteur de lissage de Duan, pour que les estimations totalisent les ventes) ; potential_low et potential_high, l'intervalle de prédiction (p. ex. 80% : 4 codes postaux sur 5 devraient y tomber) ; potential_fitted, 1 quand les ventes du code postal ont servi à l'ajustement.
Le journal donne le R^2 en validation croisée (k plis : chaque code postal prédit par un modèle qui ne l'a pas vu), sur les ventes et sur le log des ventes, et les coefficients.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="75"/>
        <source>Zip code areas</source>
        <translation>Zones de codes postaux</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="133"/>
        <source>Sales field</source>
        <translation>Champ des ventes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="134"/>
        <source>Fields to estimate from</source>
        <translation>Champs explicatifs</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="97"/>
        <source>Model log(sales) (recommended)</source>
        <translation>Modéliser log(ventes) (recommandé)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="100"/>
        <source>Log-transform skewed fields</source>
        <translation>Passer au logarithme les champs asymétriques</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="102"/>
        <source>Prediction interval (%)</source>
        <translation>Intervalle de prédiction (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="107"/>
        <source>Ridge penalty (on standardised fields)</source>
        <translation>Pénalité ridge (sur les champs standardisés)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="114"/>
        <source>Cross-validation folds</source>
        <translation>Plis de validation croisée</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="121"/>
        <source>Zip code areas with potential</source>
        <translation>Zones de codes postaux avec leur potentiel</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="126"/>
        <source>Cross-validated R² on sales</source>
        <translation>R² des ventes en validation croisée</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="127"/>
        <source>Zips the model was fitted on</source>
        <translation>Codes postaux ayant servi à l'ajustement</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="128"/>
        <source>Zips with an estimate</source>
        <translation>Codes postaux avec une estimation</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="129"/>
        <source>Zips missing a field value</source>
        <translation>Codes postaux auxquels manque une valeur de champ</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="136"/>
        <source>The sales field &apos;{field}&apos; cannot also be a field to estimate from.</source>
        <translation>Le champ des ventes '{field}' ne peut pas être aussi un champ explicatif.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="201"/>
        <source>Only {count} zips have sales in &apos;{field}&apos; and a value in every chosen field; {needed} are needed for {p} fields ({with_sales} have sales). Choose fewer fields, fill the missing values, or use a larger area.</source>
        <translation>Seuls {count} codes postaux ont des ventes dans '{field}' et une valeur dans chaque champ choisi ; il en faut {needed} pour {p} champs ({with_sales} ont des ventes). Choisissez moins de champs, complétez les valeurs manquantes, ou prenez une zone plus grande.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="207"/>
        <source>Field &apos;{field}&apos; has the same value on every zip with sales, so it cannot explain them: leave it out.</source>
        <translation>Le champ '{field}' a la même valeur sur tous les codes postaux avec des ventes, il ne peut donc pas les expliquer : retirez-le.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="211"/>
        <source>Choose at least one field to estimate from (population, income, businesses...).</source>
        <translation>Choisissez au moins un champ explicatif (population, revenu, entreprises...).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="220"/>
        <source>Fitted on {fit} of {n} zips; {without} have no sales (they are estimated, not fitted) and {incomplete} with sales lack a field value.</source>
        <translation>Ajusté sur {fit} codes postaux sur {n} ; {without} n'ont pas de ventes (ils sont estimés, pas ajustés) et {incomplete} avec des ventes manquent d'une valeur de champ.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="233"/>
        <source>{count} zips have no value in &apos;{field}&apos;: they get no estimate.</source>
        <translation>{count} codes postaux n'ont pas de valeur dans '{field}' : ils ne reçoivent pas d'estimation.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="240"/>
        <source>Entered as log(1 + value), being skewed: {fields}.</source>
        <translation>Entrés comme log(1 + valeur), car asymétriques : {fields}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="243"/>
        <source>log(sales)</source>
        <translation>log(ventes)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="243"/>
        <source>sales</source>
        <translation>ventes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="244"/>
        <source>Cross-validated R² ({folds} folds): {r2:.3f} on sales, {r2_model:.3f} on {target} (in-sample {r2_fit:.3f}). Residual standard deviation {sigma:.3g} on {target}.</source>
        <translation>R² en validation croisée ({folds} plis) : {r2:.3f} sur les ventes, {r2_model:.3f} sur {target} (sur l'échantillon {r2_fit:.3f}). Écart type résiduel {sigma:.3g} sur {target}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="257"/>
        <source>Coefficients of {target} (ridge penalty {alpha:g}):</source>
        <translation>Coefficients de {target} (pénalité ridge {alpha:g}) :</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="261"/>
        <source>log(1 + {field})</source>
        <translation>log(1 + {field})</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="262"/>
        <source>  {field}: {unit:+.4g} per unit, {sd:+.4g} per standard deviation</source>
        <translation>  {field} : {unit:+.4g} par unité, {sd:+.4g} par écart type</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="268"/>
        <source>On log(sales), a coefficient b of log(1 + x) is an elasticity: 1% more x, about b% more sales; for a plain field, one unit more multiplies sales by exp(b).</source>
        <translation>Sur log(ventes), un coefficient b de log(1 + x) est une élasticité : 1% de x en plus, environ b% de ventes en plus ; pour un champ simple, une unité de plus multiplie les ventes par exp(b).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="274"/>
        <source>{level:g}% prediction intervals: about {level:g}% of zips should fall inside theirs.</source>
        <translation>Intervalles de prédiction à {level:g}% : environ {level:g}% des codes postaux devraient tomber dans le leur.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="280"/>
        <source>The fields explain little of the sales (cross-validated R² {r2:.2f} on sales): treat the estimates as rough, or add fields that drive sales.</source>
        <translation>Les champs expliquent peu les ventes (R² en validation croisée {r2:.2f} sur les ventes) : prenez les estimations comme approximatives, ou ajoutez des champs qui font les ventes.</translation>
    </message>
</context>
<context>
    <name>ExportAssignments</name>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="55"/>
        <source>Export assignments for the CRM</source>
        <translation>Exporter les affectations pour le CRM</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="58"/>
        <source>Writes the new assignment as a CSV file that a CRM imports (Salesforce Data Loader, Dynamics 365 import): account_id, account_name, old_territory, new_territory, new_owner, changed (true/false).

Accounts: the CRM export (CSV file or layer) with the account id and, optionally, its name and current territory. Ids are written exactly as read, as text: leading zeros and 18-character Salesforce ids stay as they are (open CSV files as the path itself, or with field types as text).
New territory: an account field (e.g. after editing accounts in the dock), or the zip code areas of the design with their territory, matched by zip code exactly as &apos;Aggregate accounts by zip code&apos; matches them; with both, the account field wins where it has a value. Accounts without a new territory are left out of the file, so the CRM keeps what it has; the log counts them.
New owner: from a reps table (territory -&gt; owner), e.g. the output of &apos;Assign reps to territories&apos; (its fields territory and rep are taken when no fields are given).

The file is UTF-8 with a header, and it is written completely or not at all.</source>
        <translation>Écrit la nouvelle affectation dans un fichier CSV qu'un CRM importe (Salesforce Data Loader, import Dynamics 365) : account_id, account_name, old_territory, new_territory, new_owner, changed (true/false).

Comptes : l'export CRM (fichier CSV ou couche) avec l'identifiant du compte et, en option, son nom et son secteur actuel. Les identifiants sont écrits exactement comme lus, en texte : les zéros initiaux et les identifiants Salesforce de 18 caractères restent tels quels (ouvrez les fichiers CSV par leur chemin même, ou avec les types de champs en texte).
Nouveau secteur : un champ des comptes (p. ex. après avoir modifié des comptes dans le panneau), ou les zones de codes postaux du découpage avec leur secteur, rattachées par code postal exactement comme le fait 'Agréger les comptes par code postal' ; avec les deux, le champ des comptes l'emporte là où il a une valeur. Les comptes sans nouveau secteur sont laissés hors du fichier, le CRM garde donc ce qu'il a ; le journal les compte.
Nouveau propriétaire : d'une table des commerciaux (secteur -&gt; propriétaire), p. ex. la sortie de 'Affecter les commerciaux aux secteurs' (ses champs territory et rep sont pris quand aucun champ n'est donné).

Le fichier est en UTF-8 avec un en-tête, et il est écrit entièrement ou pas du tout.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="75"/>
        <source>Accounts (layer, table or CSV file)</source>
        <translation>Comptes (couche, table ou fichier CSV)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="141"/>
        <source>Account id field</source>
        <translation>Champ de l'identifiant du compte</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="83"/>
        <source>Account name field</source>
        <translation>Champ du nom du compte</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="84"/>
        <source>Current (old) territory field</source>
        <translation>Champ du secteur actuel (ancien)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="92"/>
        <source>New territory field of the accounts</source>
        <translation>Champ du nouveau secteur des comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="95"/>
        <source>Account zip code field</source>
        <translation>Champ code postal des comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="96"/>
        <source>Zip code areas with the new territories</source>
        <translation>Zones de codes postaux avec les nouveaux secteurs</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="104"/>
        <source>Area zip code field</source>
        <translation>Champ code postal des zones</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="105"/>
        <source>Area territory field</source>
        <translation>Champ secteur des zones</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="109"/>
        <source>Reps table (territory and owner)</source>
        <translation>Table des commerciaux (secteur et propriétaire)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="117"/>
        <source>Territory field of the reps</source>
        <translation>Champ secteur des commerciaux</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="122"/>
        <source>Owner field of the reps</source>
        <translation>Champ propriétaire des commerciaux</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="125"/>
        <source>Only accounts whose territory changes</source>
        <translation>Seulement les comptes qui changent de secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="128"/>
        <source>CRM import file</source>
        <translation>Fichier d'import CRM</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="128"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="133"/>
        <source>Accounts written</source>
        <translation>Comptes écrits</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="134"/>
        <source>Accounts whose territory changes</source>
        <translation>Comptes qui changent de secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="135"/>
        <source>Accounts without a new territory</source>
        <translation>Comptes sans nouveau secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="142"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="150"/>
        <source>To take the new territory from the zip code areas, choose the accounts&apos; zip code field.</source>
        <translation>Pour prendre le nouveau secteur dans les zones de codes postaux, choisissez le champ code postal des comptes.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="154"/>
        <source>Say where each account goes: the accounts&apos; new territory field, or their zip code field with the zip code areas and the areas&apos; zip code and territory fields.</source>
        <translation>Indiquez où va chaque compte : le champ du nouveau secteur des comptes, ou leur champ code postal avec les zones de codes postaux et les champs code postal et secteur des zones.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="195"/>
        <source>Wrote {rows} accounts ({changed} change territory) to {path}.</source>
        <translation>{rows} comptes écrits ({changed} changent de secteur) dans {path}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="212"/>
        <source>The id field &apos;{field}&apos; was read as decimal numbers, which cannot keep ids exactly (leading zeros, long ids). Open the file so that the id is text: give the CSV file itself, or set the field type to text when adding the layer.</source>
        <translation>Le champ identifiant '{field}' a été lu comme des nombres décimaux, qui ne peuvent pas garder les identifiants exacts (zéros initiaux, identifiants longs). Ouvrez le fichier de sorte que l'identifiant soit du texte : donnez le fichier CSV lui-même, ou mettez le type du champ en texte en ajoutant la couche.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="220"/>
        <source>The id field &apos;{field}&apos; was read as whole numbers: ids are written as those numbers, and leading zeros the CRM had are lost. To keep them, open the file with the id as text.</source>
        <translation>Le champ identifiant '{field}' a été lu comme des nombres entiers : les identifiants sont écrits comme ces nombres, et les zéros initiaux qu'avait le CRM sont perdus. Pour les garder, ouvrez le fichier avec l'identifiant en texte.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="234"/>
        <source>Zip code areas</source>
        <translation>Zones de codes postaux</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="238"/>
        <source>The zip code areas need their zip code field and their territory field.</source>
        <translation>Les zones de codes postaux demandent leur champ code postal et leur champ secteur.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="259"/>
        <source>Reps table</source>
        <translation>Table des commerciaux</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="270"/>
        <source>Each territory has one owner, but the reps table gives several to {cases}.</source>
        <translation>Chaque secteur a un propriétaire, mais la table des commerciaux en donne plusieurs à {cases}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="280"/>
        <source>{count} accounts have no new territory ({source} gives none), e.g. {ids}. They are left out of the file, so the CRM keeps their current territory.</source>
        <translation>{count} comptes n'ont pas de nouveau secteur ({source} n'en donne pas), p. ex. {ids}. Ils sont laissés hors du fichier, le CRM garde donc leur secteur actuel.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="287"/>
        <source>{count} accounts have no id: the CRM cannot match them, they are left out.</source>
        <translation>{count} comptes n'ont pas d'identifiant : le CRM ne peut pas les retrouver, ils sont laissés de côté.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="293"/>
        <source>{count} ids occur on more than one row, e.g. {ids}: the CRM will update them twice.</source>
        <translation>{count} identifiants apparaissent sur plus d'une ligne, p. ex. {ids} : le CRM les mettra à jour deux fois.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="299"/>
        <source>No owner in the reps table for {count} territories: {names}. Their new_owner is empty.</source>
        <translation>Pas de propriétaire dans la table des commerciaux pour {count} secteurs : {names}. Leur new_owner est vide.</translation>
    </message>
</context>
<context>
    <name>InputChecks</name>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="39"/>
        <source>{what} ({name}) must be a number; it is &apos;{value}&apos;.</source>
        <translation>{what} ({name}) doit être un nombre ; la valeur est '{value}'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="47"/>
        <source>from {low:g} to {high:g}</source>
        <translation>de {low:g} à {high:g}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="49"/>
        <source>at least {low:g}</source>
        <translation>au moins {low:g}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="51"/>
        <source>at most {high:g}</source>
        <translation>au plus {high:g}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="53"/>
        <source>a finite number</source>
        <translation>un nombre fini</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="54"/>
        <source>{what} ({name}) must be {allowed}; it is {value}.</source>
        <translation>{what} ({name}) doit être {allowed} ; la valeur est {value}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="86"/>
        <source>{what} lie far from the area of the units ({span:,.0f} km across), distance to it in brackets: {listed}{more}. Check their coordinates and their layer&apos;s CRS.</source>
        <translation>{what} sont loin de la zone des unités ({span:,.0f} km d'étendue), distance à celle-ci entre parenthèses : {listed}{more}. Vérifiez leurs coordonnées et le SCR de leur couche.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="89"/>
        <source> and {n} more</source>
        <translation> et {n} de plus</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="96"/>
        <source>{names}: latitude and longitude look swapped; read the other way round they lie among the units.</source>
        <translation>{names} : latitude et longitude semblent inversées ; lues dans l'autre sens, elles tombent parmi les unités.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="104"/>
        <source>only blanks</source>
        <translation>seulement des vides</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="129"/>
        <source>Only {matched} of {total} accounts ({share:.1f}%) matched a zip code area; every total of this run leaves the other {unmatched} out.</source>
        <translation>Seuls {matched} des {total} comptes ({share:.1f}%) correspondent à une zone de code postal ; chaque total de cette exécution laisse de côté les {unmatched} autres.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="139"/>
        <source>{share:.1f}% of {what}</source>
        <translation>{share:.1f}% de {what}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="143"/>
        <source>The matched accounts carry {shares}.</source>
        <translation>Les comptes rattachés portent {shares}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="146"/>
        <source>{count} blank</source>
        <translation>{count} vides</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="147"/>
        <source>{count} invalid code</source>
        <translation>{count} codes invalides</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="148"/>
        <source>{count} no area with this code</source>
        <translation>{count} sans zone avec ce code</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="150"/>
        <source>Unmatched: {reasons}.</source>
        <translation>Non rattachés : {reasons}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="154"/>
        <source>The most frequent unmatched values of &apos;{zip_field}&apos; are {values}; the areas&apos; field &apos;{unit_field}&apos; holds e.g. {unit_samples}.</source>
        <translation>Les valeurs non rattachées les plus fréquentes de '{zip_field}' sont {values} ; le champ '{unit_field}' des zones contient par exemple {unit_samples}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="164"/>
        <source>the accounts&apos; postal codes are probably in &apos;{field}&apos; ({samples}), not in &apos;{chosen}&apos;</source>
        <translation>les codes postaux des comptes sont sans doute dans '{field}' ({samples}), pas dans '{chosen}'</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="171"/>
        <source>the areas&apos; postal codes are probably in &apos;{field}&apos; ({samples}), not in &apos;{chosen}&apos;</source>
        <translation>les codes postaux des zones sont sans doute dans '{field}' ({samples}), pas dans '{chosen}'</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="178"/>
        <source>many values are no postal code in the chosen code format: another field, or codes of another country (then choose the code format As is)</source>
        <translation>beaucoup de valeurs ne sont pas des codes postaux dans le format des codes choisi : un autre champ, ou des codes d'un autre pays (choisissez alors le format des codes Tel quel)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="182"/>
        <source>the field is empty for many accounts: another field (e.g. the shipping instead of the billing address) may hold their codes</source>
        <translation>le champ est vide pour beaucoup de comptes : un autre champ (par exemple l'adresse de livraison au lieu de celle de facturation) contient peut-être leurs codes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="186"/>
        <source>many codes are valid but no area has them: the zip code areas cover another region than the accounts, or the codes are of another country (if the accounts outside these areas are meant to be left out, filter them out first)</source>
        <translation>beaucoup de codes sont valides mais aucune zone ne les porte : les zones de codes postaux couvrent une autre région que les comptes, ou les codes sont d'un autre pays (si les comptes hors de ces zones doivent être laissés de côté, filtrez-les d'abord)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="193"/>
        <source>Likely causes: {causes}.</source>
        <translation>Causes probables : {causes}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="196"/>
        <source>Check the input before designing on these totals.</source>
        <translation>Vérifiez les données avant de découper des secteurs sur ces totaux.</translation>
    </message>
</context>
<context>
    <name>PlanSections</name>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="61"/>
        <source>The plan needs {reps} reps at {target:g}% of {capacity:,.0f} h; you have {k} ({hours:,.0f} h a year in all).</source>
        <translation>Le découpage demande {reps} commerciaux à {target:g}% de {capacity:,.0f} h ; vous en avez {k} ({hours:,.0f} h par an au total).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="72"/>
        <source>Utilisation {low:.0f}% to {high:.0f}%; travel {tlow:.0f}% to {thigh:.0f}% of each rep&apos;s hours ({share:.0f}% in all); workload within {spread:.1f}% of the mean.</source>
        <translation>Taux d'occupation de {low:.0f}% à {high:.0f}% ; déplacements de {tlow:.0f}% à {thigh:.0f}% des heures de chaque commercial ({share:.0f}% au total) ; charge de travail à moins de {spread:.1f}% de la moyenne.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="87"/>
        <source>Quota growth on last year&apos;s sales {low:+.1f}% to {high:+.1f}%.</source>
        <translation>Croissance des quotas sur les ventes de l'an dernier de {low:+.1f}% à {high:+.1f}%.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="94"/>
        <source>{count} of {k} reps are over capacity.</source>
        <translation>{count} commerciaux sur {k} dépassent leur capacité.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="98"/>
        <source>{count} territories have calls but no located account: their travel is counted as 0.</source>
        <translation>{count} secteurs ont des visites mais aucun compte localisé : leurs déplacements comptent pour 0.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="108"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="109"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="110"/>
        <source>Calls a year</source>
        <translation>Visites par an</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="111"/>
        <source>Hours a year</source>
        <translation>Heures par an</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="112"/>
        <source>Share of the hours</source>
        <translation>Part des heures</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="116"/>
        <source>Call hours by segment, then the travel the territories need: the hours behind the reps needed.</source>
        <translation>Heures de visite par segment, puis les déplacements dont les secteurs ont besoin : les heures derrière les commerciaux nécessaires.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="140"/>
        <source>workload (total hours)</source>
        <translation>charge de travail (heures totales)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="143"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="144"/>
        <source>Largest deviation</source>
        <translation>Plus grand écart</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="145"/>
        <source>Coefficient of variation</source>
        <translation>Coefficient de variation</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="146"/>
        <source>Territories within the tolerance</source>
        <translation>Secteurs dans la tolérance</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="147"/>
        <source>Design log</source>
        <translation>Journal du découpage</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="151"/>
        <source>Each measure the design balanced, totalled over each territory&apos;s units, and the workload the scorecard counts (calls and travel). Deviation = (total - mean) / mean; the design log&apos;s figure is beside it.</source>
        <translation>Chaque mesure que le découpage a équilibrée, totalisée sur les unités de chaque secteur, et la charge de travail que compte le tableau de bord (visites et déplacements). Écart = (total - moyenne) / moyenne ; le chiffre du journal du découpage est à côté.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="156"/>
        <source>largest deviation of the workload</source>
        <translation>plus grand écart de la charge de travail</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="171"/>
        <source>{within} of {k}</source>
        <translation>{within} sur {k}</translation>
    </message>
</context>
<context>
    <name>RealignmentTerms</name>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="34"/>
        <source>Disruption budget: the most that may change territory (% of the main balance field, or of the disruption field; empty: no limit)</source>
        <translation>Budget de perturbation : le maximum qui peut changer de secteur (% du champ à équilibrer principal, ou du champ de perturbation ; vide : pas de limite)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="48"/>
        <source>Disruption field: count what changes territory in this field (e.g. accounts)</source>
        <translation>Champ de perturbation : compter dans ce champ ce qui change de secteur (p. ex. les comptes)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="59"/>
        <source>Disruption: share that changed territory (%)</source>
        <translation>Perturbation : part qui a changé de secteur (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="62"/>
        <source>Lower bound: least share a plan moving units between touching territories had to move (%)</source>
        <translation>Borne inférieure : la plus petite part qu'un découpage déplaçant des unités entre secteurs voisins devait déplacer (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="75"/>
        <source>A disruption budget limits what changes from the existing alignment: set the existing territory field too.</source>
        <translation>Un budget de perturbation limite ce qui change par rapport au découpage existant : renseignez aussi le champ du secteur actuel.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="88"/>
        <source>Disruption field &apos;{field}&apos; must be 0 or more, but {unit} has {value}.</source>
        <translation>Le champ de perturbation '{field}' doit être positif ou nul, mais {unit} vaut {value}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="97"/>
        <source>Moved {moved:.2f}% of &apos;{measure}&apos; to other territories; a plan meeting the tolerance by moving units only between territories that touch had to move at least {bound}.</source>
        <translation>{moved:.2f}% de '{measure}' déplacés vers d'autres secteurs ; un découpage tenant la tolérance en ne déplaçant des unités qu'entre secteurs voisins devait en déplacer au moins {bound}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="97"/>
        <source>more than can move</source>
        <translation>plus que ce qui peut bouger</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="108"/>
        <source>Disruption budget {budget:.2f}%.</source>
        <translation>Budget de perturbation {budget:.2f}%.</translation>
    </message>
</context>
<context>
    <name>ReassignController</name>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="112"/>
        <source>The layer {} has no field {}.</source>
        <translation>La couche {} n'a pas de champ {}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="134"/>
        <source>Contiguity cannot be checked: {}</source>
        <translation>La contiguïté ne peut pas être vérifiée : {}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="242"/>
        <source>Units were added, deleted or reshaped; contiguity is checked again on reload.</source>
        <translation>Des unités ont été ajoutées, supprimées ou redessinées ; la contiguïté sera vérifiée de nouveau au rechargement.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="344"/>
        <source>There is already a territory {}.</source>
        <translation>Il y a déjà un secteur {}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="363"/>
        <source>Territory {} still has {} units; move them first.</source>
        <translation>Le secteur {} a encore {} unités ; déplacez-les d'abord.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="402"/>
        <source>{} locked units were not moved (e.g. {}).</source>
        <translation>{} unités verrouillées n'ont pas été déplacées (p. ex. {}).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="412"/>
        <source>Contiguity</source>
        <translation>Contiguïté</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="417"/>
        <source>The layer {} cannot be edited.</source>
        <translation>La couche {} n'est pas modifiable.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="422"/>
        <source>Assign {} to {}</source>
        <translation>Affecter {} à {}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="422"/>
        <source>Assign {} units to {}</source>
        <translation>Affecter {} unités à {}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="447"/>
        <source>This move splits territory {} into pieces.</source>
        <translation>Ce déplacement coupe le secteur {} en morceaux.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="449"/>
        <source>The moved units do not touch territory {}.</source>
        <translation>Les unités déplacées ne touchent pas le secteur {}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="450"/>
        <source>Move anyway?</source>
        <translation>Déplacer quand même ?</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="460"/>
        <source>Could not save {}: {}</source>
        <translation>Impossible d'enregistrer {} : {}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="349"/>
        <source>{} is not a valid value for the field {}.</source>
        <translation>{} n'est pas une valeur valide pour le champ {}.</translation>
    </message>
</context>
<context>
    <name>ReassignDock</name>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="567"/>
        <source>Territories</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="83"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="118"/>
        <source>Units layer</source>
        <translation>Couche des unités</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="119"/>
        <source>Territory field</source>
        <translation>Champ secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="120"/>
        <source>Zip code field</source>
        <translation>Champ code postal</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="121"/>
        <source>Lock field</source>
        <translation>Champ de verrouillage</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="122"/>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="123"/>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="125"/>
        <source>Accounts layer</source>
        <translation>Couche des comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="126"/>
        <source>Account zip field</source>
        <translation>Champ code postal des comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="127"/>
        <source>Override field</source>
        <translation>Champ de forçage</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="128"/>
        <source>Account id field</source>
        <translation>Champ de l'identifiant du compte</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="145"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="149"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="150"/>
        <source>Create a new, empty territory</source>
        <translation>Créer un nouveau secteur vide</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="152"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="153"/>
        <source>Remove the target territory if it is empty</source>
        <translation>Supprimer le secteur cible s'il est vide</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="167"/>
        <source>Assign selected units</source>
        <translation>Affecter les unités sélectionnées</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="170"/>
        <source>Paint</source>
        <translation>Peindre</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="171"/>
        <source>Click or drag on the map to paint units into the target territory</source>
        <translation>Cliquez ou faites glisser sur la carte pour peindre des unités dans le secteur cible</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="174"/>
        <source>Check alignment</source>
        <translation>Vérifier le découpage</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="182"/>
        <source>Keep selected accounts</source>
        <translation>Garder les comptes sélectionnés</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="183"/>
        <source>Count the selected accounts in the target territory, whatever their zip</source>
        <translation>Compter les comptes sélectionnés dans le secteur cible, quel que soit leur code postal</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="185"/>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="186"/>
        <source>Return the selected accounts to their zip&apos;s territory</source>
        <translation>Rendre les comptes sélectionnés au secteur de leur code postal</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="193"/>
        <source>Save edits</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="195"/>
        <source>Change log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="393"/>
        <source>Choose a units layer and its territory field.</source>
        <translation>Choisissez une couche d'unités et son champ secteur.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="397"/>
        <source>{} units in {} territories</source>
        <translation>{} unités dans {} secteurs</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="399"/>
        <source>{} unassigned</source>
        <translation>{} non affectées</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="401"/>
        <source>{} not contiguous</source>
        <translation>{} pas d'un seul tenant</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="403"/>
        <source>{} accounts overridden</source>
        <translation>{} comptes forcés</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="427"/>
        <source>Select units on the map first.</source>
        <translation>Sélectionnez d'abord des unités sur la carte.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="474"/>
        <source>Choose an accounts layer first.</source>
        <translation>Choisissez d'abord une couche de comptes.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="483"/>
        <source>Select accounts first.</source>
        <translation>Sélectionnez d'abord des comptes.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="498"/>
        <source>New territory</source>
        <translation>Nouveau secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="498"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="513"/>
        <source>{} ({} pieces)</source>
        <translation>{} ({} morceaux)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="514"/>
        <source>Not contiguous: {}</source>
        <translation>Pas d'un seul tenant : {}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="516"/>
        <source>Every territory is in one piece.</source>
        <translation>Chaque secteur est d'un seul tenant.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="106"/>
        <source> h a year</source>
        <translation> h par an</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="108"/>
        <source>A rep&apos;s field hours a year: the workload column&apos;s utilisation</source>
        <translation>Les heures de terrain d'un commercial par an : le taux d'occupation de la colonne charge de travail</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="124"/>
        <source>Rep capacity</source>
        <translation>Capacité d'un commercial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="160"/>
        <source>Note for the change log of the next moves (optional)</source>
        <translation>Note pour le journal des prochains déplacements (facultative)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="161"/>
        <source>Written with every move made while it is here, and kept until you change it; type it first.</source>
        <translation>Écrite avec chaque déplacement fait tant qu'elle est là, et gardée jusqu'à ce que vous la changiez ; tapez-la d'abord.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="432"/>
        <source>Moved {count} units to {territory}{note}. Ctrl+Z undoes it; Save edits keeps it.</source>
        <translation>{count} unités déplacées vers {territory}{note}. Ctrl+Z l'annule ; Enregistrer les modifications le garde.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="441"/>
        <source> (note: {note})</source>
        <translation> (note : {note})</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="449"/>
        <source>Saved {count} changes to {layer} and its change log.</source>
        <translation>{count} modifications enregistrées dans {layer} et son journal des modifications.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="488"/>
        <source>Returned {count} accounts to their zip&apos;s territory{note}.</source>
        <translation>{count} comptes rendus au secteur de leur code postal{note}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="488"/>
        <source>Kept {count} accounts in {territory}{note}.</source>
        <translation>{count} comptes gardés dans {territory}{note}.</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="60"/>
        <source>territories</source>
        <translation>secteurs</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="61"/>
        <source>accounts</source>
        <translation>comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="62"/>
        <source>hours a year in all</source>
        <translation>heures par an au total</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="63"/>
        <source>largest deviation of total hours</source>
        <translation>plus grand écart des heures totales</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="68"/>
        <source>coefficient of variation</source>
        <translation>coefficient de variation</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="69"/>
        <source>{within} of {k}</source>
        <translation>{within} sur {k}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="69"/>
        <source>territories within ±{tol:g}% of the mean</source>
        <translation>secteurs à ±{tol:g}% de la moyenne</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="74"/>
        <source>mean utilisation</source>
        <translation>taux d'occupation moyen</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="75"/>
        <source>reps over capacity</source>
        <translation>commerciaux au-delà de leur capacité</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="83"/>
        <source>call hours</source>
        <translation>heures de visite</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="84"/>
        <source>travel hours</source>
        <translation>heures de déplacement</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="87"/>
        <source>admin hours</source>
        <translation>heures administratives</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="88"/>
        <source>mean {value:,.0f} h</source>
        <translation>moyenne {value:,.0f} h</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="88"/>
        <source>Workload per territory</source>
        <translation>Charge de travail par secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="101"/>
        <source>mean ±{tol:g}%</source>
        <translation>moyenne ±{tol:g}%</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="101"/>
        <source>within capacity</source>
        <translation>dans la capacité</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="101"/>
        <source>over capacity</source>
        <translation>au-delà de la capacité</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="101"/>
        <source>capacity (100%)</source>
        <translation>capacité (100%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="101"/>
        <source>Utilisation per territory</source>
        <translation>Taux d'occupation par secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="154"/>
        <source>Territory</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="117"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="118"/>
        <source>Call h</source>
        <translation>Visite h</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="119"/>
        <source>Travel h</source>
        <translation>Déplacement h</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="120"/>
        <source>Admin h</source>
        <translation>Admin h</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="121"/>
        <source>Total h</source>
        <translation>Total h</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="125"/>
        <source>Utilisation</source>
        <translation>Taux d'occupation</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="126"/>
        <source>Index</source>
        <translation>Indice</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="127"/>
        <source>Deviation</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="147"/>
        <source>Click a column to sort. Rows outside the tolerance band are shaded.</source>
        <translation>Cliquez sur une colonne pour trier. Les lignes hors de la bande de tolérance sont grisées.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="155"/>
        <source>Potential</source>
        <translation>Potentiel</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="156"/>
        <source>Last year&apos;s sales</source>
        <translation>Ventes de l'an dernier</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="157"/>
        <source>Potential share</source>
        <translation>Part du potentiel</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="158"/>
        <source>Sales share</source>
        <translation>Part des ventes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="159"/>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="160"/>
        <source>Quota share</source>
        <translation>Part du quota</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="161"/>
        <source>Quota / potential</source>
        <translation>Quota / potentiel</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="162"/>
        <source>Fairness index</source>
        <translation>Indice d'équité</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="163"/>
        <source>Growth vs sales</source>
        <translation>Croissance sur les ventes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="164"/>
        <source>Flag</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="181"/>
        <source>Fairness index = (quota / potential) / (goal / total potential): 1 is average; shaded rows are flagged.</source>
        <translation>Indice d'équité = (quota / potentiel) / (objectif / potentiel total) : 1 est la moyenne ; les lignes grisées sont signalées.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="209"/>
        <source>units changed territory</source>
        <translation>unités ont changé de secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="210"/>
        <source>of the units with an existing territory</source>
        <translation>des unités qui avaient un secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="213"/>
        <source>of {field} moved</source>
        <translation>de {field} déplacé</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="216"/>
        <source>No unit changed territory.</source>
        <translation>Aucune unité n'a changé de secteur.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="222"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="222"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="222"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="256"/>
        <source>Call hours of an account = calls per year x minutes per call / 60.</source>
        <translation>Heures de visite d'un compte = visites par an x minutes par visite / 60.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="267"/>
        <source>Index = total hours / mean of all territories. Deviation = (total - mean) / mean. Coefficient of variation = standard deviation / mean of total hours.</source>
        <translation>Indice = heures totales / moyenne de tous les secteurs. Écart = (total - moyenne) / moyenne. Coefficient de variation = écart type / moyenne des heures totales.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="122"/>
        <source>Calls</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="123"/>
        <source>Field days</source>
        <translation>Jours de terrain</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="124"/>
        <source>Calls a day</source>
        <translation>Visites par jour</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="233"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="233"/>
        <source>disruption budget ({field})</source>
        <translation>budget de perturbation ({field})</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="238"/>
        <source>of {field} moved by the plan</source>
        <translation>de {field} déplacé par le découpage</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="245"/>
        <source>the least a plan moving units between touching territories had to move</source>
        <translation>le moins qu'un découpage déplaçant des unités entre secteurs voisins devait déplacer</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="257"/>
        <source>Travel hours, as day tours of c calls a day: calls per year x (2 x distance(account, base) / c + hop) x circuity / speed, where hop = 0.7124 x square root(area / called accounts) of the territory; the base is the rep&apos;s home, else the territory&apos;s workload-weighted centre; distances and areas on the WGS84 ellipsoid.</source>
        <translation>Heures de déplacement, en tournées journalières de c visites par jour : visites par an x (2 x distance(compte, base) / c + saut) x sinuosité / vitesse, où saut = 0,7124 x racine carrée(surface / comptes visités) du secteur ; la base est le domicile du commercial, sinon le centre du secteur pondéré par la charge de travail ; distances et surfaces sur l'ellipsoïde WGS84.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="263"/>
        <source>Total hours = call + travel + admin hours. Utilisation = total hours / rep capacity. Field days = calls / calls per day.</source>
        <translation>Heures totales = heures de visite + de déplacement + administratives. Taux d'occupation = heures totales / capacité du commercial. Jours de terrain = visites / visites par jour.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="45"/>
        <source>en</source>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>ScoreWorkload</name>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="109"/>
        <source>Score workload</source>
        <translation>Évaluer la charge de travail</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="284"/>
        <source>Segment field</source>
        <translation>Champ segment</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="287"/>
        <source>Account territory field</source>
        <translation>Champ secteur des comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="288"/>
        <source>Account zip code field</source>
        <translation>Champ code postal des comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="289"/>
        <source>Account fields to total per territory</source>
        <translation>Champs des comptes à totaliser par secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="304"/>
        <source>Area zip code field</source>
        <translation>Champ code postal des zones</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="307"/>
        <source>Area territory field</source>
        <translation>Champ secteur des zones</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="529"/>
        <source>Territory field of the bases</source>
        <translation>Champ secteur des bases</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="642"/>
        <source>Accounts with call and travel hours</source>
        <translation>Comptes avec heures de visite et de déplacement</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="516"/>
        <source>{what} has no coordinate reference system: set it (Layer Properties &gt; Source).</source>
        <translation>{what} n'a pas de système de coordonnées de référence : définissez-le (Propriétés de la couche &gt; Source).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="152"/>
        <source>Give the accounts (with a segment and call plan, or calls and minutes fields), or, at unit level, zip code areas with a call hours field and a territory field.</source>
        <translation>Donnez les comptes (avec un segment et un plan de visites, ou des champs de visites et de minutes), ou, au niveau des unités, des zones de codes postaux avec un champ des heures de visite et un champ secteur.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="262"/>
        <source>{k} territories, {hours:,.0f} hours a year in all; largest deviation of total hours {dev:.2f}%, coefficient of variation {cv:.3f}.</source>
        <translation>{k} secteurs, {hours:,.0f} heures par an au total ; plus grand écart des heures totales {dev:.2f}%, coefficient de variation {cv:.3f}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="285"/>
        <source>Calls per year field</source>
        <translation>Champ des visites par an</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="286"/>
        <source>Minutes per call field</source>
        <translation>Champ des minutes par visite</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="294"/>
        <source>A call plan needs the segment field of the accounts.</source>
        <translation>Un plan de visites demande le champ segment des comptes.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="296"/>
        <source>Say how often each account is called: a segment field and a call plan (e.g. A,24,45,B,12,30,C,4,20), or a calls per year field and a minutes per call field.</source>
        <translation>Indiquez la fréquence de visite de chaque compte : un champ segment et un plan de visites (p. ex. A,24,45,B,12,30,C,4,20), ou un champ des visites par an et un champ des minutes par visite.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="312"/>
        <source>Say which territory each account is in: the account territory field, or the zip code areas with their zip code and territory fields and the accounts&apos; zip code field.</source>
        <translation>Indiquez le secteur de chaque compte : le champ secteur des comptes, ou les zones de codes postaux avec leurs champs code postal et secteur et le champ code postal des comptes.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="404"/>
        <source>Territories come from the accounts&apos; field &apos;{field}&apos;; the areas&apos; territory field is not used.</source>
        <translation>Les secteurs viennent du champ '{field}' des comptes ; le champ secteur des zones n'est pas utilisé.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="410"/>
        <source>{count} accounts are in no territory ({no_area} match no zip code area, {blank} are in an area without a territory); they are left out of the scorecard.</source>
        <translation>{count} comptes ne sont dans aucun secteur ({no_area} ne correspondent à aucune zone de code postal, {blank} sont dans une zone sans secteur) ; ils sont laissés hors du tableau de bord.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="417"/>
        <source>{count} accounts have no value in &apos;{field}&apos;; they are left out of the scorecard.</source>
        <translation>{count} comptes n'ont pas de valeur dans '{field}' ; ils sont laissés hors du tableau de bord.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="423"/>
        <source>{count} accounts in a territory have no location (no point and no matching zip code area): they get no travel.</source>
        <translation>{count} comptes d'un secteur n'ont pas de position (ni point ni zone de code postal correspondante) : ils n'ont pas de déplacement.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="462"/>
        <source>The zip code areas layer</source>
        <translation>La couche des zones de codes postaux</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="355"/>
        <source>The accounts layer</source>
        <translation>La couche des comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="446"/>
        <source>Unit level</source>
        <translation>Niveau des unités</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="453"/>
        <source>Without accounts, the zip code areas need a call hours field and a territory field (unit level), e.g. the totals written by &apos;Aggregate accounts by zip code&apos;.</source>
        <translation>Sans comptes, les zones de codes postaux demandent un champ des heures de visite et un champ secteur (niveau des unités), p. ex. les totaux écrits par 'Agréger les comptes par code postal'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="479"/>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="474"/>
        <source>{count} zip code areas have no territory; they are left out of the scorecard.</source>
        <translation>{count} zones de codes postaux n'ont pas de secteur ; elles sont laissées hors du tableau de bord.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="487"/>
        <source>No calls per year field: travel is not counted at unit level.</source>
        <translation>Pas de champ des visites par an : les déplacements ne sont pas comptés au niveau des unités.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="490"/>
        <source>No account count field: the accounts column counts zip code areas.</source>
        <translation>Pas de champ du nombre de comptes : la colonne des comptes compte les zones de codes postaux.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="533"/>
        <source>Rep home bases need their territory field: the territory each base serves.</source>
        <translation>Les bases des commerciaux demandent leur champ secteur : le secteur que sert chaque base.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="536"/>
        <source>The bases layer</source>
        <translation>La couche des bases</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="545"/>
        <source>Each territory has one home base, but these have more: {names}.</source>
        <translation>Chaque secteur a une base, mais ceux-ci en ont plusieurs : {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="547"/>
        <source>No home base names a territory: the bases&apos; territory field holds e.g. {bases}, the territories are e.g. {names}. Choose the field of the bases that holds the territory names.</source>
        <translation>Aucune base ne nomme un secteur : le champ secteur des bases contient p. ex. {bases}, les secteurs sont p. ex. {names}. Choisissez le champ des bases qui contient les noms des secteurs.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="555"/>
        <source>Territory &apos;{name}&apos; has a home base but no accounts: it is scored with 0 hours.</source>
        <translation>Le secteur '{name}' a une base mais aucun compte : il est évalué à 0 heure.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="564"/>
        <source>No home base for {names}: travel measured from the territory&apos;s weighted centre.</source>
        <translation>Pas de base pour {names} : déplacements mesurés depuis le centre pondéré du secteur.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="183"/>
        <source>No territory found: the territory field is empty everywhere. Check the territory field of the accounts or of the zip code areas.</source>
        <translation>Aucun secteur trouvé : le champ secteur est vide partout. Vérifiez le champ secteur des comptes ou des zones de codes postaux.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="366"/>
        <source>{count} point accounts without a usable code were placed by location.</source>
        <translation>{count} comptes ponctuels sans code utilisable ont été placés selon leur position.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="570"/>
        <source>No home bases given: travel is measured from each territory&apos;s centre, weighted by call hours.</source>
        <translation>Aucune base donnée : les déplacements sont mesurés depuis le centre de chaque secteur, pondéré par les heures de visite.</translation>
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
        <translation>Évalue chaque secteur : les heures par an dont son commercial a besoin pour les visites que méritent les comptes, les heures passées à rouler jusqu'à eux, et la part de la capacité du commercial que cela prend.

Heures de visite d'un compte = visites par an x minutes par visite / 60, selon son segment dans le plan de visites (lignes de segment, visites par an, minutes par visite, p. ex. A,24,45,B,12,30,C,4,20 ; une ligne avec le segment * sert tous les autres segments) ou selon des champs par compte. Un segment absent du plan est une erreur qui le nomme.
Secteur d'un compte : le champ secteur du compte, ou le secteur de sa zone de code postal (codes nettoyés exactement comme dans 'Agréger les comptes par code postal' ; les comptes ponctuels sans code utilisable vont dans la zone qui les contient).
Déplacements, en tournées journalières : un commercial enchaîne 'visites par jour' visites en une tournée depuis la base et retour, donc chaque visite coûte sa part de l'aller-retour plus un saut jusqu'à la visite suivante. Heures de déplacement = visites par an x (2 x distance(compte, base) / visites par jour + saut) x sinuosité / vitesse moyenne, où saut = 0,7124 x racine carrée(surface / comptes visités) du secteur (les zones de codes postaux qui contiennent ses comptes visités, sinon leur enveloppe convexe). Le compte est à son point, sinon au centroïde de sa zone de code postal ; la base est le domicile du commercial (couche des bases), sinon le centre du secteur pondéré par les heures de visite. Distances et surfaces sont mesurées sur l'ellipsoïde WGS84. Un secteur sans compte localisé a 0 heure de déplacement (le journal et la colonne de signalement le disent).
Heures totales = heures de visite + heures de déplacement + temps administratif (% des deux). Taux d'occupation = heures totales / capacité, en pour cent ; jours de terrain = visites / visites par jour. Indice = heures totales / moyenne de tous les secteurs ; écart = (total - moyenne) / moyenne. La colonne de signalement nomme les secteurs au-delà de la capacité, au-delà des jours de terrain d'une année, ou impossibles pour tout commercial.
Dimensionnement : commerciaux nécessaires = heures totales / (capacité x taux d'occupation cible), arrondi au supérieur, avec la décomposition de ces heures par segment (comptes, visites, heures) dans sa propre table.

Sans comptes, 'Évaluer la charge de travail des zones de codes postaux' donne le même tableau de bord à partir de zones qui portent des heures de visite (p. ex. les totaux de 'Agréger les comptes par code postal').</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="164"/>
        <source>Home bases</source>
        <translation>Bases</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="242"/>
        <source>Travel 0 for {count} territories with calls but no located account: {names}. Flagged in the scorecard.</source>
        <translation>Déplacements à 0 pour {count} secteurs avec des visites mais aucun compte localisé : {names}. Signalés dans le tableau de bord.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="494"/>
        <source>No called accounts field: the day tours count {what} as their stops (a field summing the scored accounts&apos; &apos;called&apos; column counts only the accounts that get calls).</source>
        <translation>Pas de champ des comptes visités : les tournées journalières comptent {what} comme leurs arrêts (un champ qui totalise la colonne 'called' des comptes évalués ne compte que les comptes qui reçoivent des visites).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="494"/>
        <source>every account</source>
        <translation>chaque compte</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="494"/>
        <source>one stop per zip code area</source>
        <translation>un arrêt par zone de code postal</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="574"/>
        <source>Travel as day tours of {c:g} calls, measured for {count} rows; {km:,.0f} km one way to them in all.</source>
        <translation>Déplacements en tournées journalières de {c:g} visites, mesurés pour {count} lignes ; {km:,.0f} km aller jusqu'à elles au total.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="580"/>
        <source>{count} territories have called accounts outside every zip code area: their tour area is the convex hull of their accounts.</source>
        <translation>{count} secteurs ont des comptes visités hors de toute zone de code postal : leur zone de tournée est l'enveloppe convexe de leurs comptes.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="375"/>
        <source>the call hours</source>
        <translation>les heures de visite</translation>
    </message>
</context>
<context>
    <name>ScoreWorkloadOfAreas</name>
    <message>
        <location filename="../territory_plugin/processing/score_workload_areas.py" line="19"/>
        <source>Score workload of zip code areas</source>
        <translation>Évaluer la charge de travail des zones de codes postaux</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload_areas.py" line="22"/>
        <source>The workload scorecard without accounts: each zip code area carries its call hours (and, for travel, its calls per year and called accounts), e.g. the totals written by &apos;Aggregate accounts by zip code&apos; from the accounts scored by &apos;Score workload&apos;.

Each territory&apos;s call hours are the sum of its areas&apos;. Travel, as day tours from the rep&apos;s home (or the territory&apos;s centre): calls per year x (2 x distance(area centroid, base) / calls per day + hop) x circuity / speed, hop = 0.7124 x square root(area / called accounts) of the territory. Without a calls field there is no travel. Total hours, utilisation, field days, index, deviation, flags and the reps needed are those of &apos;Score workload&apos;.</source>
        <translation>Le tableau de bord de la charge de travail sans les comptes : chaque zone de code postal porte ses heures de visite (et, pour les déplacements, ses visites par an et ses comptes visités), p. ex. les totaux écrits par 'Agréger les comptes par code postal' à partir des comptes évalués par 'Évaluer la charge de travail'.

Les heures de visite de chaque secteur sont la somme de celles de ses zones. Déplacements, en tournées journalières depuis le domicile du commercial (ou le centre du secteur) : visites par an x (2 x distance(centroïde de la zone, base) / visites par jour + saut) x sinuosité / vitesse, saut = 0,7124 x racine carrée(surface / comptes visités) du secteur. Sans champ des visites, il n'y a pas de déplacement. Heures totales, taux d'occupation, jours de terrain, indice, écart, signalements et commerciaux nécessaires sont ceux de 'Évaluer la charge de travail'.</translation>
    </message>
</context>
<context>
    <name>ShippedModel</name>
    <message>
        <location filename="../territory_plugin/processing/shipped_models.py" line="23"/>
        <source>Territories from a CRM export: design, score, report</source>
        <translation>Secteurs à partir d'un export CRM : découper, évaluer, rapporter</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/shipped_models.py" line="46"/>
        <source>Workflows</source>
        <translation>Chaînes de traitement</translation>
    </message>
</context>
<context>
    <name>SnappingWords</name>
    <message>
        <location filename="../territory_plugin/layers.py" line="237"/>
        <source>overlap by up to {} m</source>
        <translation>se chevauchent jusqu'à {} m</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="239"/>
        <source>leave gaps of up to {} m</source>
        <translation>laissent des trous jusqu'à {} m</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="242"/>
        <source>Neighbouring units {what} along {share:.0f}% of their shared borders.</source>
        <translation>Des unités voisines {what} sur {share:.0f}% de leurs frontières communes.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="242"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="246"/>
        <source>Neighbouring units meet without gaps or overlaps.</source>
        <translation>Les unités voisines se touchent sans trou ni chevauchement.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="249"/>
        <source>Snapping tolerance {} m used (chosen automatically).</source>
        <translation>Tolérance d'accrochage de {} m utilisée (choisie automatiquement).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="258"/>
        <source>The snapping tolerance of {used} m is smaller: those units do not count as neighbours. Set it to {recommended} m, or leave it empty to choose automatically.</source>
        <translation>La tolérance d'accrochage de {used} m est plus petite : ces unités ne comptent pas comme voisines. Mettez-la à {recommended} m, ou laissez-la vide pour un choix automatique.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="270"/>
        <source>Snapping tolerance {} m used.</source>
        <translation>Tolérance d'accrochage de {} m utilisée.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="272"/>
        <source>{} pairs of units overlap by more than the snapping tolerance; they count as neighbours.</source>
        <translation>{} paires d'unités se chevauchent de plus que la tolérance d'accrochage ; elles comptent comme voisines.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="281"/>
        <source>{} units lie inside another unit that has no hole for them; each counts as a neighbour of the unit around it.</source>
        <translation>{} unités sont à l'intérieur d'une autre unité qui n'a pas de trou pour elles ; chacune compte comme voisine de l'unité qui l'entoure.</translation>
    </message>
</context>
<context>
    <name>StagedOutputs</name>
    <message>
        <location filename="../territory_plugin/processing/outputs.py" line="127"/>
        <source>&apos;{output}&apos; would be written to {file}, which &apos;{input}&apos; reads: the input would be replaced (a GeoPackage output replaces the whole file, every layer in it). Choose another file for &apos;{output}&apos;.</source>
        <translation>'{output}' serait écrit dans {file}, que lit '{input}' : l'entrée serait remplacée (une sortie GeoPackage remplace tout le fichier, toutes ses couches). Choisissez un autre fichier pour '{output}'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/outputs.py" line="156"/>
        <source>The folder for &apos;{output}&apos; does not exist: {folder}. Create it or choose another.</source>
        <translation>Le dossier de '{output}' n'existe pas : {folder}. Créez-le ou choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/outputs.py" line="165"/>
        <source>&apos;{output}&apos; cannot be written in {folder} ({reason}). Choose a folder you can write to.</source>
        <translation>'{output}' ne peut pas être écrit dans {folder} ({reason}). Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>TerritoryAlgorithm</name>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="292"/>
        <source>{what}: the layer has no field named &apos;{field}&apos;. Available fields: {names}.</source>
        <translation>{what} : la couche n'a pas de champ nommé '{field}'. Champs disponibles : {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="54"/>
        <source>1 Prepare</source>
        <translation>1 Préparer</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="55"/>
        <source>2 Design</source>
        <translation>2 Découper</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="56"/>
        <source>3 Review</source>
        <translation>3 Examiner</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="132"/>
        <source>sales,territory,territories,balance,districting,zip,postal,crm,quota,workload</source>
        <translation>ventes,secteur,secteurs,équilibre,découpage,sectorisation,code postal,postal,crm,quota,charge de travail</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="193"/>
        <source>Reading {rows} rows of {table}...</source>
        <translation>Lecture de {rows} lignes de {table}...</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="200"/>
        <source>{file} is not UTF-8: read as {encoding} (Excel&apos;s &apos;CSV&apos; on Windows). If accented letters look wrong, save the file as &apos;CSV UTF-8&apos; and run again.</source>
        <translation>{file} n'est pas en UTF-8 : lu en {encoding} (le 'CSV' d'Excel sous Windows). Si les lettres accentuées semblent fausses, enregistrez le fichier en 'CSV UTF-8' et relancez.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="207"/>
        <source>{file} repeats column names; they are read as: {names}. Choose fields by these names.</source>
        <translation>{file} répète des noms de colonnes ; elles sont lues ainsi : {names}. Choisissez les champs par ces noms.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="217"/>
        <source>The zip code areas layer has no features (or none selected). Choose the layer with the areas.</source>
        <translation>La couche des zones de codes postaux n'a aucune entité (ou aucune sélectionnée). Choisissez la couche des zones.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="223"/>
        <source>The zip code areas have duplicate codes in &apos;{field}&apos;: {codes}. Each area needs its own code; dissolve the duplicates first.</source>
        <translation>Les zones de codes postaux ont des codes en double dans '{field}' : {codes}. Chaque zone a besoin de son propre code ; fusionnez d'abord les doublons.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="233"/>
        <source>None of the {count} zip code areas has a usable code in &apos;{field}&apos; (e.g. {examples}). Choose the field that holds the codes, or set the code format to &apos;As is (any country)&apos; for codes that are not US ZIP codes.</source>
        <translation>Aucune des {count} zones de codes postaux n'a de code utilisable dans '{field}' (p. ex. {examples}). Choisissez le champ qui contient les codes, ou mettez le format des codes à 'Tel quel (tout pays)' pour des codes qui ne sont pas des ZIP américains.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="252"/>
        <source>None of the {count} accounts matched a zip code area: the accounts&apos; field &apos;{zip_field}&apos; holds {account_samples}; the areas&apos; field &apos;{unit_field}&apos; holds {unit_samples}.</source>
        <translation>Aucun des {count} comptes ne correspond à une zone de code postal : le champ '{zip_field}' des comptes contient {account_samples} ; le champ '{unit_field}' des zones contient {unit_samples}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="263"/>
        <source>accounts</source>
        <translation>comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="263"/>
        <source>areas</source>
        <translation>zones</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="267"/>
        <source>for the {what} probably &apos;{field}&apos; ({samples})</source>
        <translation>pour les {what} sans doute '{field}' ({samples})</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="273"/>
        <source>Pick the fields that hold the same postal codes: {hints}.</source>
        <translation>Choisissez les champs qui contiennent les mêmes codes postaux : {hints}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="277"/>
        <source>Pick the fields that hold the same postal codes; if they do, check the code format (US ZIP keeps five digits, As is keeps the codes as written).</source>
        <translation>Choisissez les champs qui contiennent les mêmes codes postaux ; s'ils le font, vérifiez le format des codes (ZIP américain garde cinq chiffres, Tel quel garde les codes tels qu'écrits).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="325"/>
        <source>Field &apos;{field}&apos; must hold numbers, but the row with {label_field} {row} has &apos;{value}&apos; ({count} such values in all). Fix those values or leave them blank.</source>
        <translation>Le champ '{field}' doit contenir des nombres, mais la ligne avec {label_field} {row} contient '{value}' ({count} valeurs de ce genre au total). Corrigez ces valeurs ou laissez-les vides.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="349"/>
        <source>Field &apos;{field}&apos; cannot be negative, but the row with {label_field} {row} has {value:g} ({count} such values in all). Fix those values or leave them blank.</source>
        <translation>Le champ '{field}' ne peut pas être négatif, mais la ligne avec {label_field} {row} vaut {value:g} ({count} valeurs de ce genre au total). Corrigez ces valeurs ou laissez-les vides.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="391"/>
        <source>{what} has no coordinate reference system: set it (Layer Properties &gt; Source).</source>
        <translation>{what} n'a pas de système de coordonnées de référence : définissez-le (Propriétés de la couche &gt; Source).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="419"/>
        <source>Code format</source>
        <translation>Format des codes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="419"/>
        <source>US ZIP (5 digits)</source>
        <translation>ZIP américain (5 chiffres)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="419"/>
        <source>As is (any country)</source>
        <translation>Tel quel (tout pays)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="429"/>
        <source>Call plan</source>
        <translation>Plan de visites</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="429"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="429"/>
        <source>Calls per year</source>
        <translation>Visites par an</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="429"/>
        <source>Minutes per call</source>
        <translation>Minutes par visite</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="444"/>
        <source>Call plan: {problem}. Write rows of segment, calls per year, minutes per call.</source>
        <translation>Plan de visites : {problem}. Écrivez des lignes de segment, visites par an, minutes par visite.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="457"/>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="459"/>
        <source>Segments not in the call plan: {segments} (accounts: {counts}). The plan has {known}. Add rows for them, or a default row with segment * (e.g. *,4,20).</source>
        <translation>Segments absents du plan de visites : {segments} (comptes : {counts}). Le plan a {known}. Ajoutez-leur des lignes, ou une ligne par défaut avec le segment * (p. ex. *,4,20).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="459"/>
        <source>no segment rows</source>
        <translation>aucune ligne de segment</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="185"/>
        <source>Reading {table} ({size} MB)...</source>
        <translation>Lecture de {table} ({size} Mo)...</translation>
    </message>
</context>
<context>
    <name>TerritoryPlugin</name>
    <message>
        <location filename="../territory_plugin/plugin.py" line="65"/>
        <source>Territories: reassign by hand</source>
        <translation>Secteurs : réaffecter à la main</translation>
    </message>
    <message>
        <location filename="../territory_plugin/plugin.py" line="124"/>
        <source>&amp;Territory Designer</source>
        <translation>&amp;Concepteur de secteurs</translation>
    </message>
    <message>
        <location filename="../territory_plugin/plugin.py" line="95"/>
        <source>User guide</source>
        <translation>Guide de l'utilisateur</translation>
    </message>
</context>
<context>
    <name>TerritoryProvider</name>
    <message>
        <location filename="../territory_plugin/processing/provider.py" line="30"/>
        <source>Territory</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/provider.py" line="33"/>
        <source>Sales territory management</source>
        <translation>Gestion des secteurs de vente</translation>
    </message>
</context>
<context>
    <name>TerritoryReport</name>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="209"/>
        <source>Territory report</source>
        <translation>Rapport des secteurs</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="78"/>
        <source>Units with territories (polygons)</source>
        <translation>Unités avec leur secteur (polygones)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="189"/>
        <source>Territory field</source>
        <translation>Champ secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="91"/>
        <source>Scorecard (from Score workload)</source>
        <translation>Tableau de bord (sortie d'Évaluer la charge de travail)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="96"/>
        <source>Existing territory field (to show what changed)</source>
        <translation>Champ du secteur actuel (pour montrer ce qui a changé)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="104"/>
        <source>Measures whose moved share to report (e.g. accounts, potential)</source>
        <translation>Mesures dont rapporter la part déplacée (p. ex. comptes, potentiel)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="114"/>
        <source>Quotas (from Allocate quotas)</source>
        <translation>Quotas (sortie de Répartir les quotas)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="122"/>
        <source>Rep home bases (points)</source>
        <translation>Domiciles des commerciaux (points)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="146"/>
        <source>Tolerance band around the mean (%)</source>
        <translation>Bande de tolérance autour de la moyenne (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="156"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="159"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="159"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="194"/>
        <source>Existing territory field</source>
        <translation>Champ du secteur actuel</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="219"/>
        <source>The scorecard lacks the columns {columns}: use the Scorecard output of &apos;Score workload&apos;.</source>
        <translation>Il manque au tableau de bord les colonnes {columns} : utilisez la sortie Tableau de bord de 'Évaluer la charge de travail'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="273"/>
        <source>Scorecard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="229"/>
        <source>The quotas table lacks a territory or quota column: use the output of &apos;Allocate quotas&apos;.</source>
        <translation>Il manque à la table des quotas une colonne secteur ou quota : utilisez la sortie de 'Répartir les quotas'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="284"/>
        <source>Quotas</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="255"/>
        <source>Rendering the map of {k} territories...</source>
        <translation>Rendu de la carte des {k} secteurs...</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="270"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="270"/>
        <source>Map of the territories</source>
        <translation>Carte des secteurs</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="271"/>
        <source>Workload per territory</source>
        <translation>Charge de travail par secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="272"/>
        <source>Utilisation per territory</source>
        <translation>Taux d'occupation par secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="287"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="290"/>
        <source>Territories of the scorecard with no unit on the map: {names}.</source>
        <translation>Secteurs du tableau de bord sans unité sur la carte : {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="295"/>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="296"/>
        <source>{k} territories · written {when}</source>
        <translation>{k} secteurs · écrit le {when}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="303"/>
        <source>Report written to {path}</source>
        <translation>Rapport écrit dans {path}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="197"/>
        <source>Measures to report</source>
        <translation>Mesures à rapporter</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="262"/>
        <source>Map: {error}</source>
        <translation>Carte : {error}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="60"/>
        <source>Writes one self-contained HTML file to open in a browser or send by mail: a map of the territories rendered from the layer, the scorecard of &apos;Score workload&apos; as a sortable table, bar charts of workload and utilisation per territory with the tolerance band around the mean, the balance summary (largest deviation, coefficient of variation) and, when the existing territory field is given, what changed: units, and the share of each chosen measure, that move to another territory.

It opens with the plan in a few lines: the reps the workload needs at the target utilisation (from the scorecard&apos;s hours and capacity, or the workload build-up when given) against the territories you have, the range of utilisation and travel, and the quota growth. When the units layer came from &apos;Design territories&apos;, a balance section shows every measure the design balanced, with the design log&apos;s figure, beside the workload.

Optional: the quotas of &apos;Allocate quotas&apos;, the workload build-up of &apos;Score workload&apos;, and rep home bases drawn on the map.

Everything is inside the file (the map as an image, the charts as SVG, a few lines of JavaScript for sorting); nothing is fetched from the network.</source>
        <translation>Écrit un fichier HTML autonome à ouvrir dans un navigateur ou à envoyer par courriel : une carte des secteurs rendue depuis la couche, le tableau de bord de 'Évaluer la charge de travail' en table triable, des graphiques en barres de la charge de travail et du taux d'occupation par secteur avec la bande de tolérance autour de la moyenne, le résumé de l'équilibre (plus grand écart, coefficient de variation) et, quand le champ du secteur actuel est donné, ce qui a changé : les unités, et la part de chaque mesure choisie, qui passent à un autre secteur.

Il s'ouvre sur le découpage en quelques lignes : les commerciaux dont la charge de travail a besoin au taux d'occupation cible (d'après les heures et la capacité du tableau de bord, ou la décomposition de la charge de travail si elle est donnée) face aux secteurs que vous avez, la plage des taux d'occupation et des déplacements, et la croissance des quotas. Quand la couche des unités vient de 'Concevoir des secteurs', une section sur l'équilibre montre chaque mesure que le découpage a équilibrée, avec le chiffre du journal du découpage, à côté de la charge de travail.

En option : les quotas de 'Répartir les quotas', la décomposition de la charge de travail de 'Évaluer la charge de travail', et les domiciles des commerciaux dessinés sur la carte.

Tout est dans le fichier (la carte en image, les graphiques en SVG, quelques lignes de JavaScript pour trier) ; rien n'est chargé depuis le réseau.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="130"/>
        <source>Workload build-up (from Score workload)</source>
        <translation>Décomposition de la charge de travail (sortie d'Évaluer la charge de travail)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="138"/>
        <source>Target utilisation for the reps needed (% of capacity)</source>
        <translation>Taux d'occupation cible pour les commerciaux nécessaires (% de la capacité)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="203"/>
        <source>Target utilisation (TARGET_UTILISATION) must be more than 0%: the share of a rep&apos;s capacity to plan for, as in Score workload (typically 85 to 95). It is {value:g}.</source>
        <translation>Le taux d'occupation cible (TARGET_UTILISATION) doit être plus de 0% : la part de la capacité d'un commercial à planifier, comme dans Évaluer la charge de travail (en général 85 à 95). La valeur est {value:g}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="237"/>
        <source>The build-up table lacks a line or hours column: use the Build-up output of &apos;Score workload&apos;.</source>
        <translation>Il manque à la table de décomposition une colonne ligne ou heures : utilisez la sortie Décomposition de 'Évaluer la charge de travail'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="275"/>
        <source>Workload build-up</source>
        <translation>Décomposition de la charge de travail</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="282"/>
        <source>Balance of the design</source>
        <translation>Équilibre du découpage</translation>
    </message>
</context>
<context>
    <name>TerritoryTableModel</name>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="66"/>
        <source>Territory</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="69"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="77"/>
        <source>Pieces</source>
        <translation>Morceaux</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="121"/>
        <source>{} accounts kept here by an override</source>
        <translation>{} comptes gardés ici par un forçage</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="158"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="160"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="72"/>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="97"/>
        <source>call hours (&apos;{}&apos;; no calls field: no travel)</source>
        <translation>heures de visite ('{}' ; pas de champ des visites : pas de déplacement)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="73"/>
        <source>Hours a year: {}; utilisation of a {:,.0f} h year</source>
        <translation>Heures par an : {} ; taux d'occupation d'une année de {:,.0f} h</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="77"/>
        <source>Pieces the territory is in (1: contiguous)</source>
        <translation>Morceaux dont le secteur est fait (1 : d'un seul tenant)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="86"/>
        <source>dev.</source>
        <translation>écart</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="86"/>
        <source>Deviation of {} from the mean</source>
        <translation>Écart de {} à la moyenne</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="130"/>
        <source>{:,.0f} h · {:.0f}%</source>
        <translation>{:,.0f} h · {:.0f}%</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="100"/>
        <source>call hours (&apos;{}&apos;) + day-tour travel from each territory&apos;s centre (no rep homes known)</source>
        <translation>heures de visite ('{}') + déplacements en tournées journalières depuis le centre de chaque secteur (domiciles des commerciaux inconnus)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="104"/>
        <source>call hours (&apos;{}&apos;) + day-tour travel from the reps&apos; homes, as designed</source>
        <translation>heures de visite ('{}') + déplacements en tournées journalières depuis les domiciles des commerciaux, comme au découpage</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="105"/>
        <source>call hours (&apos;{}&apos;) + day-tour travel from the reps&apos; homes, as designed; from their centre for the territories without one ({})</source>
        <translation>heures de visite ('{}') + déplacements en tournées journalières depuis les domiciles des commerciaux, comme au découpage ; depuis leur centre pour les secteurs sans domicile ({})</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="135"/>
        <source>Travel from the rep&apos;s home</source>
        <translation>Déplacements depuis le domicile du commercial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="136"/>
        <source>Travel from the territory&apos;s centre</source>
        <translation>Déplacements depuis le centre du secteur</translation>
    </message>
</context>
<context>
    <name>WorkloadParameters</name>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="48"/>
        <source>Accounts (layer, table or CSV file)</source>
        <translation>Comptes (couche, table ou fichier CSV)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="53"/>
        <source>Calls: segment field of the accounts</source>
        <translation>Visites : champ segment des comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="58"/>
        <source>Calls: call plan by segment (a segment * serves all others)</source>
        <translation>Visites : plan de visites par segment (un segment * sert tous les autres)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="58"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="58"/>
        <source>Calls per year</source>
        <translation>Visites par an</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="58"/>
        <source>Minutes per call</source>
        <translation>Minutes par visite</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="67"/>
        <source>Calls, instead of the plan: calls per year field</source>
        <translation>Visites, au lieu du plan : champ des visites par an</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="70"/>
        <source>Calls, instead of the plan: minutes per call field</source>
        <translation>Visites, au lieu du plan : champ des minutes par visite</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="75"/>
        <source>Territory: the accounts&apos; territory field (or leave empty and give the zip code areas)</source>
        <translation>Secteur : le champ secteur des comptes (ou laissez vide et donnez les zones de codes postaux)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="82"/>
        <source>Zip code field of the accounts</source>
        <translation>Champ code postal des comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="85"/>
        <source>Account fields to total per territory</source>
        <translation>Champs des comptes à totaliser par secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="88"/>
        <source>Zip code areas (polygons): the territory of each code, and where accounts without a point are</source>
        <translation>Zones de codes postaux (polygones) : le secteur de chaque code, et où sont les comptes sans point</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="98"/>
        <source>Zip code field of the areas</source>
        <translation>Champ code postal des zones</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="101"/>
        <source>Territory field of the areas</source>
        <translation>Champ secteur des zones</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="106"/>
        <source>Code format</source>
        <translation>Format des codes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="106"/>
        <source>US ZIP (5 digits)</source>
        <translation>ZIP américain (5 chiffres)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="106"/>
        <source>As is (any country)</source>
        <translation>Tel quel (tout pays)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="114"/>
        <source>Place point accounts without a usable code in the area that contains them</source>
        <translation>Placer les comptes ponctuels sans code utilisable dans la zone qui les contient</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="124"/>
        <source>Zip code areas with call hours (e.g. the totals of &apos;Aggregate accounts by zip code&apos;)</source>
        <translation>Zones de codes postaux avec heures de visite (p. ex. les totaux de 'Agréger les comptes par code postal')</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="131"/>
        <source>Territory field</source>
        <translation>Champ secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="136"/>
        <source>Call hours field</source>
        <translation>Champ des heures de visite</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="146"/>
        <source>Travel: calls per year field</source>
        <translation>Déplacements : champ des visites par an</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="155"/>
        <source>Travel: called accounts field (the tours&apos; stops)</source>
        <translation>Déplacements : champ des comptes visités (les arrêts des tournées)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="163"/>
        <source>Account count field</source>
        <translation>Champ du nombre de comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="164"/>
        <source>Fields to total per territory</source>
        <translation>Champs à totaliser par secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="170"/>
        <source>Travel: rep home bases (points; else each territory&apos;s centre)</source>
        <translation>Déplacements : domiciles des commerciaux (points ; sinon le centre de chaque secteur)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="178"/>
        <source>Travel: territory field of the bases</source>
        <translation>Déplacements : champ secteur des bases</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="187"/>
        <source>Travel: average speed (km/h)</source>
        <translation>Déplacements : vitesse moyenne (km/h)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="192"/>
        <source>Travel: circuity, road distance / straight distance</source>
        <translation>Déplacements : sinuosité, distance routière / distance à vol d'oiseau</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="198"/>
        <source>Travel: calls per field day (chained into one tour)</source>
        <translation>Déplacements : visites par jour de terrain (enchaînées en une tournée)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="203"/>
        <source>Rep capacity (field hours a year)</source>
        <translation>Capacité d'un commercial (heures de terrain par an)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="208"/>
        <source>Target utilisation for sizing (% of capacity)</source>
        <translation>Taux d'occupation cible pour le dimensionnement (% de la capacité)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="213"/>
        <source>Admin overhead (% of call and travel hours)</source>
        <translation>Temps administratif (% des heures de visite et de déplacement)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="221"/>
        <source>Accounts with call and travel hours</source>
        <translation>Comptes avec heures de visite et de déplacement</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="230"/>
        <source>Scorecard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="233"/>
        <source>Workload build-up by segment</source>
        <translation>Décomposition de la charge de travail par segment</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="242"/>
        <source>Largest deviation of total hours (%)</source>
        <translation>Plus grand écart des heures totales (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="243"/>
        <source>Reps needed at the target utilisation</source>
        <translation>Commerciaux nécessaires au taux d'occupation cible</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="244"/>
        <source>Coefficient of variation of total hours</source>
        <translation>Coefficient de variation des heures totales</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="245"/>
        <source>Accounts in no territory</source>
        <translation>Comptes dans aucun secteur</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="246"/>
        <source>Accounts without a location</source>
        <translation>Comptes sans position</translation>
    </message>
</context>
<context>
    <name>WorkloadSizing</name>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="28"/>
        <source>Calls per field day (CALLS_PER_DAY) must be more than 0 and at most {most:g}: the calls a rep chains into one day&apos;s tour, typically 4 to 8. It is {value:g}.</source>
        <translation>Les visites par jour de terrain (CALLS_PER_DAY) doivent être plus de 0 et au plus {most:g} : les visites qu'un commercial enchaîne en une tournée d'une journée, en général 4 à 8. La valeur est {value:g}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="35"/>
        <source>Rep capacity (CAPACITY_HOURS) must be more than 0 and at most {most:,.0f} hours (a year): the field hours a rep works in a year, typically about 1,600. It is {value:g}.</source>
        <translation>La capacité d'un commercial (CAPACITY_HOURS) doit être plus de 0 et au plus {most:,.0f} heures (par an) : les heures de terrain qu'un commercial travaille en un an, en général environ 1 600. La valeur est {value:g}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="42"/>
        <source>Target utilisation (TARGET_UTILISATION) must be more than 0%: the share of a rep&apos;s capacity to plan for, typically 85 to 95. It is {value:g}.</source>
        <translation>Le taux d'occupation cible (TARGET_UTILISATION) doit être plus de 0% : la part de la capacité d'un commercial à planifier, en général 85 à 95. La valeur est {value:g}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="56"/>
        <source>impossible for one rep: more than a year&apos;s hours or days</source>
        <translation>impossible pour un commercial : plus d'heures ou de jours qu'une année</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="58"/>
        <source>over capacity</source>
        <translation>au-delà de la capacité</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="60"/>
        <source>more field days than a year has</source>
        <translation>plus de jours de terrain qu'une année n'en a</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="62"/>
        <source>no located account: travel 0</source>
        <translation>aucun compte localisé : déplacements à 0</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="71"/>
        <source>Travel</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="72"/>
        <source>Admin</source>
        <translation>Administratif</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="73"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="76"/>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="76"/>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="84"/>
        <source>Sizing: the plan needs {reps} reps at {target:g}% utilisation ({hours:,.0f} h / ({capacity:,.0f} h x {target:g}%) = {exact:.1f}); there are {k} territories.</source>
        <translation>Dimensionnement : le découpage demande {reps} commerciaux à {target:g}% d'occupation ({hours:,.0f} h / ({capacity:,.0f} h x {target:g}%) = {exact:.1f}) ; il y a {k} secteurs.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="98"/>
        <source>On field days the calls need {reps} reps ({days:,.0f} days at the calls per day given): days, not hours, set the team size.</source>
        <translation>Sur les jours de terrain, les visites demandent {reps} commerciaux ({days:,.0f} jours au nombre de visites par jour donné) : ce sont les jours, pas les heures, qui fixent la taille de l'équipe.</translation>
    </message>
</context>
</TS>
