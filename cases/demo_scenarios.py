"""Demo failure cases: realistic referrals of the kind a professional standards department triages.

Pure data (no models, no database): the seeding command turns these into cases, acts, assessments,
decisions and learning actions. Every name is invented; the subject officer appears only as a
staff-reference placeholder (``SR-nnnnn``), and places are generic ("a terraced house in the
borough").

Structure (frozen dataclasses; values are the ``TextChoices`` values from ``cases.choices``):

``Scenario``
    ``key`` (stable slug, for idempotent seeding), ``title`` (≤ 80 characters), ``category``
    (``Category``), ``origin`` (``Origin``), ``presumed`` (``Presumed``: what the referral assumed),
    ``unit`` (a unit code from ``cases.demo.UNITS``), ``subject_reference`` (the placeholder used in
    the summary), ``days_ago`` (when it happened, relative to seeding), ``summary`` (the referral,
    plain and factual), ``welfare_offered`` and ``welfare_note``, ``harm`` (``HarmSeverity``,
    recorded after classification and never an input to it), ``acts`` (one to three) and
    ``occurred_time`` (the local clock time at which the summary says the act happened, the
    first act when there are several; required when the summary states any clock time, so that
    a seeded case's "when" and its narrative agree).
``ScenarioAct``
    ``description`` (one act or omission); ``answers``: question id → ``(choice, text)``, choice
    ``"yes"`` | ``"no"`` | ``"not_established"``, holding only the questions on the path that the
    version 1 graph walks (DESIGN.md section 4); ``expected``: the reason code it should reach;
    ``decision``: ``{"accept": True}`` or ``{"override": <reason code>, "rationale": ...}``;
    ``contributing``: reason codes the reviewer records beside the primary one; and
    ``learning_actions``: dicts of ``kind`` (``ActionKind``), ``description``, ``owner`` (a role).
"""

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from cases.choices import ActionKind, Category, HarmSeverity, Origin, Presumed

# Reason codes, equal to classification.models.ReasonCode and to the engine's codes.
DEVIATION = "deviation"
INATTENTION = "inattention"
LACK_OF_SKILL = "lack_of_skill"
TASK_COMPLEXITY = "task_complexity"
INNOVATION = "innovation"

type AnswerSpec = tuple[str, str]


def yes(text: str = "") -> AnswerSpec:
    return ("yes", text)


def no(text: str = "") -> AnswerSpec:
    return ("no", text)


def not_established(note: str = "") -> AnswerSpec:
    return ("not_established", note)


def accept() -> dict[str, object]:
    return {"accept": True}


def override(reason: str, rationale: str) -> dict[str, object]:
    return {"override": reason, "rationale": rationale}


def action(kind: str, description: str, owner: str) -> dict[str, str]:
    return {"kind": kind, "description": description, "owner": owner}


# Answers that recur word for word in real reviews.
NO_WELFARE_SIGNS = no(
    "Nothing in the account, the duty records or the supervisor's report "
    "suggests that health, substance use or fatigue played a part."
)
NO_TRIAL = no("No pilot, trial or agreed new approach applied to this work.")


@dataclass(frozen=True)
class ScenarioAct:
    description: str
    answers: dict[str, AnswerSpec]
    expected: str
    decision: dict[str, object]
    contributing: tuple[str, ...] = ()
    learning_actions: tuple[dict[str, str], ...] = ()


@dataclass(frozen=True)
class Scenario:
    key: str
    title: str
    category: str
    origin: str
    presumed: str
    unit: str
    subject_reference: str
    days_ago: int
    summary: str
    harm: str
    acts: tuple[ScenarioAct, ...]
    welfare_offered: bool = False
    welfare_note: str = ""
    occurred_time: dt.time | None = None


USE_OF_FORCE = [
    Scenario(
        key="uf-taser-split-second",
        title="Taser discharged at a man turning with a dark object on a stairwell",
        category=Category.USE_OF_FORCE,
        origin=Origin.CONDUCT_REFERRAL,
        presumed=Presumed.DEVIATION,
        unit="SW",
        subject_reference="SR-10417",
        days_ago=212,
        occurred_time=dt.time(23, 40),
        summary=(
            "At about 23:40 officers were sent via CAD to a report of a man threatening "
            "neighbours with a knife in the communal stairwell of a low-rise block in "
            "the borough. PC SR-10417, a Taser-trained officer with 14 months' service, "
            "was first up the stairs with a colleague. BWV shows the man turning sharply "
            "towards the officers on the half-landing while bringing a dark object up "
            "from his waistband; PC SR-10417 shouted a challenge and discharged the "
            "Taser about one second later. The object was a mobile phone; a kitchen "
            "knife was later found inside the flat. The man was treated by paramedics "
            "for probe wounds and taken into custody. The duty officer's referral "
            "describes the discharge as ‘excessive and premature’ and asks for a "
            "misconduct investigation."
        ),
        harm=HarmSeverity.MINOR,
        welfare_offered=True,
        welfare_note=(
            "Post-incident welfare contact by the team inspector; TRiM assessment "
            "offered and accepted."
        ),
        acts=(
            ScenarioAct(
                description=(
                    "Discharged the Taser at a man on the half-landing about one second "
                    "after a challenge"
                ),
                answers={
                    "Q1": no(
                        "BWV, the officer's first account and the colleague's statement "
                        "agree: a challenge was given and the discharge followed a sudden "
                        "movement. Nothing suggests intent to harm or any non-policing "
                        "purpose."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "APP on conducted energy devices and the force Taser SOP applied: "
                        "discharge only where necessary, proportionate and reasonable to "
                        "protect against an imminent threat of violence, with a warning "
                        "where practicable."
                    ),
                    "Q4a": yes(
                        "The SOP is taught on the initial course and the annual refresher "
                        "and is routinely followed; nothing about the stairwell made it "
                        "unworkable."
                    ),
                    "Q5": no(
                        "The officer's first account, given before viewing the footage, is "
                        "that they believed the object was the knife described on the CAD "
                        "and that the threat was immediate. A challenge was given. That is "
                        "an honest perception of threat within the SOP, not a knowing "
                        "departure from it."
                    ),
                    "Q6": yes(
                        "Two CED instructors who watched the footage at normal speed both "
                        "said they would probably have discharged in the same second, given "
                        "the CAD report of a knife and a confined stairwell with no room to "
                        "withdraw."
                    ),
                    "Q7": no(
                        "The officer was in date for CED training and had been briefed about "
                        "the knife en route; no gap in training, tools or supervision "
                        "contributed."
                    ),
                },
                expected=TASK_COMPLEXITY,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROMISING_PRACTICE,
                        (
                            "Use the anonymised footage as a CED refresher scenario on decisions "
                            "made in a second with partial information in confined spaces."
                        ),
                        "Force Taser lead",
                    ),
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Add the case to the quarterly review of referrals that presumed "
                            "deviation, to calibrate how duty officers frame Taser referrals."
                        ),
                        "PSD triage inspector",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="uf-handcuffs-single-locked",
        title="Wrist injury after handcuffs were left single-locked during transport",
        category=Category.USE_OF_FORCE,
        origin=Origin.COMPLAINT,
        presumed=Presumed.NOT_STATED,
        unit="CW",
        subject_reference="SR-20388",
        days_ago=75,
        summary=(
            "A woman arrested for shoplifting outside a supermarket in the town centre "
            "was handcuffed to the rear by PC SR-20388 and driven to custody in a "
            "cellular van, a journey of about 25 minutes, with the officer driving. On "
            "arrival she said her left wrist was painful and numb; the custody "
            "healthcare professional recorded bruising and referred her to hospital, "
            "where no fracture was found. BWV shows the handcuffs applied but not "
            "double-locked, and no check of the fit before or during the journey. She "
            "complained that the handcuffs tightened in the van and that she had called "
            "out about the pain on the way."
        ),
        harm=HarmSeverity.MINOR,
        acts=(
            ScenarioAct(
                description="Did not double-lock the handcuffs after applying them",
                answers={
                    "Q1": no(
                        "No suggestion of intent to cause pain; the officer's account is "
                        "that single-locking is quicker with a struggling detainee and can "
                        "be put right later."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "Personal safety training and the force handcuffing guidance require "
                        "handcuffs to be double-locked as soon as practicable to stop them "
                        "tightening; the officer's PST record shows the module completed and "
                        "in date."
                    ),
                    "Q4a": yes(
                        "BWV shows the woman calm and compliant for six minutes before the "
                        "van; double-locking takes seconds and PST trainers confirm it is "
                        "routine on the BCU."
                    ),
                    "Q5": yes(
                        "In interview the officer said they ‘normally leave them "
                        "single-locked for short trips’ and accepted knowing that the "
                        "guidance says otherwise."
                    ),
                    "Q5a": no(
                        "Three PST trainers and the team sergeant said officers of the same "
                        "service would double-lock once the detainee was compliant, and the "
                        "team's BWV sample shows that they do."
                    ),
                    "Q5b": no(
                        "The officer did not see injury as likely on a short journey and did "
                        "not knowingly take a substantial risk: at-risk behaviour rather "
                        "than reckless."
                    ),
                    "Q5c": no("No significant mitigating circumstances identified."),
                },
                expected=DEVIATION,
                decision=override(
                    LACK_OF_SKILL,
                    (
                        "The second reviewer did not concur with deviation. Enquiries with "
                        "the officer's former tutor unit found that single-locking for short "
                        "journeys had been passed on informally as a time-saver to the whole "
                        "intake, so the habit was learned rather than chosen against a "
                        "practice the officer understood to be binding. The substitution "
                        "test fails against the wider BCU but not against the officer's own "
                        "intake. Decided as lack of skill with a gap in tutoring; the "
                        "practice requiring improvement is handled through reflective "
                        "practice."
                    ),
                ),
                learning_actions=(
                    action(
                        ActionKind.TRAINING,
                        (
                            "PST refresher input on double-locking and fit checks for the whole "
                            "intake."
                        ),
                        "BCU training lead",
                    ),
                    action(
                        ActionKind.SUPERVISION,
                        (
                            "Brief tutor constables to stop passing on the short-journey "
                            "single-locking habit."
                        ),
                        "Tutor constable coordinator",
                    ),
                ),
            ),
            ScenarioAct(
                description=(
                    "Did not stop to check the fit of the handcuffs when the woman "
                    "called out about pain during the journey"
                ),
                answers={
                    "Q1": no(
                        "The officer heard noise from the cage over the intercom and says "
                        "they took it as a general complaint about the arrest."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The handcuffing guidance requires handcuffs to be checked whenever "
                        "the detained person complains of pain, at the earliest safe "
                        "opportunity."
                    ),
                    "Q4a": yes(
                        "The van could have stopped safely in a side road; checks of this "
                        "kind are routine and not burdensome."
                    ),
                    "Q5": no(
                        "There was no conscious decision not to check: the intercom audio is "
                        "indistinct and the officer's account that the words were missed is "
                        "credible."
                    ),
                    "Q6": no(
                        "The words ‘my wrist’ are audible on the officer's own BWV; the "
                        "reviewer judges that most officers of similar service would have "
                        "stopped to check."
                    ),
                    "Q8": yes(
                        "In-date PST; has applied and checked handcuffs many times without issue."
                    ),
                    "Q9": yes(
                        "A lapse of attention while driving in heavy traffic, by an officer "
                        "who knows the check and normally makes it."
                    ),
                },
                expected=INATTENTION,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.SUPERVISION,
                        (
                            "Add ‘complaint of pain means stop and check’ to the team's prisoner "
                            "transport briefing."
                        ),
                        "Response team sergeant",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="uf-pava-hallway",
        title="PAVA spray used in a narrow communal hallway affected a neighbour",
        category=Category.USE_OF_FORCE,
        origin=Origin.COMPLAINT,
        presumed=Presumed.DEVIATION,
        unit="NE",
        subject_reference="SR-31562",
        days_ago=140,
        summary=(
            "Two officers attended a flat above a row of shops in the borough after a "
            "CAD report of a man smashing windows. When the door was opened the man came "
            "out swinging a length of wood; PC SR-31562 used PAVA incapacitant spray at "
            "about two metres and he was detained. The communal hallway was narrow and "
            "poorly ventilated, and a neighbour who opened her door shortly afterwards "
            "had stinging eyes and a cough. Aftercare was given to the detained man at "
            "the scene and the second officer gave the neighbour water and advice. The "
            "neighbour complained that the spray should never have been used indoors."
        ),
        harm=HarmSeverity.MINOR,
        acts=(
            ScenarioAct(
                description="Used PAVA spray on an advancing man in a narrow communal hallway",
                answers={
                    "Q1": no(
                        "BWV shows the man advancing with a length of wood; a single burst "
                        "was used and stopped when he dropped it."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "Force PAVA guidance and PST training applied: use must be necessary "
                        "and proportionate, and officers should weigh the risk of "
                        "cross-contamination in confined spaces."
                    ),
                    "Q4a": yes(
                        "The guidance is taught and applied routinely; it does not rule out "
                        "indoor use and was workable here."
                    ),
                    "Q5": no(
                        "The officer weighed the confined space (recorded in the "
                        "use-of-force form and first account) and judged that the immediate "
                        "threat outweighed it. No departure from the guidance."
                    ),
                    "Q6": yes(
                        "PST trainers consulted said that with an armed man advancing at two "
                        "metres and no room to withdraw, most officers would have used PAVA "
                        "or a baton, and PAVA was the less injurious option."
                    ),
                    "Q7": no(
                        "Training covers cross-contamination and the aftercare given was as taught."
                    ),
                },
                expected=TASK_COMPLEXITY,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Add a short note to the PAVA guidance on warning neighbours and "
                            "ventilating communal areas after indoor use."
                        ),
                        "Personal safety training lead",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="uf-prone-restraint",
        title="Man lost consciousness after prolonged prone restraint",
        category=Category.USE_OF_FORCE,
        origin=Origin.CONDUCT_REFERRAL,
        presumed=Presumed.DEVIATION,
        unit="SW",
        subject_reference="SR-40981",
        days_ago=290,
        occurred_time=dt.time(1, 15),
        summary=(
            "At 01:15 officers were called to a man behaving erratically in the road "
            "outside a parade of shops, reportedly after taking stimulants. He was taken "
            "to the ground after striking a passer-by and held face down by three "
            "officers while a van and an ambulance were on the way. PC SR-40981, a "
            "second-year probationer, held his legs and then his upper body for about "
            "six minutes; he stopped shouting, and when he was turned over he was "
            "unresponsive. Officers gave CPR until paramedics arrived, and he survived "
            "after a period in intensive care. The force referred the matter to the IOPC "
            "as a serious injury following police contact; it was returned for local "
            "investigation, and the referral form presumed a conduct failure."
        ),
        harm=HarmSeverity.DEATH_OR_SERIOUS_INJURY,
        welfare_offered=True,
        welfare_note=(
            "TRiM and occupational health referral for all three officers; the "
            "subject officer accepted counselling."
        ),
        acts=(
            ScenarioAct(
                description=(
                    "Kept the man in a prone position for about six minutes without "
                    "recognising signs of acute behavioural disturbance"
                ),
                answers={
                    "Q1": no(
                        "Nothing suggests intent to harm; BWV shows the officer repeatedly "
                        "asking the man to calm down and telling him an ambulance was "
                        "coming."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "APP and PST guidance on positional asphyxia: move the person out of "
                        "the prone position as soon as practicable and treat suspected acute "
                        "behavioural disturbance (ABD) as a medical emergency."
                    ),
                    "Q4a": yes(
                        "With three officers present the guidance was workable, and it is "
                        "routinely followed where ABD is recognised."
                    ),
                    "Q5": no(
                        "The officer did not recognise the signs of ABD and believed the man "
                        "had stopped struggling because he was tiring."
                    ),
                    "Q6": yes(
                        "The other two officers, both with longer service, also missed the "
                        "change; the reviewer judges that others with the same training "
                        "would probably have done the same."
                    ),
                    "Q7": yes(
                        "Practical ABD recognition training was dropped from the probationer "
                        "syllabus in a timetable change; the officer's cohort had a "
                        "20-minute slide on positional asphyxia and no practical input "
                        "(learning and development records)."
                    ),
                },
                expected=LACK_OF_SKILL,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.TRAINING,
                        (
                            "Restore practical ABD recognition and ‘get them up’ training to the "
                            "probationer syllabus."
                        ),
                        "Head of learning and development",
                    ),
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Review CAD ambulance request codes so that suspected ABD is "
                            "prioritised."
                        ),
                        "Control room inspector",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="uf-limb-restraint-trial",
        title="Limb restraint trial: belt slipped during the van journey",
        category=Category.USE_OF_FORCE,
        origin=Origin.SELF_REPORT,
        presumed=Presumed.INNOVATION,
        unit="CW",
        subject_reference="SR-52274",
        days_ago=48,
        occurred_time=dt.time(20, 30),
        summary=(
            "Two response teams on the BCU are taking part in a six-month trial of a "
            "limb restraint belt, agreed by the BCU commander and the force use-of-force "
            "lead under a written protocol with a trial log. At about 20:30 PC SR-52274, "
            "one of the trained trial officers, applied the belt to a man who had been "
            "kicking out during an arrest for assault in a retail park car park. During "
            "the van journey the belt slipped down over the man's shoes and he kicked a "
            "second officer in the thigh, causing bruising. PC SR-52274 reported the "
            "incident through the trial log the same night, with the BWV, so that the "
            "fitting method could be reviewed."
        ),
        harm=HarmSeverity.MINOR,
        acts=(
            ScenarioAct(
                description=(
                    "Applied the trial limb restraint belt, which slipped during the van journey"
                ),
                answers={
                    "Q1": no(
                        "Self-reported the same night with the footage; no suggestion of any "
                        "improper purpose."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": yes(
                        "Trial protocol version 1.2, signed by the BCU commander and the "
                        "use-of-force lead; the officer is on the list of trained trial "
                        "officers (training record three months before the incident)."
                    ),
                    "Q3a": yes(
                        "The belt was used on a person kicking out during arrest, which "
                        "meets the protocol's criteria, and fitted at the ankles as the "
                        "protocol describes; the trial log was completed."
                    ),
                },
                expected=INNOVATION,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROMISING_PRACTICE,
                        (
                            "Write up the slipping problem for the trial evaluation and the "
                            "use-of-force working group."
                        ),
                        "Use-of-force lead",
                    ),
                    action(
                        ActionKind.EQUIPMENT,
                        (
                            "Ask the supplier about a smaller size for narrow ankles and test a "
                            "revised fitting method."
                        ),
                        "Trial coordinator",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="uf-taser-red-dot-youth",
        title="Taser red-dotted at a 15-year-old in a park after a robbery call",
        category=Category.USE_OF_FORCE,
        origin=Origin.COMPLAINT,
        presumed=Presumed.DEVIATION,
        unit="NE",
        subject_reference="SR-63019",
        days_ago=33,
        summary=(
            "After a CAD report of a phone robbery at knifepoint by three youths, PC "
            "SR-63019 stopped a group of teenagers in a park on the estate about ten "
            "minutes later. One boy ran, then turned with his hand in his jacket pocket; "
            "the officer drew the Taser and red-dotted him while shouting at him to show "
            "his hands. He was 15, unarmed and not involved in the robbery. His parent "
            "complained that drawing a Taser on a child was unjustified. BWV was "
            "activated late and does not show the moment the boy turned, and the "
            "accounts of how close he was differ."
        ),
        harm=HarmSeverity.NONE,
        acts=(
            ScenarioAct(
                description=(
                    "Drew the Taser and red-dotted a 15-year-old who had turned with a "
                    "hand in a pocket"
                ),
                answers={
                    "Q1": no(
                        "No evidence of intent to harm or improper purpose; the officer was "
                        "responding to a live knife robbery call."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The CED SOP and APP allow a Taser to be drawn, aimed and red-dotted "
                        "where the officer honestly and reasonably perceives a threat of "
                        "violence, with particular care where the subject may be a child."
                    ),
                    "Q4a": not_established(
                        "Whether red-dotting at this distance is routine among peers cannot "
                        "be established: the force's use-of-force data do not separate draws "
                        "from red-dots by age. Open point for the Taser lead."
                    ),
                    "Q6": not_established(
                        "Without footage of the moment the boy turned, the reviewer cannot "
                        "judge what others would have done. Open point: council CCTV has "
                        "been requested."
                    ),
                    "Q7": not_established(
                        "The CED refresher covers children but not during a group pursuit; "
                        "whether that is a gap depends on the open points above."
                    ),
                },
                expected=TASK_COMPLEXITY,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Record the subject's age band for Taser draws and red-dots in the "
                            "use-of-force data."
                        ),
                        "Force Taser lead",
                    ),
                    action(
                        ActionKind.SUPERVISION,
                        ("Remind the team to start BWV when deploying to live weapons calls."),
                        "Response inspector",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="uf-force-form-late",
        title="Use-of-force form not submitted after a handcuffing",
        category=Category.USE_OF_FORCE,
        origin=Origin.SUPERVISOR,
        presumed=Presumed.INATTENTION,
        unit="CW",
        subject_reference="SR-70533",
        days_ago=18,
        summary=(
            "The team's monthly use-of-force audit found that PC SR-70533 had handcuffed "
            "a man arrested for a public order offence at a bus station in the borough "
            "but had not submitted a use-of-force form, which is due by the end of the "
            "tour of duty. The arrest was straightforward and is recorded on BWV and in "
            "the custody record. The officer submitted the form on the day the sergeant "
            "raised it, nine days late, and said it had been missed in the rush to "
            "finish a file before rest days. All the officer's previous forms were "
            "submitted on time."
        ),
        harm=HarmSeverity.NONE,
        acts=(
            ScenarioAct(
                description="Did not submit the use-of-force form by the end of the tour of duty",
                answers={
                    "Q1": no(
                        "The force used is fully recorded on BWV and in the custody record; "
                        "nothing was concealed."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "Force policy requires a use-of-force form for every use of "
                        "handcuffs, submitted by the end of the tour of duty."
                    ),
                    "Q4a": yes(
                        "The form takes about five minutes on the mobile device and the "
                        "team's compliance in the audit is 96%."
                    ),
                    "Q5": no(
                        "The officer meant to complete it and believed it had been done; "
                        "there was no decision to skip it."
                    ),
                    "Q6": no(
                        "Most officers on the team submit on time even at the end of a busy "
                        "tour; the reviewer judges that others would probably have completed "
                        "it."
                    ),
                    "Q8": yes("Trained on the form and has submitted more than forty on time."),
                    "Q9": yes(
                        "A lapse at the end of a busy tour before rest days, by an officer "
                        "who normally does this correctly."
                    ),
                },
                expected=INATTENTION,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.SUPERVISION,
                        (
                            "Add an end-of-tour prompt for outstanding use-of-force forms to the "
                            "team debrief."
                        ),
                        "Response team sergeant",
                    ),
                ),
            ),
        ),
    ),
]


CUSTODY = [
    Scenario(
        key="cu-missed-visit-false-entry",
        title="Missed 02:30 cell visit recorded as completed",
        category=Category.CUSTODY,
        origin=Origin.CONDUCT_REFERRAL,
        presumed=Presumed.DEVIATION,
        unit="MD",
        subject_reference="SR-81240",
        days_ago=120,
        occurred_time=dt.time(2, 30),
        summary=(
            "In the custody suite at the BCU's main station, a detained person assessed "
            "as needing 30-minute visits was due a visit at 02:30. CCTV shows no one at "
            "the cell hatch between 02:01 and 03:08. At 03:08 the detention officer, "
            "SR-81240, found the detained person with a superficial cut to the forearm "
            "from a broken plastic cup and called the healthcare professional. The "
            "custody record holds an entry under SR-81240's login at 02:34 reading "
            "‘visited, awake, no concerns’. The suite had 19 detained persons and was "
            "one detention officer short. The custody inspector referred both the missed "
            "visit and the entry for a misconduct assessment."
        ),
        harm=HarmSeverity.MINOR,
        welfare_offered=True,
        welfare_note=(
            "Welfare contact by the custody inspector; occupational health referral offered."
        ),
        acts=(
            ScenarioAct(
                description="Did not carry out the 02:30 cell visit",
                answers={
                    "Q1": no(
                        "The missed visit itself shows no sign of intent or concealment; the "
                        "record entry is assessed separately as the second act."
                    ),
                    "Q2": no(
                        "First night of a set of four; the officer reports no health "
                        "concerns and none are recorded."
                    ),
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "PACE Code C and the detained person's risk assessment required "
                        "visits every 30 minutes; the custody system's visit schedule showed "
                        "02:30."
                    ),
                    "Q4a": yes(
                        "Visits at this frequency are routinely achieved in the suite, "
                        "including on short-staffed nights (visit compliance audit: 98%)."
                    ),
                    "Q5": no(
                        "The officer says a booking-in and a violent detainee in the "
                        "corridor drew them away and the visit slipped from mind; the CCTV "
                        "timeline supports this."
                    ),
                    "Q6": no(
                        "The reviewer judges that most detention officers would have picked "
                        "the visit up from the system's overdue alert by 02:40."
                    ),
                    "Q8": yes("An experienced detention officer with in-date training."),
                    "Q9": yes(
                        "A lapse while distracted by a violent detainee in the corridor, on "
                        "a task the officer normally does correctly."
                    ),
                },
                expected=INATTENTION,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Find out whether the custody system's overdue-visit alert can be "
                            "made audible in the cell corridors."
                        ),
                        "Custody inspector",
                    ),
                ),
            ),
            ScenarioAct(
                description="Recorded the 02:30 visit as completed when it had not taken place",
                answers={
                    "Q1": yes(
                        "CCTV shows no one at the cell hatch between 02:01 and 03:08, yet "
                        "the 02:34 entry ‘visited, awake, no concerns’ was made under the "
                        "officer's login at the custody desk. In interview the officer "
                        "accepted making it ‘to catch up’."
                    ),
                    "Q5b": yes(
                        "The officer knew the record is relied on to protect a detained "
                        "person assessed as at risk and that a false entry would hide a "
                        "missed visit; there was no justification."
                    ),
                    "Q5c": yes(
                        "The suite was one detention officer short with 19 detained persons, "
                        "and the officer had raised staffing concerns in writing the week "
                        "before. Recorded as mitigation, not justification."
                    ),
                },
                expected=DEVIATION,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.SEVERITY_REFERRAL,
                        (
                            "Refer to the appropriate authority for a severity assessment under "
                            "regulation 14."
                        ),
                        "PSD appropriate authority",
                    ),
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        ("Review minimum detention officer staffing for the suite at night."),
                        "Custody superintendent",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="cu-rousing-fatigue",
        title="Rousing checks not carried out on an intoxicated detained person",
        category=Category.CUSTODY,
        origin=Origin.SUPERVISOR,
        presumed=Presumed.INATTENTION,
        unit="MD",
        subject_reference="SR-90112",
        days_ago=96,
        occurred_time=dt.time(4, 0),
        summary=(
            "A man arrested for being drunk and disorderly was booked in at 23:50 with a "
            "risk assessment requiring rousing checks every 30 minutes. The checks at "
            "04:00 and 04:30 were recorded as visits through the hatch without the man "
            "being woken and spoken to. At 05:00 he could not be roused; an ambulance "
            "was called and he was treated in hospital for a head injury sustained "
            "before his arrest, and discharged two days later. The detention officer, "
            "SR-90112, was on a fourth consecutive night shift after covering two extra "
            "nights for sickness. The custody sergeant referred the matter and asked "
            "that the reasons be understood before any blame was attached."
        ),
        harm=HarmSeverity.MODERATE,
        welfare_offered=True,
        welfare_note="Occupational health referral made; rest days protected the following week.",
        acts=(
            ScenarioAct(
                description=(
                    "Recorded the 04:00 and 04:30 checks as hatch visits without rousing the man"
                ),
                answers={
                    "Q1": no(
                        "The entries accurately describe hatch visits; nothing was concealed."
                    ),
                    "Q2": yes(
                        "Fourth consecutive night shift after two extra overtime nights "
                        "covering sickness (duty records). At 03:30 the officer told the "
                        "custody sergeant they were ‘exhausted’, as the sergeant's log "
                        "records."
                    ),
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "PACE Code C Annex H and the risk assessment required rousing "
                        "(waking and speaking to the person) every 30 minutes."
                    ),
                    "Q4a": yes(
                        "Rousing checks are routinely done in the suite and the procedure is "
                        "workable."
                    ),
                    "Q5": no(
                        "The officer believed the man had responded by moving; there was no "
                        "deliberate decision to leave out the rousing."
                    ),
                    "Q6": no(
                        "A rested detention officer of similar experience would probably "
                        "have woken him and spoken to him; the fatigue is recorded under Q2."
                    ),
                    "Q8": yes(
                        "Trained and experienced; rousing checks from 00:30 to 03:30 on the "
                        "same shift were done correctly."
                    ),
                    "Q9": yes(
                        "A lapse by an officer who did the task correctly for the first half "
                        "of the shift; fatigue is the likely cause."
                    ),
                },
                expected=INATTENTION,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.WELFARE_REFERRAL,
                        (
                            "Occupational health referral and a review of consecutive night "
                            "working for the officer."
                        ),
                        "Custody inspector",
                    ),
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Cap consecutive night shifts, including overtime, for detention "
                            "officers."
                        ),
                        "Custody superintendent",
                    ),
                    action(
                        ActionKind.TRAINING,
                        ("Refresh on the rousability checks at the next custody training day."),
                        "Custody training lead",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="cu-late-detention-review",
        title="First PACE detention review carried out two hours late",
        category=Category.CUSTODY,
        origin=Origin.SELF_REPORT,
        presumed=Presumed.NOT_STATED,
        unit="MD",
        subject_reference="SR-11873",
        days_ago=61,
        occurred_time=dt.time(5, 10),
        summary=(
            "The first PACE review for a man detained on suspicion of burglary was due "
            "at 05:10. The night review inspector, SR-11873, was covering detention "
            "reviews for two custody suites about seven miles apart and was also the "
            "duty officer, managing a critical incident at the time. The review took "
            "place at 07:15; the inspector self-reported the delay and recorded the "
            "reason on the custody record. The detained person was released on bail at "
            "09:00 and no representations were lost."
        ),
        harm=HarmSeverity.NONE,
        acts=(
            ScenarioAct(
                description="Did not carry out the first PACE review by the due time of 05:10",
                answers={
                    "Q1": no("Self-reported, with the reason written on the custody record."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "PACE section 40 requires the first review within six hours of "
                        "detention being authorised; a delay is allowed only for the reasons "
                        "in the Act, and must be recorded."
                    ),
                    "Q4a": no(
                        "One inspector covering reviews for two suites while also acting as "
                        "duty officer is a standing night rota arrangement, and reviews run "
                        "late about once a week (custody performance data). The rule is "
                        "sound but the arrangement makes it unworkable on busy nights."
                    ),
                    "Q6": yes(
                        "Any inspector on that rota with a critical incident running would "
                        "probably have prioritised it the same way."
                    ),
                    "Q7": no(
                        "The inspector had the training and tools; the gap is rostering and "
                        "capacity, recorded as a workload factor."
                    ),
                },
                expected=TASK_COMPLEXITY,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Change the night rota so that the duty officer is not also the only "
                            "review inspector for two suites."
                        ),
                        "Custody superintendent",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="cu-property-new-system",
        title="Property bag released to the wrong detained person after a system change",
        category=Category.CUSTODY,
        origin=Origin.COMPLAINT,
        presumed=Presumed.NOT_STATED,
        unit="MD",
        subject_reference="SR-12650",
        days_ago=150,
        occurred_time=dt.time(14, 20),
        summary=(
            "Two weeks after the custody suite moved to a new custody IT system, a "
            "detained person released at 14:20 was handed a sealed property bag "
            "belonging to someone else, containing a phone and about £40 in cash. The "
            "mistake was found when the owner was released an hour later. The detention "
            "officer, SR-12650, had scanned the bag's barcode as the new system "
            "requires, but the release screen listed the bags of both people under the "
            "same cell location. The owner, whose phone was returned the next day, "
            "complained about being without it overnight."
        ),
        harm=HarmSeverity.MINOR,
        acts=(
            ScenarioAct(
                description=(
                    "Released a property bag without reading its seal number back "
                    "against the detained person's record"
                ),
                answers={
                    "Q1": no(
                        "No suggestion of any improper purpose; the bag was recovered intact."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": no("The new custody system was a full go-live, not a pilot."),
                    "Q4": yes(
                        "The custody property procedure requires the seal number to be read "
                        "back against the detained person's property record before release."
                    ),
                    "Q4a": yes(
                        "The read-back is workable and was routinely done on the old system."
                    ),
                    "Q5": no(
                        "The officer relied on the new release screen, which listed the bag "
                        "under the cell location, and believed the scan had matched it to "
                        "the person."
                    ),
                    "Q6": yes(
                        "Other detention officers had been relying on the same screen since "
                        "go-live; two near misses were found in the same fortnight."
                    ),
                    "Q7": yes(
                        "Go-live training was a 45-minute e-learning module that did not "
                        "show the release screen or explain its grouping by cell location "
                        "(learning and development records, supplier training material)."
                    ),
                },
                expected=LACK_OF_SKILL,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.TRAINING,
                        (
                            "Short practical session on the property release screen for all "
                            "custody staff."
                        ),
                        "Custody training lead",
                    ),
                    action(
                        ActionKind.EQUIPMENT,
                        (
                            "Change request: show the person's name and custody number beside "
                            "each bag on the release screen."
                        ),
                        "Custody IT business lead",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="cu-medication-handover",
        title="Prescribed epilepsy medication missed after a shift handover",
        category=Category.CUSTODY,
        origin=Origin.SUPERVISOR,
        presumed=Presumed.DEVIATION,
        unit="MD",
        subject_reference="SR-13907",
        days_ago=205,
        occurred_time=dt.time(7, 0),
        summary=(
            "A detained person with epilepsy was seen by the custody healthcare "
            "professional at 05:30, who recorded that their prescribed medication was "
            "due at 08:00 and should be given from their own supply. At the 07:00 "
            "handover between custody sergeants the instruction was not mentioned, and "
            "the incoming detention officer did not see it because it was in the "
            "healthcare notes rather than the care plan. The 08:00 dose was not given. "
            "At 10:40 the detained person had a seizure in the cell and was taken to "
            "hospital, returning later that day. The referral names the outgoing custody "
            "sergeant, PS SR-13907, and the day-shift detention officer."
        ),
        harm=HarmSeverity.MODERATE,
        acts=(
            ScenarioAct(
                description=(
                    "Did not pass on the healthcare professional's medication "
                    "instruction at the 07:00 handover"
                ),
                answers={
                    "Q1": no(
                        "Nothing suggests concealment; the healthcare notes were complete "
                        "and available."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The custody handover procedure requires each detained person's risk "
                        "assessment, care plan and any healthcare instructions to be "
                        "covered."
                    ),
                    "Q4a": yes(
                        "Handovers of 15 detained persons routinely include medication "
                        "times, and the structured handover sheet has a line for them."
                    ),
                    "Q5": no(
                        "The sergeant believed the instruction had been copied into the care "
                        "plan, which it had not."
                    ),
                    "Q6": no(
                        "The medication line on the handover sheet was blank for this "
                        "person; the reviewer judges that most custody sergeants would have "
                        "noticed and checked the healthcare notes."
                    ),
                    "Q8": yes("An experienced custody sergeant with in-date training."),
                    "Q9": yes(
                        "A lapse in an otherwise thorough handover: the recording shows the "
                        "other 14 detained persons covered correctly."
                    ),
                },
                expected=INATTENTION,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Make healthcare medication instructions appear automatically on the "
                            "care plan and the handover sheet."
                        ),
                        "Custody inspector",
                    ),
                ),
            ),
            ScenarioAct(
                description="Did not give the 08:00 dose of the detained person's medication",
                answers={
                    "Q1": no("No suggestion of any improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "Detention officers must give medication at the times set out in the "
                        "care plan."
                    ),
                    "Q4a": yes("Routinely followed whenever the time is on the care plan."),
                    "Q5": no(
                        "The officer did not know about the dose: the care plan showed no "
                        "medication times."
                    ),
                    "Q6": yes(
                        "Any detention officer reading the same care plan would have had no "
                        "prompt to give the dose."
                    ),
                    "Q7": no(
                        "The officer was trained and had the tools; the information simply "
                        "was not where the procedure puts it."
                    ),
                },
                expected=TASK_COMPLEXITY,
                decision=accept(),
            ),
        ),
    ),
    Scenario(
        key="cu-remote-review-pilot",
        title="Remote detention review pilot: video link lost mid-review",
        category=Category.CUSTODY,
        origin=Origin.SELF_REPORT,
        presumed=Presumed.NOT_STATED,
        unit="MD",
        subject_reference="SR-14528",
        days_ago=27,
        occurred_time=dt.time(3, 20),
        summary=(
            "The custody command is piloting remote PACE reviews by secure video at "
            "night, agreed by the custody superintendent under a written pilot plan with "
            "a fallback to review by telephone. During a review at 03:20, Inspector "
            "SR-14528 lost the video link part-way through the detained person's "
            "representations. Reconnecting took 25 minutes and the review was completed "
            "late, at 03:55. The inspector self-reported so that the failure could "
            "inform the pilot evaluation; the detained person's solicitor raised no "
            "complaint."
        ),
        harm=HarmSeverity.NONE,
        acts=(
            ScenarioAct(
                description=(
                    "Spent 25 minutes restoring the video link before completing the review"
                ),
                answers={
                    "Q1": no("Self-reported with the pilot log; no improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": yes(
                        "Pilot plan approved by the custody superintendent (decision log "
                        "entry and pilot terms of reference); the inspector is one of six "
                        "trained pilot reviewers."
                    ),
                    "Q3a": yes(
                        "The plan allows up to 30 minutes to restore video before switching "
                        "to telephone; the inspector stayed within that and logged each "
                        "attempt."
                    ),
                },
                expected=INNOVATION,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROMISING_PRACTICE,
                        (
                            "Add the link failure to the pilot evaluation and consider a shorter "
                            "fallback time."
                        ),
                        "Custody pilot lead",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="cu-child-search-no-appropriate-adult",
        title="Search of a 16-year-old beyond outer clothing without an appropriate adult",
        category=Category.CUSTODY,
        origin=Origin.COMPLAINT,
        presumed=Presumed.DEVIATION,
        unit="MD",
        subject_reference="SR-15302",
        days_ago=180,
        occurred_time=dt.time(19, 25),
        summary=(
            "A 16-year-old arrested on suspicion of possession with intent to supply was "
            "booked into custody at 19:10. The custody sergeant, PS SR-15302, authorised "
            "a search involving the removal of more than outer clothing after the "
            "arresting officers reported an intelligence-led suspicion that drugs were "
            "concealed. The search took place at 19:25, before the appropriate adult "
            "arrived; the record notes urgency but not the grounds for it. Nothing was "
            "found. The young person's mother complained on their behalf and the local "
            "safeguarding partnership asked the force to review the decision. PS SR-15302 "
            "had completed custody sergeant training four months earlier."
        ),
        harm=HarmSeverity.MODERATE,
        acts=(
            ScenarioAct(
                description=(
                    "Authorised a search beyond outer clothing of a 16-year-old before "
                    "the appropriate adult arrived"
                ),
                answers={
                    "Q1": no(
                        "The sergeant recorded the decision and the grounds as they "
                        "understood them; no concealment or improper purpose."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "PACE Code C Annex A: such a search of a juvenile must take place in "
                        "the presence of an appropriate adult unless there is urgency and a "
                        "risk of serious harm, and the reasons must be recorded."
                    ),
                    "Q4a": yes(
                        "The rule is workable and routinely followed; the appropriate adult "
                        "arrived 40 minutes later."
                    ),
                    "Q5": no(
                        "The sergeant took the arresting officers' report of concealment as "
                        "establishing urgency: a misunderstanding of the test, not a knowing "
                        "departure."
                    ),
                    "Q6": no(
                        "Experienced custody sergeants consulted said they would have waited "
                        "for the appropriate adult, as nothing indicated an immediate risk."
                    ),
                    "Q8": no(
                        "The sergeant's initial custody course did not include the updated "
                        "guidance on searching children, and they had not yet been mentored "
                        "through a juvenile search (training records)."
                    ),
                },
                expected=LACK_OF_SKILL,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.TRAINING,
                        (
                            "Add the juvenile search module and a mentored juvenile search to "
                            "the new custody sergeant programme."
                        ),
                        "Custody training lead",
                    ),
                    action(
                        ActionKind.SUPERVISION,
                        (
                            "Inspector review of every juvenile search beyond outer clothing for "
                            "three months."
                        ),
                        "Custody inspector",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="cu-legal-advice-delay",
        title="Request for the duty solicitor not passed on for three hours",
        category=Category.CUSTODY,
        origin=Origin.SUPERVISOR,
        presumed=Presumed.NOT_STATED,
        unit="MD",
        subject_reference="SR-16719",
        days_ago=40,
        occurred_time=dt.time(16, 5),
        summary=(
            "A woman detained for a public order offence asked for the duty solicitor "
            "when she was booked in at 16:05. The custody sergeant, PS SR-16719, "
            "recorded the request on the custody record, but the call to the Defence "
            "Solicitor Call Centre was not made until 19:10, when she asked again. The "
            "suite was at 22 of 24 cells with two sergeants on duty. Her interview was "
            "delayed but took place that evening with a solicitor present."
        ),
        harm=HarmSeverity.MINOR,
        acts=(
            ScenarioAct(
                description=(
                    "Did not call the Defence Solicitor Call Centre after recording the "
                    "request for legal advice"
                ),
                answers={
                    "Q1": no("The request was recorded accurately; nothing was concealed."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "PACE Code C requires the custody officer to act on a request for "
                        "legal advice without delay."
                    ),
                    "Q4a": yes("Routinely done in the suite; the call takes about five minutes."),
                    "Q5": no("The sergeant believed the call had been made."),
                    "Q6": no(
                        "The reviewer judges that most custody sergeants would have made the "
                        "call straight after booking-in."
                    ),
                    "Q8": yes("An experienced custody sergeant with in-date training."),
                    "Q9": yes(
                        "A slip: the request was recorded and the sergeant believed the call "
                        "had followed."
                    ),
                },
                expected=INATTENTION,
                decision=override(
                    TASK_COMPLEXITY,
                    (
                        "The answers are right about the person but miss the system. The "
                        "custody system records a request for legal advice as a tick box and "
                        "creates no task or reminder; a check of the previous month found "
                        "eleven similar delays across five sergeants, all on nights with "
                        "more than 20 detained persons. This is a predictable failure of a "
                        "process that relies on memory under load. Decided as task "
                        "complexity, with inattention contributing and procedure and "
                        "workload as system factors."
                    ),
                ),
                contributing=(INATTENTION,),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Make a request for legal advice create a timed task on the custody "
                            "system."
                        ),
                        "Custody IT business lead",
                    ),
                ),
            ),
        ),
    ),
]


DRIVING = [
    Scenario(
        key="dr-pursuit-termination",
        title="Pursuit continued after the pursuit controller ordered it to stop",
        category=Category.DRIVING,
        origin=Origin.CONDUCT_REFERRAL,
        presumed=Presumed.DEVIATION,
        unit="RTPC",
        subject_reference="SR-17455",
        days_ago=230,
        occurred_time=dt.time(22, 10),
        summary=(
            "At 22:10 a traffic car driven by PC SR-17455, with a second officer as "
            "passenger, began pursuing a stolen hatchback through residential streets. "
            "After four minutes the pursuit controller in the control room terminated "
            "the pursuit because of the speeds involved and pedestrians leaving a school "
            "event. GPS data and in-car video show the police car continuing at up to 55 "
            "mph in a 20 mph zone for a further 90 seconds with emergency equipment on. "
            "The hatchback hit a parked van and its driver was arrested with minor "
            "injuries. No running commentary was being given from the police car at the "
            "time."
        ),
        harm=HarmSeverity.MODERATE,
        acts=(
            ScenarioAct(
                description=(
                    "Driver: continued the pursuit for 90 seconds after the termination instruction"
                ),
                answers={
                    "Q1": no(
                        "No evidence of intent to harm; the driver was trying to arrest a "
                        "suspected car thief."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "APP on police pursuits and the force pursuit policy: a pursuit must "
                        "stop at once when the pursuit controller terminates it."
                    ),
                    "Q4a": yes(
                        "The instruction was clear and acknowledged by the passenger; "
                        "pursuit-trained drivers routinely comply."
                    ),
                    "Q5": yes(
                        "The in-car audio records the driver saying ‘I've got him, ten more "
                        "seconds’ after the acknowledgement."
                    ),
                    "Q5a": no(
                        "Roads policing advanced drivers and the driving school were clear "
                        "that a trained pursuit driver would have stopped; the audio shows a "
                        "conscious choice."
                    ),
                    "Q5b": yes(
                        "The driver knew the speed, the 20 mph zone and the pedestrians at "
                        "the school event, and the controller's reason for terminating had "
                        "been broadcast. There was no reasonable justification for going on."
                    ),
                    "Q5c": no(
                        "No significant mitigating circumstances: the driver was rested and "
                        "the conditions were clear."
                    ),
                },
                expected=DEVIATION,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.SEVERITY_REFERRAL,
                        (
                            "Refer to the appropriate authority for a severity assessment under "
                            "regulation 14."
                        ),
                        "PSD appropriate authority",
                    ),
                ),
            ),
            ScenarioAct(
                description=(
                    "Pursuit controller: did not repeat the termination instruction when "
                    "the police car carried on"
                ),
                answers={
                    "Q1": no("No suggestion of any improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The pursuit policy requires the controller to confirm termination "
                        "and monitor compliance."
                    ),
                    "Q4a": yes("Workable and routinely done by controllers."),
                    "Q5": no(
                        "The controller heard the passenger acknowledge the instruction and "
                        "reasonably believed the pursuit had stopped; the GPS feed on the "
                        "controller's screen refreshes every 30 seconds."
                    ),
                    "Q6": yes(
                        "Any controller with the same screen and a clear acknowledgement "
                        "would probably have believed the same."
                    ),
                    "Q7": no(
                        "The controller was trained and had the tools the procedure assumes; "
                        "the acknowledgement is the information the procedure relies on."
                    ),
                },
                expected=TASK_COMPLEXITY,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.EQUIPMENT,
                        ("Assess a faster GPS refresh for vehicles declared in pursuit."),
                        "Control room technology lead",
                    ),
                ),
            ),
            ScenarioAct(
                description="Passenger: did not give a running commentary during the pursuit",
                answers={
                    "Q1": no("No suggestion of any improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The pursuit policy requires a running commentary on speed, "
                        "direction and road conditions, given by the passenger where there "
                        "is one."
                    ),
                    "Q4a": yes("Routinely done by trained pursuit crews."),
                    "Q5": no(
                        "The passenger, a response driver without pursuit training, did not "
                        "know the commentary fell to them."
                    ),
                    "Q6": no(
                        "The reviewer judges that a pursuit-trained passenger would have "
                        "given the commentary."
                    ),
                    "Q8": no(
                        "The passenger had had no pursuit commentary training; the rota "
                        "allows untrained officers to crew traffic cars (training record, "
                        "duty roster)."
                    ),
                },
                expected=LACK_OF_SKILL,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.TRAINING,
                        (
                            "Include pursuit commentary in the training of every officer who may "
                            "crew a traffic car."
                        ),
                        "Driving school lead",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="dr-red-light-collision",
        title="Response car in a low-speed collision at a red light on an immediate call",
        category=Category.DRIVING,
        origin=Origin.SUPERVISOR,
        presumed=Presumed.TASK_COMPLEXITY,
        unit="SW",
        subject_reference="SR-18204",
        days_ago=110,
        summary=(
            "Responding to an immediate-grade call of a woman being assaulted, PC "
            "SR-18204, an emergency-response-trained driver, approached a "
            "signal-controlled crossroads against a red light at about 15 mph with blue "
            "lights and sirens on. A car crossing on green did not see the police car "
            "and the two collided at low speed. The other driver had neck pain and was "
            "seen at hospital. In-car video shows the officer slowing and edging "
            "forward, but the siren tone was changed only about 30 metres from the "
            "junction. The attending sergeant referred the collision under the driving "
            "policy, noting that in their view it was unavoidable."
        ),
        harm=HarmSeverity.MINOR,
        acts=(
            ScenarioAct(
                description=(
                    "Proceeded through a red light at about 15 mph under the emergency exemption"
                ),
                answers={
                    "Q1": no(
                        "No suggestion of any improper purpose; the car was assigned to the "
                        "call on CAD."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The statutory exemption and the force driving policy allow a "
                        "response driver on an emergency call to pass a red light, giving "
                        "way and with regard to other road users."
                    ),
                    "Q4a": yes("Routinely followed by response drivers."),
                    "Q5": no(
                        "In-car video shows the driver slowing to 15 mph and edging through: "
                        "the trained technique, not a departure from it."
                    ),
                    "Q6": yes(
                        "Driving school instructors who reviewed the footage said they would "
                        "probably have done the same; a bus blocked the other driver's view."
                    ),
                    "Q7": no("Trained and in date; no gap in tools or supervision."),
                },
                expected=TASK_COMPLEXITY,
                decision=accept(),
            ),
            ScenarioAct(
                description="Changed the siren tone only about 30 metres from the junction",
                answers={
                    "Q1": no("No suggestion of any improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "Driving school guidance is to change siren tones in good time on "
                        "the approach to a junction."
                    ),
                    "Q4a": yes("Taught on every response course and routinely practised."),
                    "Q5": no("Not a deliberate choice; the officer was reading the junction."),
                    "Q6": no(
                        "Instructors said most trained drivers would have changed tone "
                        "earlier on the approach to a crossroads."
                    ),
                    "Q8": yes("Fully trained and in date."),
                    "Q9": not_established(
                        "Whether this was a one-off lapse or a habit cannot be established "
                        "from one clip. Open point: review two more of the officer's recent "
                        "emergency drives."
                    ),
                },
                expected=TASK_COMPLEXITY,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.SUPERVISION,
                        (
                            "Driving school to review two recent in-car videos with the officer "
                            "as coaching."
                        ),
                        "Driving school lead",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="dr-unauthorised-emergency-drive",
        title="Officer without response authorisation drove on blue lights to a colleague",
        category=Category.DRIVING,
        origin=Origin.CONDUCT_REFERRAL,
        presumed=Presumed.DEVIATION,
        unit="NE",
        subject_reference="SR-19377",
        days_ago=85,
        occurred_time=dt.time(2, 40),
        summary=(
            "At 02:40 an urgent assistance call was broadcast by a lone officer being "
            "assaulted outside a nightclub in the borough. PC SR-19377, who holds only a "
            "basic driving authorisation, was the nearest officer with a car and drove "
            "about a mile with blue lights and sirens, arriving before any "
            "response-trained driver. There was no collision. The officer declared the "
            "drive on arrival, and the sergeant referred it because basic-authorised "
            "drivers may not use emergency equipment. Only four of the eleven officers "
            "on duty on the team that night held response authorisations."
        ),
        harm=HarmSeverity.NONE,
        acts=(
            ScenarioAct(
                description=(
                    "Drove on blue lights and sirens to an urgent assistance call "
                    "without a response driving authorisation"
                ),
                answers={
                    "Q1": no(
                        "The drive was declared straight away and its purpose was to help a "
                        "colleague under attack."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The force driving policy forbids basic-authorised drivers to use "
                        "emergency equipment or claim exemptions in any circumstances."
                    ),
                    "Q4a": yes("The rule is clear and generally followed."),
                    "Q5": yes(
                        "The officer says they knew they were not authorised and chose to go "
                        "because a colleague was being assaulted."
                    ),
                    "Q5a": yes(
                        "Several officers and two sergeants said candidly that, with a "
                        "colleague under attack and no response driver nearer, they would "
                        "probably have done the same. The rule offers no option for that "
                        "situation."
                    ),
                },
                expected=TASK_COMPLEXITY,
                decision=override(
                    LACK_OF_SKILL,
                    (
                        "The departure was system-induced, as the graph says, but the "
                        "reviewer places the reason with capability: the team works nights "
                        "with four response-authorised drivers out of eleven, and two "
                        "officers have waited more than a year for a response course. The "
                        "organisation has not given the team the driving capability its work "
                        "needs. Decided as lack of skill or ability (an organisational "
                        "capability gap), with task complexity contributing; the rule itself "
                        "goes to review."
                    ),
                ),
                contributing=(TASK_COMPLEXITY,),
                learning_actions=(
                    action(
                        ActionKind.TRAINING,
                        "Prioritise response driving courses for the team.",
                        "Driving school lead",
                    ),
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Review the policy's position on basic-authorised drivers responding "
                            "to urgent assistance calls."
                        ),
                        "Force driving policy owner",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="dr-yard-reversing",
        title="Van reversed into a bollard in the station yard",
        category=Category.DRIVING,
        origin=Origin.SELF_REPORT,
        presumed=Presumed.INATTENTION,
        unit="CW",
        subject_reference="SR-20846",
        days_ago=14,
        summary=(
            "At the end of an early turn, PC SR-20846 reversed a marked van into a steel "
            "bollard in the yard of the BCU's main station, damaging the rear step and a "
            "light cluster. The officer reported the damage straight away and completed "
            "the fleet collision form. The yard was quiet and well lit, and the van's "
            "reversing camera was working. The officer has driven vans from the station "
            "for three years without a reported collision."
        ),
        harm=HarmSeverity.NONE,
        acts=(
            ScenarioAct(
                description="Reversed the van into a bollard without using the reversing camera",
                answers={
                    "Q1": no("Reported at once; no suggestion of any improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The fleet policy requires drivers of large vehicles to use the "
                        "reversing camera and, where available, a banksman."
                    ),
                    "Q4a": yes(
                        "Routinely followed; colleagues were available in the yard to guide."
                    ),
                    "Q5": no(
                        "No decision to skip the camera; the officer says they glanced at "
                        "the mirror and assumed the bay was clear."
                    ),
                    "Q6": no(
                        "The reviewer judges that most drivers would have checked the camera "
                        "and seen the bollard."
                    ),
                    "Q8": yes("Van-authorised and experienced."),
                    "Q9": yes("A slip on a routine manoeuvre the officer makes almost every day."),
                },
                expected=INATTENTION,
                decision=accept(),
            ),
        ),
    ),
    Scenario(
        key="dr-blue-lights-end-of-shift",
        title="Blue lights used to drive back to the station at the end of a shift",
        category=Category.DRIVING,
        origin=Origin.SUPERVISOR,
        presumed=Presumed.DEVIATION,
        unit="SW",
        subject_reference="SR-21930",
        days_ago=160,
        occurred_time=dt.time(6, 50),
        summary=(
            "A member of the public reported a marked car speeding with blue lights "
            "along a high street at about 06:50 on a weekday. The team sergeant reviewed "
            "the car's telematics: PC SR-21930 had driven with emergency equipment on "
            "from a completed call back to the station, arriving at 06:57, three minutes "
            "before the end of the shift. The CAD log shows no call assigned to the car "
            "at the time. There was no collision."
        ),
        harm=HarmSeverity.NONE,
        acts=(
            ScenarioAct(
                description=(
                    "Used emergency equipment to drive back to the station with no call assigned"
                ),
                answers={
                    "Q1": yes(
                        "CAD shows no call assigned; the telematics show emergency equipment "
                        "on all the way back, arriving three minutes before the end of the "
                        "shift. In interview the officer accepted using the lights ‘to get "
                        "back in time for handover’: a personal, non-policing purpose."
                    ),
                    "Q5b": no(
                        "The roads were light and the peak speed was 42 mph in a 30 mph "
                        "limit; the reviewer does not find that the officer knew the risk to "
                        "be substantial. At-risk behaviour."
                    ),
                    "Q5c": no(
                        "No significant mitigation; the officer had no duty commitment that "
                        "required an early return."
                    ),
                },
                expected=DEVIATION,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.SEVERITY_REFERRAL,
                        (
                            "Refer to the appropriate authority for a severity assessment under "
                            "regulation 14."
                        ),
                        "PSD appropriate authority",
                    ),
                    action(
                        ActionKind.SUPERVISION,
                        (
                            "Team-wide reminder that telematics are monitored, with the rules on "
                            "emergency equipment."
                        ),
                        "Response inspector",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="dr-pursuit-not-declared",
        title="Pursuit declared late after the new vehicles' radio changed channel",
        category=Category.DRIVING,
        origin=Origin.SUPERVISOR,
        presumed=Presumed.NOT_STATED,
        unit="RTPC",
        subject_reference="SR-22471",
        days_ago=70,
        summary=(
            "A routine review of in-car video found that PC SR-22471, a pursuit-trained "
            "traffic officer, followed a car that failed to stop for about two minutes "
            "before the pursuit was declared to the control room. The officer says they "
            "pressed the radio's transmit button believing they were on the control room "
            "talk-group; after a software update, the new vehicles' radios had started "
            "defaulting to the local talk-group. The car was stopped without incident "
            "and the driver was reported for having no insurance."
        ),
        harm=HarmSeverity.NONE,
        acts=(
            ScenarioAct(
                description="Did not declare the pursuit to the control room for about two minutes",
                answers={
                    "Q1": no(
                        "The local talk-group recording shows the officer trying to declare "
                        "the pursuit; nothing was concealed."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The pursuit policy requires a pursuit to be declared to the control "
                        "room immediately."
                    ),
                    "Q4a": yes("Workable and routinely done."),
                    "Q5": no("The officer believed the declaration had gone to the control room."),
                    "Q6": yes(
                        "Three other drivers on the unit found the same default after the "
                        "update; any driver would probably have done the same."
                    ),
                    "Q7": yes(
                        "The software update changed the default talk-group, and no "
                        "briefing, guidance or change to the in-car display came with it "
                        "(fleet technology change log)."
                    ),
                },
                expected=LACK_OF_SKILL,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.EQUIPMENT,
                        (
                            "Restore the control room talk-group as the default on the new "
                            "vehicles' radios."
                        ),
                        "Fleet technology manager",
                    ),
                    action(
                        ActionKind.TRAINING,
                        (
                            "Brief all roads policing drivers to check the talk-group display "
                            "when a pursuit starts."
                        ),
                        "Roads policing training lead",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="dr-special-authorisation-pending",
        title="Special constable drove a marked car before authorisation was confirmed",
        category=Category.DRIVING,
        origin=Origin.SUPERVISOR,
        presumed=Presumed.DEVIATION,
        unit="CW",
        subject_reference="SR-23058",
        days_ago=58,
        summary=(
            "A special constable, SR-23058, on their fourth duty after passing the basic "
            "driving assessment, was allocated a marked car at briefing and drove it on "
            "patrol for a full shift, including to two routine calls. The fleet system "
            "showed the driving authorisation as pending because the assessor's "
            "paperwork had not been processed. The fleet manager noticed the mismatch "
            "and raised it. No emergency equipment was used and nothing untoward "
            "happened on the shift."
        ),
        harm=HarmSeverity.NONE,
        acts=(
            ScenarioAct(
                description=(
                    "Special constable: drove a marked car while the driving "
                    "authorisation was still pending"
                ),
                answers={
                    "Q1": no(
                        "No suggestion of any improper purpose; the car was allocated at briefing."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The driving policy allows officers to drive police vehicles only "
                        "once the authorisation shows on the fleet system."
                    ),
                    "Q4a": yes(
                        "Regular officers routinely check their status through the duty app."
                    ),
                    "Q5": no(
                        "The special constable believed that passing the assessment was the "
                        "authorisation."
                    ),
                    "Q6": no(
                        "The reviewer judges that an officer who had been told how "
                        "authorisation works would have checked the fleet system."
                    ),
                    "Q8": no(
                        "The special constabulary induction does not cover the authorisation "
                        "process, and the officer had no tutor on that duty (induction pack, "
                        "duty record)."
                    ),
                },
                expected=LACK_OF_SKILL,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.TRAINING,
                        (
                            "Add the driving authorisation process to the special constabulary "
                            "induction."
                        ),
                        "Special constabulary training lead",
                    ),
                ),
            ),
            ScenarioAct(
                description=(
                    "Briefing sergeant: allocated a marked car without checking the "
                    "driver's authorisation"
                ),
                answers={
                    "Q1": no("No suggestion of any improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "Briefing sergeants must check driving authorisations before "
                        "allocating vehicles."
                    ),
                    "Q4a": no(
                        "The duty system used at briefing does not show driving "
                        "authorisations; checking means logging into the separate fleet "
                        "system, and the sergeants' audit shows the check is widely skipped."
                    ),
                    "Q6": yes(
                        "Sergeants briefing from the duty system would all be in the same position."
                    ),
                    "Q7": no(
                        "The sergeant had been shown the fleet system and could have asked "
                        "the fleet office; the failure lies in a procedure that depends on a "
                        "second system, recorded as a procedure factor rather than a "
                        "capability gap."
                    ),
                },
                expected=TASK_COMPLEXITY,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        ("Show driving authorisation status in the duty system used at briefings."),
                        "Duty systems manager",
                    ),
                ),
            ),
        ),
    ),
]


INFORMATION = [
    Scenario(
        key="in-pnc-personal-checks",
        title="PNC and intelligence checks on a new partner's former partner",
        category=Category.INFORMATION,
        origin=Origin.CONDUCT_REFERRAL,
        presumed=Presumed.DEVIATION,
        unit="NE",
        subject_reference="SR-24615",
        days_ago=260,
        summary=(
            "A routine audit of Police National Computer (PNC) and local intelligence "
            "searches flagged that PC SR-24615 had searched the name, address and "
            "vehicle of a member of the public three times over two weeks, with no "
            "linked CAD, crime or intelligence reference. The person searched was later "
            "identified as the former partner of someone the officer had begun a "
            "relationship with. No information is known to have been passed on. The "
            "information assurance unit referred the matter to PSD."
        ),
        harm=HarmSeverity.MINOR,
        welfare_offered=True,
        welfare_note="Welfare officer assigned for the duration of the investigation.",
        acts=(
            ScenarioAct(
                description=(
                    "Searched PNC and the intelligence system three times for a personal purpose"
                ),
                answers={
                    "Q1": yes(
                        "The audit logs show three searches with no policing reference. In "
                        "interview the officer accepted the checks were made ‘to see whether "
                        "my partner was safe’ and for no policing purpose. Searching police "
                        "systems for a personal reason is a non-policing purpose."
                    ),
                    "Q5b": yes(
                        "The officer had completed PNC user and data protection training, "
                        "which states that personal use may be a criminal offence, and knew "
                        "the privacy of the person searched was at stake; there was no "
                        "justification."
                    ),
                    "Q5c": no(
                        "Concern for the partner's safety is noted, but a report to police "
                        "was available and was not made; not significant mitigation."
                    ),
                },
                expected=DEVIATION,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.SEVERITY_REFERRAL,
                        (
                            "Refer to the appropriate authority for a severity assessment under "
                            "regulation 14, and consider whether the criminal threshold is met."
                        ),
                        "PSD appropriate authority",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="in-email-wrong-recipient",
        title="Victim's statement emailed to the wrong external recipient",
        category=Category.INFORMATION,
        origin=Origin.SELF_REPORT,
        presumed=Presumed.NOT_STATED,
        unit="SW",
        subject_reference="SR-25180",
        days_ago=22,
        summary=(
            "DC SR-25180 meant to email a victim's witness statement and medical consent "
            "form to a named contact at the local authority's multi-agency safeguarding "
            "hub. The email client auto-completed the address to someone with a similar "
            "name at a housing association. The recipient replied within the hour to say "
            "it had arrived in error and confirmed deletion in writing. The DC reported "
            "the breach to the data protection officer the same day and the victim was "
            "told."
        ),
        harm=HarmSeverity.MINOR,
        acts=(
            ScenarioAct(
                description=(
                    "Sent a victim's statement to an auto-completed address at the wrong "
                    "organisation"
                ),
                answers={
                    "Q1": no("Self-reported within the hour; no improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The information security policy requires the recipient's address to "
                        "be checked before personal data is sent outside the force."
                    ),
                    "Q4a": yes(
                        "Routinely followed; the secure email service was used correctly and "
                        "only the address was wrong."
                    ),
                    "Q5": no("An unnoticed auto-complete, not a choice."),
                    "Q6": no(
                        "The reviewer judges that most colleagues would have noticed the "
                        "unfamiliar domain before sending."
                    ),
                    "Q8": yes(
                        "Trained in data protection and has sent many such emails correctly."
                    ),
                    "Q9": yes("An auto-complete slip by an experienced investigator."),
                },
                expected=INATTENTION,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.EQUIPMENT,
                        ("Add an external-recipient warning for emails with attachments."),
                        "Information security manager",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="in-bwv-not-retained",
        title="Body-worn video of an arrest deleted before a complaint was made",
        category=Category.INFORMATION,
        origin=Origin.COMPLAINT,
        presumed=Presumed.DEVIATION,
        unit="CW",
        subject_reference="SR-26372",
        days_ago=190,
        summary=(
            "A man arrested outside a late-night takeaway complained 40 days later that "
            "he had been pushed against a wall during the arrest. PC SR-26372's BWV of "
            "the arrest had been deleted automatically after 31 days because it had not "
            "been marked as evidential. The officer says they meant to mark it back at "
            "the station, but docked the camera at a different station at the end of a "
            "long shift and the marking was never done. The complainant alleges that the "
            "footage was deleted deliberately."
        ),
        harm=HarmSeverity.MINOR,
        acts=(
            ScenarioAct(
                description=(
                    "Did not mark the arrest footage as evidential before the end of the "
                    "tour of duty"
                ),
                answers={
                    "Q1": not_established(
                        "The complainant alleges deliberate deletion. The audit trail shows "
                        "automatic deletion under the retention rule and no user deletion, "
                        "but whether leaving the footage unmarked was deliberate cannot be "
                        "established either way. Open point."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "BWV policy: footage of an arrest must be marked as evidential "
                        "before the end of the tour of duty."
                    ),
                    "Q4a": no(
                        "Marking is possible only from a docking station or the desktop "
                        "application at the officer's home station; response officers often "
                        "dock elsewhere, and the audit shows about 12% of arrest footage "
                        "marked late or not at all. The rule is not workable as designed."
                    ),
                    "Q6": yes(
                        "Officers docking at another station would commonly have missed it too."
                    ),
                    "Q7": no(
                        "The officer knew the rule and had the tools at their home station; "
                        "the failure lies in the workflow, recorded as a procedure factor."
                    ),
                },
                expected=TASK_COMPLEXITY,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Mark footage linked to an arrest on the custody system as "
                            "evidential automatically."
                        ),
                        "Digital evidence manager",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="in-disclosure-schedule",
        title="Unused material schedule omitted relevant messages; trial stopped",
        category=Category.INFORMATION,
        origin=Origin.SUPERVISOR,
        presumed=Presumed.DEVIATION,
        unit="NE",
        subject_reference="SR-27704",
        days_ago=320,
        summary=(
            "In a Crown Court trial for assault, the defence found in their own phone "
            "download that messages between the complainant and a witness had not been "
            "listed on the schedule of unused material (MG6C). The prosecution offered "
            "no further evidence and the defendant was acquitted. The officer in the "
            "case, DC SR-27704, had been an investigator for seven months and was "
            "carrying 18 investigations. The phone download held more than 40,000 "
            "messages and had been reviewed by keyword search only. The CPS raised the "
            "case with the BCU and the detective inspector referred it."
        ),
        harm=HarmSeverity.MODERATE,
        acts=(
            ScenarioAct(
                description=(
                    "Did not list the complainant's messages with a witness on the "
                    "unused material schedule"
                ),
                answers={
                    "Q1": no(
                        "No evidence of concealment; the messages had not been identified at all."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The Criminal Procedure and Investigations Act 1996 Code of Practice "
                        "and the Attorney General's Guidelines on Disclosure require "
                        "relevant unused material to be recorded and scheduled."
                    ),
                    "Q4a": yes(
                        "Scheduling is workable once material is identified and is routinely done."
                    ),
                    "Q5": no("The DC did not know the messages existed."),
                    "Q6": yes(
                        "Other investigators of similar experience on the team use the same "
                        "keyword approach and would probably have missed them too."
                    ),
                    "Q7": yes(
                        "The force's disclosure training for digital material was paused for "
                        "a year during a course redesign, so the DC never received it, and "
                        "the team had no disclosure champion (learning and development "
                        "records)."
                    ),
                },
                expected=LACK_OF_SKILL,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.TRAINING,
                        (
                            "Restart digital disclosure training, prioritising investigators "
                            "with under two years in role."
                        ),
                        "Head of learning and development",
                    ),
                    action(
                        ActionKind.SUPERVISION,
                        (
                            "Supervisor sign-off of MG6C schedules for investigators with under "
                            "two years in role."
                        ),
                        "Detective inspector",
                    ),
                ),
            ),
            ScenarioAct(
                description="Reviewed the 40,000-message download by keyword search only",
                answers={
                    "Q1": no("No suggestion of any improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The Attorney General's Guidelines require a reasonable and "
                        "proportionate review strategy for digital material, recorded in the "
                        "investigation management document."
                    ),
                    "Q4a": no(
                        "With a caseload of 18, an in-depth review of 40,000 messages was "
                        "not achievable in the time available; keyword-only review is the "
                        "team's routine practice under that load."
                    ),
                    "Q6": yes(
                        "Other investigators with the same caseload and tools would probably "
                        "have done the same."
                    ),
                    "Q7": no(
                        "The DC had the tools and training for keyword and thread review, "
                        "and the strategy was sensibly recorded; the limit was time, "
                        "recorded as a workload factor."
                    ),
                },
                expected=TASK_COMPLEXITY,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Set a caseload ceiling for investigators handling large digital "
                            "downloads."
                        ),
                        "Detective chief inspector",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="in-disclosure-victim-address",
        title="Victim's new address disclosed in a pre-interview disclosure bundle",
        category=Category.INFORMATION,
        origin=Origin.COMPLAINT,
        presumed=Presumed.DEVIATION,
        unit="SW",
        subject_reference="SR-28519",
        days_ago=100,
        summary=(
            "In a harassment investigation, DC SR-28519 prepared pre-interview "
            "disclosure for the suspect's solicitor, including a redacted copy of the "
            "victim's first statement. The redaction hid the victim's new address in the "
            "text, but the address remained in the metadata of an attached file, which "
            "the solicitor's office printed and gave to the suspect. The victim had to "
            "move to temporary accommodation. She complained, alleging that the DC had "
            "been careless with her safety."
        ),
        harm=HarmSeverity.SERIOUS,
        acts=(
            ScenarioAct(
                description=(
                    "Sent a redacted statement whose attachment metadata still held the "
                    "victim's new address"
                ),
                answers={
                    "Q1": no("No improper purpose; the DC had redacted the visible text."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The force redaction guidance requires personal data to be removed "
                        "from documents, including metadata, before disclosure."
                    ),
                    "Q4a": yes("The guidance is clear and applied routinely."),
                    "Q5": no("The DC believed the redaction was complete."),
                    "Q6": no(
                        "The reviewer judged that most investigators would have run the "
                        "‘remove hidden data’ step in the guidance."
                    ),
                    "Q8": yes("Trained in redaction on the case file system."),
                    "Q9": yes("A slip in the last step of a process the DC normally completes."),
                },
                expected=INATTENTION,
                decision=override(
                    LACK_OF_SKILL,
                    (
                        "Enquiries after the assessment showed that the case file system's "
                        "redaction tool strips metadata from the main document but not from "
                        "attached files, and the guidance does not mention attachments; two "
                        "other DCs tried it and got the same result. The Q6 and Q8 answers "
                        "were given before this was known. The failure stems from a tool the "
                        "organisation had not made fit for the task, so the decision is lack "
                        "of skill or ability with an organisational capability gap."
                    ),
                ),
                learning_actions=(
                    action(
                        ActionKind.EQUIPMENT,
                        (
                            "Fix the redaction tool so that it strips metadata from attachments, "
                            "and test it."
                        ),
                        "Digital case file product owner",
                    ),
                    action(
                        ActionKind.TRAINING,
                        ("Add attachments to the redaction guidance and brief all investigators."),
                        "Information management lead",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="in-image-shared-in-group",
        title="Photograph of a detained person shared in a personal messaging group",
        category=Category.INFORMATION,
        origin=Origin.CONDUCT_REFERRAL,
        presumed=Presumed.DEVIATION,
        unit="CW",
        subject_reference="SR-29043",
        days_ago=135,
        summary=(
            "A colleague reported through the confidential reporting line that PC "
            "SR-29043 had posted a photograph of a detained person lying handcuffed in "
            "the back of a van to a personal messaging group of about twelve officers, "
            "with a mocking caption. The photograph was taken on a personal phone and "
            "the detained person, arrested for being drunk and disorderly, was "
            "identifiable. The image had no policing purpose and was not recorded on any "
            "police system."
        ),
        harm=HarmSeverity.MODERATE,
        acts=(
            ScenarioAct(
                description=(
                    "Photographed a detained person on a personal phone and shared the "
                    "image with a mocking caption"
                ),
                answers={
                    "Q1": yes(
                        "The image and caption supplied by the reporting colleague were "
                        "confirmed by a download of the officer's phone. The photograph was "
                        "taken on a personal phone for no policing purpose and shared for "
                        "amusement."
                    ),
                    "Q5b": yes(
                        "The officer knew from the social media policy and Code of Ethics "
                        "training that sharing images of detained persons is prohibited and "
                        "harms their privacy and dignity; there was no justification."
                    ),
                    "Q5c": no("No significant mitigation identified."),
                },
                expected=DEVIATION,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.SEVERITY_REFERRAL,
                        (
                            "Refer to the appropriate authority for a severity assessment under "
                            "regulation 14."
                        ),
                        "PSD appropriate authority",
                    ),
                    action(
                        ActionKind.TRAINING,
                        ("Team session on professional standards in private messaging groups."),
                        "BCU professionalism lead",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="in-bwv-livestream-trial",
        title="Body-worn video live-streaming trial used outside the agreed incident types",
        category=Category.INFORMATION,
        origin=Origin.SELF_REPORT,
        presumed=Presumed.NOT_STATED,
        unit="CW",
        subject_reference="SR-30186",
        days_ago=52,
        summary=(
            "The BCU is trialling live-streaming from body-worn video to the control "
            "room for firearms and missing-person incidents, under a protocol agreed by "
            "the BCU commander and the information assurance lead, with a data "
            "protection impact assessment limited to those incident types. PC SR-30186, "
            "a trial officer, live-streamed a mental health crisis at a private address "
            "so that the mental health nurse in the control room could advise. The "
            "stream worked and the person was taken safely to a place of safety, but the "
            "use fell outside the protocol and the impact assessment. The officer "
            "self-reported the next day."
        ),
        harm=HarmSeverity.NONE,
        acts=(
            ScenarioAct(
                description=(
                    "Live-streamed a mental health crisis at a private address under the "
                    "missing-person and firearms trial"
                ),
                answers={
                    "Q1": no(
                        "Self-reported; the purpose was clinical advice to protect the "
                        "person in crisis."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": yes(
                        "Trial protocol signed by the BCU commander and the information "
                        "assurance lead, with a data protection impact assessment; the "
                        "officer is a named trial officer."
                    ),
                    "Q3a": no(
                        "Section 3 of the protocol limits streaming to firearms and "
                        "missing-person incidents; the officer's own report describes a "
                        "mental health crisis at a private address."
                    ),
                    "Q4": yes("The protocol's incident-type limits apply to every trial officer."),
                    "Q4a": no(
                        "The protocol gave no route to ask for an exception in an urgent "
                        "case, and the control room nurse had asked trial officers at a "
                        "briefing the week before to stream such incidents."
                    ),
                    "Q6": yes(
                        "Other trial officers asked said they would probably have streamed "
                        "too, given the nurse's request."
                    ),
                    "Q7": yes(
                        "The trial briefing did not say whether the nurse's request could be "
                        "acted on, and no one with authority over the trial had been asked "
                        "to decide (trial briefing notes)."
                    ),
                },
                expected=LACK_OF_SKILL,
                decision=accept(),
                contributing=(INNOVATION,),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Add an urgent-exception route to the trial protocol and consider "
                            "extending the impact assessment to mental health incidents."
                        ),
                        "Trial lead",
                    ),
                    action(
                        ActionKind.PROMISING_PRACTICE,
                        (
                            "Debate the mental health use at the OL Board so that individual "
                            "innovation does not become individual deviation."
                        ),
                        "OL Board secretary",
                    ),
                ),
            ),
        ),
    ),
]


INVESTIGATION = [
    Scenario(
        key="iv-missing-person-grading",
        title="Missing person graded medium risk and later found seriously injured",
        category=Category.INVESTIGATION,
        origin=Origin.COMPLAINT,
        presumed=Presumed.DEVIATION,
        unit="NE",
        subject_reference="SR-31877",
        days_ago=275,
        occurred_time=dt.time(18, 30),
        summary=(
            "At 18:30 a woman reported her adult brother missing after he did not come "
            "home from a hospital appointment. The call taker recorded that he had "
            "recently been bereaved and had missed his medication. PC SR-31877 attended, "
            "took the report and graded the risk as medium, relying on the family's "
            "account that he had gone missing before and come back within a day. He was "
            "found the next afternoon at the foot of an embankment with serious "
            "injuries. The family complained that the risk grading was wrong and that "
            "the supervisory review due within two hours did not happen."
        ),
        harm=HarmSeverity.SERIOUS,
        welfare_offered=True,
        welfare_note="TRiM offered to the officer and the sergeant after the outcome became known.",
        acts=(
            ScenarioAct(
                description="Graded the missing person report as medium risk",
                answers={
                    "Q1": no(
                        "No suggestion of any improper purpose; the rationale was written on "
                        "the report."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "APP on missing persons and the force risk assessment: grade on the "
                        "information available, including vulnerability and history."
                    ),
                    "Q4a": yes("Workable, and routinely followed."),
                    "Q5": no(
                        "The officer applied the risk assessment and recorded the rationale, "
                        "including the previous returns."
                    ),
                    "Q6": yes(
                        "A panel of missing person coordinators reviewing the form without "
                        "hindsight said medium was within the range of reasonable gradings "
                        "on what was known at 19:00."
                    ),
                    "Q7": no("The officer was trained and had access to the records; no gap."),
                },
                expected=TASK_COMPLEXITY,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Add ‘recent bereavement’ and ‘missed medication’ as prompts on the "
                            "risk assessment form."
                        ),
                        "Missing persons coordinator",
                    ),
                ),
            ),
            ScenarioAct(
                description="Sergeant: did not review the risk grading within two hours",
                answers={
                    "Q1": no("No suggestion of any improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "Force missing person procedure: a sergeant reviews the risk grading "
                        "within two hours of the report."
                    ),
                    "Q4a": no(
                        "That evening one sergeant was supervising 14 open missing person "
                        "reports as well as the response team; at that volume the two-hour "
                        "review is routinely missed (missing persons unit data)."
                    ),
                    "Q6": yes(
                        "Any sergeant with that workload would probably have missed reviews."
                    ),
                    "Q7": no("Trained; the gap is capacity, recorded as a workload factor."),
                },
                expected=TASK_COMPLEXITY,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        ("Review supervisory capacity for missing person reviews on late turn."),
                        "BCU superintendent",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="iv-dash-deferred",
        title="Domestic abuse risk assessment deferred at the scene",
        category=Category.INVESTIGATION,
        origin=Origin.SUPERVISOR,
        presumed=Presumed.NOT_STATED,
        unit="SW",
        subject_reference="SR-32640",
        days_ago=44,
        occurred_time=dt.time(1, 20),
        summary=(
            "At 01:20 PC SR-32640 attended a report of a domestic argument at a terraced "
            "house in the borough. The suspect had left before police arrived. The "
            "victim was heavily intoxicated and distressed and repeatedly asked the "
            "officers to leave. The officer recorded the incident and gave safeguarding "
            "advice but did not complete the DASH risk assessment, noting on CAD an "
            "intention to return when the victim was sober. Officers on the next shift "
            "returned that afternoon and completed the DASH, which was graded standard "
            "risk. The supervisor's daily review flagged the missing DASH as a policy "
            "breach."
        ),
        harm=HarmSeverity.NONE,
        acts=(
            ScenarioAct(
                description="Did not complete the DASH risk assessment at the scene",
                answers={
                    "Q1": no(
                        "The decision and reasons were recorded on CAD at 01:52; nothing was "
                        "concealed."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The force domestic abuse policy requires a DASH risk assessment at "
                        "the scene of every domestic incident."
                    ),
                    "Q4a": yes(
                        "Routinely followed; most victims are able to answer the questions "
                        "at the scene."
                    ),
                    "Q5": yes(
                        "The officer chose to defer the DASH and recorded why on CAD at 01:52."
                    ),
                    "Q5a": yes(
                        "Officers on the domestic abuse team said that with an intoxicated, "
                        "distressed victim asking them to leave they would also have "
                        "deferred, because answers given while intoxicated are unreliable. "
                        "The policy has no deferral route."
                    ),
                },
                expected=TASK_COMPLEXITY,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Add a recorded deferral route to the domestic abuse policy, with a "
                            "return visit within 24 hours."
                        ),
                        "Domestic abuse lead",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="iv-exhibit-not-booked",
        title="Knife exhibit not booked into the property store within the shift",
        category=Category.INVESTIGATION,
        origin=Origin.SUPERVISOR,
        presumed=Presumed.INATTENTION,
        unit="CW",
        subject_reference="SR-33915",
        days_ago=170,
        summary=(
            "After a street robbery, PC SR-33915 seized a knife from the suspect and "
            "sealed it in an exhibit tube at the scene. The exhibit was not booked into "
            "the property store until two days later, having been kept in the officer's "
            "locker in the meantime. The defence raised the gap in continuity and the "
            "CPS decided not to rely on the knife; the suspect was convicted of robbery "
            "on other evidence. The officer's sergeant referred the matter after the CPS "
            "review."
        ),
        harm=HarmSeverity.MODERATE,
        acts=(
            ScenarioAct(
                description=(
                    "Kept a sealed knife exhibit in a locker for two days instead of "
                    "booking it into the property store"
                ),
                answers={
                    "Q1": no(
                        "The exhibit was sealed and the seal number matches the notes; no "
                        "suggestion of tampering."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The property procedure requires exhibits to be booked into the "
                        "property store before the end of the tour of duty."
                    ),
                    "Q4a": yes("Routinely followed."),
                    "Q5": no("The officer meant to book it in after the custody handover."),
                    "Q6": no(
                        "The reviewer judged that most officers would have booked the knife "
                        "in before going off duty."
                    ),
                    "Q8": yes("Trained and experienced in exhibit handling."),
                    "Q9": yes(
                        "The officer put it in the locker intending to book it in after the "
                        "custody handover, then forgot."
                    ),
                },
                expected=INATTENTION,
                decision=override(
                    TASK_COMPLEXITY,
                    (
                        "After the assessment, the property store's night log showed that "
                        "the temporary exhibit lockers were full that night and the store "
                        "was closed from 22:00; the officer's locker was the only secure "
                        "option other than the front counter safe, which the shift had been "
                        "told not to use. Forgetting to book it in the next morning is a "
                        "lapse, but the main reason is overnight storage that did not work. "
                        "Decided as task complexity, with inattention contributing."
                    ),
                ),
                contributing=(INATTENTION,),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        ("Add temporary exhibit lockers and an overnight booking route."),
                        "Property store manager",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="iv-crime-recorded-as-incident",
        title="Reported assault closed as a non-crime incident",
        category=Category.INVESTIGATION,
        origin=Origin.SUPERVISOR,
        presumed=Presumed.NOT_STATED,
        unit="NE",
        subject_reference="SR-34208",
        days_ago=62,
        summary=(
            "The force crime registrar's audit found that a report of a man being "
            "punched during an argument in a shop queue had been closed on CAD as a "
            "non-crime dispute by PC SR-34208, who had completed tutorship three weeks "
            "earlier. The victim had said he did not want to support a prosecution. "
            "Under the Home Office Counting Rules a crime should have been recorded "
            "within 24 hours. The crime was recorded after the audit and the victim was "
            "contacted again."
        ),
        harm=HarmSeverity.NONE,
        acts=(
            ScenarioAct(
                description="Closed a reported assault as a non-crime incident",
                answers={
                    "Q1": no(
                        "No suggestion of any improper purpose; the CAD closure note gives "
                        "the officer's reasoning."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The National Crime Recording Standard and the Home Office Counting "
                        "Rules require a crime to be recorded where, on the balance of "
                        "probability, one has occurred, whatever the victim's wishes."
                    ),
                    "Q4a": yes("Workable; the team's compliance in the registrar's audit is 94%."),
                    "Q5": no(
                        "The officer believed the victim's wishes meant no crime should be "
                        "recorded."
                    ),
                    "Q6": no(
                        "Officers who have completed crime recording training would have "
                        "recorded it."
                    ),
                    "Q8": no(
                        "The crime recording module was not completed during tutorship and "
                        "the tutor did not cover victim-declined reports (training record "
                        "and tutor log)."
                    ),
                },
                expected=LACK_OF_SKILL,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.TRAINING,
                        (
                            "Complete the crime recording module; tutor refresher on "
                            "victim-declined reports."
                        ),
                        "Tutor constable coordinator",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="iv-forensic-submission-delay",
        title="Blood-stained cloth left in the drying cabinet for eleven days",
        category=Category.INVESTIGATION,
        origin=Origin.SELF_REPORT,
        presumed=Presumed.NOT_STATED,
        unit="SW",
        subject_reference="SR-35471",
        days_ago=128,
        summary=(
            "PC SR-35471 recovered a blood-stained cloth from a smashed window at a "
            "burgled house and put it in the drying cabinet at the station because it "
            "was wet. It was not submitted for forensic examination until eleven days "
            "later, when the officer noticed it while clearing the cabinet and "
            "self-reported. The sample was still usable, but the delay pushed the result "
            "past the suspect's bail date. The force procedure sets no timescale for "
            "submitting items left in the drying cabinet."
        ),
        harm=HarmSeverity.MINOR,
        acts=(
            ScenarioAct(
                description="Did not submit the cloth for forensic examination for eleven days",
                answers={
                    "Q1": no("Self-reported; no suggestion of any improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": no(
                        "The forensic submission procedure sets no timescale for items left "
                        "to dry, and the cabinet has no log; officers rely on memory."
                    ),
                    "Q6": yes(
                        "Other officers said items are often left in the cabinet for a week "
                        "or more."
                    ),
                    "Q7": no(
                        "The officer was trained in forensic submissions; no gap in capability."
                    ),
                },
                expected=TASK_COMPLEXITY,
                decision=override(
                    INATTENTION,
                    (
                        "The graph reaches task complexity because no written timescale "
                        "applied, which is right about the procedure. But the officer's own "
                        "account is that the cloth went into the cabinet at the end of a "
                        "shift and was simply forgotten; the reviewer judges this a lapse by "
                        "someone who knew what to do, with the missing timescale as a system "
                        "factor rather than the main reason. Decided as inattention, with "
                        "task complexity contributing."
                    ),
                ),
                contributing=(TASK_COMPLEXITY,),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        "Introduce a drying cabinet log with a 72-hour review.",
                        "Forensic services manager",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="iv-return-home-interview",
        title="Returned child not referred for a return home interview",
        category=Category.INVESTIGATION,
        origin=Origin.SUPERVISOR,
        presumed=Presumed.INATTENTION,
        unit="NE",
        subject_reference="SR-36302",
        days_ago=37,
        occurred_time=dt.time(2, 10),
        summary=(
            "A 14-year-old living in a children's home was reported missing at 21:00 and "
            "came back of their own accord at 01:30. At 02:10 PC SR-36302 carried out "
            "the prevention interview and closed the report on the missing persons system "
            "but did not make the referral to the local authority for an independent "
            "return home interview. The missing persons coordinator noticed six days "
            "later and made the referral. There were no further missing episodes in the "
            "meantime."
        ),
        harm=HarmSeverity.NONE,
        acts=(
            ScenarioAct(
                description=(
                    "Closed a child's missing person report without referring for a "
                    "return home interview"
                ),
                answers={
                    "Q1": no("No suggestion of any improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The force missing person procedure and statutory guidance require a "
                        "referral for a return home interview whenever a child returns from "
                        "a missing episode."
                    ),
                    "Q4a": yes(
                        "The referral is a tick box and an email at closure, and is routinely done."
                    ),
                    "Q5": no("Not a decision; the officer believed the referral had been sent."),
                    "Q6": no(
                        "The reviewer judges that most officers would have completed the "
                        "referral at closure."
                    ),
                    "Q8": yes("Has completed more than a dozen such closures correctly."),
                    "Q9": yes(
                        "A lapse at closure at the end of a night shift, by an officer who "
                        "knows the step."
                    ),
                },
                expected=INATTENTION,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Stop a child's report being closed on the missing persons system "
                            "until the referral is made."
                        ),
                        "Missing persons coordinator",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="iv-dash-app-pilot",
        title="Domestic abuse risk app pilot: a victim's answers failed to upload",
        category=Category.INVESTIGATION,
        origin=Origin.SUPERVISOR,
        presumed=Presumed.LACK_OF_SKILL,
        unit="CW",
        subject_reference="SR-38420",
        days_ago=26,
        summary=(
            "Response officers on the BCU are piloting an app for completing the DASH "
            "risk assessment on a mobile device, agreed by the BCU commander and the "
            "domestic abuse lead. At a domestic incident at a flat in the borough, PC "
            "SR-38420 completed the DASH on the app, but the answers did not upload and "
            "a blank form reached the safeguarding team. The victim had to be contacted "
            "again the next day. It is unclear whether the officer confirmed the upload "
            "before leaving, as the pilot guide asks, because the app's audit trail for "
            "that evening is incomplete."
        ),
        harm=HarmSeverity.MINOR,
        acts=(
            ScenarioAct(
                description="Completed the DASH on the pilot app; the answers did not upload",
                answers={
                    "Q1": no("No suggestion of any improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": yes(
                        "Pilot agreed by the BCU commander and the domestic abuse lead "
                        "(pilot plan and decision log); the officer was trained for the "
                        "pilot."
                    ),
                    "Q3a": not_established(
                        "The pilot guide asks officers to check the ‘uploaded’ tick before "
                        "leaving; the officer believes they saw it and the app's audit trail "
                        "is incomplete. Open point: the supplier is to provide the server "
                        "logs."
                    ),
                },
                expected=INNOVATION,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.EQUIPMENT,
                        ("Supplier to investigate upload failures and provide the server logs."),
                        "Pilot project manager",
                    ),
                    action(
                        ActionKind.PROMISING_PRACTICE,
                        "Feed the failure into the pilot evaluation.",
                        "Domestic abuse lead",
                    ),
                ),
            ),
        ),
    ),
]


PUBLIC_ORDER = [
    Scenario(
        key="po-containment-release",
        title="Protest containment: delayed release of vulnerable people",
        category=Category.PUBLIC_ORDER,
        origin=Origin.COMPLAINT,
        presumed=Presumed.DEVIATION,
        unit="CW",
        subject_reference="SR-40733",
        days_ago=300,
        summary=(
            "During a protest in the town centre, about 200 people were contained in a "
            "side street for just under five hours after bottles and fireworks were "
            "thrown at police lines. The bronze commander for the containment, Inspector "
            "SR-40733, was responsible for the release filter for vulnerable people. The "
            "first releases, including several under-18s and a person with diabetes, "
            "began in the fourth hour, and there was no water or toilet access until the "
            "third hour. Several complaints were received, including one from the parent "
            "of a 15-year-old."
        ),
        harm=HarmSeverity.MODERATE,
        acts=(
            ScenarioAct(
                description=(
                    "Did not start the release filter for vulnerable people until the fourth hour"
                ),
                answers={
                    "Q1": no("No suggestion of any improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "APP on public order and the operation order: a containment must "
                        "include a process to release vulnerable people as soon as "
                        "practicable."
                    ),
                    "Q4a": no(
                        "The filter needed a dedicated serial of officers, which the "
                        "operation order allocated but silver redeployed to hold a second "
                        "line (command log, 16:12)."
                    ),
                    "Q6": not_established(
                        "The command log does not show what the bronze asked for after the "
                        "serial was redeployed, so the reviewer cannot judge. Open point: "
                        "interview the silver commander and the loggist."
                    ),
                    "Q7": not_established("Depends on the open point above."),
                },
                expected=TASK_COMPLEXITY,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Protect the release-filter serial in operation orders from "
                            "redeployment without gold's agreement."
                        ),
                        "Public order planning lead",
                    ),
                ),
            ),
            ScenarioAct(
                description=(
                    "Did not arrange water and toilet access for the contained group "
                    "until the third hour"
                ),
                answers={
                    "Q1": no("No suggestion of any improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": no(
                        "The operation order did not address welfare for contained people, "
                        "and there is no force guidance on timescales."
                    ),
                    "Q6": yes(
                        "Public order advisers said any bronze in the same position would "
                        "probably have struggled to source facilities sooner."
                    ),
                    "Q7": no(
                        "The inspector was trained as a public order bronze and had the "
                        "means to request facilities; they took time to arrive from the "
                        "council depot (resourcing factor)."
                    ),
                },
                expected=TASK_COMPLEXITY,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        ("Add water and toilet provision to the containment planning template."),
                        "Public order planning lead",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="po-s60-after-expiry",
        title="Section 60 search carried out after the authorisation had expired",
        category=Category.PUBLIC_ORDER,
        origin=Origin.COMPLAINT,
        presumed=Presumed.DEVIATION,
        unit="NE",
        subject_reference="SR-41290",
        days_ago=118,
        occurred_time=dt.time(6, 40),
        summary=(
            "After a stabbing, a section 60 authorisation under the Criminal Justice and "
            "Public Order Act 1994 was in force on the estate from 18:00 to 06:00. At "
            "06:40 PC SR-41290 searched a young man leaving a bus stop on the estate "
            "under section 60, without recording any other grounds. Nothing was found. "
            "The young man complained that the search was unlawful because the "
            "authorisation had ended. The expiry was not broadcast; the officer came on "
            "duty at 05:00 and was briefed by a sergeant who had been told the "
            "authorisation might be extended."
        ),
        harm=HarmSeverity.MINOR,
        acts=(
            ScenarioAct(
                description=(
                    "Searched a young man under section 60 forty minutes after the "
                    "authorisation expired"
                ),
                answers={
                    "Q1": no(
                        "No suggestion of any improper purpose; the search was recorded on "
                        "the stop and search app."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "A search under section 60 is lawful only while an authorisation is "
                        "in force (PACE Code A)."
                    ),
                    "Q4a": yes("Routinely followed where officers know the end time."),
                    "Q5": not_established(
                        "The officer says they believed the authorisation had been extended, "
                        "as the briefing suggested; whether they knew it had ended cannot be "
                        "established. Open point."
                    ),
                    "Q6": yes(
                        "Other officers at the same briefing said they also thought it had "
                        "been extended."
                    ),
                    "Q7": yes(
                        "The expiry was not broadcast, was not recorded on the briefing "
                        "system, and officers had no way to check the status on their "
                        "devices (briefing record, control room log)."
                    ),
                },
                expected=LACK_OF_SKILL,
                decision=override(
                    TASK_COMPLEXITY,
                    (
                        "The graph reaches lack of skill through the organisational "
                        "capability gap, which is right about the gap. But the officer's "
                        "skill is not in question: they knew the law and would have complied "
                        "had the expiry been broadcast. The reviewer decides task "
                        "complexity, with the missing broadcast recorded as a procedure "
                        "factor, so that the learning goes to the authorisation process "
                        "rather than to the officer's training record."
                    ),
                ),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Broadcast every section 60 authorisation, extension and expiry, and "
                            "show the status on officers' devices."
                        ),
                        "Public order planning lead",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="po-search-bwv-off",
        title="Stop and search without the officer's body-worn video switched on",
        category=Category.PUBLIC_ORDER,
        origin=Origin.COMPLAINT,
        presumed=Presumed.DEVIATION,
        unit="SW",
        subject_reference="SR-42815",
        days_ago=66,
        occurred_time=dt.time(21, 15),
        summary=(
            "At 21:15 PC SR-42815 and a colleague stopped and searched a man for drugs "
            "outside a parade of shops. The colleague's BWV was switched on; PC "
            "SR-42815's was not, although force policy requires every officer present at "
            "a search to record. The man complained about the officer's manner. The "
            "colleague's footage covers most of the encounter and does not support the "
            "complaint about manner, but the line manager, asked about the missing "
            "footage, found three other searches in the previous month with no footage "
            "from the officer."
        ),
        harm=HarmSeverity.NONE,
        acts=(
            ScenarioAct(
                description="Did not switch on body-worn video before a stop and search",
                answers={
                    "Q1": no(
                        "No evidence of concealment: the camera was off for the whole shift "
                        "and the colleague's footage was available."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The force stop and search and BWV policies require every officer "
                        "present to switch on BWV before a search begins."
                    ),
                    "Q4a": yes(
                        "The BCU's compliance is 91% and the officer's camera was working "
                        "(device log)."
                    ),
                    "Q5": yes(
                        "The officer told the sergeant they ‘don't bother’ with BWV when a "
                        "colleague is filming, which shows a choice."
                    ),
                    "Q5a": no(
                        "Colleagues on the team record on their own cameras, and the "
                        "sergeant's audit of the team found no similar pattern."
                    ),
                    "Q5b": no(
                        "The officer did not see the risk to evidence or to the public as "
                        "substantial when a colleague was filming: at-risk behaviour rather "
                        "than reckless."
                    ),
                    "Q5c": yes(
                        "The officer's camera had failed twice in the previous month and was "
                        "replaced only the week before (device log)."
                    ),
                },
                expected=DEVIATION,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.SUPERVISION,
                        (
                            "Practice requiring improvement through reflective practice; line "
                            "manager to dip-sample the officer's searches for three months."
                        ),
                        "Response team sergeant",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="po-conditions-not-communicated",
        title="Protester arrested for breaching conditions not yet communicated",
        category=Category.PUBLIC_ORDER,
        origin=Origin.CONDUCT_REFERRAL,
        presumed=Presumed.DEVIATION,
        unit="CW",
        subject_reference="SR-43367",
        days_ago=240,
        occurred_time=dt.time(13, 45),
        summary=(
            "During a march through the town centre, conditions restricting the route "
            "were imposed at 13:30 under section 12 of the Public Order Act 1986. At "
            "13:45 PC SR-43367, on a first deployment with a police support unit, "
            "arrested a protester for breaching the conditions when the protester "
            "stepped off the route. The arrest footage shows the conditions had not yet "
            "been communicated to the crowd by loudhailer or leaflet. The protester was "
            "de-arrested at custody. Legal observers for the protest group complained, "
            "and the complaint was referred as a conduct matter."
        ),
        harm=HarmSeverity.MINOR,
        acts=(
            ScenarioAct(
                description=(
                    "Arrested a protester for breaching route conditions that had not "
                    "yet been communicated"
                ),
                answers={
                    "Q1": no(
                        "No suggestion of any improper purpose; the officer explained the "
                        "arrest on BWV."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The offence of breaching a section 12 condition requires the person "
                        "to know of it; the PSU briefing covered arrest powers."
                    ),
                    "Q4a": yes(
                        "Experienced PSU officers routinely confirm that conditions have "
                        "been communicated before arresting."
                    ),
                    "Q5": no(
                        "The officer believed that the imposition of the conditions was "
                        "enough to arrest."
                    ),
                    "Q6": no(
                        "Experienced PSU officers said they would have checked with the PSU "
                        "sergeant that the conditions had been communicated."
                    ),
                    "Q8": no(
                        "The officer had passed level 2 public order training but not the "
                        "public order legislation module, which was scheduled after the "
                        "first deployment (training record)."
                    ),
                },
                expected=LACK_OF_SKILL,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.TRAINING,
                        (
                            "Complete the public order legislation module before any first PSU "
                            "deployment."
                        ),
                        "Public order training lead",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="po-liaison-channel-pilot",
        title="Protest liaison messaging pilot: a route update was misread",
        category=Category.PUBLIC_ORDER,
        origin=Origin.SELF_REPORT,
        presumed=Presumed.NOT_STATED,
        unit="CW",
        subject_reference="SR-44702",
        days_ago=150,
        summary=(
            "The BCU's protest liaison team is piloting a direct messaging channel with "
            "protest organisers, agreed in a recorded decision of the public order "
            "command team, to give real-time route and welfare information. During a "
            "demonstration, protest liaison officer SR-44702 posted that a side road "
            "would reopen ‘shortly’. Organisers read this as permission to move the "
            "march, and it took 15 minutes of negotiation to bring the march back to the "
            "agreed route. No disorder or injury followed. The officer self-reported "
            "through the pilot's learning log."
        ),
        harm=HarmSeverity.NONE,
        acts=(
            ScenarioAct(
                description="Posted an ambiguous route update on the pilot messaging channel",
                answers={
                    "Q1": no("Self-reported; no improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": yes(
                        "Recorded decision of the public order command team approving the "
                        "pilot; the officer is a trained protest liaison officer named in "
                        "the pilot."
                    ),
                    "Q3a": yes(
                        "The message was within the pilot's purpose (route and welfare "
                        "information) and its message guidance."
                    ),
                },
                expected=INNOVATION,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROMISING_PRACTICE,
                        (
                            "Add unambiguous wording templates for route changes to the pilot "
                            "guidance."
                        ),
                        "Protest liaison team lead",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="po-dispersal-outside-area",
        title="Dispersal direction given outside the authorised area after a match",
        category=Category.PUBLIC_ORDER,
        origin=Origin.SUPERVISOR,
        presumed=Presumed.LACK_OF_SKILL,
        unit="NE",
        subject_reference="SR-45118",
        days_ago=205,
        summary=(
            "A dispersal authorisation under section 34 of the Anti-social Behaviour, "
            "Crime and Policing Act 2014 covered the streets around the football ground "
            "and the nearby station after a match. PC SR-45118, an officer on mutual aid "
            "from another BCU, gave a dispersal direction to a group of supporters on a "
            "road about 200 metres outside the authorised area, and one supporter was "
            "later arrested for failing to comply. The arrest was discontinued. The "
            "authorisation described the area by street names only, and no map was "
            "issued at briefing."
        ),
        harm=HarmSeverity.MINOR,
        acts=(
            ScenarioAct(
                description="Gave a dispersal direction on a road outside the authorised area",
                answers={
                    "Q1": no("No suggestion of any improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "A dispersal direction may be given only within the authorised area."
                    ),
                    "Q4a": yes("The rule is clear and workable where officers know the boundary."),
                    "Q5": no("The officer believed the road was inside the area."),
                    "Q6": yes(
                        "Other mutual aid officers at the debrief said they were unsure of "
                        "the boundary too."
                    ),
                    "Q7": yes(
                        "No map was issued and the boundary was given only as a list of "
                        "street names; officers from outside the BCU were not shown it "
                        "(briefing pack)."
                    ),
                },
                expected=LACK_OF_SKILL,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Issue a map of every dispersal area at briefing and on officers' "
                            "devices."
                        ),
                        "Events planning lead",
                    ),
                ),
            ),
        ),
    ),
]


OTHER = [
    Scenario(
        key="ot-warrant-wrong-flat",
        title="Drugs warrant executed at the wrong flat",
        category=Category.OTHER,
        origin=Origin.COMPLAINT,
        presumed=Presumed.DEVIATION,
        unit="SW",
        subject_reference="SR-46251",
        days_ago=180,
        occurred_time=dt.time(6, 5),
        summary=(
            "A warrant under section 23 of the Misuse of Drugs Act 1971 was obtained for "
            "‘Flat 12’ in a converted house in the borough, on intelligence about a flat "
            "on the second floor. At 06:05 the entry team forced the door of Flat 12 on "
            "the ground floor, home to a family with two young children; the "
            "intelligence related to Flat 12A above. The mistake was realised within "
            "minutes, the family received an apology and the door was made secure. The "
            "family complained about the distress and the damage. DC SR-46251 prepared "
            "the application; the inspector leading the operation and the sergeant "
            "leading the entry team are also named in the referral."
        ),
        harm=HarmSeverity.MODERATE,
        acts=(
            ScenarioAct(
                description=(
                    "Applied for the warrant without completing the address verification checks"
                ),
                answers={
                    "Q1": no("No suggestion of any improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The force search warrant procedure requires address verification "
                        "(council tax, electoral register, utilities and a visual check) "
                        "before an application."
                    ),
                    "Q4a": yes("The checks are routinely done and take about an hour."),
                    "Q5": no(
                        "The DC believed the address from the intelligence unit had already "
                        "been verified."
                    ),
                    "Q6": no(
                        "Experienced warrant applicants said they would have carried out the "
                        "checks themselves."
                    ),
                    "Q8": no(
                        "This was the DC's first application, warrant application training "
                        "had not been completed and the DC's mentor was on leave (training "
                        "record)."
                    ),
                },
                expected=LACK_OF_SKILL,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.TRAINING,
                        (
                            "Warrant application training and mentor sign-off before any first "
                            "application."
                        ),
                        "Detective inspector",
                    ),
                ),
            ),
            ScenarioAct(
                description=(
                    "Inspector: did not arrange a reconnaissance of the premises before entry"
                ),
                answers={
                    "Q1": no("No suggestion of any improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The warrant execution procedure requires a reconnaissance to "
                        "confirm the door and layout."
                    ),
                    "Q4a": no(
                        "The operation was brought forward at two hours' notice on "
                        "intelligence that drugs were about to be moved; a reconnaissance in "
                        "that time is rarely possible and is routinely skipped for fast-time "
                        "warrants."
                    ),
                    "Q6": yes(
                        "Other inspectors who run fast-time warrants said they would "
                        "probably have gone in without one."
                    ),
                    "Q7": no(
                        "Trained; the gap is in the fast-time procedure, recorded as a "
                        "procedure factor."
                    ),
                },
                expected=TASK_COMPLEXITY,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Add a minimum address confirmation step, such as a drive-past, for "
                            "fast-time warrants."
                        ),
                        "Operations superintendent",
                    ),
                ),
            ),
            ScenarioAct(
                description=(
                    "Entry team sergeant: forced entry without confirming the flat "
                    "number at the door"
                ),
                answers={
                    "Q1": no("No suggestion of any improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "The entry briefing requires the entry team leader to confirm the "
                        "door number before entry."
                    ),
                    "Q4a": yes("A routine and simple step."),
                    "Q5": no("The sergeant believed the door matched the briefing photograph."),
                    "Q6": no(
                        "Experienced entry team leaders said they would have checked the "
                        "number; the ‘12A’ bell was visible beside the door."
                    ),
                    "Q8": yes("An experienced entry team leader."),
                    "Q9": yes(
                        "A lapse in the rush of a pre-dawn entry by a sergeant who routinely "
                        "confirms the door."
                    ),
                },
                expected=INATTENTION,
                decision=accept(),
            ),
        ),
    ),
    Scenario(
        key="ot-drone-search-trial",
        title="Drone search trial: thermal camera missed a person under tree cover",
        category=Category.OTHER,
        origin=Origin.SELF_REPORT,
        presumed=Presumed.NOT_STATED,
        unit="SW",
        subject_reference="SR-37659",
        days_ago=90,
        summary=(
            "The force is trialling a remotely piloted aircraft with a thermal camera "
            "for missing person searches, under a trial agreed by the head of operations "
            "with a flight manual and an evaluation plan. During a night search for an "
            "older man with dementia, the trained pilot, SR-37659, flew the agreed "
            "search pattern over woodland behind a housing estate. The camera did not "
            "detect the man, who was found by a search dog team 40 minutes later under "
            "dense evergreen cover, cold but uninjured. The pilot self-reported the miss "
            "through the trial's evaluation log."
        ),
        harm=HarmSeverity.MINOR,
        acts=(
            ScenarioAct(
                description=(
                    "Flew the agreed thermal search pattern, which did not detect the missing man"
                ),
                answers={
                    "Q1": no("Self-reported; no improper purpose."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": yes(
                        "Trial approved by the head of operations with a flight manual and "
                        "evaluation plan; the pilot holds the required licence and trial "
                        "training."
                    ),
                    "Q3a": yes(
                        "The flight logs show the agreed search pattern and altitude were followed."
                    ),
                },
                expected=INNOVATION,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROMISING_PRACTICE,
                        (
                            "Record the evergreen canopy limitation in the trial evaluation and "
                            "share it with search advisers."
                        ),
                        "Drone trial lead",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="ot-translation-app-statement",
        title="Translation app trial used to take an evidential statement",
        category=Category.OTHER,
        origin=Origin.SELF_REPORT,
        presumed=Presumed.NOT_STATED,
        unit="NE",
        subject_reference="SR-47380",
        days_ago=76,
        occurred_time=dt.time(3, 0),
        summary=(
            "The force is trialling a machine translation app on officers' devices for "
            "first contact with people who do not speak English, agreed by the head of "
            "criminal justice under a protocol that excludes evidential statements. At "
            "03:00 PC SR-47380 used the app to take a written statement from the victim "
            "of a serious assault, because no interpreter was available until the "
            "morning and the victim was about to be discharged from hospital and leave "
            "the area. The CPS later declined to rely on the statement and a new one was "
            "taken with an interpreter. The officer self-reported the use."
        ),
        harm=HarmSeverity.MINOR,
        acts=(
            ScenarioAct(
                description="Used the trial translation app to take an evidential statement",
                answers={
                    "Q1": no("Self-reported; the purpose was to secure the victim's account."),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": yes(
                        "Trial protocol agreed by the head of criminal justice; the officer "
                        "is a trained trial user."
                    ),
                    "Q3a": no(
                        "Section 4 of the protocol expressly excludes evidential statements, "
                        "and the officer used the app to take one (self-report, statement "
                        "form)."
                    ),
                    "Q4": yes(
                        "The trial protocol and the force interpreters policy require an "
                        "accredited interpreter for evidential statements."
                    ),
                    "Q4a": yes(
                        "Workable in most cases: interpreters are usually available within "
                        "two hours."
                    ),
                    "Q5": yes(
                        "The officer knew of the exclusion and chose to use the app because "
                        "the victim was about to leave the area (self-report)."
                    ),
                    "Q5a": yes(
                        "Colleagues and the trial lead said most officers would probably "
                        "have done the same to secure a first account; the protocol gave no "
                        "option for an urgent first account."
                    ),
                },
                expected=TASK_COMPLEXITY,
                decision=accept(),
                contributing=(INNOVATION,),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        (
                            "Add an urgent first-account option to the trial protocol, with the "
                            "statement retaken later through an interpreter."
                        ),
                        "Head of criminal justice",
                    ),
                    action(
                        ActionKind.PROMISING_PRACTICE,
                        (
                            "Debate the urgent use case at the OL Board before the trial is "
                            "extended."
                        ),
                        "OL Board secretary",
                    ),
                ),
            ),
        ),
    ),
    Scenario(
        key="ot-court-warning-missed",
        title="Officer missed a court date after the warning went to an old mailbox",
        category=Category.OTHER,
        origin=Origin.SUPERVISOR,
        presumed=Presumed.DEVIATION,
        unit="CW",
        subject_reference="SR-50264",
        days_ago=55,
        summary=(
            "PC SR-50264 was warned to give evidence at the magistrates' court in a "
            "drink-driving trial. The witness warning went to the shared mailbox of a "
            "team the officer had left four months earlier, because the officer's record "
            "had not been updated after the move. The officer did not attend and the "
            "trial was adjourned, with costs. The court's legal adviser asked the force "
            "to explain the absence, and the case was referred as a possible failure to "
            "attend."
        ),
        harm=HarmSeverity.MINOR,
        acts=(
            ScenarioAct(
                description="Did not attend court to give evidence when warned",
                answers={
                    "Q1": no(
                        "No suggestion of any improper purpose; the officer did not know of "
                        "the warning."
                    ),
                    "Q2": NO_WELFARE_SIGNS,
                    "Q3": NO_TRIAL,
                    "Q4": yes(
                        "Officers must attend court when warned; the resourcing unit updates "
                        "an officer's warning address on a move."
                    ),
                    "Q4a": no(
                        "The warning system relies on shared team mailboxes that are not "
                        "routinely monitored; there were six similar missed warnings on the "
                        "BCU that quarter."
                    ),
                    "Q6": yes(
                        "Any officer whose record had not been updated would have missed the "
                        "warning."
                    ),
                    "Q7": no(
                        "The officer's capability is not in question; the failure lies in "
                        "the warning process, recorded as a procedure factor."
                    ),
                },
                expected=TASK_COMPLEXITY,
                decision=accept(),
                learning_actions=(
                    action(
                        ActionKind.PROCEDURE_REVIEW,
                        ("Send court warnings to officers' own work accounts and duty rosters."),
                        "Criminal justice unit manager",
                    ),
                ),
            ),
        ),
    ),
]


SCENARIOS: list[Scenario] = [
    *USE_OF_FORCE,
    *CUSTODY,
    *DRIVING,
    *INFORMATION,
    *INVESTIGATION,
    *PUBLIC_ORDER,
    *OTHER,
]


def scenario_acts() -> Iterator[tuple[Scenario, ScenarioAct]]:
    """Every (scenario, act) pair, in order."""
    for scenario in SCENARIOS:
        for act in scenario.acts:
            yield scenario, act
