"""Controllers: per-feature objects that own the async work; widgets only show and forward."""
