"""Date formats where Django's own do not read well in a sentence of this site (see each module)."""
