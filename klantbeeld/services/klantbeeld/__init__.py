"""The klantbeeld: the typed search, who the caller is, the composer and one timeline."""
