"""Forms for the questionnaire, the decision and what follows it. They validate input only."""

from django import forms
from django.utils import timezone

from classification.engine import Answer, AnswerError, Choice, SystemFactor, check_answer
from classification.models import ReasonCode

from .choices import ActionKind, HarmSeverity

ANSWER_CHOICES = [(str(choice), choice.label) for choice in Choice]


class AnswerForm(forms.Form):
    """One question's answer: Yes / No / Not established, and the text that answer needs.

    Each answer has its own text box (revealed under its radio), labelled with what that answer
    needs: written evidence, a short rationale, or optional notes.
    """

    answer = forms.ChoiceField(
        choices=ANSWER_CHOICES,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose Yes, No or Not established",
            "invalid_choice": "Choose Yes, No or Not established",
        },
    )

    def __init__(self, *args, question, **kwargs):
        super().__init__(*args, **kwargs)
        self.question = question
        for choice in Choice:
            self.fields[f"text_{choice}"] = forms.CharField(
                required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 4})
            )

    @property
    def text_fields(self):
        """(choice, need, bound field) for each answer, for the template."""
        return [(choice, self.question.need(choice), self[f"text_{choice}"]) for choice in Choice]

    def clean(self):
        cleaned = super().clean()
        choice = cleaned.get("answer")
        if choice:
            text = (cleaned.get(f"text_{choice}") or "").strip()
            try:
                check_answer(self.question, Answer(Choice(choice), text))
            except AnswerError as error:
                self.add_error(f"text_{choice}", error.message[0].upper() + error.message[1:])
            cleaned["text"] = text
        return cleaned

    @classmethod
    def initial_for(cls, given: dict | None) -> dict:
        if not given:
            return {}
        return {"answer": given["answer"], f"text_{given['answer']}": given.get("text", "")}


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
        if primary and primary != self.suggested and not cleaned.get("rationale", "").strip():
            self.add_error(
                "rationale",
                f"You chose {ReasonCode(primary).label} rather than the suggested "
                f"{ReasonCode(self.suggested).label}: say why",
            )
        return cleaned


class SecondReviewForm(forms.Form):
    verdict = forms.ChoiceField(
        label="Do you concur with this Deviation decision?",
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
        error_messages={"required": "Describe what will be done"},
    )
    owner = forms.CharField(
        label="Owner",
        max_length=100,
        help_text="A name or a role, for example ‘BCU training lead’.",
        error_messages={"required": "Say who owns the action"},
    )
    due_date = forms.DateField(
        label="Due date",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"required": "Enter a due date", "invalid": "Enter a real date"},
    )

    def clean_due_date(self):
        due = self.cleaned_data["due_date"]
        if due < timezone.localdate():
            raise forms.ValidationError("The due date must be today or in the future")
        return due
