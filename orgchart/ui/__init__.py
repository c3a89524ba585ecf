"""The desktop editor (PySide6 widgets). Everything above the Qt-free layers."""
