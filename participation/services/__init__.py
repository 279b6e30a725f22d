"""Domain operations of participation: one transaction each, permission checked, audited, with
notifications after commit. Pages, the API and the admin call these and nothing else to write."""
