"""Registrations: what an agent registers, the journal, delivery exactly once, the work queue."""
