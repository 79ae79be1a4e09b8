"""QGIS feature sources <-> pandas columns, as fast as the source allows.

Reading: a plain CSV opened through OGR is read straight with pandas: OGR would give
the same text values, but iterating a million QgsFeatures from Python costs ~5 s
where pandas takes about one. Any other source (GeoPackage, memory layer, a
selection, a filtered layer, a CSV with typed columns) is read through the QGIS
feature API.

Writing: tables (one row per territory) go to a Processing sink with
:func:`frame_fields` / :func:`write_frame`; accounts with new columns go back to a CSV
file byte for byte (:func:`write_csv_with_columns`) or to any sink
(:func:`write_features_with_columns`). A CSV we write gets a ``.csvt`` sidecar
(:func:`write_csvt`) so that QGIS (OGR) opens its numbers as numbers, not text.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFeatureSource,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingFeatureSourceDefinition,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from territory_plugin.compat import FieldType, is_null
from territory_plugin.core.csvfile import CsvError, CsvText, read_csv


def python_value(value: object) -> object:
    """QGIS NULL (a falsy QVariant) becomes None so that pandas sees a missing value."""
    if is_null(value):
        return None
    return value


def plain_csv_path(layer: QgsVectorLayer | None, parameter_value: object) -> str | None:
    """The CSV file behind ``layer`` when all of its rows are wanted as plain text, else None."""
    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None
    if isinstance(parameter_value, QgsProcessingFeatureSourceDefinition):
        if parameter_value.selectedFeaturesOnly or parameter_value.featureLimit != -1:
            return None
    if layer.geometryType() != QgsWkbTypes.GeometryType.NullGeometry:
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path", "")
    if not path.lower().endswith(".csv") or not os.path.isfile(path) or parts.get("layerName"):
        return None
    if any(field.type() != FieldType.STRING for field in layer.fields()) and not _plain_csvt(path):
        return None  # type detection or a .csvt with dates: let OGR convert them
    return path


def _plain_csvt(csv_path: str) -> bool:
    """Whether the CSV's .csvt sidecar types only text and numbers (the values read the same as text)."""
    try:
        with open(csvt_path(csv_path), encoding="utf-8") as handle:
            types = [t.strip().strip('"').split("(")[0] for t in handle.readline().split(",")]
    except OSError:
        return False
    return all(t in ("String", "Integer", "Integer64", "Real") for t in types)


def first_values(source: QgsFeatureSource, field: str, limit: int = 200) -> list:
    """The values of ``field`` in the first ``limit`` features: enough to show a user what a field holds."""
    index = source.fields().lookupField(field)
    if index < 0:
        return []
    request = QgsFeatureRequest().setLimit(limit).setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([index])
    return [python_value(feature.attributes()[index]) for feature in source.getFeatures(request)]


@dataclass
class AccountTable:
    """Rows of an account source: the wanted columns, and the way back to whole features."""

    frame: pd.DataFrame
    source: QgsFeatureSource
    feature_ids: list[int] | None  # None: ``frame`` holds every column of the CSV
    csv_path: str | None = None  # the CSV file ``frame`` was read from
    csv: CsvText | None = None  # how it was read (encoding, separator, renamed columns)

    def records(self, rows: np.ndarray, with_geometry: bool) -> list[tuple[list, QgsGeometry | None]]:
        """(attributes, geometry) of the given rows, in row order; geometry None when not asked for."""
        if self.feature_ids is None:  # a plain CSV has no geometry
            values = self.frame[self.source.fields().names()].iloc[rows].to_numpy(dtype=object)
            return [([None if value == "" else value for value in row], None) for row in values.tolist()]
        wanted = [self.feature_ids[row] for row in rows]
        request = QgsFeatureRequest().setFilterFids(wanted)
        if not with_geometry:
            request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        by_id = {feature.id(): feature for feature in self.source.getFeatures(request)}
        return [(by_id[fid].attributes(), by_id[fid].geometry() if with_geometry else None) for fid in wanted]


def read_accounts(
    source: QgsFeatureSource,
    fields: Sequence[str],
    csv_path: str | None = None,
    feedback=None,
) -> AccountTable:
    """The named attribute columns of every feature, in feature order.

    With ``csv_path`` (see ``plain_csv_path``) the file is read by ``core.csvfile``
    (its encoding detected), provided it gives the same columns as OGR; when only the
    names differ (OGR reads a Windows-1252 header as UTF-8) OGR's names are kept.
    A file this reader refuses (a row longer than the header) is left to OGR.
    """
    if csv_path is not None:
        try:
            text = read_csv(csv_path)
        except (CsvError, UnicodeDecodeError):
            text = None
        names = source.fields().names()
        if text is not None and len(text.frame.columns) == len(names):
            text.frame.columns = names
            return AccountTable(text.frame, source, None, csv_path, text)

    names = source.fields().names()
    indices = [names.index(name) for name in dict.fromkeys(fields)]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(indices)
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


# --- writing -------------------------------------------------------------------------------


def frame_fields(frame: pd.DataFrame) -> QgsFields:
    """Fields for a table: text columns as String, integer columns as Int, the rest Double."""
    fields = QgsFields()
    for column in frame.columns:
        dtype = frame[column].dtype
        if dtype == np.dtype(object):
            kind = FieldType.STRING
        elif np.issubdtype(dtype, np.integer):
            kind = FieldType.INT  # CSV files take Int64 fields as text
        else:
            kind = FieldType.DOUBLE
        fields.append(QgsField(column, kind))
    return fields


def write_frame(sink: QgsFeatureSink, frame: pd.DataFrame, fields: QgsFields) -> None:
    """Every row of ``frame`` as a feature without geometry; NaN becomes NULL."""
    convert = {FieldType.STRING: str, FieldType.INT: int, FieldType.DOUBLE: float}
    kinds = [convert[fields.at(i).type()] for i in range(fields.count())]
    out = QgsFeature(fields)
    for row in frame.itertuples(index=False):
        out.setAttributes(
            [None if value is None or (isinstance(value, float) and not np.isfinite(value)) else kind(value)
             for kind, value in zip(kinds, row)]
        )  # fmt: skip
        sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)


_CSVT_TYPES = {
    FieldType.STRING: "String",
    FieldType.INT: "Integer",
    FieldType.LONG: "Integer64",
    FieldType.DOUBLE: "Real",
    FieldType.BOOL: "Integer(Boolean)",
}  # other types (dates...) are written as text


def csvt_path(csv_path: str) -> str:
    """Where OGR looks for the column types of ``csv_path``: the same name ending in .csvt."""
    return os.path.splitext(csv_path)[0] + ".csvt"


def write_csvt(csv_path: str, fields: QgsFields) -> bool:
    """Write the .csvt sidecar of the CSV file ``csv_path`` (columns ``fields``, in order).

    Without one OGR reads every CSV column as text, so a spreadsheet user's numbers would
    sort as words in QGIS. Does nothing (False) unless ``csv_path`` is a plain .csv file.
    """
    if not plain_csv_file(csv_path):
        return False
    types = [_CSVT_TYPES.get(fields.at(i).type(), "String") for i in range(fields.count())]
    with open(csvt_path(csv_path), "w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(f'"{t}"' for t in types) + "\n")
    return True


def plain_csv_file(path: str) -> bool:
    """Whether an output path names a plain .csv file in an existing folder (no layer options)."""
    if not path or not path.lower().endswith(".csv") or "|" in path or ":" in os.path.basename(path):
        return False
    return os.path.isdir(os.path.dirname(path) or ".")


def write_csv_with_columns(
    table: AccountTable, kept: Sequence[str], added: pd.DataFrame, path: str, added_fields: QgsFields | None = None
) -> None:
    """The CSV rows of ``table`` (columns ``kept``) with ``added``'s columns, to the file ``path``.

    The .csvt sidecar types the kept columns as the source does and the added ones as
    ``added_fields`` says (default: from their dtypes, as :func:`frame_fields`).

    Building a QgsFeature per row costs ~30 s a million rows. The input's records are
    copied byte for byte with the new columns appended (~3 s), or, when its layout is
    unusual or it carries columns that are not kept (an earlier run's), rewritten by
    pandas (~12 s).
    """
    every = len(kept) == len(table.source.fields())
    as_is = table.csv is not None and table.csv.encoding in ("utf-8", "utf-8-sig") and table.csv.separator == ","
    if not (every and as_is and _append_columns(table.csv_path, path, added)):
        frame = table.frame[list(kept)].copy()
        for name in added.columns:
            frame[name] = added[name].to_numpy()
        frame.to_csv(path, index=False, encoding="utf-8")
    fields = QgsFields()
    source_fields = table.source.fields()
    for name in kept:
        fields.append(source_fields.at(source_fields.lookupField(name)))
    for field in added_fields if added_fields is not None else frame_fields(added):
        fields.append(field)
    write_csvt(path, fields)


def write_features_with_columns(
    sink: QgsFeatureSink,
    table: AccountTable,
    kept: Sequence[int],
    added: pd.DataFrame,
    fields: QgsFields,
    feedback=None,
    progress: tuple[float, float] = (0.0, 100.0),
) -> bool:
    """Every row of ``table`` (its attributes ``kept``, by index, and its geometry) with ``added``'s columns.

    NaN and None become NULL. Returns False when ``feedback`` was canceled.
    """
    extra = added.astype(object).where(added.notna(), None).to_numpy(dtype=object).tolist()
    n = len(extra)
    step = 50000
    start, span = progress[0], progress[1] - progress[0]
    if table.feature_ids is None:  # plain CSV: every column is in the frame already, as text
        names = [table.source.fields().at(i).name() for i in kept]
        values = table.frame[names]
        values = values.where(values != "", None).to_numpy(dtype=object).tolist()
        batch = []
        for row in range(n):
            feature = QgsFeature(fields)
            feature.setAttributes(values[row] + extra[row])
            batch.append(feature)
            if len(batch) == step:
                sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
                batch = []
                if feedback is not None:
                    feedback.setProgress(start + span * row / n)
                    if feedback.isCanceled():
                        return False
        sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
        return True

    where = {int(fid): row for row, fid in enumerate(table.feature_ids)}
    out = QgsFeature(fields)
    for count, feature in enumerate(table.source.getFeatures()):
        if feedback is not None and count % step == 0:
            feedback.setProgress(start + span * count / max(n, 1))
            if feedback.isCanceled():
                return False
        row = where.get(feature.id())
        if row is None:
            continue
        attributes = feature.attributes()
        out.setGeometry(feature.geometry())
        out.setAttributes([attributes[i] for i in kept] + extra[row])
        sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
    return True


def _csv_text(column: pd.Series) -> list[str]:
    """CSV cells of one column: floats in shortest round-trip form, NULL/NaN empty, text quoted when needed."""
    if np.issubdtype(column.dtype, np.floating):
        values = column.to_numpy(dtype=np.float64)
        cells = list(map(repr, values.tolist()))
        for row in np.flatnonzero(~np.isfinite(values)).tolist():
            cells[row] = ""
        return cells
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    texts = []
    for value in [*uniques.tolist(), None]:  # factorize gives -1 to missing values: the appended None
        text = "" if value is None else str(value)
        if any(c in text for c in ',"\r\n'):
            text = '"' + text.replace('"', '""') + '"'
        texts.append(text)
    return np.array(texts, dtype=object)[codes].tolist()


def _append_columns(source: str | None, path: str, added: pd.DataFrame) -> bool:
    """Copy the CSV ``source`` to ``path`` with ``added``'s columns appended to every record.

    Records end at line breaks outside quotes; a record with fewer fields than the header
    (Excel drops trailing empty ones) is padded so that the new columns line up. Returns
    False (writing nothing) when the file
    does not have exactly one header and one record per row of ``added`` (blank lines, a
    different reading), so that the caller can write it another way.
    """
    if not source:
        return False
    with open(source, "rb") as handle:
        data = handle.read()
    start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    raw = np.frombuffer(data, dtype=np.uint8)
    quotes = np.flatnonzero(raw == 34)
    breaks = np.flatnonzero(raw == 10)
    ends = breaks[np.searchsorted(quotes, breaks) % 2 == 0]
    if len(data) and (not len(ends) or ends[-1] != len(data) - 1):
        ends = np.append(ends, len(data))  # last record without a line break
    begins = np.concatenate([[start], ends[:-1] + 1])
    cut = ends.copy()
    cut[(cut > begins) & (raw[np.maximum(cut - 1, 0)] == 13)] -= 1  # CRLF
    if len(begins) != len(added) + 1 or np.any(cut <= begins):
        return False
    commas = np.flatnonzero(raw == 44)
    commas = commas[np.searchsorted(quotes, commas) % 2 == 0]
    fields = np.searchsorted(commas, cut) - np.searchsorted(commas, begins)
    padding = ["," * int(n) for n in (fields[0] - fields[1:]).clip(0).tolist()]
    columns = [_csv_text(added[name]) for name in added.columns]
    step = 200_000
    with open(path, "wb") as handle:
        handle.write(data[begins[0] : cut[0]] + ("," + ",".join(added.columns) + "\n").encode("utf-8"))
        for first in range(0, len(added), step):
            last = min(first + step, len(added))
            tails = [
                (pad + "," + ",".join(cells) + "\n").encode("utf-8")
                for pad, cells in zip(padding[first:last], zip(*(c[first:last] for c in columns)))
            ]
            heads = [
                data[b:c] for b, c in zip(begins[first + 1 : last + 1].tolist(), cut[first + 1 : last + 1].tolist())
            ]
            handle.write(b"".join(chain.from_iterable(zip(heads, tails))))
    return True
