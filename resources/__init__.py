"""Icons, styles and translations, found the same way installed, editable or frozen."""
