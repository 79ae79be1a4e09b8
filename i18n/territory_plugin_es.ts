<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AccountOverrides</name>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="70"/>
        <source>Choose the zip code field of the units to link accounts.</source>
        <translation>Elija el campo de código postal de las unidades para vincular las cuentas.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="74"/>
        <source>The layer {} has no field {}.</source>
        <translation>La capa {} no tiene el campo {}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="89"/>
        <source>The units&apos; zip codes cannot link accounts: {}</source>
        <translation>Los códigos postales de las unidades no pueden vincular las cuentas: {}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="170"/>
        <source>The accounts layer {} cannot get a new field; save it as a GeoPackage (Export &gt; Save Features As) and use that copy.</source>
        <translation>La capa de cuentas {} no admite un campo nuevo; guárdela como GeoPackage (Exportar &gt; Guardar objetos como) y use esa copia.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="190"/>
        <source>Choose an accounts layer and its override field first.</source>
        <translation>Elija primero una capa de cuentas y su campo de excepción.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="205"/>
        <source>The layer {} cannot be edited.</source>
        <translation>La capa {} no se puede editar.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="209"/>
        <source>Keep {} accounts in {}</source>
        <translation>Mantener {} cuentas en {}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/account_overrides.py" line="209"/>
        <source>Return {} accounts to their zip&apos;s territory</source>
        <translation>Devolver {} cuentas al territorio de su código postal</translation>
    </message>
</context>
<context>
    <name>AggregateZipCodes</name>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="61"/>
        <source>Aggregate accounts by zip code</source>
        <translation>Agregar cuentas por código postal</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="64"/>
        <source>Counts the accounts of a CRM export in each zip-code area and totals the chosen fields.

Codes are cleaned first. US ZIP mode: spaces are trimmed, ZIP+4 (02134-1234) and nine-digit codes keep their first five digits, and leading zeros lost by spreadsheets are restored (2134 and 2134.0 become 02134). As-is mode (any country): codes are trimmed, upper-cased and inner spaces collapsed. The same cleaning is applied to the zip-code areas.

Accounts that match no area go to the Unmatched output with a reason: blank, invalid code, or no unit with this code. When the accounts are points, those without a usable code can be placed in the area that contains them.

Summed fields may hold numbers stored as text (as in CSV files); blanks count as 0.</source>
        <translation>Cuenta las cuentas de una exportación del CRM en cada zona de código postal y suma los campos elegidos.

Primero se limpian los códigos. Modo ZIP de EE. UU.: se recortan los espacios, los códigos ZIP+4 (02134-1234) y de nueve dígitos conservan sus cinco primeros dígitos y se restauran los ceros a la izquierda perdidos por las hojas de cálculo (2134 y 2134.0 pasan a 02134). Modo tal cual (cualquier país): los códigos se recortan, se pasan a mayúsculas y se reducen los espacios interiores. La misma limpieza se aplica a las zonas de código postal.

Las cuentas que no coinciden con ninguna zona van a la salida Cuentas sin coincidencia con un motivo: vacío, código no válido o ninguna unidad con este código. Cuando las cuentas son puntos, las que no tienen un código utilizable pueden colocarse en la zona que las contiene.

Los campos sumados pueden contener números guardados como texto (como en los archivos CSV); los vacíos cuentan como 0.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="77"/>
        <source>Accounts (layer, table or CSV file)</source>
        <translation>Cuentas (capa, tabla o archivo CSV)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="153"/>
        <source>Account zip code field</source>
        <translation>Campo de código postal de las cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="90"/>
        <source>Zip code areas (polygons)</source>
        <translation>Zonas de código postal (polígonos)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="156"/>
        <source>Area zip code field</source>
        <translation>Campo de código postal de las zonas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="103"/>
        <source>Code format</source>
        <translation>Formato del código</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="103"/>
        <source>US ZIP (5 digits)</source>
        <translation>ZIP de EE. UU. (5 dígitos)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="103"/>
        <source>As is (any country)</source>
        <translation>Tal cual (cualquier país)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="159"/>
        <source>Account fields to total per area</source>
        <translation>Campos de las cuentas a sumar por zona</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="120"/>
        <source>Place point accounts without a usable code by location</source>
        <translation>Colocar por ubicación las cuentas de tipo punto sin código utilizable</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="127"/>
        <source>Zip areas with account totals</source>
        <translation>Zonas de código postal con totales de cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="142"/>
        <source>Unmatched accounts</source>
        <translation>Cuentas sin coincidencia</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="141"/>
        <source>Matched accounts</source>
        <translation>Cuentas con coincidencia</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="148"/>
        <source>The zip code areas must be polygons, but the layer holds {kind}. Choose a polygon layer.</source>
        <translation>Las zonas de código postal deben ser polígonos, pero la capa contiene {kind}. Elija una capa de polígonos.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="194"/>
        <source>{count} point accounts without a usable code were placed by location.</source>
        <translation>{count} cuentas de tipo punto sin código utilizable se colocaron por ubicación.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="229"/>
        <source>Matched {matched} accounts; {unmatched} unmatched ({by_reason}).</source>
        <translation>{matched} cuentas con coincidencia; {unmatched} sin coincidencia ({by_reason}).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/aggregate_zipcodes.py" line="274"/>
        <source>The accounts have a column &apos;{field}&apos;: it is written as &apos;{name}&apos; in the unmatched accounts, where &apos;reason&apos; says why an account matched no area.</source>
        <translation>Las cuentas tienen una columna '{field}': se escribe como '{name}' en las cuentas sin coincidencia, donde 'reason' indica por qué una cuenta no coincidió con ninguna zona.</translation>
    </message>
</context>
<context>
    <name>AllocateQuotas</name>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="40"/>
        <source>Allocate quotas</source>
        <translation>Asignar cuotas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="43"/>
        <source>Splits a company goal over the territories: each territory&apos;s quota = goal x (weight x its share of potential + (1 - weight) x its share of last year&apos;s sales).

The input holds the territory of each row: the scorecard of &apos;Score workload&apos;, the zip code areas with their territory, or the accounts themselves; rows of the same territory are added up.

To make unfair quotas stand out, each territory gets quota / potential and the fairness index: that ratio divided by the company&apos;s (goal / total potential). 1 is average; 1.2 asks the rep to win 20% more of the potential than the average rep. Territories further off than the flag threshold are flagged &apos;harder&apos; or &apos;easier&apos;. growth_pct compares the quota with last year&apos;s sales.</source>
        <translation>Reparte un objetivo de la empresa entre los territorios: cuota de cada territorio = objetivo x (peso x su parte del potencial + (1 - peso) x su parte de las ventas del año pasado).

La entrada indica el territorio de cada fila: el cuadro de puntuación de 'Evaluar la carga de trabajo', las zonas de código postal con su territorio o las propias cuentas; las filas de un mismo territorio se suman.

Para que destaquen las cuotas injustas, cada territorio recibe cuota / potencial y el índice de equidad: esa razón dividida por la de la empresa (objetivo / potencial total). 1 es la media; 1,2 pide al comercial ganar un 20% más del potencial que el comercial medio. Los territorios que se alejan más que el umbral de marcado se marcan como 'harder' (más difícil) o 'easier' (más fácil). growth_pct compara la cuota con las ventas del año pasado.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="55"/>
        <source>Territories, zip code areas or accounts</source>
        <translation>Territorios, zonas de código postal o cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="121"/>
        <source>Territory field</source>
        <translation>Campo de territorio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="124"/>
        <source>Potential field</source>
        <translation>Campo de potencial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="129"/>
        <source>Last year&apos;s sales field</source>
        <translation>Campo de ventas del año pasado</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="88"/>
        <source>Company goal</source>
        <translation>Objetivo de la empresa</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="89"/>
        <source>Weight of potential (%); the rest follows last year&apos;s sales</source>
        <translation>Peso del potencial (%); el resto sigue las ventas del año pasado</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="99"/>
        <source>Flag quotas whose fairness index is off by more than (%)</source>
        <translation>Marcar las cuotas cuyo índice de equidad se desvía más de (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="108"/>
        <source>Quotas</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="111"/>
        <source>Total of the quotas</source>
        <translation>Total de las cuotas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="112"/>
        <source>Largest deviation of the fairness index (%)</source>
        <translation>Mayor desviación del índice de equidad (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="117"/>
        <source>Flagged territories</source>
        <translation>Territorios marcados</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="135"/>
        <source>Without a last year&apos;s sales field the quotas can only follow potential: choose the sales field, or set the weight of potential to 100%.</source>
        <translation>Sin un campo de ventas del año pasado las cuotas solo pueden seguir el potencial: elija el campo de ventas o ponga el peso del potencial en 100%.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="154"/>
        <source>{count} rows have no territory; their potential and sales are left out.</source>
        <translation>{count} filas no tienen territorio; su potencial y sus ventas se dejan fuera.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="162"/>
        <source>No row has a territory in &apos;{field}&apos;: nothing to allocate.</source>
        <translation>Ninguna fila tiene territorio en '{field}': no hay nada que asignar.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="176"/>
        <source>Cannot split the goal: {problem} (field &apos;{field}&apos;).</source>
        <translation>No se puede repartir el objetivo: {problem} (campo '{field}').</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="185"/>
        <source>{territory}: quota {quota:,.0f} on potential {potential:,.0f}, fairness index {index:.2f} ({flag}).</source>
        <translation>{territory}: cuota {quota:,.0f} sobre un potencial de {potential:,.0f}, índice de equidad {index:.2f} ({flag}).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/allocate_quotas.py" line="197"/>
        <source>{k} territories; quotas add up to {total:,.0f}; largest fairness deviation {dev:.1f}%.</source>
        <translation>{k} territorios; las cuotas suman {total:,.0f}; mayor desviación de equidad {dev:.1f}%.</translation>
    </message>
</context>
<context>
    <name>AssignReps</name>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="94"/>
        <source>Assign reps to territories</source>
        <translation>Asignar comerciales a los territorios</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="97"/>
        <source>Matches reps to territories so that the reps drive as little as possible, skills go where they are needed and locked reps keep their territory.

Reps: points at their homes, with a name, optionally a skill (a segment, or several separated by ; , or |), a current territory and a lock field. With a current territory field and no lock field, every rep with a current territory keeps it; with a lock field, only those whose lock value is true (1, yes, true, locked, x).
Territories: polygons, usually the zip code areas of a design with their territory field (or territory polygons); they list the territories, place the accounts and give the area their calls spread over. Without an area territory field, the territories are those of the accounts&apos; territory field.
Accounts: a layer, table or CSV with calls per year (a calls field, or a segment field and a call plan of segment, calls per year, minutes per call). Each account&apos;s territory is its own territory field, else the territory of its zip code area (codes cleaned as in &apos;Aggregate accounts by zip code&apos;; point accounts without a usable code go to the area that contains them). It is at its point, else at its area&apos;s centroid.

Cost of rep r for territory t = t&apos;s travel hours a year if r served it from home, as day tours: sum of calls x (2 x distance(account, home) / calls per day + hop) x circuity / speed, where hop = 0.7124 x sqrt(area / accounts) is the mean step between neighbouring calls. Distances on the WGS84 ellipsoid.
A territory whose accounts are mostly one segment (share of call hours above the skill share) needs a rep with that skill: when a free rep has it, the assignment makes as few skill mismatches as it can, then the least travel (the Hungarian method: the exact optimum). With more territories than reps, the vacancies are the territories whose leaving open gives the least travel; with more reps, the extra reps are listed.</source>
        <translation>Asigna los comerciales a los territorios de modo que conduzcan lo menos posible, las competencias vayan donde se necesitan y los comerciales bloqueados conserven su territorio.

Comerciales: puntos en sus domicilios, con un nombre y, opcionalmente, una competencia (un segmento, o varios separados por ; , o |), un territorio actual y un campo de bloqueo. Con un campo de territorio actual y sin campo de bloqueo, todo comercial con territorio actual lo conserva; con un campo de bloqueo, solo aquellos cuyo valor de bloqueo es verdadero (1, yes, true, locked, x).
Territorios: polígonos, normalmente las zonas de código postal de un diseño con su campo de territorio (o polígonos de territorio); enumeran los territorios, sitúan las cuentas y dan la superficie por la que se reparten sus visitas. Sin un campo de territorio de las zonas, los territorios son los del campo de territorio de las cuentas.
Cuentas: una capa, tabla o CSV con visitas por año (un campo de visitas, o un campo de segmento y un plan de visitas de segmento, visitas por año, minutos por visita). El territorio de cada cuenta es su propio campo de territorio o, si no, el territorio de su zona de código postal (códigos limpiados como en 'Agregar cuentas por código postal'; las cuentas de tipo punto sin código utilizable van a la zona que las contiene). Se sitúa en su punto o, si no, en el centroide de su zona.

Coste del comercial r para el territorio t = las horas de desplazamiento al año de t si r lo atendiera desde su domicilio, en rutas de un día: suma de visitas x (2 x distancia(cuenta, domicilio) / visitas por día + salto) x sinuosidad / velocidad, donde salto = 0,7124 x sqrt(superficie / cuentas) es el paso medio entre visitas vecinas. Distancias sobre el elipsoide WGS84.
Un territorio cuyas cuentas son en su mayoría de un segmento (parte de las horas de visita por encima de la parte de competencia) necesita un comercial con esa competencia: cuando un comercial libre la tiene, la asignación produce el menor número posible de desajustes de competencia y después el menor desplazamiento (el método húngaro: el óptimo exacto). Con más territorios que comerciales, las vacantes son los territorios cuya falta de cobertura da el menor desplazamiento; con más comerciales, se enumeran los comerciales sobrantes.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="126"/>
        <source>Reps (points at their homes)</source>
        <translation>Comerciales (puntos en sus domicilios)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="290"/>
        <source>Rep name field</source>
        <translation>Campo de nombre del comercial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="134"/>
        <source>Rep skill (segment) field</source>
        <translation>Campo de competencia (segmento) del comercial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="137"/>
        <source>Rep current territory field</source>
        <translation>Campo de territorio actual del comercial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="138"/>
        <source>Rep lock field (locked reps keep it)</source>
        <translation>Campo de bloqueo del comercial (los comerciales bloqueados lo conservan)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="141"/>
        <source>Territories or zip code areas (polygons)</source>
        <translation>Territorios o zonas de código postal (polígonos)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="148"/>
        <source>Area territory field</source>
        <translation>Campo de territorio de las zonas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="151"/>
        <source>Area zip code field</source>
        <translation>Campo de código postal de las zonas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="153"/>
        <source>Accounts (layer, table or CSV file)</source>
        <translation>Cuentas (capa, tabla o archivo CSV)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="158"/>
        <source>Account territory field</source>
        <translation>Campo de territorio de las cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="159"/>
        <source>Account zip code field</source>
        <translation>Campo de código postal de las cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="162"/>
        <source>Account segment field</source>
        <translation>Campo de segmento de las cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="165"/>
        <source>Calls per year field (instead of the plan)</source>
        <translation>Campo de visitas por año (en lugar del plan)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="166"/>
        <source>Minutes per call field (instead of the plan)</source>
        <translation>Campo de minutos por visita (en lugar del plan)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="170"/>
        <source>A territory needs a skill when its segment has more than this share of call hours (%)</source>
        <translation>Un territorio necesita una competencia cuando su segmento supera esta parte de las horas de visita (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="180"/>
        <source>Calls per day</source>
        <translation>Visitas por día</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="185"/>
        <source>Average speed (km/h)</source>
        <translation>Velocidad media (km/h)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="188"/>
        <source>Circuity: road distance / straight distance</source>
        <translation>Sinuosidad: distancia por carretera / distancia en línea recta</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="193"/>
        <source>Rep assignment</source>
        <translation>Asignación de comerciales</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="198"/>
        <source>Travel hours a year in all</source>
        <translation>Horas de desplazamiento al año en total</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="199"/>
        <source>Territories with a rep</source>
        <translation>Territorios con comercial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="200"/>
        <source>Territories without a rep</source>
        <translation>Territorios sin comercial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="201"/>
        <source>Reps without a territory</source>
        <translation>Comerciales sin territorio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="202"/>
        <source>Territories whose rep lacks the skill</source>
        <translation>Territorios cuyo comercial carece de la competencia</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="218"/>
        <source>No territory found: the territory field of the areas (and of the accounts) is empty.</source>
        <translation>No se encontró ningún territorio: el campo de territorio de las zonas (y de las cuentas) está vacío.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="250"/>
        <source>{count} territories have called accounts outside every area: their tour area is the hull of their accounts.</source>
        <translation>{count} territorios tienen cuentas visitadas fuera de toda zona: su zona de ruta es la envolvente de sus cuentas.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="291"/>
        <source>Reps</source>
        <translation>Comerciales</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="296"/>
        <source>A lock field needs the reps&apos; current territory field: the territory a locked rep keeps.</source>
        <translation>Un campo de bloqueo necesita el campo de territorio actual de los comerciales: el territorio que conserva un comercial bloqueado.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="314"/>
        <source>The reps layer has no features: add the reps&apos; homes.</source>
        <translation>La capa de comerciales no tiene objetos: añada los domicilios de los comerciales.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="317"/>
        <source>{count} reps have no name in &apos;{field}&apos;: every rep needs one.</source>
        <translation>{count} comerciales no tienen nombre en '{field}': cada comercial necesita uno.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="324"/>
        <source>Rep names must be unique; these occur more than once: {names}.</source>
        <translation>Los nombres de los comerciales deben ser únicos; estos aparecen más de una vez: {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="332"/>
        <source>These reps have no home point: {names}. Place them on the map, or leave them out.</source>
        <translation>Estos comerciales no tienen punto de domicilio: {names}. Colóquelos en el mapa o déjelos fuera.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="338"/>
        <source>These reps are locked but have no current territory in &apos;{field}&apos;: {names}.</source>
        <translation>Estos comerciales están bloqueados pero no tienen territorio actual en '{field}': {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="356"/>
        <source>Territories or zip code areas</source>
        <translation>Territorios o zonas de código postal</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="374"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="387"/>
        <source>Say how often each account is called: a calls per year field, or a segment field and a call plan (e.g. A,24,45,B,12,30,C,4,20).</source>
        <translation>Indique con qué frecuencia se visita cada cuenta: un campo de visitas por año, o un campo de segmento y un plan de visitas (p. ej. A,24,45,B,12,30,C,4,20).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="399"/>
        <source>Say which territory each account is in: the account territory field, or the areas&apos; territory field with the zip code fields of accounts and areas (or accounts as points inside the areas).</source>
        <translation>Indique en qué territorio está cada cuenta: el campo de territorio de las cuentas, o el campo de territorio de las zonas con los campos de código postal de cuentas y zonas (o cuentas como puntos dentro de las zonas).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="456"/>
        <source>{count} accounts are in no territory; they are left out.</source>
        <translation>{count} cuentas no están en ningún territorio; se dejan fuera.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="460"/>
        <source>{count} accounts in a territory have no location (no point and no matching zip code area): they count for no travel.</source>
        <translation>{count} cuentas de un territorio no tienen ubicación (ni punto ni zona de código postal coincidente): no cuentan para el desplazamiento.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="486"/>
        <source>Rep {rep} is locked to territory &apos;{territory}&apos;, which is not among the territories (e.g. {names}). Correct the rep&apos;s current territory or unlock the rep.</source>
        <translation>El comercial {rep} está bloqueado en el territorio '{territory}', que no figura entre los territorios (p. ej. {names}). Corrija el territorio actual del comercial o desbloquéelo.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="496"/>
        <source>Each territory keeps one rep, but more than one rep is locked to {cases}. Unlock all but one.</source>
        <translation>Cada territorio conserva un comercial, pero hay más de un comercial bloqueado en {cases}. Desbloquee todos menos uno.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="554"/>
        <source>{reps} reps, {k} territories: {assigned} with a rep ({locked} locked), {vacant} vacancies, {extra} extra reps. Travel from the reps&apos; homes: {hours:,.0f} hours a year in all.</source>
        <translation>{reps} comerciales, {k} territorios: {assigned} con comercial ({locked} bloqueados), {vacant} vacantes, {extra} comerciales sobrantes. Desplazamiento desde los domicilios de los comerciales: {hours:,.0f} horas al año en total.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="570"/>
        <source>{territory}: {rep}, {hours:,.0f} travel hours a year{locked}</source>
        <translation>{territory}: {rep}, {hours:,.0f} horas de desplazamiento al año{locked}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="570"/>
        <source> (locked)</source>
        <translation> (bloqueado)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="579"/>
        <source>... and {count} more territories: see the output table.</source>
        <translation>... y {count} territorios más: vea la tabla de salida.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="587"/>
        <source>{territory}: {hours:,.0f} travel hours a year, more than a rep&apos;s whole field year (about {year:,.0f} hours). Check the calls per year, calls per day and speed, or split the territory.</source>
        <translation>{territory}: {hours:,.0f} horas de desplazamiento al año, más que todo el año de campo de un comercial (unas {year:,.0f} horas). Revise las visitas por año, las visitas por día y la velocidad, o divida el territorio.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="595"/>
        <source>{count} territories have no calls, so no travel: {names}.</source>
        <translation>{count} territorios no tienen visitas, por lo que no hay desplazamiento: {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="601"/>
        <source>No rep for {count} territories (vacancies): {names}. Leaving these open gives the least travel (after skills); lock a rep to a territory to fill it instead.</source>
        <translation>Ningún comercial para {count} territorios (vacantes): {names}. Dejarlos sin cubrir da el menor desplazamiento (tras las competencias); bloquee un comercial en un territorio para cubrirlo en su lugar.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="608"/>
        <source>{count} reps have no territory (extra reps): {names}.</source>
        <translation>{count} comerciales no tienen territorio (comerciales sobrantes): {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="619"/>
        <source>{count} territories need a skill: {cases}.</source>
        <translation>{count} territorios necesitan una competencia: {cases}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="629"/>
        <source>the rep is locked to it</source>
        <translation>el comercial está bloqueado en él</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="631"/>
        <source>no free rep has that skill</source>
        <translation>ningún comercial libre tiene esa competencia</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="633"/>
        <source>the reps who have it serve other territories that need it</source>
        <translation>los comerciales que la tienen atienden otros territorios que la necesitan</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="634"/>
        <source>{territory} needs skill {skill}, but its rep {rep} lacks it: {why}.</source>
        <translation>{territory} necesita la competencia {skill}, pero su comercial {rep} carece de ella: {why}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="209"/>
        <source>Rep homes</source>
        <translation>Domicilios de los comerciales</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/assign_reps.py" line="224"/>
        <source>Measuring each rep&apos;s day tours in each of the {k} territories ({reps} reps)...</source>
        <translation>Midiendo las rutas de un día de cada comercial en cada uno de los {k} territorios ({reps} comerciales)...</translation>
    </message>
</context>
<context>
    <name>DesignTerritories</name>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="94"/>
        <source>Design territories</source>
        <translation>Diseñar territorios</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="127"/>
        <source>Units (polygons)</source>
        <translation>Unidades (polígonos)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="132"/>
        <source>Balance fields (the first is the main measure)</source>
        <translation>Campos de equilibrio (el primero es la medida principal)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="143"/>
        <source>Tolerance: allowed deviation from the mean (%)</source>
        <translation>Tolerancia: desviación permitida respecto a la media (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="153"/>
        <source>Number of territories</source>
        <translation>Número de territorios</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="162"/>
        <source>Seeds: rep home bases (points)</source>
        <translation>Semillas: bases de los comerciales (puntos)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="651"/>
        <source>Territory name field of the seeds</source>
        <translation>Campo de nombre de territorio de las semillas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="181"/>
        <source>Existing territory field (start from the current alignment)</source>
        <translation>Campo de territorio existente (partir de la alineación actual)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="189"/>
        <source>Lock field (units that keep their existing territory)</source>
        <translation>Campo de bloqueo (unidades que conservan su territorio existente)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="201"/>
        <source>Neighbours</source>
        <translation>Vecinos</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="201"/>
        <source>Rook: shared boundary</source>
        <translation>Torre: límite compartido</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="201"/>
        <source>Queen: shared boundary or corner</source>
        <translation>Reina: límite o esquina compartidos</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="219"/>
        <source>Random seed (same seed, same plan)</source>
        <translation>Semilla aleatoria (misma semilla, mismo plan)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="228"/>
        <source>Territory field name</source>
        <translation>Nombre del campo de territorio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="231"/>
        <source>Return the best plan found when the tolerance cannot be met</source>
        <translation>Devolver el mejor plan encontrado cuando no se puede cumplir la tolerancia</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="236"/>
        <source>Units with territories</source>
        <translation>Unidades con territorios</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="241"/>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="250"/>
        <source>Largest deviation from the mean (%)</source>
        <translation>Mayor desviación respecto a la media (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="251"/>
        <source>Cut edges</source>
        <translation>Aristas cortadas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="252"/>
        <source>Mean Polsby-Popper</source>
        <translation>Polsby-Popper medio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="259"/>
        <source>Balance fields</source>
        <translation>Campos de equilibrio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="272"/>
        <source>Existing territory field</source>
        <translation>Campo de territorio existente</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="272"/>
        <source>Lock field</source>
        <translation>Campo de bloqueo</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="276"/>
        <source>Locked units keep their existing territory: set the existing territory field too.</source>
        <translation>Las unidades bloqueadas conservan su territorio existente: indique también el campo de territorio existente.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="291"/>
        <source>Building the adjacency graph...</source>
        <translation>Construyendo el grafo de adyacencia...</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="339"/>
        <source>Designing {k} territories from {n} units ({m} neighbour pairs), tolerance {tol:g}%...</source>
        <translation>Diseñando {k} territorios a partir de {n} unidades ({m} pares de vecinos), tolerancia {tol:g}%...</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="410"/>
        <source>The territories cannot meet the request:
{reasons}
Check &apos;Return the best plan found&apos; to get the closest plan anyway.</source>
        <translation>Los territorios no pueden cumplir la solicitud:
{reasons}
Marque 'Devolver el mejor plan encontrado' para obtener de todos modos el plan más cercano.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="491"/>
        <source>Largest deviation {dev:.2f}%, {cut} cut edges, mean Polsby-Popper {pp:.3f}, {ok} of {k} territories contiguous.</source>
        <translation>Mayor desviación {dev:.2f}%, {cut} aristas cortadas, Polsby-Popper medio {pp:.3f}, {ok} de {k} territorios contiguos.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="513"/>
        <source>feature {fid}</source>
        <translation>objeto {fid}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="514"/>
        <source>{field} {value} (feature {fid})</source>
        <translation>{field} {value} (objeto {fid})</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="605"/>
        <source>{count} units have no value in &apos;{field}&apos;; they count as 0.</source>
        <translation>{count} unidades no tienen valor en '{field}'; cuentan como 0.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="613"/>
        <source>Balance field &apos;{field}&apos; must be 0 or more, but {unit} has {value}.</source>
        <translation>El campo de equilibrio '{field}' debe ser 0 o más, pero {unit} tiene {value}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="619"/>
        <source>Balance field &apos;{field}&apos; is 0 on every unit: nothing to balance.</source>
        <translation>El campo de equilibrio '{field}' es 0 en todas las unidades: no hay nada que equilibrar.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="637"/>
        <source>The existing alignment has {count} territories but {k} were asked for. Set the number of territories to at least {count}, or clear the field of the territories to dissolve.</source>
        <translation>La alineación existente tiene {count} territorios pero se pidieron {k}. Ponga el número de territorios en al menos {count}, o vacíe el campo de los territorios que se disuelven.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="654"/>
        <source>There are {count} seed points but {k} territories were asked for: one territory grows around each seed, so set the number of territories to {count}.</source>
        <translation>Hay {count} puntos semilla pero se pidieron {k} territorios: alrededor de cada semilla crece un territorio, así que ponga el número de territorios en {count}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="684"/>
        <source>Seed names must be unique; these repeat: {names}.</source>
        <translation>Los nombres de las semillas deben ser únicos; estos se repiten: {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="697"/>
        <source>Bridge added between {a} and {b}: their parts of the map touch nowhere else.</source>
        <translation>Puente añadido entre {a} y {b}: sus partes del mapa no se tocan en ningún otro sitio.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="209"/>
        <source>Snapping tolerance for slivers, gaps and overlaps (metres; empty: automatic)</source>
        <translation>Tolerancia de ajuste para astillas, huecos y solapes (metros; vacío: automática)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="324"/>
        <source>{count} locked units keep their existing territory.</source>
        <translation>{count} unidades bloqueadas conservan su territorio existente.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="264"/>
        <source>Choose at least one balance field, e.g. the units&apos; call hours, or design on workload with the call hours and calls per year fields.</source>
        <translation>Elija al menos un campo de equilibrio, p. ej. las horas de visita de las unidades, o diseñe sobre la carga de trabajo con los campos de horas de visita y de visitas por año.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="282"/>
        <source>Disruption field</source>
        <translation>Campo de alteración</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="331"/>
        <source>A disruption budget keeps the existing territories, while seeds start new ones: use one.</source>
        <translation>Un presupuesto de alteración conserva los territorios existentes, mientras que las semillas crean otros nuevos: use uno de los dos.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="337"/>
        <source>workload (call + travel hours)</source>
        <translation>carga de trabajo (horas de visita + desplazamiento)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="478"/>
        <source>Designed on workload: call + travel hours within {dev:.2f}% of the mean (the plan of round {best}; {rounds} rounds), travel {share:.0f}% of the hours, from {bases}.</source>
        <translation>Diseñado sobre la carga de trabajo: horas de visita + desplazamiento dentro del {dev:.2f}% de la media (el plan de la ronda {best}; {rounds} rondas), desplazamiento {share:.0f}% de las horas, desde {bases}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="478"/>
        <source>the reps&apos; homes</source>
        <translation>los domicilios de los comerciales</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="478"/>
        <source>each territory&apos;s centre</source>
        <translation>el centro de cada territorio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="543"/>
        <source>Refining, pass {step} of {steps} (coarse to fine): largest deviation from the mean {deviation}% so far, {seconds} s.</source>
        <translation>Refinando, pasada {step} de {steps} (de grueso a fino): mayor desviación respecto a la media hasta ahora {deviation}%, {seconds} s.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="548"/>
        <source>Tolerance not met yet: trying another start (number {step}); largest deviation {deviation}%, {seconds} s.</source>
        <translation>Tolerancia aún no cumplida: probando otro inicio (número {step}); mayor desviación {deviation}%, {seconds} s.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="553"/>
        <source>Designing separate piece {step} of {steps} of the map: largest deviation in it {deviation}%, {seconds} s.</source>
        <translation>Diseñando la parte separada {step} de {steps} del mapa: mayor desviación en ella {deviation}%, {seconds} s.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="564"/>
        <source>Territory field name (TERRITORY_FIELD) &apos;{name}&apos; is also a field the design reads ({role}): the output would replace it. Choose another name, e.g. territory.</source>
        <translation>El nombre del campo de territorio (TERRITORY_FIELD) '{name}' es también un campo que lee el diseño ({role}): la salida lo sustituiría. Elija otro nombre, p. ej. territory.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="564"/>
        <source>a balance field</source>
        <translation>un campo de equilibrio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="564"/>
        <source>the lock</source>
        <translation>el bloqueo</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="575"/>
        <source>Territory field name (TERRITORY_FIELD) &apos;{name}&apos; is already a field of the units: the output would replace its values. Choose another name, or set it as the existing territory field (EXISTING_FIELD) when it holds today&apos;s territories.</source>
        <translation>El nombre del campo de territorio (TERRITORY_FIELD) '{name}' ya es un campo de las unidades: la salida sustituiría sus valores. Elija otro nombre, o indíquelo como campo de territorio existente (EXISTING_FIELD) si contiene los territorios actuales.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="590"/>
        <source>The {count} locked units of territory {territory} do not touch one another ({units}; up to {hops} neighbours apart): the territory must reach all of them. Unlock the outlying ones.</source>
        <translation>Las {count} unidades bloqueadas del territorio {territory} no se tocan entre sí ({units}; hasta {hops} vecinos de distancia): el territorio debe alcanzarlas todas. Desbloquee las más alejadas.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="610"/>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="692"/>
        <source>Seeds</source>
        <translation>Semillas</translation>
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
        <translation>Agrupa unidades poligonales (códigos postales, condados...) en territorios contiguos, equilibrados en una o varias medidas dentro de una tolerancia, y compactos.

Equilibrio: el total de cada campo de equilibrio de cada territorio se mantiene dentro de la tolerancia respecto a la media (desviación = (total - media) / media). El primer campo es el principal.
Contigüidad: las unidades son vecinas cuando comparten un límite (torre) o cualquier punto (reina), con una pequeña tolerancia de ajuste para astillas y huecos. Las islas se unen a su unidad más cercana; el registro enumera cada uno de esos puentes.
Compacidad: el motor mantiene pocas aristas cortadas y una puntuación Polsby-Popper alta (4 pi superficie / perímetro al cuadrado, medida en una proyección de áreas iguales).

Diseño sobre la carga de trabajo: con las horas de visita y las visitas por año de las unidades, la medida principal es la carga de trabajo de cada territorio tal como la cuenta 'Evaluar la carga de trabajo', horas de visita más desplazamiento en rutas de un día desde el domicilio del comercial (las semillas) o desde el centro del territorio, de modo que un territorio rural recibe menos cuentas que uno urbano. El diseño se repite, cada vez con el desplazamiento de cada unidad en el último plan, mientras la desviación de la carga de trabajo mejore; el registro muestra cada ronda. Los campos de equilibrio son entonces medidas adicionales.

Opcional: las bases de los comerciales como semillas (alrededor de cada una crece un territorio), el territorio actual de cada unidad como punto de partida y unidades bloqueadas que conservan su territorio actual.

Realineación: a partir del campo de territorio existente, el plan conserva los nombres de los territorios y mueve lo menos posible (el registro y la salida DISRUPTION indican cuánto se movió, junto a una cota inferior para los planes que mueven unidades entre territorios que se tocan). Un presupuesto de alteración lo limita, en % del campo de equilibrio principal o del campo de alteración (p. ej. cuentas); cuando el presupuesto y la tolerancia no pueden cumplirse a la vez, el error indica el presupuesto que funciona y la mejor tolerancia dentro del presupuesto. La salida de territorios recibe moved_in y moved_out. Sobre la carga de trabajo, la realineación equilibra las horas del cuadro de puntuación y el presupuesto se expresa en % de la carga de trabajo actual; las semillas son entonces los domicilios de los comerciales actuales, emparejados por nombre con los territorios existentes.

Cuando no se puede cumplir la tolerancia, el algoritmo explica por qué (p. ej. una unidad más pesada que la parte de un territorio) y falla, salvo que esté marcada 'Devolver el mejor plan encontrado'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_territories.py" line="410"/>
        <source>The territories cannot meet the request, and no plan was found to return:
{reasons}</source>
        <translation>Los territorios no pueden cumplir la solicitud y no se encontró ningún plan que devolver:
{reasons}</translation>
    </message>
</context>
<context>
    <name>DesignWorkload</name>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="69"/>
        <source>Design on workload: call hours field of the units</source>
        <translation>Diseño sobre la carga de trabajo: campo de horas de visita de las unidades</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="75"/>
        <source>Design on workload: calls per year field of the units</source>
        <translation>Diseño sobre la carga de trabajo: campo de visitas por año de las unidades</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="81"/>
        <source>Design on workload: called accounts field (the tours&apos; stops)</source>
        <translation>Diseño sobre la carga de trabajo: campo de cuentas visitadas (las paradas de las rutas)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="88"/>
        <source>Calls per field day (chained into one tour)</source>
        <translation>Visitas por día de campo (encadenadas en una ruta)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="88"/>
        <source>Average speed (km/h)</source>
        <translation>Velocidad media (km/h)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="88"/>
        <source>Circuity: road distance / straight distance</source>
        <translation>Sinuosidad: distancia por carretera / distancia en línea recta</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="112"/>
        <source>Largest deviation of workload, call + travel hours (%)</source>
        <translation>Mayor desviación de la carga de trabajo, horas de visita + desplazamiento (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="121"/>
        <source>Design on workload</source>
        <translation>Diseño sobre la carga de trabajo</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="127"/>
        <source>Designing on workload needs the units&apos; call hours field (WORKLOAD_FIELD), e.g. the sum_call_hours written by &apos;Aggregate accounts by zip code&apos;.</source>
        <translation>Diseñar sobre la carga de trabajo necesita el campo de horas de visita de las unidades (WORKLOAD_FIELD), p. ej. el sum_call_hours escrito por 'Agregar cuentas por código postal'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="135"/>
        <source>Designing on workload needs the units&apos; calls per year (CALLS_FIELD) to count the travel to them, e.g. the sum_calls_per_year written by &apos;Aggregate accounts by zip code&apos;.</source>
        <translation>Diseñar sobre la carga de trabajo necesita las visitas por año de las unidades (CALLS_FIELD) para contar el desplazamiento hasta ellas, p. ej. el sum_calls_per_year escrito por 'Agregar cuentas por código postal'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="143"/>
        <source>Calls per field day (CALLS_PER_DAY) must be more than 0 and at most {most:g}: the calls a rep chains into one day&apos;s tour, typically 4 to 8. It is {value:g}.</source>
        <translation>Las visitas por día de campo (CALLS_PER_DAY) deben ser más de 0 y como mucho {most:g}: las visitas que un comercial encadena en la ruta de un día, normalmente de 4 a 8. Es {value:g}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="158"/>
        <source>The units layer</source>
        <translation>La capa de unidades</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="166"/>
        <source>feature</source>
        <translation>objeto</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="174"/>
        <source>&apos;{field}&apos; must be 0 or more, but feature {fid} has {value:g}.</source>
        <translation>'{field}' debe ser 0 o más, pero el objeto {fid} tiene {value:g}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="184"/>
        <source>No called accounts field: each unit with calls counts as one stop of the day tours (a field summing the scored accounts&apos; &apos;called&apos; column counts the accounts).</source>
        <translation>Sin campo de cuentas visitadas: cada unidad con visitas cuenta como una parada de las rutas de un día (un campo que sume la columna 'called' de las cuentas evaluadas cuenta las cuentas).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="191"/>
        <source>The call hours field &apos;{field}&apos; is 0 on every unit: nothing to balance.</source>
        <translation>El campo de horas de visita '{field}' es 0 en todas las unidades: no hay nada que equilibrar.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="318"/>
        <source>Round 0, on call hours: workload (call + travel hours) {dev:.2f}% off the mean; travel is {share:.0f}% of the hours.</source>
        <translation>Ronda 0, sobre las horas de visita: carga de trabajo (horas de visita + desplazamiento) a {dev:.2f}% de la media; el desplazamiento es el {share:.0f}% de las horas.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="323"/>
        <source>Round {number}, on call hours + each unit&apos;s travel in the last plan (balanced within {engine:.2f}%): workload {dev:.2f}% off the mean; travel {share:.0f}% of the hours.</source>
        <translation>Ronda {number}, sobre las horas de visita + el desplazamiento de cada unidad en el último plan (equilibrado dentro del {engine:.2f}%): carga de trabajo a {dev:.2f}% de la media; desplazamiento {share:.0f}% de las horas.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="219"/>
        <source>Realigning on workload, the rep home bases (SEEDS) are matched to the existing territories by name: set their territory name field (SEED_ID_FIELD).</source>
        <translation>Al realinear sobre la carga de trabajo, los domicilios de los comerciales (SEEDS) se emparejan por nombre con los territorios existentes: indique su campo de nombre de territorio (SEED_ID_FIELD).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="225"/>
        <source>Territory name field of the seeds</source>
        <translation>Campo de nombre de territorio de las semillas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="244"/>
        <source>Each territory has one rep home; these names repeat: {names}.</source>
        <translation>Cada territorio tiene un domicilio de comercial; estos nombres se repiten: {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="250"/>
        <source>Rep homes whose name is no existing territory, left out: {names}.</source>
        <translation>Domicilios de comerciales cuyo nombre no es un territorio existente, dejados fuera: {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="257"/>
        <source>Territories without a rep home, their travel counted from their centre: {names}.</source>
        <translation>Territorios sin domicilio de comercial, cuyo desplazamiento se cuenta desde su centro: {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/design_workload.py" line="313"/>
        <source>Round 0, on call hours + each unit&apos;s travel in the existing alignment (balanced within {engine:.2f}%): workload {dev:.2f}% off the mean; travel {share:.0f}% of the hours.</source>
        <translation>Ronda 0, sobre las horas de visita + el desplazamiento de cada unidad en la alineación existente (equilibrado dentro del {engine:.2f}%): carga de trabajo a {dev:.2f}% de la media; desplazamiento {share:.0f}% de las horas.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="40"/>
        <source>{unit} alone has {weight:,.6g} of &apos;{measure}&apos;, {excess:.1f}% above the most one territory may hold ({cap:,.6g} = mean x (1 + tolerance)). Raise the tolerance, use fewer territories, or split that unit.</source>
        <translation>{unit} tiene por sí sola {weight:,.6g} de '{measure}', un {excess:.1f}% por encima de lo máximo que puede tener un territorio ({cap:,.6g} = media x (1 + tolerancia)). Aumente la tolerancia, use menos territorios o divida esa unidad.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="96"/>
        <source>No contiguous plan is within the tolerance of {tol:.2f}% around {units}, where {count} neighbouring units each weigh {share:.0f}% of a mean territory or more: every plan is at least {floor:.2f}% off the mean there (proven over every way to cut that area). Raise the tolerance to at least that, use another number of territories, or split those units.</source>
        <translation>Ningún plan contiguo está dentro de la tolerancia del {tol:.2f}% alrededor de {units}, donde {count} unidades vecinas pesan cada una el {share:.0f}% de un territorio medio o más: todo plan queda allí al menos a {floor:.2f}% de la media (demostrado para todas las formas de dividir esa zona). Aumente la tolerancia al menos hasta ese valor, use otro número de territorios o divida esas unidades.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="45"/>
        <source>The locked units of territory {territory} total {total:,.6g} of &apos;{measure}&apos;, {excess:.1f}% above the most one territory may hold ({cap:,.6g}). Unlock some of them or raise the tolerance.</source>
        <translation>Las unidades bloqueadas del territorio {territory} suman {total:,.6g} de '{measure}', un {excess:.1f}% por encima de lo máximo que puede tener un territorio ({cap:,.6g}). Desbloquee algunas o aumente la tolerancia.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="53"/>
        <source>The seeds of {a} and {b} lie in the same unit {unit}; move one of them.</source>
        <translation>Las semillas de {a} y {b} están en la misma unidad {unit}; mueva una de ellas.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="57"/>
        <source>The seed of {territory} lies in {unit}, which is locked to territory {other}.</source>
        <translation>La semilla de {territory} está en {unit}, que está bloqueada en el territorio {other}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="60"/>
        <source>The seed of {territory} lies outside the units.</source>
        <translation>La semilla de {territory} está fuera de las unidades.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="63"/>
        <source>{k} territories were asked for from {n} units, but only {filled} of them could get a unit: units tied together (locked, seeded or joined to their piece of the map) move together. Ask for fewer territories.</source>
        <translation>Se pidieron {k} territorios a partir de {n} unidades, pero solo {filled} pudieron recibir una unidad: las unidades atadas entre sí (bloqueadas, con semilla o unidas a su parte del mapa) se mueven juntas. Pida menos territorios.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="68"/>
        <source>{k} territories were asked for, but there are only {n} units.</source>
        <translation>Se pidieron {k} territorios, pero solo hay {n} unidades.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="72"/>
        <source>A separate piece of the map of {units} units (including {unit}) cannot hold a whole number of balanced territories. Join it to the rest with a bridge or raise the tolerance.</source>
        <translation>Una parte separada del mapa de {units} unidades (incluida {unit}) no puede contener un número entero de territorios equilibrados. Únala al resto con un puente o aumente la tolerancia.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="77"/>
        <source>The separate pieces of the map need between {low} and {high} territories in all; {k} were asked for.</source>
        <translation>Las partes separadas del mapa necesitan entre {low} y {high} territorios en total; se pidieron {k}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="81"/>
        <source>The locked units of territory {territory} cannot be joined into one contiguous piece.</source>
        <translation>Las unidades bloqueadas del territorio {territory} no se pueden unir en una sola parte contigua.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="85"/>
        <source>The best plan found is {dev:.2f}% off the mean on &apos;{measure}&apos; (territory {territory}); the tolerance is {tol:.2f}%.</source>
        <translation>El mejor plan encontrado queda a {dev:.2f}% de la media en '{measure}' (territorio {territory}); la tolerancia es {tol:.2f}%.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="90"/>
        <source>{unit} weighs {share:.1f}% of a mean territory, and every contiguous territory that contains it ends {below:+.1f}% or {above:+.1f}% from the mean: outside the tolerance. Raise the tolerance or split that unit.</source>
        <translation>{unit} pesa el {share:.1f}% de un territorio medio, y todo territorio contiguo que la contiene termina a {below:+.1f}% o {above:+.1f}% de la media: fuera de la tolerancia. Aumente la tolerancia o divida esa unidad.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="109"/>
        <source>The seed of {territory} lies in {unit}, walled in by other seeds: no balanced territory can grow around it, so that unit goes to {holder} and {territory} grows beside it.</source>
        <translation>La semilla de {territory} está en {unit}, rodeada por otras semillas: ningún territorio equilibrado puede crecer a su alrededor, así que esa unidad va a {holder} y {territory} crece a su lado.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="116"/>
        <source>Balancing within {tol:.2f}% moves {needed:.2f}% of &apos;{field}&apos; (moving units only between touching territories, at least {bound:.2f}%), more than the budget of {budget:.2f}%: a budget of {needed:.2f}% works.</source>
        <translation>Equilibrar dentro del {tol:.2f}% mueve el {needed:.2f}% de '{field}' (moviendo unidades solo entre territorios que se tocan, al menos el {bound:.2f}%), más que el presupuesto del {budget:.2f}%: un presupuesto del {needed:.2f}% funciona.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="122"/>
        <source>Balancing within {tol:.2f}% was not reached (moving units only between touching territories needs at least {bound:.2f}% of &apos;{field}&apos;); the budget is {budget:.2f}%.</source>
        <translation>No se alcanzó el equilibrio dentro del {tol:.2f}% (mover unidades solo entre territorios que se tocan necesita al menos el {bound:.2f}% de '{field}'); el presupuesto es {budget:.2f}%.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="134"/>
        <source>Within the budget, the best plan found is {best:.2f}% off the mean.</source>
        <translation>Dentro del presupuesto, el mejor plan encontrado queda a {best:.2f}% de la media.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="152"/>
        <source>Territory {territory} is in {pieces} pieces.</source>
        <translation>El territorio {territory} está en {pieces} partes.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="173"/>
        <source>... and {count} more like this.</source>
        <translation>... y {count} más como este.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="139"/>
        <source>No plan within the budget was found: even keeping today&apos;s balance moves {least:.2f}% of &apos;{field}&apos;.</source>
        <translation>No se encontró ningún plan dentro del presupuesto: incluso mantener el equilibrio actual mueve el {least:.2f}% de '{field}'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="143"/>
        <source>{n} of today&apos;s territories are in several pieces, and every plan joins them up.</source>
        <translation>{n} de los territorios actuales están en varias partes, y todo plan las une.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/diagnostics.py" line="147"/>
        <source>{n} units have no territory today, and every plan gives them one.</source>
        <translation>{n} unidades no tienen territorio hoy, y todo plan les da uno.</translation>
    </message>
</context>
<context>
    <name>DissolvedTerritories</name>
    <message>
        <location filename="../territory_plugin/gui/dissolved.py" line="118"/>
        <source>Territories follow the units</source>
        <translation>Los territorios siguen a las unidades</translation>
    </message>
</context>
<context>
    <name>EstimatePotential</name>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="52"/>
        <source>Estimate sales potential</source>
        <translation>Estimar el potencial de ventas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="55"/>
        <source>Estimates each zip code area&apos;s sales potential from its attributes (population, income, number of businesses, any numeric fields): a regression fitted on the zips that have sales, applied to every zip. Zips without sales (blank or 0) get an estimate of what they could sell.

Model: ridge regression of log(sales) on the fields; fields that are never negative and skewed (skewness above 1) enter as log(1 + value). Zips missing a field value are not fitted and get no estimate; the log counts them per field. At least 10 zips with sales, and 5 per field, are needed.
Written fields: potential_est, the expected sales (log model corrected with Duan&apos;s smearing factor, so that estimates add up to sales); potential_low and potential_high, the prediction interval (e.g. 80%: 4 zips in 5 should fall inside); potential_fitted, 1 where the zip&apos;s sales were used to fit.
The log gives the cross-validated R^2 (k folds: each zip predicted by a model that did not see it), on sales and on log sales, and the coefficients.</source>
        <translation>Estima el potencial de ventas de cada zona de código postal a partir de sus atributos (población, renta, número de empresas, cualquier campo numérico): una regresión ajustada sobre los códigos postales que tienen ventas, aplicada a todos. Los códigos postales sin ventas (vacío o 0) reciben una estimación de lo que podrían vender.

Modelo: regresión ridge de log(ventas) sobre los campos; los campos nunca negativos y asimétricos (asimetría superior a 1) entran como log(1 + valor). Los códigos postales a los que les falta un valor de campo no se ajustan ni reciben estimación; el registro los cuenta por campo. Se necesitan al menos 10 códigos postales con ventas, y 5 por campo.
Campos escritos: potential_est, las ventas esperadas (modelo logarítmico corregido con el factor de smearing de Duan, para que las estimaciones sumen las ventas); potential_low y potential_high, el intervalo de predicción (p. ej. 80%: 4 de cada 5 códigos postales deberían quedar dentro); potential_fitted, 1 donde las ventas del código postal se usaron en el ajuste.
El registro da el R^2 de validación cruzada (k particiones: cada código postal lo predice un modelo que no lo vio), sobre las ventas y sobre el logaritmo de las ventas, y los coeficientes.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="75"/>
        <source>Zip code areas</source>
        <translation>Zonas de código postal</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="133"/>
        <source>Sales field</source>
        <translation>Campo de ventas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="134"/>
        <source>Fields to estimate from</source>
        <translation>Campos a partir de los que estimar</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="97"/>
        <source>Model log(sales) (recommended)</source>
        <translation>Modelar log(ventas) (recomendado)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="100"/>
        <source>Log-transform skewed fields</source>
        <translation>Transformar logarítmicamente los campos asimétricos</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="102"/>
        <source>Prediction interval (%)</source>
        <translation>Intervalo de predicción (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="107"/>
        <source>Ridge penalty (on standardised fields)</source>
        <translation>Penalización ridge (sobre campos estandarizados)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="114"/>
        <source>Cross-validation folds</source>
        <translation>Particiones de validación cruzada</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="121"/>
        <source>Zip code areas with potential</source>
        <translation>Zonas de código postal con potencial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="126"/>
        <source>Cross-validated R² on sales</source>
        <translation>R² de validación cruzada sobre las ventas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="127"/>
        <source>Zips the model was fitted on</source>
        <translation>Códigos postales sobre los que se ajustó el modelo</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="128"/>
        <source>Zips with an estimate</source>
        <translation>Códigos postales con estimación</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="129"/>
        <source>Zips missing a field value</source>
        <translation>Códigos postales a los que les falta un valor de campo</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="136"/>
        <source>The sales field &apos;{field}&apos; cannot also be a field to estimate from.</source>
        <translation>El campo de ventas '{field}' no puede ser también un campo a partir del que estimar.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="201"/>
        <source>Only {count} zips have sales in &apos;{field}&apos; and a value in every chosen field; {needed} are needed for {p} fields ({with_sales} have sales). Choose fewer fields, fill the missing values, or use a larger area.</source>
        <translation>Solo {count} códigos postales tienen ventas en '{field}' y un valor en cada campo elegido; se necesitan {needed} para {p} campos ({with_sales} tienen ventas). Elija menos campos, complete los valores que faltan o use una zona más amplia.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="207"/>
        <source>Field &apos;{field}&apos; has the same value on every zip with sales, so it cannot explain them: leave it out.</source>
        <translation>El campo '{field}' tiene el mismo valor en todos los códigos postales con ventas, así que no puede explicarlas: déjelo fuera.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="211"/>
        <source>Choose at least one field to estimate from (population, income, businesses...).</source>
        <translation>Elija al menos un campo a partir del que estimar (población, renta, empresas...).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="220"/>
        <source>Fitted on {fit} of {n} zips; {without} have no sales (they are estimated, not fitted) and {incomplete} with sales lack a field value.</source>
        <translation>Ajustado sobre {fit} de {n} códigos postales; {without} no tienen ventas (se estiman, no se ajustan) y a {incomplete} con ventas les falta un valor de campo.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="233"/>
        <source>{count} zips have no value in &apos;{field}&apos;: they get no estimate.</source>
        <translation>{count} códigos postales no tienen valor en '{field}': no reciben estimación.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="240"/>
        <source>Entered as log(1 + value), being skewed: {fields}.</source>
        <translation>Introducidos como log(1 + valor), por ser asimétricos: {fields}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="243"/>
        <source>log(sales)</source>
        <translation>log(ventas)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="243"/>
        <source>sales</source>
        <translation>ventas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="244"/>
        <source>Cross-validated R² ({folds} folds): {r2:.3f} on sales, {r2_model:.3f} on {target} (in-sample {r2_fit:.3f}). Residual standard deviation {sigma:.3g} on {target}.</source>
        <translation>R² de validación cruzada ({folds} particiones): {r2:.3f} sobre las ventas, {r2_model:.3f} sobre {target} (en la muestra {r2_fit:.3f}). Desviación típica residual {sigma:.3g} sobre {target}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="257"/>
        <source>Coefficients of {target} (ridge penalty {alpha:g}):</source>
        <translation>Coeficientes de {target} (penalización ridge {alpha:g}):</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="261"/>
        <source>log(1 + {field})</source>
        <translation>log(1 + {field})</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="262"/>
        <source>  {field}: {unit:+.4g} per unit, {sd:+.4g} per standard deviation</source>
        <translation>  {field}: {unit:+.4g} por unidad, {sd:+.4g} por desviación típica</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="268"/>
        <source>On log(sales), a coefficient b of log(1 + x) is an elasticity: 1% more x, about b% more sales; for a plain field, one unit more multiplies sales by exp(b).</source>
        <translation>Sobre log(ventas), un coeficiente b de log(1 + x) es una elasticidad: un 1% más de x, aproximadamente un b% más de ventas; para un campo sin transformar, una unidad más multiplica las ventas por exp(b).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="274"/>
        <source>{level:g}% prediction intervals: about {level:g}% of zips should fall inside theirs.</source>
        <translation>Intervalos de predicción del {level:g}%: aproximadamente el {level:g}% de los códigos postales debería quedar dentro del suyo.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/estimate_potential.py" line="280"/>
        <source>The fields explain little of the sales (cross-validated R² {r2:.2f} on sales): treat the estimates as rough, or add fields that drive sales.</source>
        <translation>Los campos explican poco de las ventas (R² de validación cruzada {r2:.2f} sobre las ventas): trate las estimaciones como aproximadas o añada campos que impulsen las ventas.</translation>
    </message>
</context>
<context>
    <name>ExportAssignments</name>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="55"/>
        <source>Export assignments for the CRM</source>
        <translation>Exportar asignaciones para el CRM</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="58"/>
        <source>Writes the new assignment as a CSV file that a CRM imports (Salesforce Data Loader, Dynamics 365 import): account_id, account_name, old_territory, new_territory, new_owner, changed (true/false).

Accounts: the CRM export (CSV file or layer) with the account id and, optionally, its name and current territory. Ids are written exactly as read, as text: leading zeros and 18-character Salesforce ids stay as they are (open CSV files as the path itself, or with field types as text).
New territory: an account field (e.g. after editing accounts in the dock), or the zip code areas of the design with their territory, matched by zip code exactly as &apos;Aggregate accounts by zip code&apos; matches them; with both, the account field wins where it has a value. Accounts without a new territory are left out of the file, so the CRM keeps what it has; the log counts them.
New owner: from a reps table (territory -&gt; owner), e.g. the output of &apos;Assign reps to territories&apos; (its fields territory and rep are taken when no fields are given).

The file is UTF-8 with a header, and it is written completely or not at all.</source>
        <translation>Escribe la nueva asignación como un archivo CSV que importa un CRM (Salesforce Data Loader, importación de Dynamics 365): account_id, account_name, old_territory, new_territory, new_owner, changed (true/false).

Cuentas: la exportación del CRM (archivo CSV o capa) con el identificador de la cuenta y, opcionalmente, su nombre y su territorio actual. Los identificadores se escriben exactamente como se leen, como texto: los ceros a la izquierda y los identificadores de Salesforce de 18 caracteres se quedan como están (abra los archivos CSV como la propia ruta, o con los tipos de campo como texto).
Territorio nuevo: un campo de las cuentas (p. ej. tras editar cuentas en el panel), o las zonas de código postal del diseño con su territorio, emparejadas por código postal exactamente como lo hace 'Agregar cuentas por código postal'; con ambos, el campo de las cuentas prevalece donde tiene un valor. Las cuentas sin territorio nuevo se dejan fuera del archivo, así el CRM conserva lo que tiene; el registro las cuenta.
Nuevo propietario: de una tabla de comerciales (territorio -&gt; propietario), p. ej. la salida de 'Asignar comerciales a los territorios' (se toman sus campos territory y rep cuando no se indican campos).

El archivo está en UTF-8 con cabecera, y se escribe completo o no se escribe.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="75"/>
        <source>Accounts (layer, table or CSV file)</source>
        <translation>Cuentas (capa, tabla o archivo CSV)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="141"/>
        <source>Account id field</source>
        <translation>Campo de identificador de la cuenta</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="83"/>
        <source>Account name field</source>
        <translation>Campo de nombre de la cuenta</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="84"/>
        <source>Current (old) territory field</source>
        <translation>Campo de territorio actual (anterior)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="92"/>
        <source>New territory field of the accounts</source>
        <translation>Campo de territorio nuevo de las cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="95"/>
        <source>Account zip code field</source>
        <translation>Campo de código postal de las cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="96"/>
        <source>Zip code areas with the new territories</source>
        <translation>Zonas de código postal con los territorios nuevos</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="104"/>
        <source>Area zip code field</source>
        <translation>Campo de código postal de las zonas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="105"/>
        <source>Area territory field</source>
        <translation>Campo de territorio de las zonas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="109"/>
        <source>Reps table (territory and owner)</source>
        <translation>Tabla de comerciales (territorio y propietario)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="117"/>
        <source>Territory field of the reps</source>
        <translation>Campo de territorio de los comerciales</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="122"/>
        <source>Owner field of the reps</source>
        <translation>Campo de propietario de los comerciales</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="125"/>
        <source>Only accounts whose territory changes</source>
        <translation>Solo las cuentas cuyo territorio cambia</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="128"/>
        <source>CRM import file</source>
        <translation>Archivo de importación del CRM</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="128"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="133"/>
        <source>Accounts written</source>
        <translation>Cuentas escritas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="134"/>
        <source>Accounts whose territory changes</source>
        <translation>Cuentas cuyo territorio cambia</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="135"/>
        <source>Accounts without a new territory</source>
        <translation>Cuentas sin territorio nuevo</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="142"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="150"/>
        <source>To take the new territory from the zip code areas, choose the accounts&apos; zip code field.</source>
        <translation>Para tomar el territorio nuevo de las zonas de código postal, elija el campo de código postal de las cuentas.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="154"/>
        <source>Say where each account goes: the accounts&apos; new territory field, or their zip code field with the zip code areas and the areas&apos; zip code and territory fields.</source>
        <translation>Indique adónde va cada cuenta: el campo de territorio nuevo de las cuentas, o su campo de código postal con las zonas de código postal y los campos de código postal y de territorio de las zonas.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="195"/>
        <source>Wrote {rows} accounts ({changed} change territory) to {path}.</source>
        <translation>Se escribieron {rows} cuentas ({changed} cambian de territorio) en {path}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="212"/>
        <source>The id field &apos;{field}&apos; was read as decimal numbers, which cannot keep ids exactly (leading zeros, long ids). Open the file so that the id is text: give the CSV file itself, or set the field type to text when adding the layer.</source>
        <translation>El campo de identificador '{field}' se leyó como números decimales, que no pueden conservar los identificadores exactamente (ceros a la izquierda, identificadores largos). Abra el archivo de modo que el identificador sea texto: indique el propio archivo CSV o ponga el tipo del campo como texto al añadir la capa.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="220"/>
        <source>The id field &apos;{field}&apos; was read as whole numbers: ids are written as those numbers, and leading zeros the CRM had are lost. To keep them, open the file with the id as text.</source>
        <translation>El campo de identificador '{field}' se leyó como números enteros: los identificadores se escriben como esos números y se pierden los ceros a la izquierda que tenía el CRM. Para conservarlos, abra el archivo con el identificador como texto.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="234"/>
        <source>Zip code areas</source>
        <translation>Zonas de código postal</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="238"/>
        <source>The zip code areas need their zip code field and their territory field.</source>
        <translation>Las zonas de código postal necesitan su campo de código postal y su campo de territorio.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="259"/>
        <source>Reps table</source>
        <translation>Tabla de comerciales</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="270"/>
        <source>Each territory has one owner, but the reps table gives several to {cases}.</source>
        <translation>Cada territorio tiene un propietario, pero la tabla de comerciales da varios a {cases}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="280"/>
        <source>{count} accounts have no new territory ({source} gives none), e.g. {ids}. They are left out of the file, so the CRM keeps their current territory.</source>
        <translation>{count} cuentas no tienen territorio nuevo ({source} no da ninguno), p. ej. {ids}. Se dejan fuera del archivo, así el CRM conserva su territorio actual.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="287"/>
        <source>{count} accounts have no id: the CRM cannot match them, they are left out.</source>
        <translation>{count} cuentas no tienen identificador: el CRM no puede emparejarlas, se dejan fuera.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="293"/>
        <source>{count} ids occur on more than one row, e.g. {ids}: the CRM will update them twice.</source>
        <translation>{count} identificadores aparecen en más de una fila, p. ej. {ids}: el CRM los actualizará dos veces.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/export_assignments.py" line="299"/>
        <source>No owner in the reps table for {count} territories: {names}. Their new_owner is empty.</source>
        <translation>Ningún propietario en la tabla de comerciales para {count} territorios: {names}. Su new_owner queda vacío.</translation>
    </message>
</context>
<context>
    <name>InputChecks</name>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="39"/>
        <source>{what} ({name}) must be a number; it is &apos;{value}&apos;.</source>
        <translation>{what} ({name}) debe ser un número; es '{value}'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="47"/>
        <source>from {low:g} to {high:g}</source>
        <translation>de {low:g} a {high:g}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="49"/>
        <source>at least {low:g}</source>
        <translation>al menos {low:g}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="51"/>
        <source>at most {high:g}</source>
        <translation>como mucho {high:g}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="53"/>
        <source>a finite number</source>
        <translation>un número finito</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="54"/>
        <source>{what} ({name}) must be {allowed}; it is {value}.</source>
        <translation>{what} ({name}) debe ser {allowed}; es {value}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="86"/>
        <source>{what} lie far from the area of the units ({span:,.0f} km across), distance to it in brackets: {listed}{more}. Check their coordinates and their layer&apos;s CRS.</source>
        <translation>{what} están lejos de la zona de las unidades ({span:,.0f} km de ancho), con la distancia hasta ella entre paréntesis: {listed}{more}. Revise sus coordenadas y el SRC de su capa.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="89"/>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="96"/>
        <source>{names}: latitude and longitude look swapped; read the other way round they lie among the units.</source>
        <translation>{names}: la latitud y la longitud parecen intercambiadas; leídas al revés quedan entre las unidades.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="104"/>
        <source>only blanks</source>
        <translation>solo vacíos</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="129"/>
        <source>Only {matched} of {total} accounts ({share:.1f}%) matched a zip code area; every total of this run leaves the other {unmatched} out.</source>
        <translation>Solo {matched} de {total} cuentas ({share:.1f}%) coincidieron con una zona de código postal; cada total de esta ejecución deja fuera las otras {unmatched}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="139"/>
        <source>{share:.1f}% of {what}</source>
        <translation>{share:.1f}% de {what}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="143"/>
        <source>The matched accounts carry {shares}.</source>
        <translation>Las cuentas con coincidencia aportan {shares}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="146"/>
        <source>{count} blank</source>
        <translation>{count} vacíos</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="147"/>
        <source>{count} invalid code</source>
        <translation>{count} código no válido</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="148"/>
        <source>{count} no area with this code</source>
        <translation>{count} sin zona con este código</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="150"/>
        <source>Unmatched: {reasons}.</source>
        <translation>Sin coincidencia: {reasons}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="154"/>
        <source>The most frequent unmatched values of &apos;{zip_field}&apos; are {values}; the areas&apos; field &apos;{unit_field}&apos; holds e.g. {unit_samples}.</source>
        <translation>Los valores sin coincidencia más frecuentes de '{zip_field}' son {values}; el campo '{unit_field}' de las zonas contiene p. ej. {unit_samples}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="164"/>
        <source>the accounts&apos; postal codes are probably in &apos;{field}&apos; ({samples}), not in &apos;{chosen}&apos;</source>
        <translation>los códigos postales de las cuentas probablemente están en '{field}' ({samples}), no en '{chosen}'</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="171"/>
        <source>the areas&apos; postal codes are probably in &apos;{field}&apos; ({samples}), not in &apos;{chosen}&apos;</source>
        <translation>los códigos postales de las zonas probablemente están en '{field}' ({samples}), no en '{chosen}'</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="178"/>
        <source>many values are no postal code in the chosen code format: another field, or codes of another country (then choose the code format As is)</source>
        <translation>muchos valores no son un código postal en el formato de código elegido: otro campo, o códigos de otro país (elija entonces el formato de código Tal cual)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="182"/>
        <source>the field is empty for many accounts: another field (e.g. the shipping instead of the billing address) may hold their codes</source>
        <translation>el campo está vacío en muchas cuentas: otro campo (p. ej. la dirección de envío en lugar de la de facturación) puede contener sus códigos</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="186"/>
        <source>many codes are valid but no area has them: the zip code areas cover another region than the accounts, or the codes are of another country (if the accounts outside these areas are meant to be left out, filter them out first)</source>
        <translation>muchos códigos son válidos pero ninguna zona los tiene: las zonas de código postal cubren otra región que las cuentas, o los códigos son de otro país (si las cuentas fuera de estas zonas deben dejarse fuera, fíltrelas primero)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="193"/>
        <source>Likely causes: {causes}.</source>
        <translation>Causas probables: {causes}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/checks.py" line="196"/>
        <source>Check the input before designing on these totals.</source>
        <translation>Revise la entrada antes de diseñar sobre estos totales.</translation>
    </message>
</context>
<context>
    <name>PlanSections</name>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="61"/>
        <source>The plan needs {reps} reps at {target:g}% of {capacity:,.0f} h; you have {k} ({hours:,.0f} h a year in all).</source>
        <translation>El plan necesita {reps} comerciales al {target:g}% de {capacity:,.0f} h; tiene {k} ({hours:,.0f} h al año en total).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="72"/>
        <source>Utilisation {low:.0f}% to {high:.0f}%; travel {tlow:.0f}% to {thigh:.0f}% of each rep&apos;s hours ({share:.0f}% in all); workload within {spread:.1f}% of the mean.</source>
        <translation>Utilización del {low:.0f}% al {high:.0f}%; desplazamiento del {tlow:.0f}% al {thigh:.0f}% de las horas de cada comercial ({share:.0f}% en total); carga de trabajo dentro del {spread:.1f}% de la media.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="87"/>
        <source>Quota growth on last year&apos;s sales {low:+.1f}% to {high:+.1f}%.</source>
        <translation>Crecimiento de la cuota sobre las ventas del año pasado del {low:+.1f}% al {high:+.1f}%.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="94"/>
        <source>{count} of {k} reps are over capacity.</source>
        <translation>{count} de {k} comerciales superan su capacidad.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="98"/>
        <source>{count} territories have calls but no located account: their travel is counted as 0.</source>
        <translation>{count} territorios tienen visitas pero ninguna cuenta ubicada: su desplazamiento cuenta como 0.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="108"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="109"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="110"/>
        <source>Calls a year</source>
        <translation>Visitas al año</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="111"/>
        <source>Hours a year</source>
        <translation>Horas al año</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="112"/>
        <source>Share of the hours</source>
        <translation>Parte de las horas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="116"/>
        <source>Call hours by segment, then the travel the territories need: the hours behind the reps needed.</source>
        <translation>Horas de visita por segmento y después el desplazamiento que necesitan los territorios: las horas que explican los comerciales necesarios.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="140"/>
        <source>workload (total hours)</source>
        <translation>carga de trabajo (horas totales)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="143"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="144"/>
        <source>Largest deviation</source>
        <translation>Mayor desviación</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="145"/>
        <source>Coefficient of variation</source>
        <translation>Coeficiente de variación</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="146"/>
        <source>Territories within the tolerance</source>
        <translation>Territorios dentro de la tolerancia</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="147"/>
        <source>Design log</source>
        <translation>Registro del diseño</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="151"/>
        <source>Each measure the design balanced, totalled over each territory&apos;s units, and the workload the scorecard counts (calls and travel). Deviation = (total - mean) / mean; the design log&apos;s figure is beside it.</source>
        <translation>Cada medida que equilibró el diseño, sumada sobre las unidades de cada territorio, y la carga de trabajo que cuenta el cuadro de puntuación (visitas y desplazamiento). Desviación = (total - media) / media; la cifra del registro del diseño figura al lado.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="156"/>
        <source>largest deviation of the workload</source>
        <translation>mayor desviación de la carga de trabajo</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/plan.py" line="171"/>
        <source>{within} of {k}</source>
        <translation>{within} de {k}</translation>
    </message>
</context>
<context>
    <name>RealignmentTerms</name>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="34"/>
        <source>Disruption budget: the most that may change territory (% of the main balance field, or of the disruption field; empty: no limit)</source>
        <translation>Presupuesto de alteración: lo máximo que puede cambiar de territorio (% del campo de equilibrio principal o del campo de alteración; vacío: sin límite)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="48"/>
        <source>Disruption field: count what changes territory in this field (e.g. accounts)</source>
        <translation>Campo de alteración: contar en este campo lo que cambia de territorio (p. ej. cuentas)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="59"/>
        <source>Disruption: share that changed territory (%)</source>
        <translation>Alteración: parte que cambió de territorio (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="62"/>
        <source>Lower bound: least share a plan moving units between touching territories had to move (%)</source>
        <translation>Cota inferior: parte mínima que tuvo que mover un plan que mueve unidades entre territorios que se tocan (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="75"/>
        <source>A disruption budget limits what changes from the existing alignment: set the existing territory field too.</source>
        <translation>Un presupuesto de alteración limita lo que cambia respecto a la alineación existente: indique también el campo de territorio existente.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="88"/>
        <source>Disruption field &apos;{field}&apos; must be 0 or more, but {unit} has {value}.</source>
        <translation>El campo de alteración '{field}' debe ser 0 o más, pero {unit} tiene {value}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="97"/>
        <source>Moved {moved:.2f}% of &apos;{measure}&apos; to other territories; a plan meeting the tolerance by moving units only between territories that touch had to move at least {bound}.</source>
        <translation>Se movió el {moved:.2f}% de '{measure}' a otros territorios; un plan que cumpliera la tolerancia moviendo unidades solo entre territorios que se tocan tenía que mover al menos {bound}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="97"/>
        <source>more than can move</source>
        <translation>más de lo que se puede mover</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/realignment.py" line="108"/>
        <source>Disruption budget {budget:.2f}%.</source>
        <translation>Presupuesto de alteración {budget:.2f}%.</translation>
    </message>
</context>
<context>
    <name>ReassignController</name>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="112"/>
        <source>The layer {} has no field {}.</source>
        <translation>La capa {} no tiene el campo {}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="134"/>
        <source>Contiguity cannot be checked: {}</source>
        <translation>No se puede comprobar la contigüidad: {}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="242"/>
        <source>Units were added, deleted or reshaped; contiguity is checked again on reload.</source>
        <translation>Se añadieron, eliminaron o modificaron unidades; la contigüidad se vuelve a comprobar al recargar.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="344"/>
        <source>There is already a territory {}.</source>
        <translation>Ya existe un territorio {}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="363"/>
        <source>Territory {} still has {} units; move them first.</source>
        <translation>El territorio {} aún tiene {} unidades; muévalas primero.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="402"/>
        <source>{} locked units were not moved (e.g. {}).</source>
        <translation>{} unidades bloqueadas no se movieron (p. ej. {}).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="412"/>
        <source>Contiguity</source>
        <translation>Contigüidad</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="417"/>
        <source>The layer {} cannot be edited.</source>
        <translation>La capa {} no se puede editar.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="422"/>
        <source>Assign {} to {}</source>
        <translation>Asignar {} a {}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="422"/>
        <source>Assign {} units to {}</source>
        <translation>Asignar {} unidades a {}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="447"/>
        <source>This move splits territory {} into pieces.</source>
        <translation>Este movimiento divide el territorio {} en partes.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="449"/>
        <source>The moved units do not touch territory {}.</source>
        <translation>Las unidades movidas no tocan el territorio {}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="450"/>
        <source>Move anyway?</source>
        <translation>¿Mover de todos modos?</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="460"/>
        <source>Could not save {}: {}</source>
        <translation>No se pudo guardar {}: {}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/controller.py" line="349"/>
        <source>{} is not a valid value for the field {}.</source>
        <translation>{} no es un valor válido para el campo {}.</translation>
    </message>
</context>
<context>
    <name>ReassignDock</name>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="567"/>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="83"/>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="118"/>
        <source>Units layer</source>
        <translation>Capa de unidades</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="119"/>
        <source>Territory field</source>
        <translation>Campo de territorio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="120"/>
        <source>Zip code field</source>
        <translation>Campo de código postal</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="121"/>
        <source>Lock field</source>
        <translation>Campo de bloqueo</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="122"/>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="123"/>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="125"/>
        <source>Accounts layer</source>
        <translation>Capa de cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="126"/>
        <source>Account zip field</source>
        <translation>Campo de código postal de las cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="127"/>
        <source>Override field</source>
        <translation>Campo de excepción</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="128"/>
        <source>Account id field</source>
        <translation>Campo de identificador de la cuenta</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="145"/>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="149"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="150"/>
        <source>Create a new, empty territory</source>
        <translation>Crear un territorio nuevo y vacío</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="152"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="153"/>
        <source>Remove the target territory if it is empty</source>
        <translation>Eliminar el territorio de destino si está vacío</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="167"/>
        <source>Assign selected units</source>
        <translation>Asignar las unidades seleccionadas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="170"/>
        <source>Paint</source>
        <translation>Pintar</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="171"/>
        <source>Click or drag on the map to paint units into the target territory</source>
        <translation>Haga clic o arrastre en el mapa para pintar unidades en el territorio de destino</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="174"/>
        <source>Check alignment</source>
        <translation>Comprobar la alineación</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="182"/>
        <source>Keep selected accounts</source>
        <translation>Mantener las cuentas seleccionadas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="183"/>
        <source>Count the selected accounts in the target territory, whatever their zip</source>
        <translation>Contar las cuentas seleccionadas en el territorio de destino, sea cual sea su código postal</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="185"/>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="186"/>
        <source>Return the selected accounts to their zip&apos;s territory</source>
        <translation>Devolver las cuentas seleccionadas al territorio de su código postal</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="193"/>
        <source>Save edits</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="195"/>
        <source>Change log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="393"/>
        <source>Choose a units layer and its territory field.</source>
        <translation>Elija una capa de unidades y su campo de territorio.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="397"/>
        <source>{} units in {} territories</source>
        <translation>{} unidades en {} territorios</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="399"/>
        <source>{} unassigned</source>
        <translation>{} sin asignar</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="401"/>
        <source>{} not contiguous</source>
        <translation>{} no contiguos</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="403"/>
        <source>{} accounts overridden</source>
        <translation>{} cuentas con excepción</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="427"/>
        <source>Select units on the map first.</source>
        <translation>Seleccione primero unidades en el mapa.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="474"/>
        <source>Choose an accounts layer first.</source>
        <translation>Elija primero una capa de cuentas.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="483"/>
        <source>Select accounts first.</source>
        <translation>Seleccione primero cuentas.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="498"/>
        <source>New territory</source>
        <translation>Territorio nuevo</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="498"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="513"/>
        <source>{} ({} pieces)</source>
        <translation>{} ({} partes)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="514"/>
        <source>Not contiguous: {}</source>
        <translation>No contiguos: {}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="516"/>
        <source>Every territory is in one piece.</source>
        <translation>Cada territorio está en una sola parte.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="106"/>
        <source> h a year</source>
        <translation> h al año</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="108"/>
        <source>A rep&apos;s field hours a year: the workload column&apos;s utilisation</source>
        <translation>Horas de campo de un comercial al año: la utilización de la columna de carga de trabajo</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="124"/>
        <source>Rep capacity</source>
        <translation>Capacidad del comercial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="160"/>
        <source>Note for the change log of the next moves (optional)</source>
        <translation>Nota para el registro de cambios de los próximos movimientos (opcional)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="161"/>
        <source>Written with every move made while it is here, and kept until you change it; type it first.</source>
        <translation>Se escribe con cada movimiento hecho mientras está aquí, y se conserva hasta que la cambie; escríbala primero.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="432"/>
        <source>Moved {count} units to {territory}{note}. Ctrl+Z undoes it; Save edits keeps it.</source>
        <translation>Se movieron {count} unidades a {territory}{note}. Ctrl+Z lo deshace; Guardar cambios lo conserva.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="441"/>
        <source> (note: {note})</source>
        <translation> (nota: {note})</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="449"/>
        <source>Saved {count} changes to {layer} and its change log.</source>
        <translation>Se guardaron {count} cambios en {layer} y su registro de cambios.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="488"/>
        <source>Returned {count} accounts to their zip&apos;s territory{note}.</source>
        <translation>Se devolvieron {count} cuentas al territorio de su código postal{note}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/dock.py" line="488"/>
        <source>Kept {count} accounts in {territory}{note}.</source>
        <translation>Se mantuvieron {count} cuentas en {territory}{note}.</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="60"/>
        <source>territories</source>
        <translation>territorios</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="61"/>
        <source>accounts</source>
        <translation>cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="62"/>
        <source>hours a year in all</source>
        <translation>horas al año en total</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="63"/>
        <source>largest deviation of total hours</source>
        <translation>mayor desviación de las horas totales</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="68"/>
        <source>coefficient of variation</source>
        <translation>coeficiente de variación</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="69"/>
        <source>{within} of {k}</source>
        <translation>{within} de {k}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="69"/>
        <source>territories within ±{tol:g}% of the mean</source>
        <translation>territorios dentro de ±{tol:g}% de la media</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="74"/>
        <source>mean utilisation</source>
        <translation>utilización media</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="75"/>
        <source>reps over capacity</source>
        <translation>comerciales por encima de su capacidad</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="83"/>
        <source>call hours</source>
        <translation>horas de visita</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="84"/>
        <source>travel hours</source>
        <translation>horas de desplazamiento</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="87"/>
        <source>admin hours</source>
        <translation>horas administrativas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="88"/>
        <source>mean {value:,.0f} h</source>
        <translation>media {value:,.0f} h</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="88"/>
        <source>Workload per territory</source>
        <translation>Carga de trabajo por territorio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="101"/>
        <source>mean ±{tol:g}%</source>
        <translation>media ±{tol:g}%</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="101"/>
        <source>within capacity</source>
        <translation>dentro de la capacidad</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="101"/>
        <source>over capacity</source>
        <translation>por encima de la capacidad</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="101"/>
        <source>capacity (100%)</source>
        <translation>capacidad (100%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="101"/>
        <source>Utilisation per territory</source>
        <translation>Utilización por territorio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="154"/>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="117"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="118"/>
        <source>Call h</source>
        <translation>H visita</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="119"/>
        <source>Travel h</source>
        <translation>H desplaz.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="120"/>
        <source>Admin h</source>
        <translation>H admin.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="121"/>
        <source>Total h</source>
        <translation>H totales</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="125"/>
        <source>Utilisation</source>
        <translation>Utilización</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="126"/>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="127"/>
        <source>Deviation</source>
        <translation>Desviación</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="147"/>
        <source>Click a column to sort. Rows outside the tolerance band are shaded.</source>
        <translation>Haga clic en una columna para ordenar. Las filas fuera de la banda de tolerancia aparecen sombreadas.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="155"/>
        <source>Potential</source>
        <translation>Potencial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="156"/>
        <source>Last year&apos;s sales</source>
        <translation>Ventas del año pasado</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="157"/>
        <source>Potential share</source>
        <translation>Parte del potencial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="158"/>
        <source>Sales share</source>
        <translation>Parte de las ventas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="159"/>
        <source>Quota</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="160"/>
        <source>Quota share</source>
        <translation>Parte de la cuota</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="161"/>
        <source>Quota / potential</source>
        <translation>Cuota / potencial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="162"/>
        <source>Fairness index</source>
        <translation>Índice de equidad</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="163"/>
        <source>Growth vs sales</source>
        <translation>Crecimiento frente a ventas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="164"/>
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="181"/>
        <source>Fairness index = (quota / potential) / (goal / total potential): 1 is average; shaded rows are flagged.</source>
        <translation>Índice de equidad = (cuota / potencial) / (objetivo / potencial total): 1 es la media; las filas sombreadas están marcadas.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="209"/>
        <source>units changed territory</source>
        <translation>unidades cambiaron de territorio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="210"/>
        <source>of the units with an existing territory</source>
        <translation>de las unidades con un territorio existente</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="213"/>
        <source>of {field} moved</source>
        <translation>de {field} movido</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="216"/>
        <source>No unit changed territory.</source>
        <translation>Ninguna unidad cambió de territorio.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="222"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="222"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="222"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="256"/>
        <source>Call hours of an account = calls per year x minutes per call / 60.</source>
        <translation>Horas de visita de una cuenta = visitas por año x minutos por visita / 60.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="267"/>
        <source>Index = total hours / mean of all territories. Deviation = (total - mean) / mean. Coefficient of variation = standard deviation / mean of total hours.</source>
        <translation>Índice = horas totales / media de todos los territorios. Desviación = (total - media) / media. Coeficiente de variación = desviación típica / media de las horas totales.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="122"/>
        <source>Calls</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="123"/>
        <source>Field days</source>
        <translation>Días de campo</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="124"/>
        <source>Calls a day</source>
        <translation>Visitas al día</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="233"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="233"/>
        <source>disruption budget ({field})</source>
        <translation>presupuesto de alteración ({field})</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="238"/>
        <source>of {field} moved by the plan</source>
        <translation>de {field} movido por el plan</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="245"/>
        <source>the least a plan moving units between touching territories had to move</source>
        <translation>lo mínimo que tuvo que mover un plan que mueve unidades entre territorios que se tocan</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="257"/>
        <source>Travel hours, as day tours of c calls a day: calls per year x (2 x distance(account, base) / c + hop) x circuity / speed, where hop = 0.7124 x square root(area / called accounts) of the territory; the base is the rep&apos;s home, else the territory&apos;s workload-weighted centre; distances and areas on the WGS84 ellipsoid.</source>
        <translation>Horas de desplazamiento, en rutas de un día de c visitas al día: visitas por año x (2 x distancia(cuenta, base) / c + salto) x sinuosidad / velocidad, donde salto = 0,7124 x raíz cuadrada(superficie / cuentas visitadas) del territorio; la base es el domicilio del comercial o, si no, el centro del territorio ponderado por la carga de trabajo; distancias y superficies sobre el elipsoide WGS84.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="263"/>
        <source>Total hours = call + travel + admin hours. Utilisation = total hours / rep capacity. Field days = calls / calls per day.</source>
        <translation>Horas totales = horas de visita + desplazamiento + administrativas. Utilización = horas totales / capacidad del comercial. Días de campo = visitas / visitas por día.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/report/sections.py" line="45"/>
        <source>en</source>
        <translation>es</translation>
    </message>
</context>
<context>
    <name>ScoreWorkload</name>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="109"/>
        <source>Score workload</source>
        <translation>Evaluar la carga de trabajo</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="284"/>
        <source>Segment field</source>
        <translation>Campo de segmento</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="287"/>
        <source>Account territory field</source>
        <translation>Campo de territorio de las cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="288"/>
        <source>Account zip code field</source>
        <translation>Campo de código postal de las cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="289"/>
        <source>Account fields to total per territory</source>
        <translation>Campos de las cuentas a sumar por territorio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="304"/>
        <source>Area zip code field</source>
        <translation>Campo de código postal de las zonas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="307"/>
        <source>Area territory field</source>
        <translation>Campo de territorio de las zonas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="529"/>
        <source>Territory field of the bases</source>
        <translation>Campo de territorio de las bases</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="642"/>
        <source>Accounts with call and travel hours</source>
        <translation>Cuentas con horas de visita y de desplazamiento</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="516"/>
        <source>{what} has no coordinate reference system: set it (Layer Properties &gt; Source).</source>
        <translation>{what} no tiene sistema de referencia de coordenadas: asígnelo (Propiedades de la capa &gt; Fuente).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="152"/>
        <source>Give the accounts (with a segment and call plan, or calls and minutes fields), or, at unit level, zip code areas with a call hours field and a territory field.</source>
        <translation>Indique las cuentas (con un segmento y un plan de visitas, o campos de visitas y minutos), o, a nivel de unidad, zonas de código postal con un campo de horas de visita y un campo de territorio.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="262"/>
        <source>{k} territories, {hours:,.0f} hours a year in all; largest deviation of total hours {dev:.2f}%, coefficient of variation {cv:.3f}.</source>
        <translation>{k} territorios, {hours:,.0f} horas al año en total; mayor desviación de las horas totales {dev:.2f}%, coeficiente de variación {cv:.3f}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="285"/>
        <source>Calls per year field</source>
        <translation>Campo de visitas por año</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="286"/>
        <source>Minutes per call field</source>
        <translation>Campo de minutos por visita</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="294"/>
        <source>A call plan needs the segment field of the accounts.</source>
        <translation>Un plan de visitas necesita el campo de segmento de las cuentas.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="296"/>
        <source>Say how often each account is called: a segment field and a call plan (e.g. A,24,45,B,12,30,C,4,20), or a calls per year field and a minutes per call field.</source>
        <translation>Indique con qué frecuencia se visita cada cuenta: un campo de segmento y un plan de visitas (p. ej. A,24,45,B,12,30,C,4,20), o un campo de visitas por año y un campo de minutos por visita.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="312"/>
        <source>Say which territory each account is in: the account territory field, or the zip code areas with their zip code and territory fields and the accounts&apos; zip code field.</source>
        <translation>Indique en qué territorio está cada cuenta: el campo de territorio de las cuentas, o las zonas de código postal con sus campos de código postal y de territorio y el campo de código postal de las cuentas.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="404"/>
        <source>Territories come from the accounts&apos; field &apos;{field}&apos;; the areas&apos; territory field is not used.</source>
        <translation>Los territorios vienen del campo '{field}' de las cuentas; no se usa el campo de territorio de las zonas.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="410"/>
        <source>{count} accounts are in no territory ({no_area} match no zip code area, {blank} are in an area without a territory); they are left out of the scorecard.</source>
        <translation>{count} cuentas no están en ningún territorio ({no_area} no coinciden con ninguna zona de código postal, {blank} están en una zona sin territorio); se dejan fuera del cuadro de puntuación.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="417"/>
        <source>{count} accounts have no value in &apos;{field}&apos;; they are left out of the scorecard.</source>
        <translation>{count} cuentas no tienen valor en '{field}'; se dejan fuera del cuadro de puntuación.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="423"/>
        <source>{count} accounts in a territory have no location (no point and no matching zip code area): they get no travel.</source>
        <translation>{count} cuentas de un territorio no tienen ubicación (ni punto ni zona de código postal coincidente): no reciben desplazamiento.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="462"/>
        <source>The zip code areas layer</source>
        <translation>La capa de zonas de código postal</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="355"/>
        <source>The accounts layer</source>
        <translation>La capa de cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="446"/>
        <source>Unit level</source>
        <translation>Nivel de unidad</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="453"/>
        <source>Without accounts, the zip code areas need a call hours field and a territory field (unit level), e.g. the totals written by &apos;Aggregate accounts by zip code&apos;.</source>
        <translation>Sin cuentas, las zonas de código postal necesitan un campo de horas de visita y un campo de territorio (nivel de unidad), p. ej. los totales escritos por 'Agregar cuentas por código postal'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="479"/>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="474"/>
        <source>{count} zip code areas have no territory; they are left out of the scorecard.</source>
        <translation>{count} zonas de código postal no tienen territorio; se dejan fuera del cuadro de puntuación.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="487"/>
        <source>No calls per year field: travel is not counted at unit level.</source>
        <translation>Sin campo de visitas por año: el desplazamiento no se cuenta a nivel de unidad.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="490"/>
        <source>No account count field: the accounts column counts zip code areas.</source>
        <translation>Sin campo de número de cuentas: la columna de cuentas cuenta zonas de código postal.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="533"/>
        <source>Rep home bases need their territory field: the territory each base serves.</source>
        <translation>Las bases de los comerciales necesitan su campo de territorio: el territorio que atiende cada base.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="536"/>
        <source>The bases layer</source>
        <translation>La capa de bases</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="545"/>
        <source>Each territory has one home base, but these have more: {names}.</source>
        <translation>Cada territorio tiene una base, pero estos tienen más: {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="547"/>
        <source>No home base names a territory: the bases&apos; territory field holds e.g. {bases}, the territories are e.g. {names}. Choose the field of the bases that holds the territory names.</source>
        <translation>Ninguna base nombra un territorio: el campo de territorio de las bases contiene p. ej. {bases}, los territorios son p. ej. {names}. Elija el campo de las bases que contiene los nombres de los territorios.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="555"/>
        <source>Territory &apos;{name}&apos; has a home base but no accounts: it is scored with 0 hours.</source>
        <translation>El territorio '{name}' tiene una base pero no tiene cuentas: se evalúa con 0 horas.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="564"/>
        <source>No home base for {names}: travel measured from the territory&apos;s weighted centre.</source>
        <translation>Sin base para {names}: el desplazamiento se mide desde el centro ponderado del territorio.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="183"/>
        <source>No territory found: the territory field is empty everywhere. Check the territory field of the accounts or of the zip code areas.</source>
        <translation>No se encontró ningún territorio: el campo de territorio está vacío en todas partes. Revise el campo de territorio de las cuentas o de las zonas de código postal.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="366"/>
        <source>{count} point accounts without a usable code were placed by location.</source>
        <translation>{count} cuentas de tipo punto sin código utilizable se colocaron por ubicación.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="570"/>
        <source>No home bases given: travel is measured from each territory&apos;s centre, weighted by call hours.</source>
        <translation>No se indicaron bases: el desplazamiento se mide desde el centro de cada territorio, ponderado por las horas de visita.</translation>
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
        <translation>Evalúa cada territorio: las horas al año que su comercial necesita para las visitas que merecen las cuentas, las horas que pasa conduciendo hasta ellas y la parte de la capacidad del comercial que eso supone.

Horas de visita de una cuenta = visitas por año x minutos por visita / 60, según su segmento en el plan de visitas (filas de segmento, visitas por año, minutos por visita, p. ej. A,24,45,B,12,30,C,4,20; una fila con el segmento * sirve para todos los demás segmentos) o según campos de cada cuenta. Un segmento que falta en el plan es un error que lo nombra.
Territorio de una cuenta: el campo de territorio de la cuenta, o el territorio de su zona de código postal (códigos limpiados exactamente como en 'Agregar cuentas por código postal'; las cuentas de tipo punto sin código utilizable van a la zona que las contiene).
Desplazamiento, en rutas de un día: un comercial encadena 'visitas por día' visitas en una ruta de ida y vuelta desde la base, así que cada visita cuesta su parte del trayecto de ida y vuelta más un salto hasta la visita siguiente. Horas de desplazamiento = visitas por año x (2 x distancia(cuenta, base) / visitas por día + salto) x sinuosidad / velocidad media, donde salto = 0,7124 x raíz cuadrada(superficie / cuentas visitadas) del territorio (las zonas de código postal que contienen sus cuentas visitadas o, si no, su envolvente convexa). La cuenta se sitúa en su punto o, si no, en el centroide de su zona de código postal; la base es el domicilio del comercial (capa Bases) o, si no, el centro del territorio ponderado por las horas de visita. Distancias y superficies se miden sobre el elipsoide WGS84. Un territorio sin cuentas ubicadas tiene 0 horas de desplazamiento (lo indican el registro y la columna de marca).
Horas totales = horas de visita + horas de desplazamiento + carga administrativa (% de ambas). Utilización = horas totales / capacidad, en porcentaje; días de campo = visitas / visitas por día. Índice = horas totales / media de todos los territorios; desviación = (total - media) / media. La columna de marca nombra los territorios por encima de la capacidad, por encima de los días de campo de un año o imposibles para cualquier comercial.
Dimensionamiento: comerciales necesarios = horas totales / (capacidad x utilización objetivo), redondeado hacia arriba, con el desglose de esas horas por segmento (cuentas, visitas, horas) en su propia tabla.

Sin cuentas, 'Evaluar la carga de trabajo de zonas de código postal' da el mismo cuadro de puntuación a partir de zonas que llevan horas de visita (p. ej. los totales de 'Agregar cuentas por código postal').</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="164"/>
        <source>Home bases</source>
        <translation>Bases</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="242"/>
        <source>Travel 0 for {count} territories with calls but no located account: {names}. Flagged in the scorecard.</source>
        <translation>Desplazamiento 0 para {count} territorios con visitas pero sin ninguna cuenta ubicada: {names}. Marcados en el cuadro de puntuación.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="494"/>
        <source>No called accounts field: the day tours count {what} as their stops (a field summing the scored accounts&apos; &apos;called&apos; column counts only the accounts that get calls).</source>
        <translation>Sin campo de cuentas visitadas: las rutas de un día cuentan {what} como sus paradas (un campo que sume la columna 'called' de las cuentas evaluadas cuenta solo las cuentas que reciben visitas).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="494"/>
        <source>every account</source>
        <translation>cada cuenta</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="494"/>
        <source>one stop per zip code area</source>
        <translation>una parada por zona de código postal</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="574"/>
        <source>Travel as day tours of {c:g} calls, measured for {count} rows; {km:,.0f} km one way to them in all.</source>
        <translation>Desplazamiento en rutas de un día de {c:g} visitas, medido para {count} filas; {km:,.0f} km de ida hasta ellas en total.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="580"/>
        <source>{count} territories have called accounts outside every zip code area: their tour area is the convex hull of their accounts.</source>
        <translation>{count} territorios tienen cuentas visitadas fuera de toda zona de código postal: su zona de ruta es la envolvente convexa de sus cuentas.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload.py" line="375"/>
        <source>the call hours</source>
        <translation>las horas de visita</translation>
    </message>
</context>
<context>
    <name>ScoreWorkloadOfAreas</name>
    <message>
        <location filename="../territory_plugin/processing/score_workload_areas.py" line="19"/>
        <source>Score workload of zip code areas</source>
        <translation>Evaluar la carga de trabajo de zonas de código postal</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/score_workload_areas.py" line="22"/>
        <source>The workload scorecard without accounts: each zip code area carries its call hours (and, for travel, its calls per year and called accounts), e.g. the totals written by &apos;Aggregate accounts by zip code&apos; from the accounts scored by &apos;Score workload&apos;.

Each territory&apos;s call hours are the sum of its areas&apos;. Travel, as day tours from the rep&apos;s home (or the territory&apos;s centre): calls per year x (2 x distance(area centroid, base) / calls per day + hop) x circuity / speed, hop = 0.7124 x square root(area / called accounts) of the territory. Without a calls field there is no travel. Total hours, utilisation, field days, index, deviation, flags and the reps needed are those of &apos;Score workload&apos;.</source>
        <translation>El cuadro de puntuación de la carga de trabajo sin cuentas: cada zona de código postal lleva sus horas de visita (y, para el desplazamiento, sus visitas por año y sus cuentas visitadas), p. ej. los totales escritos por 'Agregar cuentas por código postal' a partir de las cuentas evaluadas por 'Evaluar la carga de trabajo'.

Las horas de visita de cada territorio son la suma de las de sus zonas. Desplazamiento, en rutas de un día desde el domicilio del comercial (o el centro del territorio): visitas por año x (2 x distancia(centroide de la zona, base) / visitas por día + salto) x sinuosidad / velocidad, salto = 0,7124 x raíz cuadrada(superficie / cuentas visitadas) del territorio. Sin campo de visitas no hay desplazamiento. Las horas totales, la utilización, los días de campo, el índice, la desviación, las marcas y los comerciales necesarios son los de 'Evaluar la carga de trabajo'.</translation>
    </message>
</context>
<context>
    <name>ShippedModel</name>
    <message>
        <location filename="../territory_plugin/processing/shipped_models.py" line="23"/>
        <source>Territories from a CRM export: design, score, report</source>
        <translation>Territorios a partir de una exportación del CRM: diseñar, evaluar, informar</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/shipped_models.py" line="46"/>
        <source>Workflows</source>
        <translation>Flujos de trabajo</translation>
    </message>
</context>
<context>
    <name>SnappingWords</name>
    <message>
        <location filename="../territory_plugin/layers.py" line="237"/>
        <source>overlap by up to {} m</source>
        <translation>se solapan hasta {} m</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="239"/>
        <source>leave gaps of up to {} m</source>
        <translation>dejan huecos de hasta {} m</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="242"/>
        <source>Neighbouring units {what} along {share:.0f}% of their shared borders.</source>
        <translation>Las unidades vecinas {what} a lo largo del {share:.0f}% de sus límites compartidos.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="242"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="246"/>
        <source>Neighbouring units meet without gaps or overlaps.</source>
        <translation>Las unidades vecinas se encuentran sin huecos ni solapes.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="249"/>
        <source>Snapping tolerance {} m used (chosen automatically).</source>
        <translation>Se usó una tolerancia de ajuste de {} m (elegida automáticamente).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="258"/>
        <source>The snapping tolerance of {used} m is smaller: those units do not count as neighbours. Set it to {recommended} m, or leave it empty to choose automatically.</source>
        <translation>La tolerancia de ajuste de {used} m es menor: esas unidades no cuentan como vecinas. Póngala en {recommended} m o déjela vacía para elegirla automáticamente.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="270"/>
        <source>Snapping tolerance {} m used.</source>
        <translation>Se usó una tolerancia de ajuste de {} m.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="272"/>
        <source>{} pairs of units overlap by more than the snapping tolerance; they count as neighbours.</source>
        <translation>{} pares de unidades se solapan más que la tolerancia de ajuste; cuentan como vecinas.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/layers.py" line="281"/>
        <source>{} units lie inside another unit that has no hole for them; each counts as a neighbour of the unit around it.</source>
        <translation>{} unidades están dentro de otra unidad que no tiene un hueco para ellas; cada una cuenta como vecina de la unidad que la rodea.</translation>
    </message>
</context>
<context>
    <name>StagedOutputs</name>
    <message>
        <location filename="../territory_plugin/processing/outputs.py" line="127"/>
        <source>&apos;{output}&apos; would be written to {file}, which &apos;{input}&apos; reads: the input would be replaced (a GeoPackage output replaces the whole file, every layer in it). Choose another file for &apos;{output}&apos;.</source>
        <translation>'{output}' se escribiría en {file}, que lee '{input}': la entrada se sustituiría (una salida GeoPackage sustituye todo el archivo, con todas sus capas). Elija otro archivo para '{output}'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/outputs.py" line="156"/>
        <source>The folder for &apos;{output}&apos; does not exist: {folder}. Create it or choose another.</source>
        <translation>La carpeta de '{output}' no existe: {folder}. Créela o elija otra.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/outputs.py" line="165"/>
        <source>&apos;{output}&apos; cannot be written in {folder} ({reason}). Choose a folder you can write to.</source>
        <translation>'{output}' no se puede escribir en {folder} ({reason}). Elija una carpeta en la que pueda escribir.</translation>
    </message>
</context>
<context>
    <name>TerritoryAlgorithm</name>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="292"/>
        <source>{what}: the layer has no field named &apos;{field}&apos;. Available fields: {names}.</source>
        <translation>{what}: la capa no tiene ningún campo llamado '{field}'. Campos disponibles: {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="54"/>
        <source>1 Prepare</source>
        <translation>1 Preparar</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="55"/>
        <source>2 Design</source>
        <translation>2 Diseñar</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="56"/>
        <source>3 Review</source>
        <translation>3 Revisar</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="132"/>
        <source>sales,territory,territories,balance,districting,zip,postal,crm,quota,workload</source>
        <translation>ventas,territorio,territorios,equilibrio,zonificación,código postal,postal,crm,cuota,carga de trabajo</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="193"/>
        <source>Reading {rows} rows of {table}...</source>
        <translation>Leyendo {rows} filas de {table}...</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="200"/>
        <source>{file} is not UTF-8: read as {encoding} (Excel&apos;s &apos;CSV&apos; on Windows). If accented letters look wrong, save the file as &apos;CSV UTF-8&apos; and run again.</source>
        <translation>{file} no está en UTF-8: se lee como {encoding} (el 'CSV' de Excel en Windows). Si las letras acentuadas se ven mal, guarde el archivo como 'CSV UTF-8' y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="207"/>
        <source>{file} repeats column names; they are read as: {names}. Choose fields by these names.</source>
        <translation>{file} repite nombres de columna; se leen como: {names}. Elija los campos por estos nombres.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="217"/>
        <source>The zip code areas layer has no features (or none selected). Choose the layer with the areas.</source>
        <translation>La capa de zonas de código postal no tiene objetos (o ninguno seleccionado). Elija la capa con las zonas.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="223"/>
        <source>The zip code areas have duplicate codes in &apos;{field}&apos;: {codes}. Each area needs its own code; dissolve the duplicates first.</source>
        <translation>Las zonas de código postal tienen códigos duplicados en '{field}': {codes}. Cada zona necesita su propio código; disuelva primero los duplicados.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="233"/>
        <source>None of the {count} zip code areas has a usable code in &apos;{field}&apos; (e.g. {examples}). Choose the field that holds the codes, or set the code format to &apos;As is (any country)&apos; for codes that are not US ZIP codes.</source>
        <translation>Ninguna de las {count} zonas de código postal tiene un código utilizable en '{field}' (p. ej. {examples}). Elija el campo que contiene los códigos, o ponga el formato de código en 'Tal cual (cualquier país)' para códigos que no son ZIP de EE. UU.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="252"/>
        <source>None of the {count} accounts matched a zip code area: the accounts&apos; field &apos;{zip_field}&apos; holds {account_samples}; the areas&apos; field &apos;{unit_field}&apos; holds {unit_samples}.</source>
        <translation>Ninguna de las {count} cuentas coincidió con una zona de código postal: el campo '{zip_field}' de las cuentas contiene {account_samples}; el campo '{unit_field}' de las zonas contiene {unit_samples}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="263"/>
        <source>accounts</source>
        <translation>cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="263"/>
        <source>areas</source>
        <translation>zonas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="267"/>
        <source>for the {what} probably &apos;{field}&apos; ({samples})</source>
        <translation>para las {what} probablemente '{field}' ({samples})</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="273"/>
        <source>Pick the fields that hold the same postal codes: {hints}.</source>
        <translation>Elija los campos que contienen los mismos códigos postales: {hints}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="277"/>
        <source>Pick the fields that hold the same postal codes; if they do, check the code format (US ZIP keeps five digits, As is keeps the codes as written).</source>
        <translation>Elija los campos que contienen los mismos códigos postales; si ya lo hacen, revise el formato de código (ZIP de EE. UU. conserva cinco dígitos, Tal cual conserva los códigos tal como están escritos).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="325"/>
        <source>Field &apos;{field}&apos; must hold numbers, but the row with {label_field} {row} has &apos;{value}&apos; ({count} such values in all). Fix those values or leave them blank.</source>
        <translation>El campo '{field}' debe contener números, pero la fila con {label_field} {row} tiene '{value}' ({count} valores así en total). Corrija esos valores o déjelos vacíos.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="349"/>
        <source>Field &apos;{field}&apos; cannot be negative, but the row with {label_field} {row} has {value:g} ({count} such values in all). Fix those values or leave them blank.</source>
        <translation>El campo '{field}' no puede ser negativo, pero la fila con {label_field} {row} tiene {value:g} ({count} valores así en total). Corrija esos valores o déjelos vacíos.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="391"/>
        <source>{what} has no coordinate reference system: set it (Layer Properties &gt; Source).</source>
        <translation>{what} no tiene sistema de referencia de coordenadas: asígnelo (Propiedades de la capa &gt; Fuente).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="419"/>
        <source>Code format</source>
        <translation>Formato del código</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="419"/>
        <source>US ZIP (5 digits)</source>
        <translation>ZIP de EE. UU. (5 dígitos)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="419"/>
        <source>As is (any country)</source>
        <translation>Tal cual (cualquier país)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="429"/>
        <source>Call plan</source>
        <translation>Plan de visitas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="429"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="429"/>
        <source>Calls per year</source>
        <translation>Visitas por año</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="429"/>
        <source>Minutes per call</source>
        <translation>Minutos por visita</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="444"/>
        <source>Call plan: {problem}. Write rows of segment, calls per year, minutes per call.</source>
        <translation>Plan de visitas: {problem}. Escriba filas de segmento, visitas por año, minutos por visita.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="457"/>
        <source>(blank)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="459"/>
        <source>Segments not in the call plan: {segments} (accounts: {counts}). The plan has {known}. Add rows for them, or a default row with segment * (e.g. *,4,20).</source>
        <translation>Segmentos que no están en el plan de visitas: {segments} (cuentas: {counts}). El plan tiene {known}. Añada filas para ellos, o una fila por defecto con el segmento * (p. ej. *,4,20).</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="459"/>
        <source>no segment rows</source>
        <translation>ninguna fila de segmento</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/base.py" line="185"/>
        <source>Reading {table} ({size} MB)...</source>
        <translation>Leyendo {table} ({size} MB)...</translation>
    </message>
</context>
<context>
    <name>TerritoryPlugin</name>
    <message>
        <location filename="../territory_plugin/plugin.py" line="65"/>
        <source>Territories: reassign by hand</source>
        <translation>Territorios: reasignar a mano</translation>
    </message>
    <message>
        <location filename="../territory_plugin/plugin.py" line="124"/>
        <source>&amp;Territory Designer</source>
        <translation>&amp;Diseñador de territorios</translation>
    </message>
    <message>
        <location filename="../territory_plugin/plugin.py" line="95"/>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>TerritoryProvider</name>
    <message>
        <location filename="../territory_plugin/processing/provider.py" line="30"/>
        <source>Territory</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/provider.py" line="33"/>
        <source>Sales territory management</source>
        <translation>Gestión de territorios de venta</translation>
    </message>
</context>
<context>
    <name>TerritoryReport</name>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="209"/>
        <source>Territory report</source>
        <translation>Informe de territorios</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="78"/>
        <source>Units with territories (polygons)</source>
        <translation>Unidades con territorios (polígonos)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="189"/>
        <source>Territory field</source>
        <translation>Campo de territorio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="91"/>
        <source>Scorecard (from Score workload)</source>
        <translation>Cuadro de puntuación (de Evaluar la carga de trabajo)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="96"/>
        <source>Existing territory field (to show what changed)</source>
        <translation>Campo de territorio existente (para mostrar lo que cambió)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="104"/>
        <source>Measures whose moved share to report (e.g. accounts, potential)</source>
        <translation>Medidas cuya parte movida se informa (p. ej. cuentas, potencial)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="114"/>
        <source>Quotas (from Allocate quotas)</source>
        <translation>Cuotas (de Asignar cuotas)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="122"/>
        <source>Rep home bases (points)</source>
        <translation>Bases de los comerciales (puntos)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="146"/>
        <source>Tolerance band around the mean (%)</source>
        <translation>Banda de tolerancia alrededor de la media (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="156"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="159"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="159"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="194"/>
        <source>Existing territory field</source>
        <translation>Campo de territorio existente</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="219"/>
        <source>The scorecard lacks the columns {columns}: use the Scorecard output of &apos;Score workload&apos;.</source>
        <translation>Al cuadro de puntuación le faltan las columnas {columns}: use la salida Cuadro de puntuación de 'Evaluar la carga de trabajo'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="273"/>
        <source>Scorecard</source>
        <translation>Cuadro de puntuación</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="229"/>
        <source>The quotas table lacks a territory or quota column: use the output of &apos;Allocate quotas&apos;.</source>
        <translation>A la tabla de cuotas le falta una columna de territorio o de cuota: use la salida de 'Asignar cuotas'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="284"/>
        <source>Quotas</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="255"/>
        <source>Rendering the map of {k} territories...</source>
        <translation>Representando el mapa de {k} territorios...</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="270"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="270"/>
        <source>Map of the territories</source>
        <translation>Mapa de los territorios</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="271"/>
        <source>Workload per territory</source>
        <translation>Carga de trabajo por territorio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="272"/>
        <source>Utilisation per territory</source>
        <translation>Utilización por territorio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="287"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="290"/>
        <source>Territories of the scorecard with no unit on the map: {names}.</source>
        <translation>Territorios del cuadro de puntuación sin ninguna unidad en el mapa: {names}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="295"/>
        <source>Definitions</source>
        <translation>Definiciones</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="296"/>
        <source>{k} territories · written {when}</source>
        <translation>{k} territorios · escrito el {when}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="303"/>
        <source>Report written to {path}</source>
        <translation>Informe escrito en {path}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="197"/>
        <source>Measures to report</source>
        <translation>Medidas a informar</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="262"/>
        <source>Map: {error}</source>
        <translation>Mapa: {error}</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="60"/>
        <source>Writes one self-contained HTML file to open in a browser or send by mail: a map of the territories rendered from the layer, the scorecard of &apos;Score workload&apos; as a sortable table, bar charts of workload and utilisation per territory with the tolerance band around the mean, the balance summary (largest deviation, coefficient of variation) and, when the existing territory field is given, what changed: units, and the share of each chosen measure, that move to another territory.

It opens with the plan in a few lines: the reps the workload needs at the target utilisation (from the scorecard&apos;s hours and capacity, or the workload build-up when given) against the territories you have, the range of utilisation and travel, and the quota growth. When the units layer came from &apos;Design territories&apos;, a balance section shows every measure the design balanced, with the design log&apos;s figure, beside the workload.

Optional: the quotas of &apos;Allocate quotas&apos;, the workload build-up of &apos;Score workload&apos;, and rep home bases drawn on the map.

Everything is inside the file (the map as an image, the charts as SVG, a few lines of JavaScript for sorting); nothing is fetched from the network.</source>
        <translation>Escribe un único archivo HTML autónomo para abrir en un navegador o enviar por correo: un mapa de los territorios representado a partir de la capa, el cuadro de puntuación de 'Evaluar la carga de trabajo' como una tabla ordenable, gráficos de barras de la carga de trabajo y de la utilización por territorio con la banda de tolerancia alrededor de la media, el resumen del equilibrio (mayor desviación, coeficiente de variación) y, cuando se indica el campo de territorio existente, lo que cambió: las unidades, y la parte de cada medida elegida, que pasan a otro territorio.

Empieza con el plan en pocas líneas: los comerciales que la carga de trabajo necesita a la utilización objetivo (a partir de las horas y la capacidad del cuadro de puntuación, o del desglose de la carga de trabajo si se indica) frente a los territorios que tiene, el rango de utilización y de desplazamiento, y el crecimiento de las cuotas. Cuando la capa de unidades viene de 'Diseñar territorios', una sección de equilibrio muestra cada medida que equilibró el diseño, con la cifra del registro del diseño, junto a la carga de trabajo.

Opcional: las cuotas de 'Asignar cuotas', el desglose de la carga de trabajo de 'Evaluar la carga de trabajo' y las bases de los comerciales dibujadas en el mapa.

Todo está dentro del archivo (el mapa como imagen, los gráficos como SVG, unas pocas líneas de JavaScript para ordenar); no se descarga nada de la red.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="130"/>
        <source>Workload build-up (from Score workload)</source>
        <translation>Desglose de la carga de trabajo (de Evaluar la carga de trabajo)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="138"/>
        <source>Target utilisation for the reps needed (% of capacity)</source>
        <translation>Utilización objetivo para los comerciales necesarios (% de la capacidad)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="203"/>
        <source>Target utilisation (TARGET_UTILISATION) must be more than 0%: the share of a rep&apos;s capacity to plan for, as in Score workload (typically 85 to 95). It is {value:g}.</source>
        <translation>La utilización objetivo (TARGET_UTILISATION) debe ser más del 0%: la parte de la capacidad de un comercial para la que se planifica, como en Evaluar la carga de trabajo (normalmente de 85 a 95). Es {value:g}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="237"/>
        <source>The build-up table lacks a line or hours column: use the Build-up output of &apos;Score workload&apos;.</source>
        <translation>A la tabla de desglose le falta una columna de línea o de horas: use la salida de desglose de 'Evaluar la carga de trabajo'.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="275"/>
        <source>Workload build-up</source>
        <translation>Desglose de la carga de trabajo</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/territory_report.py" line="282"/>
        <source>Balance of the design</source>
        <translation>Equilibrio del diseño</translation>
    </message>
</context>
<context>
    <name>TerritoryTableModel</name>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="66"/>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="69"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="77"/>
        <source>Pieces</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="121"/>
        <source>{} accounts kept here by an override</source>
        <translation>{} cuentas mantenidas aquí por una excepción</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="158"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="160"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="72"/>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="97"/>
        <source>call hours (&apos;{}&apos;; no calls field: no travel)</source>
        <translation>horas de visita ('{}'; sin campo de visitas: sin desplazamiento)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="73"/>
        <source>Hours a year: {}; utilisation of a {:,.0f} h year</source>
        <translation>Horas al año: {}; utilización de un año de {:,.0f} h</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="77"/>
        <source>Pieces the territory is in (1: contiguous)</source>
        <translation>Partes en las que está el territorio (1: contiguo)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="86"/>
        <source>dev.</source>
        <translation>desv.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="86"/>
        <source>Deviation of {} from the mean</source>
        <translation>Desviación de {} respecto a la media</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="130"/>
        <source>{:,.0f} h · {:.0f}%</source>
        <translation>{:,.0f} h · {:.0f}%</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="100"/>
        <source>call hours (&apos;{}&apos;) + day-tour travel from each territory&apos;s centre (no rep homes known)</source>
        <translation>horas de visita ('{}') + desplazamiento en rutas de un día desde el centro de cada territorio (domicilios de los comerciales desconocidos)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="104"/>
        <source>call hours (&apos;{}&apos;) + day-tour travel from the reps&apos; homes, as designed</source>
        <translation>horas de visita ('{}') + desplazamiento en rutas de un día desde los domicilios de los comerciales, como en el diseño</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="105"/>
        <source>call hours (&apos;{}&apos;) + day-tour travel from the reps&apos; homes, as designed; from their centre for the territories without one ({})</source>
        <translation>horas de visita ('{}') + desplazamiento en rutas de un día desde los domicilios de los comerciales, como en el diseño; desde su centro para los territorios sin domicilio ({})</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="135"/>
        <source>Travel from the rep&apos;s home</source>
        <translation>Desplazamiento desde el domicilio del comercial</translation>
    </message>
    <message>
        <location filename="../territory_plugin/gui/territory_table.py" line="136"/>
        <source>Travel from the territory&apos;s centre</source>
        <translation>Desplazamiento desde el centro del territorio</translation>
    </message>
</context>
<context>
    <name>WorkloadParameters</name>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="48"/>
        <source>Accounts (layer, table or CSV file)</source>
        <translation>Cuentas (capa, tabla o archivo CSV)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="53"/>
        <source>Calls: segment field of the accounts</source>
        <translation>Visitas: campo de segmento de las cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="58"/>
        <source>Calls: call plan by segment (a segment * serves all others)</source>
        <translation>Visitas: plan de visitas por segmento (un segmento * sirve para todos los demás)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="58"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="58"/>
        <source>Calls per year</source>
        <translation>Visitas por año</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="58"/>
        <source>Minutes per call</source>
        <translation>Minutos por visita</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="67"/>
        <source>Calls, instead of the plan: calls per year field</source>
        <translation>Visitas, en lugar del plan: campo de visitas por año</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="70"/>
        <source>Calls, instead of the plan: minutes per call field</source>
        <translation>Visitas, en lugar del plan: campo de minutos por visita</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="75"/>
        <source>Territory: the accounts&apos; territory field (or leave empty and give the zip code areas)</source>
        <translation>Territorio: el campo de territorio de las cuentas (o déjelo vacío e indique las zonas de código postal)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="82"/>
        <source>Zip code field of the accounts</source>
        <translation>Campo de código postal de las cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="85"/>
        <source>Account fields to total per territory</source>
        <translation>Campos de las cuentas a sumar por territorio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="88"/>
        <source>Zip code areas (polygons): the territory of each code, and where accounts without a point are</source>
        <translation>Zonas de código postal (polígonos): el territorio de cada código y dónde están las cuentas sin punto</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="98"/>
        <source>Zip code field of the areas</source>
        <translation>Campo de código postal de las zonas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="101"/>
        <source>Territory field of the areas</source>
        <translation>Campo de territorio de las zonas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="106"/>
        <source>Code format</source>
        <translation>Formato del código</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="106"/>
        <source>US ZIP (5 digits)</source>
        <translation>ZIP de EE. UU. (5 dígitos)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="106"/>
        <source>As is (any country)</source>
        <translation>Tal cual (cualquier país)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="114"/>
        <source>Place point accounts without a usable code in the area that contains them</source>
        <translation>Colocar las cuentas de tipo punto sin código utilizable en la zona que las contiene</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="124"/>
        <source>Zip code areas with call hours (e.g. the totals of &apos;Aggregate accounts by zip code&apos;)</source>
        <translation>Zonas de código postal con horas de visita (p. ej. los totales de 'Agregar cuentas por código postal')</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="131"/>
        <source>Territory field</source>
        <translation>Campo de territorio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="136"/>
        <source>Call hours field</source>
        <translation>Campo de horas de visita</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="146"/>
        <source>Travel: calls per year field</source>
        <translation>Desplazamiento: campo de visitas por año</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="155"/>
        <source>Travel: called accounts field (the tours&apos; stops)</source>
        <translation>Desplazamiento: campo de cuentas visitadas (las paradas de las rutas)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="163"/>
        <source>Account count field</source>
        <translation>Campo de número de cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="164"/>
        <source>Fields to total per territory</source>
        <translation>Campos a sumar por territorio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="170"/>
        <source>Travel: rep home bases (points; else each territory&apos;s centre)</source>
        <translation>Desplazamiento: bases de los comerciales (puntos; si no, el centro de cada territorio)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="178"/>
        <source>Travel: territory field of the bases</source>
        <translation>Desplazamiento: campo de territorio de las bases</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="187"/>
        <source>Travel: average speed (km/h)</source>
        <translation>Desplazamiento: velocidad media (km/h)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="192"/>
        <source>Travel: circuity, road distance / straight distance</source>
        <translation>Desplazamiento: sinuosidad, distancia por carretera / distancia en línea recta</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="198"/>
        <source>Travel: calls per field day (chained into one tour)</source>
        <translation>Desplazamiento: visitas por día de campo (encadenadas en una ruta)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="203"/>
        <source>Rep capacity (field hours a year)</source>
        <translation>Capacidad de un comercial (horas de campo al año)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="208"/>
        <source>Target utilisation for sizing (% of capacity)</source>
        <translation>Utilización objetivo para el dimensionamiento (% de la capacidad)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="213"/>
        <source>Admin overhead (% of call and travel hours)</source>
        <translation>Carga administrativa (% de las horas de visita y de desplazamiento)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="221"/>
        <source>Accounts with call and travel hours</source>
        <translation>Cuentas con horas de visita y de desplazamiento</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="230"/>
        <source>Scorecard</source>
        <translation>Cuadro de puntuación</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="233"/>
        <source>Workload build-up by segment</source>
        <translation>Desglose de la carga de trabajo por segmento</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="242"/>
        <source>Largest deviation of total hours (%)</source>
        <translation>Mayor desviación de las horas totales (%)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="243"/>
        <source>Reps needed at the target utilisation</source>
        <translation>Comerciales necesarios a la utilización objetivo</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="244"/>
        <source>Coefficient of variation of total hours</source>
        <translation>Coeficiente de variación de las horas totales</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="245"/>
        <source>Accounts in no territory</source>
        <translation>Cuentas sin territorio</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_parameters.py" line="246"/>
        <source>Accounts without a location</source>
        <translation>Cuentas sin ubicación</translation>
    </message>
</context>
<context>
    <name>WorkloadSizing</name>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="28"/>
        <source>Calls per field day (CALLS_PER_DAY) must be more than 0 and at most {most:g}: the calls a rep chains into one day&apos;s tour, typically 4 to 8. It is {value:g}.</source>
        <translation>Las visitas por día de campo (CALLS_PER_DAY) deben ser más de 0 y como mucho {most:g}: las visitas que un comercial encadena en la ruta de un día, normalmente de 4 a 8. Es {value:g}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="35"/>
        <source>Rep capacity (CAPACITY_HOURS) must be more than 0 and at most {most:,.0f} hours (a year): the field hours a rep works in a year, typically about 1,600. It is {value:g}.</source>
        <translation>La capacidad de un comercial (CAPACITY_HOURS) debe ser más de 0 y como mucho {most:,.0f} horas (al año): las horas de campo que trabaja un comercial en un año, normalmente unas 1.600. Es {value:g}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="42"/>
        <source>Target utilisation (TARGET_UTILISATION) must be more than 0%: the share of a rep&apos;s capacity to plan for, typically 85 to 95. It is {value:g}.</source>
        <translation>La utilización objetivo (TARGET_UTILISATION) debe ser más del 0%: la parte de la capacidad de un comercial para la que se planifica, normalmente de 85 a 95. Es {value:g}.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="56"/>
        <source>impossible for one rep: more than a year&apos;s hours or days</source>
        <translation>imposible para un comercial: más horas o días de los que tiene un año</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="58"/>
        <source>over capacity</source>
        <translation>por encima de la capacidad</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="60"/>
        <source>more field days than a year has</source>
        <translation>más días de campo de los que tiene un año</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="62"/>
        <source>no located account: travel 0</source>
        <translation>ninguna cuenta ubicada: desplazamiento 0</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="71"/>
        <source>Travel</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="72"/>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="73"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="76"/>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="76"/>
        <source>(blank)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="84"/>
        <source>Sizing: the plan needs {reps} reps at {target:g}% utilisation ({hours:,.0f} h / ({capacity:,.0f} h x {target:g}%) = {exact:.1f}); there are {k} territories.</source>
        <translation>Dimensionamiento: el plan necesita {reps} comerciales a una utilización del {target:g}% ({hours:,.0f} h / ({capacity:,.0f} h x {target:g}%) = {exact:.1f}); hay {k} territorios.</translation>
    </message>
    <message>
        <location filename="../territory_plugin/processing/workload_sizing.py" line="98"/>
        <source>On field days the calls need {reps} reps ({days:,.0f} days at the calls per day given): days, not hours, set the team size.</source>
        <translation>En días de campo, las visitas necesitan {reps} comerciales ({days:,.0f} días con las visitas por día indicadas): son los días, no las horas, los que fijan el tamaño del equipo.</translation>
    </message>
</context>
</TS>
