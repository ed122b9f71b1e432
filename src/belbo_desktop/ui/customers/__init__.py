"""Kunden: the customer list, the customer file (Kundenakte) and their models."""
