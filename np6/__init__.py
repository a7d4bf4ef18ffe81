"""np6: Python client for the NP6 CM REST API."""
