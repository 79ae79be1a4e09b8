"""The plugin's widgets: the reassignment dock, its map tool and the GUI-free controller they share."""
