"""The patches to openapi-python-client's templates (overrides/template_patches/) still fit the installed
upstream templates, and one that no longer fits stops generation with a clear message."""

from __future__ import annotations

import importlib
from pathlib import Path

import jinja2
import pytest

ROOT = Path(__file__).resolve().parent.parent
PATCHES = ROOT / "overrides" / "template_patches"
# The upstream templates the project changes by patches rather than by a copy (written out, not listed).
PATCHED = {
    "endpoint_macros.py.jinja",
    "endpoint_module.py.jinja",
    "model.py.jinja",
    "property_templates/datetime_property.py.jinja",
    "property_templates/enum_property.py.jinja",
    "property_templates/union_property.py.jinja",
    "pyproject_pdm.toml.jinja",
    "types.py.jinja",
}


@pytest.fixture
def templates(monkeypatch):
    """scripts/generation/templates.py, imported as scripts/generate.py imports it."""
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    return importlib.import_module("generation.templates")


def test_the_patched_templates_are_the_expected_ones_and_have_no_whole_copy(templates):
    found = {p.relative_to(PATCHES).as_posix().removesuffix(".toml") for p in PATCHES.rglob("*.toml")}
    assert found == PATCHED
    assert [name for name in PATCHED if (ROOT / "overrides" / "templates" / name).exists()] == []


@pytest.mark.parametrize("template", sorted(PATCHED))
def test_each_patch_finds_its_snippet_in_the_installed_upstream_template(templates, template):
    upstream = templates.upstream_template(template)
    patches = templates.load_patches(PATCHES / f"{template}.toml")
    assert patches
    for patch in patches:
        assert upstream.count(patch.find) == patch.count, patch.name
        assert patch.find != patch.replace, patch.name
        assert patch.why.strip(), patch.name


@pytest.mark.parametrize("template", sorted(PATCHED))
def test_each_patched_template_is_valid_jinja_and_differs_from_upstream(templates, template):
    text = templates.patched_templates()[template]
    jinja2.Environment(extensions=["jinja2.ext.loopcontrols"]).parse(text)
    assert text != templates.upstream_template(template)


def test_the_template_folder_holds_the_overrides_and_the_patched_templates(templates):
    with templates.template_folder() as folder:
        names = {p.relative_to(folder).as_posix() for p in folder.rglob("*.jinja")}
        for name in PATCHED:
            assert (folder / name).read_text(encoding="utf-8") == templates.patched_templates()[name]
    assert PATCHED | {"client_macros.jinja"} <= names
    assert not folder.exists()


def test_a_patch_whose_snippet_is_gone_raises_a_clear_error(templates):
    gone = templates.Patch(name="gone", why="negative control", find="no such text\n", replace="")
    with pytest.raises(templates.TemplatePatchError) as raised:
        templates.apply_patches("model.py.jinja", templates.upstream_template("model.py.jinja"), [gone])
    message = str(raised.value)
    assert "template patch 'gone' no longer fits openapi-python-client's model.py.jinja" in message
    assert "occurs 0 time(s), not 1" in message
    assert "overrides/template_patches/model.py.jinja.toml" in message


def test_a_patch_whose_snippet_occurs_more_often_than_it_says_raises(templates):
    twice = templates.Patch(name="twice", why="negative control", find="{{ a }}", replace="{{ b }}")
    with pytest.raises(templates.TemplatePatchError, match=r"occurs 2 time\(s\), not 1"):
        templates.apply_patches("x.jinja", "{{ a }} {{ a }}", [twice])
    both = templates.Patch(name="twice", why="", find="{{ a }}", replace="{{ b }}", count=2)
    assert templates.apply_patches("x.jinja", "{{ a }} {{ a }}", [both]) == "{{ b }} {{ b }}"


def test_a_malformed_patch_file_raises(templates, tmp_path):
    broken = tmp_path / "model.py.jinja.toml"
    broken.write_text('[[patch]]\nname = "no find"\nwhy = ""\nreplace = ""\n', encoding="utf-8")
    with pytest.raises(templates.TemplatePatchError, match="not a list of"):
        templates.load_patches(broken)
    broken.write_text('[[patch]]\nname = "empty"\nwhy = ""\nfind = ""\nreplace = ""\n', encoding="utf-8")
    with pytest.raises(templates.TemplatePatchError, match="non-empty find"):
        templates.load_patches(broken)


def test_a_template_both_patched_and_copied_whole_raises(templates, tmp_path, monkeypatch):
    overrides = tmp_path / "overrides"
    (overrides / "templates").mkdir(parents=True)
    (overrides / "templates" / "model.py.jinja").write_text("a whole copy\n", encoding="utf-8")
    monkeypatch.setattr(templates, "OVERRIDES", overrides)
    with pytest.raises(templates.TemplatePatchError, match="both patched"), templates.template_folder():
        pass
