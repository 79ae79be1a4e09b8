"""Territory plugin: sales territory management for QGIS."""


def classFactory(iface):  # noqa: N802 - name required by QGIS
    """Entry point QGIS calls; ``iface`` is None in qgis_process."""
    from territory_plugin.plugin import TerritoryPlugin

    return TerritoryPlugin(iface)
