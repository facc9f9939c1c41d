"""Tests of vnecon.normalize."""
