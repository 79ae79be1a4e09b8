"""Outputs written completely or not at all, and never over an input.

Every algorithm's file outputs are first written into a hidden sibling folder
(``.territory-XXXX`` next to the destination, so the final move is a rename on the same
disk) and moved into place only when the algorithm succeeds. A cancel or an error removes
the staging folder: the user finds neither a truncated GeoPackage nor a half-written CSV,
and a file the destination already held is untouched. A destination that is one of the
inputs (the same file, whatever layer of a GeoPackage) is refused before anything is
written: writing a GeoPackage replaces the whole file, every layer in it.

``TerritoryAlgorithm`` wraps every ``processAlgorithm`` in :func:`run_staged`.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
    QgsProperty,
    QgsProviderRegistry,
)
from qgis.PyQt.QtCore import QCoreApplication

DESTINATIONS = (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterVectorDestination,
)
LAYER_INPUTS = (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer, QgsProcessingParameterMapLayer)
STAGING_PREFIX = ".territory-"
# Destinations QGIS resolves itself (temporary, memory, databases): nothing of the user's to protect.
NOT_FILES = ("TEMPORARY_OUTPUT", "memory:", "postgres:", "postgis:", "spatialite:", "mssql:", "oracle:")


def _static(value):
    """The plain value behind an output definition or a static property (None for expressions)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.staticValue()  # nothing for an expression or a field: QGIS resolves those
    return value


def destination_file(value) -> str | None:
    """The file a destination parameter value names, or None when it names no file of the user's."""
    value = _static(value)
    if not isinstance(value, str) or not value.strip() or value.startswith(NOT_FILES):
        return None
    if value.startswith("ogr:"):  # a layer added to a GeoPackage: ogr:dbname='/x/y.gpkg' table="t"
        match = re.search(r"dbname='([^']+)'", value)
        return os.path.abspath(match.group(1)) if match else None
    return os.path.abspath(value.split("|")[0])


def _same_file(a: str, b: str) -> bool:
    if os.path.exists(a) and os.path.exists(b):
        return os.path.samefile(a, b)
    return os.path.realpath(a) == os.path.realpath(b)


def _input_files(algorithm, parameters, context) -> list[tuple[str, str]]:
    """(parameter description, file) for every input read from a file."""
    files = []
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        value = parameters.get(name)
        if value is None or isinstance(definition, DESTINATIONS):
            continue
        layers = []
        if isinstance(definition, LAYER_INPUTS):
            layers = [algorithm.parameterAsLayer(parameters, name, context)]
        elif isinstance(definition, QgsProcessingParameterMultipleLayers):
            layers = algorithm.parameterAsLayerList(parameters, name, context)
        elif isinstance(definition, QgsProcessingParameterFile):
            path = algorithm.parameterAsFile(parameters, name, context)
            if path:
                files.append((definition.description(), path))
        for layer in layers:
            if layer is None:
                continue
            path = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()).get("path")
            if path:
                files.append((definition.description(), path))
    return files


class StagedOutputs:
    """The file destinations of one run: checked, redirected to staging folders, then moved or dropped."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("StagedOutputs", text)

    def __init__(self, algorithm, parameters: dict, context: QgsProcessingContext) -> None:
        self.moves: list[tuple[str, str]] = []  # (staging folder, destination folder)
        # Layers to load when done, registered under their final path at commit: re-keying a
        # registration would delete its post-processor (QgsProcessingContext owns them).
        self.loads: dict[str, QgsProcessingContext.LayerDetails] = {}
        self.post_processors: dict = {}  # output name -> post-processor, set by the algorithm
        self.parameters = dict(parameters)
        outputs = []
        for definition in algorithm.parameterDefinitions():
            if isinstance(definition, DESTINATIONS):
                path = destination_file(parameters.get(definition.name()))
                if path:
                    outputs.append((definition, path))
        if not outputs:
            return
        inputs = _input_files(algorithm, parameters, context)
        for definition, path in outputs:
            for what, source in inputs:
                if _same_file(path, source):
                    raise QgsProcessingException(
                        StagedOutputs.tr(
                            "'{output}' would be written to {file}, which '{input}' reads: the input would be "
                            "replaced (a GeoPackage output replaces the whole file, every layer in it). Choose "
                            "another file for '{output}'."
                        ).format(output=definition.description(), file=path, input=what)
                    )
        for definition, path in outputs:
            value = parameters[definition.name()]
            if _static(value).startswith("ogr:"):
                continue  # a layer added to an existing file: QGIS writes that layer alone
            folder = self._staging_folder(definition, os.path.dirname(path))
            staged = os.path.join(folder, os.path.basename(path))
            if isinstance(value, QgsProcessingOutputLayerDefinition):
                if value.destinationProject is not None:
                    name = value.destinationName or definition.description()
                    details = QgsProcessingContext.LayerDetails(name, value.destinationProject, definition.name())
                    details.forceName = bool(value.destinationName)
                    self.loads[definition.name()] = details
                value = QgsProcessingOutputLayerDefinition(value)
                value.sink = QgsProperty.fromValue(staged)
                value.destinationProject = None
            else:
                value = staged
            self.parameters[definition.name()] = value

    def _staging_folder(self, definition, folder: str) -> str:
        if not os.path.isdir(folder):
            self.discard()
            raise QgsProcessingException(
                StagedOutputs.tr(
                    "The folder for '{output}' does not exist: {folder}. Create it or choose another."
                ).format(output=definition.description(), folder=folder)
            )
        try:
            staging = tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder)
        except OSError as error:
            self.discard()
            raise QgsProcessingException(
                StagedOutputs.tr(
                    "'{output}' cannot be written in {folder} ({reason}). Choose a folder you can write to."
                ).format(output=definition.description(), folder=folder, reason=error.strerror or error)
            ) from error
        self.moves.append((staging, folder))
        return staging

    def commit(self, results: dict, context: QgsProcessingContext) -> dict:
        """Move every staged file into place; results and layers to load name the final files."""
        renamed = {}
        for staging, folder in self.moves:
            for name in os.listdir(staging):
                os.replace(os.path.join(staging, name), os.path.join(folder, name))
            shutil.rmtree(staging, ignore_errors=True)
            renamed[staging] = folder

        def final(value):
            if isinstance(value, str):
                for staging, folder in renamed.items():
                    value = value.replace(staging, folder)
            return value

        results = {key: final(value) for key, value in results.items()}
        for name, details in self.loads.items():
            if isinstance(results.get(name), str):
                context.addLayerToLoadOnCompletion(results[name], details)
                if name in self.post_processors:
                    context.layerToLoadOnCompletionDetails(results[name]).setPostProcessor(self.post_processors[name])
        return results

    def style_on_load(self, context: QgsProcessingContext, name: str, destination: str, processor) -> None:
        """Have ``processor`` style output ``name`` (written to ``destination``) when it is loaded."""
        if name in self.loads:
            self.post_processors[name] = processor
        elif context.willLoadLayerOnCompletion(destination):
            context.layerToLoadOnCompletionDetails(destination).setPostProcessor(processor)

    def discard(self) -> None:
        """Remove every staging folder and what was written in it."""
        for staging, _ in self.moves:
            shutil.rmtree(staging, ignore_errors=True)
        self.moves = []


def run_staged(process, algorithm, parameters, context, feedback) -> dict:
    """``process`` (an algorithm's own processAlgorithm) with staged outputs, kept as ``algorithm.outputs``."""
    outputs = StagedOutputs(algorithm, parameters, context)
    algorithm.outputs = outputs
    try:
        results = process(algorithm, outputs.parameters, context, feedback)
    except BaseException:
        outputs.discard()
        raise
    if feedback is not None and feedback.isCanceled():
        outputs.discard()
        return {}
    return outputs.commit(results or {}, context)
