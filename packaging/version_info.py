"""The Windows version resource of the executables, generated from the package version, so
that Explorer's Properties ▸ Details shows the version that was built.

PyInstaller reads the resource from a text file holding a ``VSVersionInfo(...)`` expression;
its own classes need ``pefile`` (Windows only), so the text is written here directly and can
be checked on any system.
"""

from __future__ import annotations

import re

PRODUCT = "Content Planner"
# US English, Unicode: the language and code page of the strings below.
LANGUAGE, CODEPAGE = 0x0409, 1200


def four_numbers(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` → ``(0, 1, 0, 0)``, ``1.2rc1`` → ``(1, 2, 0, 0)``: Windows wants four."""
    release = re.match(r"\d+(?:\.\d+)*", version)
    if release is None:
        raise ValueError(f"not a version: {version!r}")
    numbers = [int(part) for part in release[0].split(".")][:4]
    padded = (*numbers, 0, 0, 0, 0)
    return (padded[0], padded[1], padded[2], padded[3])


def version_text(version: str, file_name: str, description: str) -> str:
    numbers = four_numbers(version)
    strings = {
        "CompanyName": PRODUCT,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": file_name.removesuffix(".exe"),
        "LegalCopyright": "MIT License",
        "OriginalFilename": file_name,
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}),
  kids=[
    StringFileInfo([
      StringTable('{LANGUAGE:04x}{CODEPAGE:04x}', [
          {table}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [{LANGUAGE}, {CODEPAGE}])])
  ]
)
"""
