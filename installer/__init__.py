"""Building Lotse: generated Qt files, the frozen bundle, installers and their checks."""
