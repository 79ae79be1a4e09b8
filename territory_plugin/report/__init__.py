"""The self-contained HTML territory report: inline SVG charts, a sortable table, an embedded map image.

Pure Python (no qgis import): the Processing algorithm renders the map, translates the
labels and hands both over.
"""
