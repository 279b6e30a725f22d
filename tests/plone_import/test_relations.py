"""Related items are read from either export format, and count in an item's checksum, so a
changed list of related items is imported again."""

import json

from plone_import.index import ExportIndex
from plone_import.reader import open_export
from plone_import.report import Report
from plone_import.sample.generate import uid_for

from .conftest import COLLECTIVE_SAMPLE, ZIP_SAMPLE


def index_of(path):
    export = open_export(path)
    try:
        return ExportIndex(export, Report(source="test", export_format=export.format, dry_run=True)).build()
    finally:
        export.close()


def test_both_formats_give_the_same_related_items():
    collective, exportimport = index_of(COLLECTIVE_SAMPLE), index_of(ZIP_SAMPLE)
    news = uid_for("news-3-en")
    assert collective.related[news] == [uid_for("topic-residence-en")]
    assert exportimport.related == collective.related


def test_a_changed_relation_changes_the_items_checksum(sample_copy):
    news = uid_for("news-3-en")
    before = index_of(sample_copy).entries[news].checksum
    relations = sample_copy / "export_relations.json"
    kept = [relation for relation in json.loads(relations.read_text()) if relation["from_uuid"] != news]
    relations.write_text(json.dumps(kept))
    assert index_of(sample_copy).entries[news].checksum != before


def test_relations_to_items_outside_the_export_are_left_out(sample_copy):
    relations = sample_copy / "export_relations.json"
    data = json.loads(relations.read_text())
    news = uid_for("news-3-en")
    data.append({"from_uuid": news, "to_uuid": "0" * 32, "relationship": "relatedItems"})
    data.append({"from_uuid": news, "to_uuid": uid_for("news-4-en"), "relationship": "isReferencing"})
    relations.write_text(json.dumps(data))
    assert index_of(sample_copy).related[news] == [uid_for("topic-residence-en")]
