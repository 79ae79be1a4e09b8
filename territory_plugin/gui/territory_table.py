"""The dock's table of territories: one row per territory, deviation cells drawn as bars."""

from __future__ import annotations

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from territory_plugin.core.reassign import band
from territory_plugin.gui.controller import ReassignController

__all__ = ["TerritoryTableModel", "DeviationBarDelegate", "FittingTableView"]

BAND_COLOURS = ("#59a14f", "#edc948", "#e15759")  # inside the tolerance, within twice, beyond
DEVIATION_ROLE = Qt.ItemDataRole.UserRole + 1
# How wide a full bar is: a deviation of this many tolerances fills half the cell.
BAR_SCALE_TOLERANCES = 3.0
HEADER_CHARS = 10  # longer measure names are cut in the header (the tooltip has them whole)


class TerritoryTableModel(QAbstractTableModel):
    """One row per territory: units, each measure's total and deviation, workload (when the units carry one), pieces."""

    def __init__(self, controller: ReassignController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.tolerance = 0.05
        self.capacity_hours = 1600.0  # a rep's year, for the utilisation in the workload column
        self._rows = []
        self._columns: list[tuple[str, int]] = []
        self._hours = None  # (k,) workload hours of the rows, or None

    def refresh(self, changed: list[int] | None = None) -> None:
        """Reread the numbers; ``changed`` lists the rows that may differ (None: all, reset)."""
        rows = self.controller.rows()
        columns = [("units", -1)]
        for m in range(len(self.controller.measures)):
            columns += [("total", m), ("deviation", m)]
        self._hours = self.controller.workload_hours()
        if self._hours is not None:
            columns.append(("workload", -1))
        columns.append(("pieces", -1))
        if changed is None or len(rows) != len(self._rows) or columns != self._columns:
            self.beginResetModel()
            self._rows, self._columns = rows, columns
            self.endResetModel()
            return
        self._rows = rows
        # the mean can move (an account override from an unmatched zip), so every deviation may change
        self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(columns)))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._columns) + 1

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        """Short headers (the dock is narrow); the tooltip says it all."""
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        if section == 0:
            return self.tr("Territory")
        kind, m = self._columns[section - 1]
        if kind == "units":
            return self.tr("Units")
        if kind == "workload":
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Workload")
            return self.tr("Hours a year: {}; utilisation of a {:,.0f} h year").format(
                self._travel_said(), self.capacity_hours
            )
        if kind == "pieces":
            return (
                self.tr("Pieces")
                if role == Qt.ItemDataRole.DisplayRole
                else self.tr("Pieces the territory is in (1: contiguous)")
            )
        measure = self.controller.measures[m]
        if kind == "total":
            short = measure if len(measure) <= HEADER_CHARS else measure[: HEADER_CHARS - 1] + "…"
            return short if role == Qt.ItemDataRole.DisplayRole else measure
        return (
            self.tr("dev.")
            if role == Qt.ItemDataRole.DisplayRole
            else self.tr("Deviation of {} from the mean").format(measure)
        )

    def _travel_said(self) -> str:
        """What the workload column counts, and where travel is measured from (the design's homes, or centres)."""
        workload = self.controller.workload
        field = workload.fields["workload"]
        if not workload.with_travel:
            return self.tr("call hours ('{}'; no calls field: no travel)").format(field)
        homes = workload.from_home(self.controller.territories)
        if not homes.any():
            return self.tr(
                "call hours ('{}') + day-tour travel from each territory's centre (no rep homes known)"
            ).format(field)
        if homes.all():
            return self.tr("call hours ('{}') + day-tour travel from the reps' homes, as designed").format(field)
        return self.tr(
            "call hours ('{}') + day-tour travel from the reps' homes, as designed; from their centre for the "
            "territories without one ({})"
        ).format(field, int((~homes).sum()))

    def row(self, r: int):
        return self._rows[r]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.name
            if role == Qt.ItemDataRole.ToolTipRole and row.overrides_in:
                return self.tr("{} accounts kept here by an override").format(row.overrides_in)
            return None
        kind, m = self._columns[index.column() - 1]
        if kind == "units":
            return row.units if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) else None
        if kind == "workload":
            hours = float(self._hours[row.index]) if row.index < len(self._hours) else 0.0
            utilisation = hours / self.capacity_hours * 100.0 if self.capacity_hours > 0 else 0.0
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("{:,.0f} h · {:.0f}%").format(hours, utilisation)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole and self.controller.workload.with_travel:
                if self.controller.workload.from_home([row.name])[0]:
                    return self.tr("Travel from the rep's home")
                return self.tr("Travel from the territory's centre")
            if role == Qt.ItemDataRole.ForegroundRole and utilisation > 100.0:
                return QBrush(QColor(BAND_COLOURS[2]).darker(150))
            return hours if role == Qt.ItemDataRole.EditRole else None
        if kind == "total":
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{row.totals[m]:,.0f}" if abs(row.totals[m]) >= 100 else f"{row.totals[m]:,.2f}"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return float(row.totals[m]) if role == Qt.ItemDataRole.EditRole else None
        if kind == "deviation":
            value = float(row.deviation[m])
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{value:+.1%}"
            if role == DEVIATION_ROLE:
                return value
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(BAND_COLOURS[band(value, self.tolerance)]).darker(150))
            return value if role == Qt.ItemDataRole.EditRole else None
        # pieces
        if role == Qt.ItemDataRole.DisplayRole:
            if row.pieces < 0:
                return self.tr("?")
            if row.units == 0:
                return self.tr("empty")
            return f"{row.pieces}"
        if role == Qt.ItemDataRole.ForegroundRole and row.pieces > 1:
            return QBrush(QColor(BAND_COLOURS[2]))
        return row.pieces if role == Qt.ItemDataRole.EditRole else None


class DeviationBarDelegate(QStyledItemDelegate):
    """The deviation as text on the left and, on the right, a bar from the mean (a tick)
    to the value, coloured by the tolerance band; the bar is full at three tolerances."""

    TEXT_SHARE = 0.45
    BAR_WIDTH = 48  # pixels at least: enough to read the band colour and the side of the mean

    def __init__(self, model: TerritoryTableModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model

    def paint(self, painter, option, index) -> None:
        value = index.data(DEVIATION_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        cell = option.rect
        text_width = max(int(cell.width() * self.TEXT_SHARE), cell.width() - self.BAR_WIDTH - 8)
        text_option = QStyleOptionViewItem(option)
        text_option.rect = QRect(cell.left(), cell.top(), text_width, cell.height())
        text_option.displayAlignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if option.state & QStyle.StateFlag.State_Selected:  # paint the selection over the whole cell first
            painter.fillRect(cell, option.palette.highlight())
        super().paint(painter, text_option, index)
        area = QRectF(cell.left() + text_width + 4, cell.top() + 4, cell.width() - text_width - 8, cell.height() - 8)
        tolerance = max(self.model.tolerance, 1e-9)
        half = area.width() / 2.0
        width = max(-1.0, min(1.0, value / (BAR_SCALE_TOLERANCES * tolerance))) * half
        centre = area.left() + half
        painter.save()
        painter.fillRect(
            QRectF(centre + min(width, 0.0), area.top(), abs(width), area.height()),
            QColor(BAND_COLOURS[band(value, self.model.tolerance)]),
        )
        painter.setPen(QColor("#666666"))
        painter.drawLine(QPointF(centre, area.top() - 2), QPointF(centre, area.bottom() + 2))
        painter.restore()

    def sizeHint(self, option, index):  # noqa: N802 - Qt API
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + self.BAR_WIDTH + 8, hint.height())


class FittingTableView(QTableView):
    """A table that asks for the room its columns and (up to 20) rows need, so the dock opens showing them."""

    MAX_ROWS = 20

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        model = self.model()
        if model is None or model.rowCount() == 0:
            return hint
        frame = 2 * self.frameWidth()
        width = self.horizontalHeader().length() + self.verticalScrollBar().sizeHint().width() + frame
        rows = min(model.rowCount(), self.MAX_ROWS)
        height = self.horizontalHeader().height() + rows * self.verticalHeader().defaultSectionSize() + frame
        return QSize(max(hint.width(), width), max(hint.height(), height))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = self.sizeHint()
        return QSize(
            super().minimumSizeHint().width(), min(hint.height(), 12 * self.verticalHeader().defaultSectionSize())
        )
