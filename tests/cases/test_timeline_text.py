"""A change to a long text, as the timeline shows it."""

from cases.templatetags.timeline import WIDTH, around_change, shown_change

ACCOUNT = "At 21:15 the officer began a pursuit along the high street. " * 3


def test_a_change_at_the_end_of_a_long_text_is_what_shows():
    before, after = ACCOUNT, ACCOUNT + "Added by the second supervisor."

    shown_before, shown_after = around_change(before, after), around_change(after, before)

    assert shown_before != shown_after
    assert shown_after.endswith("Added by the second supervisor.")
    assert shown_before.startswith("…") and len(shown_before) <= WIDTH + 2


def test_a_short_text_is_shown_whole():
    assert around_change("Missed cell visit", "Missed cell visit, custody") == "Missed cell visit"


def test_a_change_at_the_start_shows_the_start():
    shown = around_change("The " + ACCOUNT, "A " + ACCOUNT)

    assert shown.startswith("The At 21:15") and shown.endswith("…")


def test_the_staff_reference_is_masked_before_the_text_is_cut():
    """Cut first, a reference split at the edge ("PC7770…") would escape the mask."""
    account = "x" * 100 + " PC777001 wrote it up."
    change = {"before": account, "after": account + " Later corrected."}

    before, after = shown_change(change, "PC777001")

    assert "PC777" not in before + after
    assert "[staff reference]" in after
