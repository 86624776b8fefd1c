"""The subject's staff reference masked in free text, and put back exactly where it was hidden."""

import pytest

from cases.templatetags.staff_reference import MASK, hide, unhide

REFERENCE = "SR-87689"
ACCOUNT = (
    "Sr 87689 later said sr/87689 was tired. Ref 87689 and SR‑87689 (a non-breaking hyphen) "
    "and SR_87689. PC SR 8 7 6 8 9 wrote it up; SR-876890 is someone else."
)


def test_every_way_of_writing_it_is_masked_and_nothing_else():
    masked = hide(ACCOUNT, REFERENCE)

    assert masked.count(MASK) == 6
    assert "87689" not in masked.replace("876890", "")
    assert "SR-876890 is someone else" in masked


def test_an_untouched_text_comes_back_exactly_as_it_was_written():
    assert unhide(hide(ACCOUNT, REFERENCE), REFERENCE, ACCOUNT) == ACCOUNT


def test_removing_or_retyping_one_mask_leaves_every_other_mention_as_it_was():
    edited = hide(ACCOUNT, REFERENCE).replace(f"Ref {MASK} and ", "")
    edited = edited.replace(f"{MASK} later", "[Staff Reference] later", 1)

    saved = unhide(edited, REFERENCE, ACCOUNT)

    assert saved == (
        "SR-87689 later said sr/87689 was tired. SR‑87689 (a non-breaking hyphen) "
        "and SR_87689. PC SR 8 7 6 8 9 wrote it up; SR-876890 is someone else."
    )


@pytest.mark.parametrize("reference", ["", None])
def test_nothing_is_hidden_from_people_who_may_see_it(reference):
    assert hide(ACCOUNT, reference) == ACCOUNT
    assert unhide(f"typed {MASK}", reference, ACCOUNT) == f"typed {MASK}"
