"""Forms for the questionnaire, the decision and what follows it. They validate input only."""

import datetime as dt

from django import forms
from django.utils import timezone

from classification.engine import Answer, AnswerError, Choice, Need, SystemFactor, check_answer
from classification.models import ReasonCode

from .choices import ActionKind, HarmSeverity
from .forms import too_long

ANSWER_CHOICES = [(str(choice), choice.label) for choice in Choice]


class AnswerForm(forms.Form):
    """One question's answer: Yes / No / Not established, and the text that answer needs.

    The hint says, for this question, which answers need written evidence, which a short
    rationale and which nothing; the engine's message says why when it is missing.
    """

    answer = forms.ChoiceField(
        choices=ANSWER_CHOICES,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose Yes, No or Not established",
            "invalid_choice": "Choose Yes, No or Not established",
        },
    )
    text = forms.CharField(
        label="Evidence or rationale",
        required=False,
        max_length=4000,
        error_messages={"max_length": too_long("The evidence or rationale")},
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def __init__(self, *args, question, **kwargs):
        super().__init__(*args, **kwargs)
        self.question = question
        self.fields["text"].help_text = needs_hint(question)

    def clean(self):
        cleaned = super().clean()
        choice = cleaned.get("answer")
        text = (cleaned.get("text") or "").strip()
        cleaned["text"] = text
        if choice:
            try:
                check_answer(self.question, Answer(Choice(choice), text))
            except AnswerError as error:
                self.add_error("text", error.message[0].upper() + error.message[1:])
        return cleaned

    @classmethod
    def initial_for(cls, given: dict | None) -> dict:
        return {"answer": given["answer"], "text": given.get("text", "")} if given else {}


def needs_hint(question) -> str:
    """What each answer to this question must carry, in one sentence."""
    parts = []
    for need, wording in ((Need.EVIDENCE, "written evidence (what shows it)"),
                          (Need.RATIONALE, "a short rationale (why you judge so)")):  # fmt: skip
        choices = [c.label for c in Choice if question.need(c) is need]
        if choices:
            parts.append(f"{' or '.join(f'‘{c}’' for c in choices)} needs {wording}")
    if not parts:
        return "Optional: any notes that explain your answer."
    return "; ".join(parts) + ". Otherwise optional."  # each part starts ‘Yes’, ‘No’, …


class DecisionForm(forms.Form):
    """Accept the suggested reason, or choose another and say why."""

    primary = forms.ChoiceField(
        label="Reason for failure",
        choices=ReasonCode.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose the reason for failure",
            "invalid_choice": "Choose one of the five reasons for failure",
        },
    )
    rationale = forms.CharField(
        label="Rationale",
        required=False,
        max_length=4000,
        error_messages={"max_length": too_long("The rationale")},
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Required if you choose a reason other than the suggestion.",
    )
    contributing = forms.MultipleChoiceField(
        label="Contributing reasons (optional)",
        choices=ReasonCode.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Choose contributing reasons from the list"},
    )
    system_factors = forms.MultipleChoiceField(
        label="System factors",
        choices=[(str(factor), factor.label) for factor in SystemFactor],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Choose system factors from the list"},
    )

    def __init__(self, *args, suggested: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.suggested = suggested

    def clean(self):
        cleaned = super().clean()
        primary = cleaned.get("primary")
        overridden = primary and primary != self.suggested
        if overridden and "rationale" not in self.errors and not cleaned.get("rationale"):
            self.add_error(
                "rationale",
                f"You chose {ReasonCode(primary).label} rather than the suggested "
                f"{ReasonCode(self.suggested).label}: say why",
            )
        return cleaned


class SecondReviewForm(forms.Form):
    verdict = forms.ChoiceField(
        label="Do you concur with this decision?",
        choices=[("concur", "Yes, I concur"), ("send_back", "No, send it back")],
        widget=forms.RadioSelect,
        error_messages={
            "required": "Say whether you concur or send it back",
            "invalid_choice": "Say whether you concur or send it back",
        },
    )
    comment = forms.CharField(
        label="Comment",
        required=False,
        max_length=4000,
        error_messages={"max_length": too_long("The comment")},
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Required when you send it back.",
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("verdict") == "send_back" and not cleaned.get("comment", "").strip():
            self.add_error("comment", "Say why you are sending the decision back")
        return cleaned


class HarmForm(forms.Form):
    severity = forms.ChoiceField(
        label="How serious was the harm?",
        choices=HarmSeverity.choices,
        widget=forms.RadioSelect,
        help_text="Recorded after the classification, so that the outcome cannot colour it.",
        error_messages={
            "required": "Choose how serious the harm was",
            "invalid_choice": "Choose how serious the harm was",
        },
    )


class LearningActionForm(forms.Form):
    kind = forms.ChoiceField(
        label="Kind of action",
        choices=[("", "Choose a kind"), *ActionKind.choices],
        error_messages={
            "required": "Choose the kind of learning action",
            "invalid_choice": "Choose the kind of learning action",
        },
    )
    description = forms.CharField(
        label="What will be done",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={
            "required": "Describe what will be done",
            "max_length": too_long("What will be done"),
        },
    )
    owner = forms.CharField(
        label="Owner",
        max_length=100,
        help_text="A name or a role, for example ‘BCU training lead’.",
        error_messages={
            "required": "Say who owns the action",
            "max_length": too_long("The owner"),
        },
    )
    due_date = forms.DateField(
        label="Due date",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"required": "Enter a due date", "invalid": "Enter a real date"},
    )

    def clean_due_date(self):
        due = self.cleaned_data["due_date"]
        today = timezone.localdate()
        if due < today:
            raise forms.ValidationError("The due date must be today or in the future")
        if due > today + dt.timedelta(days=5 * 365 + 1):
            raise forms.ValidationError("The due date must be within five years")
        return due
