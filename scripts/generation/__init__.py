"""How scripts/generate.py turns specs/ into generated/, one module per concern.

`run` runs openapi-python-client on one spec (configured by `config`, with the templates `templates`
patches), `sdk` and `sdk_resources` add the project's SDK layer on top, `bundle` writes the
self-contained specs, `swap` puts a new tree in place atomically and survives interrupts, `drift`
diffs a fresh generation against the committed one (`--check`).

It is imported as the top-level package `generation`: `python scripts/generate.py` puts scripts/ first
on the module path, as a script run does.
"""

__all__: list[str] = []
