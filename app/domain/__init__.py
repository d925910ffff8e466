"""Domain model and rules of Lotse. Nothing in this package imports Qt."""
