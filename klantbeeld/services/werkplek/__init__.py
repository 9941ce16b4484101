"""The workstation: settings, secrets, small state between runs, memory at end of contact."""
