"""Forms validate input and nothing else."""

import datetime as dt
import re

from django import forms
from django.utils import timezone

from .choices import Category, Origin, Presumed
from .clock import local_time_existed
from .models import Case, Unit
from .templatetags.staff_reference import hide, unhide

STAFF_REFERENCE = re.compile(r"^[A-Z0-9][A-Z0-9 /-]{2,19}$")
YES_NO = [("yes", "Yes"), ("no", "No")]
NULL_CHARACTER = "contains a null character, which cannot be stored: remove it"


def too_long(what: str) -> str:
    """A length message in the words of the others (Django's own says 'Ensure this value …')."""
    return f"{what} must be %(limit_value)d characters or fewer (it has %(show_value)d)"


class CaseFactsForm(forms.Form):
    """The facts of a case, as a supervisor logs them (and reviewers or supervisors edit them)."""

    title = forms.CharField(
        label="Short title",
        max_length=120,
        help_text="A few words that identify the case, for example ‘Missed cell visit, custody’.",
        error_messages={"required": "Enter a short title", "max_length": too_long("The title")},
    )
    occurred_date = forms.DateField(
        label="Date it happened",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"required": "Enter the date it happened", "invalid": "Enter a real date"},
    )
    occurred_time = forms.TimeField(
        label="Time it happened",
        help_text="Use the 24-hour clock, for example 14:30.",
        widget=forms.TimeInput(attrs={"type": "time"}),
        error_messages={"required": "Enter the time it happened", "invalid": "Enter a real time"},
    )
    unit = forms.ModelChoiceField(
        label="Unit",
        queryset=Unit.objects.none(),
        empty_label="Choose a unit",
        error_messages={
            "required": "Choose the unit where it happened",
            "invalid_choice": "Choose one of your units",
        },
    )
    category = forms.ChoiceField(
        label="Category",
        choices=Category.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a category", "invalid_choice": "Choose a category"},
    )
    summary = forms.CharField(
        label="What happened",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="The facts as known now. Describe what happened, not who is to blame.",
        error_messages={
            "required": "Describe what happened",
            "max_length": too_long("What happened"),
        },
    )
    origin = forms.ChoiceField(
        label="How did the matter arise?",
        choices=Origin.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose how the matter arose",
            "invalid_choice": "Choose how the matter arose",
        },
    )
    presumed_reason = forms.ChoiceField(
        label="What did the referral presume?",
        choices=Presumed.choices,
        initial=Presumed.NOT_STATED,
        widget=forms.RadioSelect,
        help_text="What the person referring it assumed the reason was, if they said.",
        error_messages={
            "required": "Choose what the referral presumed, or ‘Not stated’",
            "invalid_choice": "Choose what the referral presumed, or ‘Not stated’",
        },
    )
    subject_reference = forms.CharField(
        label="Subject officer’s staff reference",
        max_length=20,
        help_text="An identifier, not a name. Only reviewers and you will see it.",
        error_messages={"required": "Enter the subject officer’s staff reference"},
    )
    welfare_offered = forms.ChoiceField(
        label="Has welfare support been offered?",
        choices=YES_NO,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Say whether welfare support has been offered",
            "invalid_choice": "Say whether welfare support has been offered",
        },
    )
    welfare_note = forms.CharField(
        label="Welfare note (optional)",
        max_length=500,
        required=False,
        error_messages={"max_length": too_long("The welfare note")},
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    # Free text that may name the subject officer by their staff reference.
    MASKED = ("title", "summary", "welfare_note")

    def __init__(self, *args, units=None, hidden_reference: str = "", case=None, **kwargs):
        """`hidden_reference`: the case's subject staff reference, for someone who may not see it:
        not in the form, and masked in its free text (see `initial_for`); `case`, the case
        being edited, whose text the masks stand for."""
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units if units is not None else Unit.objects.all()
        self.hidden_reference = hidden_reference
        self.case = case
        if hidden_reference:
            del self.fields["subject_reference"]
        for field in self.fields.values():
            if isinstance(field, forms.CharField):
                message = f"{field.label.removesuffix(' (optional)')} {NULL_CHARACTER}"
                field.error_messages["null_characters_not_allowed"] = message

    def _unmasked(self, name: str) -> str:
        """The text with the masks put back as what they hid, still within the field's limit."""
        original = getattr(self.case, name, "") if self.case else ""
        text = unhide(self.cleaned_data[name], self.hidden_reference, original)
        limit = self.fields[name].max_length
        if len(text) > limit:
            raise forms.ValidationError(
                f"{self.fields[name].label.removesuffix(' (optional)')} must be {limit} "
                f"characters or fewer with the staff reference in place of "
                f"‘[staff reference]’ (it has {len(text)}): shorten it"
            )
        return text

    def clean_title(self) -> str:
        return self._unmasked("title")

    def clean_summary(self) -> str:
        return self._unmasked("summary")

    def clean_welfare_note(self) -> str:
        return self._unmasked("welfare_note")

    def clean_subject_reference(self) -> str:
        value = self.cleaned_data["subject_reference"].strip().upper()
        # Staff references always carry digits; a value without any is most likely a name.
        if not STAFF_REFERENCE.match(value) or not any(c.isdigit() for c in value):
            raise forms.ValidationError(
                "Enter a staff reference of 3 to 20 letters and numbers "
                "(such as PC 123456), not a name"
            )
        return value

    def clean(self):
        cleaned = super().clean()
        day, time = cleaned.get("occurred_date"), cleaned.get("occurred_time")
        if day and time:
            when = timezone.make_aware(dt.datetime.combine(day, time))
            if when > timezone.now():
                self.add_error("occurred_date", "The date and time it happened must be in the past")
            elif day.year < 2000:
                self.add_error("occurred_date", "Enter a date in 2000 or later")
            elif not local_time_existed(when):
                self.add_error(
                    "occurred_time",
                    f"There was no {time:%H:%M} on {day:%-d %B %Y}: the clocks went forward an "
                    "hour that night. Check the time",
                )
            else:
                cleaned["occurred_at"] = when
        return cleaned

    def facts(self) -> dict:
        """The cleaned values, named as the Case model names them."""
        data = {
            name: self.cleaned_data[name]
            for name in self.fields.keys() - {"occurred_date", "occurred_time", "welfare_offered"}
        }
        data["occurred_at"] = self.cleaned_data["occurred_at"]
        data["welfare_offered"] = self.cleaned_data["welfare_offered"] == "yes"
        return data

    @classmethod
    def data_with(cls, data, case: Case, fields, hidden_reference: str = "") -> dict:
        """Form data with these model fields' values replaced by the case's own."""
        data, current = data.copy(), cls.initial_for(case, hidden_reference)
        current["occurred_date"] = current["occurred_date"].isoformat()
        current["occurred_time"] = current["occurred_time"].strftime("%H:%M")
        names = {"occurred_at": ["occurred_date", "occurred_time"]}
        for field in fields:
            for name in names.get(field, [field]):
                data[name] = current[name]
        return data

    @classmethod
    def initial_for(cls, case: Case, hidden_reference: str = "") -> dict:
        local = timezone.localtime(case.occurred_at)
        return {
            "title": hide(case.title, hidden_reference),
            "occurred_date": local.date(),
            "occurred_time": local.time().replace(second=0, microsecond=0),
            "unit": case.unit_id,
            "category": case.category,
            "summary": hide(case.summary, hidden_reference),
            "origin": case.origin,
            "presumed_reason": case.presumed_reason,
            "subject_reference": case.subject_reference,
            "welfare_offered": "yes" if case.welfare_offered else "no",
            "welfare_note": hide(case.welfare_note, hidden_reference),
        }


class ActsForm:
    """The acts entered with a new case: one text box each, 'add another' and 'remove'."""

    MAX_ACTS = 20
    MAX_LENGTH = 2000

    def __init__(self, texts: list[str] | None = None):
        self.texts = texts if texts is not None else [""]
        self.errors: dict[int, str] = {}
        self.focus: int | None = None  # the box to put the cursor in after adding or removing

    @classmethod
    def from_post(cls, data) -> "ActsForm":
        return cls([text.strip() for text in data.getlist("act")][: cls.MAX_ACTS] or [""])

    def is_valid(self) -> bool:
        self.errors = {}
        for index, text in enumerate(self.texts):
            number = index + 1
            if not text:
                self.errors[index] = (
                    "Describe the act or omission to be assessed"
                    if len(self.texts) == 1
                    else f"Describe act {number}, or remove it"
                )
            elif "\x00" in text:
                self.errors[index] = f"Act {number} {NULL_CHARACTER}"
            elif len(text) > self.MAX_LENGTH:
                self.errors[index] = (
                    f"Act {number} must be {self.MAX_LENGTH} characters or fewer "
                    f"(it has {len(text)})"
                )
        return not self.errors

    @property
    def full(self) -> bool:
        return len(self.texts) >= self.MAX_ACTS

    def add(self) -> None:
        if not self.full:
            self.texts.append("")
        self.focus = len(self.texts) - 1

    def remove(self, index: int) -> None:
        if 0 <= index < len(self.texts) and len(self.texts) > 1:
            del self.texts[index]
        self.focus = min(max(index, 0), len(self.texts) - 1)

    def rows(self) -> list[tuple[int, str, str | None, bool]]:
        """(number, text, error, whether the cursor goes there) for each act box."""
        return [
            (i + 1, text, self.errors.get(i), i == self.focus) for i, text in enumerate(self.texts)
        ]


class CommentForm(forms.Form):
    text = forms.CharField(
        label="Add a comment to the timeline",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Enter a comment", "max_length": too_long("A comment")},
    )


class ActForm(forms.Form):
    description = forms.CharField(
        label="Describe the act or omission",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="One act at a time: each act is assessed on its own.",
        error_messages={
            "required": "Describe the act or omission",
            "max_length": too_long("The description"),
            "null_characters_not_allowed": f"The description {NULL_CHARACTER}",
        },
    )


class ReasonForm(forms.Form):
    """A short written reason, for closing or reopening."""

    reason = forms.CharField(
        label="Reason",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Enter a reason", "max_length": too_long("The reason")},
    )

    def __init__(self, *args, required: bool = True, **kwargs) -> None:
        """Required to reopen a case ("why?"); optional, as a note, to close one."""
        super().__init__(*args, **kwargs)
        self.fields["reason"].required = required
        self.fields["reason"].label = (
            "Why is the case being reopened?" if required else "Closing note (optional)"
        )
