"""The one place that knows which QGIS version runs: API differences between 3.22 and 3.44.

Everything else imports the names below instead of testing versions itself.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsPalLayerSettings

# Label placement "over the point": Qgis.LabelPlacement from 3.26 on; before that an enum of
# QgsPalLayerSettings, which 3.40 rejects where a Qgis.LabelPlacement is expected.
if hasattr(Qgis, "LabelPlacement"):
    LABEL_OVER_POINT = Qgis.LabelPlacement.OverPoint
else:  # QGIS < 3.26
    LABEL_OVER_POINT = QgsPalLayerSettings.Placement.OverPoint
