"""Qt views: windows, panels, dialogs, item models, theme and icons."""
