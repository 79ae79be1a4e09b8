"""QGIS feature sources -> pandas columns, as fast as the source allows.

A plain CSV opened through OGR is read straight with pandas: OGR would give the
same text values, but iterating a million QgsFeatures from Python costs ~5 s
where pandas takes about one. Any other source (GeoPackage, memory layer, a
selection, a filtered layer, a CSV with typed columns) is read through the QGIS
feature API.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsGeometry,
    QgsProcessingFeatureSourceDefinition,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant


def python_value(value: object) -> object:
    """QGIS NULL (a falsy QVariant) becomes None so that pandas sees a missing value."""
    if isinstance(value, QVariant) and value.isNull():
        return None
    return value


def plain_csv_path(layer: QgsVectorLayer | None, parameter_value: object) -> str | None:
    """The CSV file behind ``layer`` when all of its rows are wanted as plain text, else None."""
    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None
    if isinstance(parameter_value, QgsProcessingFeatureSourceDefinition):
        if parameter_value.selectedFeaturesOnly or parameter_value.featureLimit != -1:
            return None
    if layer.geometryType() != QgsWkbTypes.NullGeometry:
        return None
    if any(field.type() != QVariant.String for field in layer.fields()):
        return None  # a .csvt or type detection gave typed columns: let OGR convert them
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path", "")
    if not path.lower().endswith(".csv") or not os.path.isfile(path) or parts.get("layerName"):
        return None
    return path


@dataclass
class AccountTable:
    """Rows of an account source: the wanted columns, and the way back to whole features."""

    frame: pd.DataFrame
    source: QgsFeatureSource
    feature_ids: list[int] | None  # None: ``frame`` holds every column of the CSV

    def records(self, rows: np.ndarray, with_geometry: bool) -> list[tuple[list, QgsGeometry | None]]:
        """(attributes, geometry) of the given rows, in row order; geometry None when not asked for."""
        if self.feature_ids is None:  # a plain CSV has no geometry
            values = self.frame[self.source.fields().names()].iloc[rows].to_numpy(dtype=object)
            return [([None if value == "" else value for value in row], None) for row in values.tolist()]
        wanted = [self.feature_ids[row] for row in rows]
        request = QgsFeatureRequest().setFilterFids(wanted)
        if not with_geometry:
            request.setFlags(QgsFeatureRequest.NoGeometry)
        by_id = {feature.id(): feature for feature in self.source.getFeatures(request)}
        return [(by_id[fid].attributes(), by_id[fid].geometry() if with_geometry else None) for fid in wanted]


def read_accounts(
    source: QgsFeatureSource,
    fields: Sequence[str],
    csv_path: str | None = None,
    feedback=None,
) -> AccountTable:
    """The named attribute columns of every feature, in feature order.

    With ``csv_path`` (see ``plain_csv_path``) the file is read with pandas,
    provided its header gives the same field names as OGR.
    """
    if csv_path is not None:
        try:
            frame = pd.read_csv(csv_path, dtype=str, na_filter=False, low_memory=False, encoding="utf-8-sig")
        except (ValueError, UnicodeDecodeError, pd.errors.ParserError):
            frame = None  # an unusual dialect: let OGR read it
        if frame is not None and list(frame.columns) == source.fields().names():
            return AccountTable(frame, source, None)

    names = source.fields().names()
    indices = [names.index(name) for name in dict.fromkeys(fields)]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(indices)
    columns: list[list] = [[] for _ in indices]
    ids: list[int] = []
    total = max(source.featureCount(), 1)
    for count, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and count % 50000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(40.0 * count / total)
        attributes = feature.attributes()
        for column, index in zip(columns, indices):
            column.append(python_value(attributes[index]))
        ids.append(feature.id())
    frame = pd.DataFrame({names[index]: column for index, column in zip(indices, columns)})
    return AccountTable(frame, source, ids)
