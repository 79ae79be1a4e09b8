# ruff: noqa: E501 - one translation per line reads best
"""Fill the French catalogue (i18n/territory_plugin_fr.ts) with the translations below.

Run after `make transup`; strings not listed stay unfinished (QGIS shows the English).
Keys are the English source strings exactly as they appear in tr() calls.
"""

import sys
import xml.etree.ElementTree as ET

FRENCH = {
    "Territory": "Territoires",
    "Sales territory management": "Gestion des secteurs de vente",
    "Territories": "Secteurs",
    "Aggregate accounts by zip code": "Agréger les comptes par code postal",
    "Accounts (layer, table or CSV file)": "Comptes (couche, table ou fichier CSV)",
    "Account zip code field": "Champ code postal des comptes",
    "Zip code areas (polygons)": "Zones de codes postaux (polygones)",
    "Area zip code field": "Champ code postal des zones",
    "Code format": "Format des codes",
    "US ZIP (5 digits)": "ZIP américain (5 chiffres)",
    "As is (any country)": "Tel quel (tout pays)",
    "Account fields to total per area": "Champs des comptes à totaliser par zone",
    "Place point accounts without a usable code by location": "Placer par leur position les comptes ponctuels sans code utilisable",
    "Zip areas with account totals": "Zones avec les totaux des comptes",
    "Unmatched accounts": "Comptes non rattachés",
    "Matched accounts": "Comptes rattachés",
    "Matched {matched} accounts; {unmatched} unmatched ({by_reason}).": "{matched} comptes rattachés ; {unmatched} non rattachés ({by_reason}).",
    "Design territories": "Concevoir des secteurs",
    "Units (polygons)": "Unités (polygones)",
    "Balance fields (the first is the main measure)": "Champs à équilibrer (le premier est la mesure principale)",
    "Tolerance: allowed deviation from the mean (%)": "Tolérance : écart admis à la moyenne (%)",
    "Number of territories": "Nombre de secteurs",
    "Seeds: rep home bases (points)": "Germes : domiciles des commerciaux (points)",
    "Territory name field of the seeds": "Champ du nom de secteur des germes",
    "Existing territory field (start from the current alignment)": "Champ du secteur actuel (partir du découpage existant)",
    "Lock field (units that keep their existing territory)": "Champ de verrouillage (unités qui gardent leur secteur)",
    "Neighbours": "Voisinage",
    "Rook: shared boundary": "Tour : frontière commune",
    "Queen: shared boundary or corner": "Reine : frontière ou coin commun",
    "Snapping tolerance for slivers and gaps (metres)": "Tolérance d'accrochage pour les interstices (mètres)",
    "Random seed (same seed, same plan)": "Graine aléatoire (même graine, même découpage)",
    "Territory field name": "Nom du champ secteur",
    "Return the best plan found when the tolerance cannot be met": "Rendre le meilleur découpage trouvé si la tolérance est inatteignable",
    "Units with territories": "Unités avec leur secteur",
    "Largest deviation from the mean (%)": "Plus grand écart à la moyenne (%)",
    "Cut edges": "Arêtes coupées",
    "Mean Polsby-Popper": "Polsby-Popper moyen",
    "Building the adjacency graph...": "Construction du graphe de voisinage...",
    "Assign reps to territories": "Affecter les commerciaux aux secteurs",
    "Export assignments for the CRM": "Exporter les affectations pour le CRM",
    "Estimate sales potential": "Estimer le potentiel de ventes",
    "Reps (points at their homes)": "Commerciaux (points à leur domicile)",
    "Rep assignment": "Affectation des commerciaux",
    "CRM import file": "Fichier d'import CRM",
    "Zip code areas with potential": "Zones de codes postaux avec leur potentiel",
}


def main(path: str = "i18n/territory_plugin_fr.ts") -> None:
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in FRENCH and translation is not None:
            translation.text = FRENCH[source]
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path}: {filled} messages translated")


if __name__ == "__main__":
    main(*sys.argv[1:])
