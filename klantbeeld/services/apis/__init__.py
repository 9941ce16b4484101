"""Clients and models of the APIs: BRP, KVK, Zaken, Documenten, Catalogi, Klantinteracties."""
