"""territory:scoreworkloadareas — the scorecard from zip code areas that carry call hours (no accounts).

The unit level of territory:scoreworkload, as its own algorithm so that its dialog asks only for
what it needs, marked required: the areas, their territory and their call hours. Same numbers,
same outputs (the scorecard equals the account-level one when the areas hold the accounts'
summed call hours, calls and called accounts).
"""

from __future__ import annotations

from territory_plugin.processing.score_workload import ScoreWorkload


class ScoreWorkloadOfAreas(ScoreWorkload):
    def name(self) -> str:
        return "scoreworkloadareas"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Score workload of zip code areas")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.tr(
            "The workload scorecard without accounts: each zip code area carries its call hours (and, for travel, "
            "its calls per year and called accounts), e.g. the totals written by 'Aggregate accounts by zip code' "
            "from the accounts scored by 'Score workload'.\n\n"
            "Each territory's call hours are the sum of its areas'. Travel, as day tours from the rep's home (or "
            "the territory's centre): calls per year x (2 x distance(area centroid, base) / calls per day + hop) "
            "x circuity / speed, hop = 0.7124 x square root(area / called accounts) of the territory. Without a "
            "calls field there is no travel. Total hours, utilisation, field days, index, deviation, flags and "
            "the reps needed are those of 'Score workload'.",
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add_area_parameters()
        self.add_travel_parameters()
        self.add_workload_outputs(accounts=False)
