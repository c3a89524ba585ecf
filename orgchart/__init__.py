"""orgchart: a desktop org-chart editor for teams, roles and reporting lines."""

__version__ = "0.1.0"
