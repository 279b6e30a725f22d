import pytest

from accounts.personal_data import sources


def library_source():
    return next(source for source in sources() if source.name == "library")


@pytest.mark.django_db
def test_export_lists_the_documents_a_person_uploaded_and_erase_forgets_them(make_user, add_document):
    uploader, other = make_user(), make_user()
    mine = add_document("Ghid", uploaded_by=uploader)
    add_document("Altul", uploaded_by=other)
    assert [item["id"] for item in library_source().export(uploader)] == [mine.pk]
    library_source().erase(uploader)
    mine.refresh_from_db()
    assert mine.uploaded_by_user is None
    assert library_source().export(uploader) == []
    assert len(library_source().export(other)) == 1
