"""Version 1 of the questionnaire: DESIGN.md section 4, question for question.

Never edit a published version in place: stored results name their version and must stay
reproducible. Copy this module to make version 2 and register it in ``registry.py``.
"""

from .graph import Graph, IfFlagged, Question, Route
from .model import Choice, Flag, Need, Reason, SystemFactor

Y, N, NE = Choice.YES, Choice.NO, Choice.NOT_ESTABLISHED

REPORT = "From Blame to Praise in Policing (MPS action research report), Table One"
REASON_1997 = "Reason (1997), Managing the Risks of Organizational Accidents: culpability tree"
NHS_2018 = "NHS England and NHS Improvement (2018), A just culture guide"
MARX = "Marx (2001), Patient Safety and the “Just Culture”"
EDMONDSON = "Edmondson (2011), Strategies for learning from failure: the spectrum of reasons"


def needs(yes: Need, no: Need) -> dict[Choice, Need]:
    """What Yes and No must carry; 'Not established' never needs text."""
    return {Y: yes, N: no, NE: Need.NONE}


def routes(yes: Route, no: Route, not_established: Route) -> dict[Choice, Route]:
    return {Y: yes, N: no, NE: not_established}


# Every Deviation conclusion continues to the recklessness and mitigation questions.
REFINE = "Q5b"

QUESTIONS = [
    Question(
        id="Q1",
        text=(
            "Is there evidence that the person intended harm, acted dishonestly (including "
            "concealing or falsifying what happened), or acted for a personal, non-policing "
            "purpose?"
        ),
        short="Intended harm, dishonesty or a personal purpose?",
        hint=(
            "This is the deliberate harm test. Only an intention to harm, dishonesty or acting "
            "for oneself leads straight to Deviation and a severity assessment; anything less is "
            "looked at through the questions that follow. Judge on what the person knew at the "
            "time, not on how things turned out."
        ),
        needs=needs(yes=Need.EVIDENCE, no=Need.NONE),
        routes=routes(
            yes=Route(REFINE, reason=Reason.DEVIATION, flags=(Flag.SEVERITY_ASSESSMENT,)),
            no=Route("Q2"),
            not_established=Route("Q2"),
        ),
        lenient=N,
        sources=(
            f"{NHS_2018}: deliberate harm test",
            f"{REASON_1997}: were the actions and consequences as intended?",
            f"{MARX}: purposeful harm",
        ),
    ),
    Question(
        id="Q2",
        text=(
            "Are there indications that substance use, ill health (physical or mental) or fatigue "
            "affected the person at the time?"
        ),
        short="Substance use, ill health or fatigue?",
        hint=(
            "This is the health test. Health and fatigue are welfare matters first: a Yes "
            "records a welfare referral and welfare as a system factor, and never moves the "
            "assessment toward blame. Note the indication briefly; keep medical detail out of "
            "the record."
        ),
        needs=needs(yes=Need.RATIONALE, no=Need.NONE),
        routes=routes(
            yes=Route("Q3", flags=(Flag.WELFARE_REFERRAL,), system_factors=(SystemFactor.WELFARE,)),
            no=Route("Q3"),
            not_established=Route("Q3"),
        ),
        # Both answers lead on to Q3. Not established records no welfare finding of its own: the
        # open point prompts the reviewer to find out.
        lenient=N,
        sources=(
            f"{NHS_2018}: health test",
            f"{REASON_1997}: unauthorised substance? medical condition?",
        ),
    ),
    Question(
        id="Q3",
        text=(
            "Was the act part of a new approach, pilot or experiment agreed in advance by someone "
            "with authority over that practice (for example the responsible manager), or by a "
            "recorded collective decision?"
        ),
        short="Part of an agreed trial or pilot?",
        hint=(
            "Innovation is failure in sanctioned exploration. The sanction has to be shown — an "
            "agreement made before the act — so a Yes needs written evidence. Without it the act "
            "is looked at as ordinary practice."
        ),
        needs=needs(yes=Need.EVIDENCE, no=Need.NONE),
        routes=routes(
            yes=Route("Q3a", toward=Reason.INNOVATION),
            no=Route("Q4"),
            not_established=Route("Q4"),
        ),
        lenient=N,
        sources=(
            f"{REPORT}: Innovation and promising practice, after Hartley and Rashman (2018)",
            f"{EDMONDSON}: exploratory testing, intelligent failure",
        ),
    ),
    Question(
        id="Q3a",
        text="Did the person act within the agreed bounds of that trial?",
        short="Within the trial's agreed bounds?",
        hint=(
            "Exploration inside agreed bounds is intelligent failure, to be learned from and "
            "debated. An act outside them is looked at as ordinary practice, with the trial kept "
            "as a contributing reason, so that individual innovation is debated collectively "
            "before it is judged as individual deviation."
        ),
        needs=needs(yes=Need.RATIONALE, no=Need.EVIDENCE),
        routes=routes(
            yes=Route(reason=Reason.INNOVATION),
            no=Route("Q4", toward=Reason.DEVIATION, contributing=(Reason.INNOVATION,)),
            not_established=Route(reason=Reason.INNOVATION),
        ),
        lenient=Y,
        sources=(f"{REPORT}: Innovation", f"{EDMONDSON}: exploratory testing"),
    ),
    Question(
        id="Q4",
        text="Did a clear rule, instruction or accepted practice apply to the act?",
        short="Did a clear rule apply?",
        hint=(
            "Deviation means breaking a rule, so there has to be one. Point to it (the policy, "
            "instruction or code of practice, and where in it). Where none applied, the act is "
            "judged by comparison with colleagues instead."
        ),
        needs=needs(yes=Need.EVIDENCE, no=Need.NONE),
        routes=routes(
            yes=Route("Q4a", toward=Reason.DEVIATION),
            no=Route("Q6"),
            not_established=Route("Q6"),
        ),
        lenient=N,
        sources=(
            f"{REPORT}: Deviation and Inattention are about rules, instructions or codes",
            f"{REASON_1997}: knowingly violating safe operating procedures?",
        ),
    ),
    Question(
        id="Q4a",
        text=(
            "Was that rule workable in the circumstances, and routinely followed by colleagues "
            "doing the same work?"
        ),
        short="Was the rule workable and routinely followed?",
        hint=(
            "A rule that cannot be followed in practice, or that colleagues routinely work around, "
            "is a problem with the rule: a No records procedure as a system factor. A Yes keeps "
            "Deviation possible, so it needs evidence."
        ),
        needs=needs(yes=Need.EVIDENCE, no=Need.RATIONALE),
        routes=routes(
            yes=Route("Q5", toward=Reason.DEVIATION),
            no=Route("Q6", system_factors=(SystemFactor.PROCEDURE,)),
            not_established=Route("Q6"),
        ),
        lenient=N,
        sources=(
            f"{REASON_1997}: were procedures available, workable, intelligible and correct?",
            f"{NHS_2018}: foresight test (agreed protocols in routine use)",
        ),
    ),
    Question(
        id="Q5",
        text=(
            "Did the person knowingly choose to depart from it, rather than make a slip, a lapse "
            "or a mistake of understanding?"
        ),
        short="A knowing choice to depart from it?",
        hint=(
            "A violation is a choice; an error is not. Only a knowing choice, shown by evidence "
            "(what the person said, wrote or did), keeps Deviation possible; otherwise the act is "
            "looked at as an error."
        ),
        needs=needs(yes=Need.EVIDENCE, no=Need.NONE),
        routes=routes(
            yes=Route("Q5a", toward=Reason.DEVIATION),
            no=Route("Q6"),
            not_established=Route("Q6"),
        ),
        lenient=N,
        sources=(
            f"{REASON_1997}: violations are intended, errors are not",
            f"{NHS_2018}: foresight test (did the person knowingly depart from protocol?)",
            f"{MARX}: at-risk and reckless choices",
        ),
    ),
    Question(
        id="Q5a",
        text=(
            "Would others with similar training and experience, in the same situation, probably "
            "have made the same choice?"
        ),
        short="Would peers have made the same choice?",
        hint=(
            "This is the substitution test. If comparable colleagues would probably have done the "
            "same, the situation and the rule shaped the choice, not this person, and the rule "
            "needs review. It is your professional judgement: give a short rationale. A No makes "
            "this Deviation, so it needs evidence."
        ),
        needs=needs(yes=Need.RATIONALE, no=Need.EVIDENCE),
        routes=routes(
            yes=Route(
                reason=Reason.TASK_COMPLEXITY,
                flags=(Flag.SYSTEM_INDUCED_DEPARTURE,),
                system_factors=(SystemFactor.PROCEDURE,),
            ),
            no=Route(REFINE, reason=Reason.DEVIATION),
            not_established=Route(
                reason=Reason.TASK_COMPLEXITY,
                flags=(Flag.SYSTEM_INDUCED_DEPARTURE,),
                system_factors=(SystemFactor.PROCEDURE,),
            ),
        ),
        lenient=Y,
        sources=(f"{REASON_1997}: substitution test", f"{NHS_2018}: substitution test"),
    ),
    Question(
        id="Q5b",
        text=(
            "Did the person know that the risk — of harm to people, evidence, property or privacy "
            "— was substantial, have no reasonable justification, and go ahead anyway?"
        ),
        short="Reckless: a known, unjustified risk taken anyway?",
        hint=(
            "This tells reckless behaviour (consciously disregarding a substantial, unjustifiable "
            "risk) from at-risk behaviour (a choice whose risk was not seen, or was believed "
            "justified). It shapes the response, not the reason. Reckless needs written evidence."
        ),
        needs=needs(yes=Need.EVIDENCE, no=Need.NONE),
        routes=routes(
            yes=Route("Q5c", flags=(Flag.RECKLESS, Flag.SEVERITY_ASSESSMENT)),
            no=Route("Q5c", flags=(Flag.AT_RISK,)),
            not_established=Route("Q5c", flags=(Flag.AT_RISK,)),
        ),
        lenient=N,
        sources=(f"{MARX}: at-risk and reckless behaviour", f"{REASON_1997}: reckless violation"),
    ),
    Question(
        id="Q5c",
        text=(
            "Were there significant mitigating circumstances (for example pressure from the "
            "situation or from supervisors, or a genuine belief that departing was safer)?"
        ),
        short="Significant mitigating circumstances?",
        hint=(
            "This is the mitigation test. Mitigation does not change the reason, but whoever "
            "decides the response should weigh it. Not established notes that mitigation may "
            "apply and is still to be looked into."
        ),
        needs=needs(yes=Need.RATIONALE, no=Need.NONE),
        routes=routes(
            yes=Route(flags=(Flag.MITIGATION,)),
            no=Route(),
            not_established=Route(flags=(Flag.MITIGATION,)),
        ),
        lenient=Y,
        sources=(f"{NHS_2018}: mitigation test",),
    ),
    Question(
        id="Q6",
        text=(
            "Would others with similar training and experience, in the same situation and with the "
            "same information, probably have acted the same way?"
        ),
        short="Would peers have acted the same way?",
        hint=(
            "This is the substitution test for errors. If comparable colleagues would probably "
            "have done the same, the failure lies in the task or the system rather than the "
            "person. It is your professional judgement: give a short rationale. A No points at "
            "the individual, so it needs evidence."
        ),
        needs=needs(yes=Need.RATIONALE, no=Need.EVIDENCE),
        routes=routes(
            yes=Route("Q7"),
            no=Route("Q8", toward=Reason.INATTENTION),
            not_established=Route("Q7"),
        ),
        lenient=Y,
        sources=(
            f"{REASON_1997}: substitution test",
            f"{NHS_2018}: substitution test",
            f"{EDMONDSON}: task challenge and process complexity",
        ),
    ),
    Question(
        id="Q7",
        text=(
            "Did the failure stem from training, guidance, tools or supervision that the "
            "organisation had not provided?"
        ),
        short="Had the organisation not provided what was needed?",
        hint=(
            "Where colleagues would have failed too, look at what the organisation did not "
            "provide. A Yes, with evidence of what was missing, is an organisational capability "
            "gap. Otherwise the failure reflects the complexity or unpredictability of the task; "
            "record workload or resourcing on the decision where it applied."
        ),
        needs=needs(yes=Need.EVIDENCE, no=Need.NONE),
        routes=routes(
            yes=Route(reason=Reason.LACK_OF_SKILL, flags=(Flag.CAPABILITY_GAP,)),
            no=Route(reason=Reason.TASK_COMPLEXITY),
            not_established=Route(reason=Reason.TASK_COMPLEXITY),
        ),
        lenient=N,
        sources=(
            f"{REASON_1997}: deficiencies in training and selection (system-induced error)",
            f"{REPORT}: Lack of skill or ability; Task complexity or unpredictability",
        ),
    ),
    Question(
        id="Q8",
        text=(
            "Did the person have the training, experience, tools and supervision the task required?"
        ),
        short="Had the capability the task required?",
        hint=(
            "Where colleagues would have done better, ask whether this person was equipped to. A "
            "No means lack of skill or ability — a matter for support, coaching and training, not "
            "misconduct — and needs evidence of the gap."
        ),
        needs=needs(yes=Need.RATIONALE, no=Need.EVIDENCE),
        routes=routes(
            yes=Route("Q9"),
            no=Route(reason=Reason.LACK_OF_SKILL),
            not_established=Route("Q9"),
        ),
        lenient=Y,
        sources=(
            f"{REASON_1997}: deficiencies in training and selection, or inexperience?",
            f"{EDMONDSON}: lack of ability",
        ),
    ),
    Question(
        id="Q9",
        text=(
            "Was it a slip, lapse or moment of distraction by someone who knew what to do, on a "
            "task they normally do correctly?"
        ),
        short="A slip or lapse on a familiar task?",
        hint=(
            "Inattention is an accidental departure by someone capable. It places the failure with "
            "the person, so a Yes needs evidence (for example a good record on the same task); "
            "then ask why attention slipped. A No or Not established leaves it with the task."
        ),
        needs=needs(yes=Need.EVIDENCE, no=Need.RATIONALE),
        routes=routes(
            yes=Route(
                reason=Reason.INATTENTION,
                # Fatigue and exhaustion behind a lapse often come from workload and shifts.
                if_flagged=(IfFlagged(Flag.WELFARE_REFERRAL, (SystemFactor.WORKLOAD,)),),
            ),
            no=Route(reason=Reason.TASK_COMPLEXITY),
            not_established=Route(reason=Reason.TASK_COMPLEXITY),
        ),
        lenient=N,
        sources=(
            f"{REASON_1997}: slips and lapses",
            f"{REPORT}: Inattention",
            f"{EDMONDSON}: inattention",
        ),
    ),
]

GRAPH = Graph(
    version="1",
    start="Q1",
    questions={question.id: question for question in QUESTIONS},
    guidance=(
        "Answer about one act at a time, judged on what the person knew at the time, not on how "
        "things turned out. Choose Not established when you genuinely cannot tell: it takes the "
        "more lenient route and is kept as an open point to revisit."
    ),
)
