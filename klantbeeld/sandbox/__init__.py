"""The oefenomgeving: a spec-conformant stand-in for the APIs, for demo, training and tests."""
