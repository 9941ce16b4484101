"""The contacthistorie for team leads: klantcontacten of a period, counted and exported."""
