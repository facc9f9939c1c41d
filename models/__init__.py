"""Trained vnecon pipelines, installed as the package data of `vnecon.models` (see models/README.md)."""
