"""Shared plumbing for the plugin's Processing algorithms."""

from __future__ import annotations

import codecs
import os
import tempfile
import time

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from territory_plugin.compat import parameter_as_fields, parameter_as_sink, with_field_defaults
from territory_plugin.core.aggregate import AggregationError, index_units, to_numbers
from territory_plugin.core.csvfile import ENCODING_NAMES, CsvError, read_csv
from territory_plugin.core.fieldguess import FieldKind, guess_field
from territory_plugin.core.workload import CallPlan, WorkloadError, parse_call_plan, plan_calls
from territory_plugin.processing.checks import InputChecks
from territory_plugin.processing.outputs import run_staged
from territory_plugin.tables import (
    AccountTable,
    first_values,
    frame_fields,
    plain_csv_path,
    python_value,
    read_accounts,
    write_csvt,
    write_frame,
)
from territory_plugin.workflow import DESIGN, EXTRA_TAGS, PREPARE, REVIEW, guide_url, step_of

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "icon.svg")
LARGE_TABLE_ROWS = 100_000  # reading more takes a second or more (1,000,000 accounts: about 5 s)
LARGE_CSV_BYTES = 12_000_000  # about as many rows of a CRM export (~120 bytes a row)
GUESSING_WRAPPER = "territory_plugin.processing.guessing_field.GuessingFieldWrapper"


def step_name(step: str) -> str:
    """The Toolbox group of a workflow step: numbered, so the groups list in the order of the work."""
    names = {
        PREPARE: QCoreApplication.translate("TerritoryAlgorithm", "1 Prepare"),
        DESIGN: QCoreApplication.translate("TerritoryAlgorithm", "2 Design"),
        REVIEW: QCoreApplication.translate("TerritoryAlgorithm", "3 Review"),
    }
    return names[step]


_UTF8_COPIES: dict[tuple, str] = {}


def utf8_copy(value) -> str | None:
    """A UTF-8 copy of the CSV file ``value`` when it is UTF-16 (OGR cannot read it right); else None.

    Made once per file version, in the Processing temporary folder.
    """
    if not isinstance(value, str) or not os.path.isfile(value):
        return None
    with open(value, "rb") as handle:
        if handle.read(2) not in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            return None
    stat = os.stat(value)
    key = (os.path.abspath(value), stat.st_size, stat.st_mtime_ns)
    if key not in _UTF8_COPIES or not os.path.isfile(_UTF8_COPIES[key]):
        try:
            text = read_csv(value)
        except (CsvError, UnicodeDecodeError):
            return None
        folder = tempfile.mkdtemp(dir=QgsProcessingUtils.tempFolder())
        copy = os.path.join(folder, os.path.basename(value))
        text.frame.to_csv(copy, index=False, encoding="utf-8")
        _UTF8_COPIES[key] = copy
    return _UTF8_COPIES[key]


class TerritoryAlgorithm(QgsProcessingAlgorithm):
    """Base class: translation, icon, group, and checks every algorithm needs.

    Every subclass's ``processAlgorithm`` runs with staged outputs (``outputs.run_staged``):
    written completely or not at all, never over an input.
    """

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is not None:

            def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
                return run_staged(process, self, parameters, context, feedback)

            processAlgorithm.__doc__ = process.__doc__
            cls.processAlgorithm = processAlgorithm

    def tr(self, text: str) -> str:
        """``text`` in the user's language, found under the class whose code says ``self.tr(text)``.

        pylupdate5 files a self.tr() string under the class it is written in, which for a method of this
        class or of a mixin is not the algorithm's class: the lookup walks the classes up from it."""
        for cls in type(self).__mro__:
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text:
                return translated
        return text

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def icon(self) -> QIcon:
        return QIcon(ICON)

    def group(self) -> str:
        return step_name(self.groupId())

    def groupId(self) -> str:  # noqa: N802 - QGIS API
        return step_of(self.name())

    def tags(self) -> list[str]:
        """What the Toolbox search finds the algorithm by, in English and in the user's language."""
        words = "sales,territory,territories,balance,districting,redistricting,zip,postal,crm,quota,workload"
        translated = self.tr("sales,territory,territories,balance,districting,zip,postal,crm,quota,workload")
        extra = EXTRA_TAGS.get(self.name(), ())
        return list(dict.fromkeys(word.strip() for word in [*words.split(","), *translated.split(","), *extra]))

    def helpUrl(self) -> str:  # noqa: N802 - QGIS API
        return guide_url(self.name())

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        """QGIS's checks, with UTF-16 CSV files (OGR cannot read them right) replaced by their UTF-8 copies,
        and a sentence naming the parameter and its range for a number out of range."""
        copies = {name: utf8_copy(value) for name, value in parameters.items()}
        checked = {name: copies[name] or value for name, value in parameters.items()}
        for definition in self.parameterDefinitions():
            if isinstance(definition, QgsProcessingParameterNumber):
                problem = InputChecks.number_problem(definition, checked.get(definition.name()))
                if problem:
                    return False, problem
        return super().checkParameterValues(with_field_defaults(self, checked), context)

    def source_or_raise(self, parameters, name: str, context):
        """The feature source of parameter ``name``; a UTF-16 CSV file is read from a UTF-8 copy.

        ``parameters`` is this run's own dict, so later reads of the parameter see the copy.
        """
        copy = utf8_copy(parameters.get(name))
        if copy:  # always: GDAL 3.13 opens UTF-16 itself but reads its bytes as garbled field names
            parameters[name] = copy
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def read_table(self, parameters, name: str, context, source, fields, feedback=None) -> AccountTable:
        """The columns ``fields`` of the table of parameter ``name`` (see ``tables.read_accounts``).

        A CSV file is read by ``core.csvfile``; the log says which encoding was assumed and
        which repeated column names were made unique.
        """
        layer = self.parameterAsVectorLayer(parameters, name, context)
        csv_path = plain_csv_path(layer, parameters.get(name))
        if feedback is not None:  # a large table takes seconds: say so before going quiet
            self._announce_large_table(source, csv_path, feedback)
        table = read_accounts(source, fields, csv_path, feedback)
        if table.csv is not None and feedback is not None:
            self._report_csv(table, feedback)
        return table

    def _announce_large_table(self, source, csv_path: str | None, feedback) -> None:
        # A CSV file's size, not its featureCount(): OGR counts a CSV's rows by reading it all,
        # which took a third of the aggregation of 200,000 accounts (0.32 of 1.0 s).
        if csv_path is not None:
            size = os.path.getsize(csv_path)
            if size >= LARGE_CSV_BYTES:
                feedback.pushInfo(
                    self.tr("Reading {table} ({size} MB)...").format(
                        table=source.sourceName(), size=f"{size / 1e6:,.0f}"
                    )
                )
            return
        rows = source.featureCount()
        if rows >= LARGE_TABLE_ROWS:
            feedback.pushInfo(
                self.tr("Reading {rows} rows of {table}...").format(rows=f"{rows:,}", table=source.sourceName())
            )

    def _report_csv(self, table: AccountTable, feedback) -> None:
        file = os.path.basename(table.csv_path)
        if table.csv.encoding_assumed:
            feedback.pushWarning(
                self.tr(
                    "{file} is not UTF-8: read as {encoding} (Excel's 'CSV' on Windows). If accented letters look "
                    "wrong, save the file as 'CSV UTF-8' and run again."
                ).format(file=file, encoding=ENCODING_NAMES[table.csv.encoding])
            )
        if table.csv.renamed:
            feedback.pushWarning(
                self.tr("{file} repeats column names; they are read as: {names}. Choose fields by these names.").format(
                    file=file, names=", ".join(f"'{old}' -> '{new}'" for old, new in table.csv.renamed)
                )
            )

    def index_units_or_raise(self, codes, zip_format, field: str):
        """The shared code index of the zip areas; no areas, no usable code or duplicate codes are errors."""

        if not len(codes):
            raise QgsProcessingException(
                self.tr("The zip code areas layer has no features (or none selected). Choose the layer with the areas.")
            )
        try:
            index = index_units(codes, zip_format)
        except AggregationError as error:
            raise QgsProcessingException(
                self.tr(
                    "The zip code areas have duplicate codes in '{field}': {codes}. Each area needs its own code; "
                    "dissolve the duplicates first.",
                ).format(field=field, codes=", ".join(error.details["codes"][:5]))
            ) from error
        if not len(index.lookup):
            examples = ", ".join(
                f"'{code}'" for code in list(dict.fromkeys(str(c) for c in codes if c is not None))[:3]
            )
            raise QgsProcessingException(
                self.tr(
                    "None of the {count} zip code areas has a usable code in '{field}' (e.g. {examples}). Choose the "
                    "field that holds the codes, or set the code format to 'As is (any country)' for codes that are "
                    "not US ZIP codes."
                ).format(count=len(codes), field=field, examples=examples or "-")
            )
        return index

    def require_matches(
        self, unit_of_account, accounts, zip_field: str, account_codes, units, unit_field: str, unit_codes
    ):
        """An error when accounts exist but none found its zip code area: the fields shown and the likely ones named.

        Run with the wrong fields, the work would "succeed" with every total zero.
        """
        if len(unit_of_account) == 0 or (np.asarray(unit_of_account) >= 0).any():
            return

        message = self.tr(
            "None of the {count} accounts matched a zip code area: the accounts' field '{zip_field}' holds "
            "{account_samples}; the areas' field '{unit_field}' holds {unit_samples}."
        ).format(
            count=f"{len(unit_of_account):,}",
            zip_field=zip_field,
            account_samples=InputChecks.quoted_samples(account_codes),
            unit_field=unit_field,
            unit_samples=InputChecks.quoted_samples(unit_codes),
        )
        hints = []
        for source, chosen, what in ((accounts, zip_field, self.tr("accounts")), (units, unit_field, self.tr("areas"))):
            fields = source.fields()
            likely = guess_field(fields.names(), FieldKind.ZIP)
            if likely and likely != chosen:
                hints.append(
                    self.tr("for the {what} probably '{field}' ({samples})").format(
                        what=what, field=likely, samples=InputChecks.quoted_samples(first_values(source, likely))
                    )
                )
        if hints:
            message += " " + self.tr("Pick the fields that hold the same postal codes: {hints}.").format(
                hints="; ".join(hints)
            )
        else:
            message += " " + self.tr(
                "Pick the fields that hold the same postal codes; if they do, check the code format (US ZIP keeps "
                "five digits, As is keeps the codes as written)."
            )
        raise QgsProcessingException(message)

    def warn_partial_match(self, feedback, *match, weights=None) -> None:
        """Warn when only a few accounts found their zip code area: ``match`` as InputChecks.partial_match_sentence."""
        text = InputChecks.partial_match_sentence(*match, weights=weights)
        if text:
            feedback.pushWarning(text)

    def require_field(self, source, field: str, what: str) -> str:
        """``field`` itself; a clear error naming the available fields if the layer lacks it."""
        if not field or source.fields().lookupField(field) < 0:
            raise QgsProcessingException(
                self.tr("{what}: the layer has no field named '{field}'. Available fields: {names}.").format(
                    what=what, field=field, names=", ".join(source.fields().names())
                )
            )
        return field

    def field_or_raise(self, source, parameters, name: str, context, what: str) -> str:
        """The field named by parameter ``name``; a clear error if the layer lacks it."""
        return self.require_field(source, self.parameterAsString(parameters, name, context), what)

    def optional_field_or_raise(self, source, parameters, name: str, context, what: str) -> str:
        """The field named by optional parameter ``name`` ("" when not set); a clear error if the layer lacks it."""
        if not self.parameterAsString(parameters, name, context):
            return ""
        return self.field_or_raise(source, parameters, name, context, what)

    def fields_or_raise(self, source, parameters, name: str, context, what: str) -> list[str]:
        """The fields named by a multiple-field parameter; a clear error for the first one missing."""
        fields = parameter_as_fields(self, parameters, name, context)
        for field in fields:
            self.require_field(source, field, what)
        return fields

    def numbers_or_raise(self, values, labels, field: str, label_field: str) -> np.ndarray:
        """A column as numbers (blanks count as 0); an error naming the first row that holds no number.

        ``labels`` name each row to the user (its ``label_field`` value, e.g. an account id).
        """
        try:
            return to_numbers(values, labels, field)
        except AggregationError as error:
            d = error.details
            raise QgsProcessingException(
                self.tr(
                    "Field '{field}' must hold numbers, but the row with {label_field} {row} has '{value}' ({count} "
                    "such values in all). Fix those values or leave them blank.",
                ).format(field=field, label_field=label_field, row=d["account"], value=d["value"], count=d["count"])
            ) from error

    def table_sink(self, parameters, name: str, context, fields, wkb_type=None, crs=None):
        """parameterAsSink for a table (default: no geometry); a CSV file quotes text only when it must.

        (GDAL's CSV default quotes the integer columns QGIS writes, "3", so a spreadsheet reads text.)
        """
        wkb_type = QgsWkbTypes.Type.NoGeometry if wkb_type is None else wkb_type
        crs = QgsCoordinateReferenceSystem() if crs is None else crs
        value = parameters.get(name)
        path = self.parameterAsOutputLayer(parameters, name, context) if value not in (None, "") else ""
        options = ["STRING_QUOTING=IF_NEEDED"] if path.lower().endswith(".csv") else []
        return parameter_as_sink(self, parameters, name, context, fields, wkb_type, crs, options)

    def amounts_or_raise(self, values, labels, field: str, label_field: str) -> np.ndarray:
        """Like ``numbers_or_raise``, for amounts that cannot be negative (calls, minutes): a negative one is named."""
        numbers = self.numbers_or_raise(values, labels, field, label_field)
        negative = np.flatnonzero(numbers < 0)
        if len(negative):
            raise QgsProcessingException(
                self.tr(
                    "Field '{field}' cannot be negative, but the row with {label_field} {row} has {value:g} ({count} "
                    "such values in all). Fix those values or leave them blank.",
                ).format(
                    field=field,
                    label_field=label_field,
                    row=labels[negative[0]],
                    value=numbers[negative[0]],
                    count=len(negative),
                )
            )
        return numbers

    def write_table(self, parameters, name: str, context, frame) -> str:
        """The table ``frame`` (one row per territory) to the sink of parameter ``name``; its destination id.

        A CSV file gets its .csvt sidecar, so that QGIS opens its numbers as numbers.
        """
        fields = frame_fields(frame)
        sink, dest_id = self.table_sink(parameters, name, context, fields)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        write_frame(sink, frame, fields)
        del sink  # closes the file
        write_csvt(dest_id, fields)
        return dest_id

    def check_far_points(self, what: str, names, lonlat, area, context, feedback=None) -> None:
        """Warn (or, without ``feedback``, refuse) when points lie a continent away from the layer ``area``.

        ``lonlat`` are WGS84 positions of the points called ``names`` (see ``InputChecks.far_points_sentence``).
        """
        text = InputChecks.far_points_sentence(what, names, lonlat, area, context)
        if text and feedback is None:
            raise QgsProcessingException(text)
        if text:
            feedback.pushWarning(text)

    def wgs84_or_raise(self, source, context, what: str) -> QgsCoordinateTransform:
        """The transform from ``source``'s CRS to WGS84 longitude/latitude; a clear error when it has no CRS."""
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(
                self.tr(
                    "{what} has no coordinate reference system: set it (Layer Properties > Source).",
                ).format(what=what)
            )
        return QgsCoordinateTransform(
            source.sourceCrs(), QgsCoordinateReferenceSystem("EPSG:4326"), context.transformContext()
        )

    def field_parameter(self, name: str, description: str, parent: str, optional: bool = True, kind: str = ""):
        """A field of the layer given by parameter ``parent``; optional unless said; see ``guessing`` for ``kind``."""
        parameter = QgsProcessingParameterField(name, description, parentLayerParameterName=parent, optional=optional)
        return self.guessing(parameter, kind) if kind else parameter

    @staticmethod
    def guessing(parameter: QgsProcessingParameterField, kind: FieldKind | str) -> QgsProcessingParameterField:
        """``parameter`` whose dialog picker preselects the field that most likely holds ``kind`` (core/fieldguess).

        The class is named, not imported: only a dialog loads it (qgis_process has no widgets).
        """
        parameter.setMetadata(
            {**parameter.metadata(), "widget_wrapper": {"class": GUESSING_WRAPPER, "kind": FieldKind(kind).value}}
        )
        return parameter

    def zip_format_parameter(self, name: str = "ZIP_FORMAT") -> QgsProcessingParameterEnum:
        """How postal codes are cleaned (core/postal.ZipFormat): 0 US ZIP, 1 as is."""

        return QgsProcessingParameterEnum(
            name,
            self.tr("Code format"),
            options=[self.tr("US ZIP (5 digits)"), self.tr("As is (any country)")],
            defaultValue=0,
        )

    # --- call plans (segment, calls per year, minutes per call) --------------------------------

    def call_plan_parameter(self, name: str = "CALL_PLAN") -> QgsProcessingParameterMatrix:
        return QgsProcessingParameterMatrix(
            name,
            self.tr("Call plan"),
            headers=[self.tr("Segment"), self.tr("Calls per year"), self.tr("Minutes per call")],
            optional=True,
        )

    def call_plan_or_raise(self, parameters, name: str, context) -> CallPlan | None:
        """The call plan typed in parameter ``name``, or None when it is empty."""
        values = [python_value(value) for value in self.parameterAsMatrix(parameters, name, context)]
        if not any(value is not None and str(value).strip() for value in values):
            return None
        try:
            return parse_call_plan(values)
        except WorkloadError as error:
            raise QgsProcessingException(
                self.tr(
                    "Call plan: {problem}. Write rows of segment, calls per year, minutes per call.",
                ).format(problem=str(error))
            ) from error

    def plan_calls_or_raise(self, segments, plan: CallPlan) -> tuple[np.ndarray, np.ndarray]:
        """Calls per year and minutes per call of each account; an error naming the segments the plan lacks."""

        try:
            return plan_calls(segments, plan)
        except WorkloadError as error:
            d = error.details
            shown = [self.tr("(blank)") if not s else s for s in d["segments"][:10]]
            counts = ", ".join(f"{s}: {d['counts'][raw]}" for s, raw in zip(shown, d["segments"][:10]))
            raise QgsProcessingException(
                self.tr(
                    "Segments not in the call plan: {segments} (accounts: {counts}). The plan has {known}. Add "
                    "rows for them, or a default row with segment * (e.g. *,4,20)."
                ).format(
                    segments=", ".join(shown),
                    counts=counts,
                    known=", ".join(d["known"]) or self.tr("no segment rows"),
                )
            ) from error


class Heartbeat:
    """Paces a long run's log: ``due()`` is true every ``interval`` seconds (a silent minute looks hung)."""

    def __init__(self, feedback, interval: float = 3.0, clock=time.monotonic) -> None:
        self.feedback, self.interval, self.clock = feedback, interval, clock
        self.started = self.last = clock()

    def due(self) -> bool:
        now = self.clock()
        if now - self.last < self.interval:
            return False
        self.last = now
        return True

    def seconds(self) -> int:
        """Seconds since the start, for the log."""
        return round(self.clock() - self.started)


class ScaledFeedback:
    """Maps a sub-task's 0-100 progress into [start, end] of the algorithm's bar."""

    def __init__(self, feedback, start: float, end: float) -> None:
        self._feedback, self._start, self._span = feedback, start, end - start

    def setProgress(self, value: float) -> None:  # noqa: N802 - QgsFeedback API
        self._feedback.setProgress(self._start + self._span * value / 100.0)

    def isCanceled(self) -> bool:  # noqa: N802 - QgsFeedback API
        return self._feedback.isCanceled()
