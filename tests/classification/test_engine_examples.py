"""Worked examples: the report's taser case, a clear case for each reason, and two combinations."""

from classification.engine import (
    CURRENT_VERSION,
    Answer,
    Choice,
    ConductRoute,
    FailureType,
    Flag,
    Reason,
    SystemFactor,
    classify,
    get_graph,
    recommend,
)

GRAPH = get_graph(CURRENT_VERSION)


def yes(text: str = "") -> Answer:
    return Answer(Choice.YES, text)


def no(text: str = "") -> Answer:
    return Answer(Choice.NO, text)


def not_established(note: str = "") -> Answer:
    return Answer(Choice.NOT_ESTABLISHED, note)


# Nothing suggests intent, dishonesty, ill health or a sanctioned trial: the common opening.
ORDINARY = {"Q1": no(), "Q2": no(), "Q3": no()}


def summary(answers: dict[str, Answer]) -> tuple:
    result = classify(GRAPH, answers)
    return (
        result.primary,
        result.failure_type,
        result.position,
        result.contributing,
        result.system_factors,
        result.flags,
        recommend(result).conduct_route,
    )


def test_taser_case_junior_officer_split_second_discharge_is_task_complexity_tolerable():
    # The report's example: referred as misconduct, presumed Deviation ("guilty before innocent").
    answers = {
        **ORDINARY,
        "Q4": yes("National guidance on conducted energy devices applied to the deployment."),
        "Q4a": yes("The guidance is in routine use across the BCU's taser-trained officers."),
        "Q5": yes("Body-worn video shows the officer chose to discharge the device."),
        "Q5a": yes(
            "A split-second decision without the full facts; comparably trained junior officers "
            "would probably have done the same in that moment."
        ),
    }
    assert summary(answers) == (
        Reason.TASK_COMPLEXITY,
        FailureType.TOLERABLE,
        4,
        (),
        (SystemFactor.PROCEDURE,),
        (Flag.SYSTEM_INDUCED_DEPARTURE,),
        ConductRoute.NO_INDIVIDUAL_ACTION,
    )


def test_taser_case_suggests_learning_about_deployment_not_a_severity_referral():
    answers = {
        **ORDINARY,
        "Q4": yes("National guidance on conducted energy devices."),
        "Q4a": yes("In routine use."),
        "Q5": yes("The officer chose to discharge."),
        "Q5a": not_established(),
    }
    assert recommend(classify(GRAPH, answers)).learning_action_kinds == ("procedure_review",)


def test_looking_up_an_ex_partner_on_police_systems_is_reckless_deviation():
    answers = {
        "Q1": yes("Audit log: four searches of an ex-partner's address with no policing purpose."),
        "Q5b": yes("Data protection training completed last month; no reason given for searches."),
        "Q5c": no(),
    }
    assert summary(answers) == (
        Reason.DEVIATION,
        FailureType.PREVENTABLE,
        1,
        (),
        (),
        (Flag.SEVERITY_ASSESSMENT, Flag.RECKLESS),
        ConductRoute.SEVERITY_ASSESSMENT,
    )


def test_missed_exhibit_reference_by_an_experienced_officer_is_inattention():
    answers = {
        **ORDINARY,
        "Q4": yes("Property procedure: every seized item is logged with its exhibit reference."),
        "Q4a": yes("Every other officer on the shift logged their exhibits in full."),
        "Q5": no(),
        "Q6": no("Colleagues on the same search logged every exhibit correctly."),
        "Q8": yes("Six years' service, trained in the property system, no gaps found."),
        "Q9": yes("A clean record on this task; interrupted by an urgent call mid-entry."),
    }
    assert summary(answers) == (
        Reason.INATTENTION,
        FailureType.PREVENTABLE,
        2,
        (),
        (),
        (),
        ConductRoute.REFLECTIVE_PRACTICE,
    )


def test_misread_phone_download_by_an_untrained_officer_is_lack_of_skill():
    answers = {
        **ORDINARY,
        "Q4": no(),
        "Q6": no("Trained digital media investigators read the same report correctly."),
        "Q8": no("The officer had not been on the download tool course; training record checked."),
    }
    assert summary(answers) == (
        Reason.LACK_OF_SKILL,
        FailureType.PREVENTABLE,
        3,
        (),
        (),
        (),
        ConductRoute.REFLECTIVE_PRACTICE,
    )


def test_missing_guidance_that_anyone_would_have_tripped_on_is_an_organisational_capability_gap():
    answers = {
        **ORDINARY,
        "Q4": not_established(),
        "Q6": yes("Any officer without the new guidance would have done the same."),
        "Q7": yes("The revised guidance was never briefed to the response team."),
    }
    result = classify(GRAPH, answers)
    assert (result.primary, result.flags, recommend(result).learning_action_kinds) == (
        Reason.LACK_OF_SKILL,
        (Flag.CAPABILITY_GAP,),
        ("training", "supervision", "equipment"),
    )


def test_compliant_act_with_a_bad_outcome_is_task_complexity():
    answers = {
        **ORDINARY,
        "Q4": yes("Missing person risk assessment procedure applied."),
        "Q4a": yes("Workable and in routine use."),
        "Q5": no(),
        "Q6": yes("Every risk factor known at the time was graded as the procedure says."),
        "Q7": no(),
    }
    assert summary(answers) == (
        Reason.TASK_COMPLEXITY,
        FailureType.TOLERABLE,
        4,
        (),
        (),
        (),
        ConductRoute.NO_INDIVIDUAL_ACTION,
    )


def test_agreed_body_worn_video_triage_pilot_that_missed_a_case_is_innovation():
    answers = {
        "Q1": no(),
        "Q2": no(),
        "Q3": yes("Pilot agreed by the BCU commander in advance; senior leadership minutes 14/3."),
        "Q3a": yes("The officer followed the pilot's triage guide step by step."),
    }
    result = classify(GRAPH, answers)
    assert summary(answers) == (
        Reason.INNOVATION,
        FailureType.INTELLIGENT,
        5,
        (),
        (),
        (),
        ConductRoute.NO_INDIVIDUAL_ACTION,
    )
    assert recommend(result).learning_action_kinds == ("promising_practice",)


def test_inattention_after_night_shifts_records_welfare_and_workload():
    answers = {
        "Q1": no(),
        "Q2": yes("Fourth consecutive night shift; the officer reported exhaustion."),
        "Q3": no(),
        "Q4": yes("Custody procedure: cell visits every 30 minutes."),
        "Q4a": yes("Visits are logged on time on every other shift."),
        "Q5": no(),
        "Q6": no("The other detention officer on the shift made every visit."),
        "Q8": yes("Experienced and trained in custody."),
        "Q9": yes("Good record on visits; missed one while completing a booking-in."),
    }
    result = classify(GRAPH, answers)
    assert summary(answers) == (
        Reason.INATTENTION,
        FailureType.PREVENTABLE,
        2,
        (),
        (SystemFactor.WORKLOAD, SystemFactor.WELFARE),
        (Flag.WELFARE_REFERRAL,),
        ConductRoute.REFLECTIVE_PRACTICE,
    )
    assert recommend(result).learning_action_kinds == (
        "training",
        "supervision",
        "welfare_referral",
    )


DEPARTURE = {
    **ORDINARY,
    "Q4": yes("Pursuit policy: authorisation before any tactical contact."),
    "Q4a": yes("Followed routinely; no other unauthorised contact in the force this year."),
    "Q5": yes("Radio log: the officer was told to wait and said they would go anyway."),
}


def test_deviation_failing_the_substitution_test_on_one_answer_is_at_risk_with_mitigation():
    answers = {
        **DEPARTURE,
        "Q5a": no("Three pursuit-trained colleagues in similar pursuits waited as instructed."),
        "Q5b": no(),
        "Q5c": yes("The suspect vehicle was heading for a school at home time."),
    }
    assert summary(answers) == (
        Reason.DEVIATION,
        FailureType.PREVENTABLE,
        1,
        (),
        (),
        (Flag.AT_RISK, Flag.MITIGATION),
        ConductRoute.REFLECTIVE_PRACTICE,
    )


def test_same_departure_is_task_complexity_when_that_one_answer_is_not_established():
    answers = {
        **DEPARTURE,
        "Q5a": not_established(),
        "Q5b": no(),
        "Q5c": yes("The suspect vehicle was heading for a school at home time."),
    }
    result = classify(GRAPH, answers)
    assert (result.primary, result.stale, result.provisional) == (
        Reason.TASK_COMPLEXITY,
        ("Q5b", "Q5c"),
        True,
    )


def test_going_beyond_a_trials_bounds_keeps_innovation_as_contributing():
    answers = {
        "Q1": no(),
        "Q2": no(),
        "Q3": yes("Street triage pilot agreed by the mental health lead; terms of reference."),
        "Q3a": no("The pilot excluded under-18s; the person was 16."),
        "Q4": no(),
        "Q6": yes("Others on the pilot would probably have done the same."),
        "Q7": no(),
    }
    result = classify(GRAPH, answers)
    assert (result.primary, result.contributing) == (Reason.TASK_COMPLEXITY, (Reason.INNOVATION,))
