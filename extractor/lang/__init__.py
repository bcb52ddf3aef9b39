"""Language knowledge kept as data files, one folder per language."""
