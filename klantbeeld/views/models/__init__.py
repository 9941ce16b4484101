"""Qt item models for every list on screen."""
