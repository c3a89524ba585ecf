"""Painting (QtGui only): cards, frames, lines and legends, shared by canvas and exports."""
