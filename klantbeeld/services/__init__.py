"""Services: API clients, models and the klantbeeld composer; never imports Qt."""
