"""`survey-app demo`: the fictional Republic of Examplia, three cycles (2022, 2024, 2026).

Answers are generated from the questionnaire model (item type, role, norm and id), so the demo works
with any questionnaire; the generator is seeded, so the result is always the same.  Older cycles
are derived from the newest: lower implementation statuses, shorter texts, fewer answers, so the
comparison views have something real to show.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from survey_app.errors import SurveyError
from survey_app.storage import codes
from survey_app.storage.api import State

if TYPE_CHECKING:
    from survey_app.questionnaire.model import Item, Questionnaire
    from survey_app.storage.store import Store

DEMO_STATE = State(None, "Republic of Examplia")
CYCLES = (2022, 2024, 2026)
SEED = 2026
WHO = "Demo"

NORM_THEMES = {
    "13(a)": "cooperation to increase stability and security in the use of ICTs",
    "13(b)": "considering all relevant information after an ICT incident",
    "13(c)": "not allowing our territory to be used for internationally wrongful acts using ICTs",
    "13(d)": "cooperation against criminal and terrorist use of ICTs",
    "13(e)": "respect for human rights online, including privacy and freedom of expression",
    "13(f)": "refraining from ICT activity that damages critical infrastructure",
    "13(g)": "the protection of our critical infrastructure",
    "13(h)": "responding to requests for assistance from other States",
    "13(i)": "the integrity of the ICT supply chain",
    "13(j)": "responsible reporting of ICT vulnerabilities",
    "13(k)": "the protection of authorized emergency response teams",
}

SENTENCES: dict[str, tuple[str, ...]] = {
    "description": (
        "The National Cybersecurity Strategy 2023–2027 sets out the measures the Government takes on {theme}.",
        "An inter-ministerial working group chaired by the Ministry of Foreign Affairs meets every quarter to follow up.",
        "The Cybersecurity Act of 2021 gives the national CERT a clear mandate and a budget of its own.",
        "Implementation is reviewed each year and the results are reported to Parliament.",
        "Regional partners are consulted through the existing points of contact before new measures are adopted.",
        "Guidance for ministries was published in 2024 and is being translated into the national languages.",
    ),
    "institutions": (
        "The Ministry of Foreign Affairs leads, with the Ministry of Digital Affairs and the national CERT (EX-CERT).",
        "The National Cybersecurity Council coordinates the work of eleven ministries and agencies.",
        "The Data Protection Authority and the Office of the Prosecutor General take part where their mandates require.",
    ),
    "challenges": (
        "Recruiting and keeping qualified staff remains the main obstacle.",
        "Smaller agencies lack the budget to apply the technical standards in full.",
        "Coordination between ministries takes time, especially during incidents that cross sectors.",
        "Information from private operators reaches the Government late and incomplete.",
        "Legislation on {theme} has not kept pace with technology.",
    ),
    "practices": (
        "A yearly national exercise brings together ministries, operators and the national CERT.",
        "Our points of contact answer requests from other States within 24 hours.",
        "A public register lists the measures adopted on {theme}, with their legal basis.",
        "Lessons learned after each major incident are shared with regional partners.",
    ),
    "cb_needs": (
        "Examplia would welcome training for legal advisers on {theme}.",
        "Support to set up sector-specific incident response teams would help the energy and health sectors.",
        "Technical assistance in forensic analysis would strengthen our investigations.",
    ),
    "cb_offers": (
        "Examplia can share its national exercise scenarios with interested States.",
        "Our national CERT offers short placements for analysts from the region.",
        "The Ministry of Foreign Affairs can host a regional workshop on {theme}.",
    ),
    "view": (
        "Examplia considers that international law, and in particular the Charter of the United Nations in its entirety, applies to the use of ICTs by States.",
        "Examplia's position was presented at the Open-ended Working Group and published on the website of the Ministry of Foreign Affairs.",
        "The principles of sovereignty and non-intervention apply to State conduct in cyberspace as elsewhere.",
        "Further discussion is needed on how existing rules apply in practice, including on due diligence.",
    ),
    "summary": (
        "The Republic of Examplia is committed to the framework of responsible State behaviour in the use of ICTs.",
        "Since its last survey, Examplia adopted a National Cybersecurity Strategy and strengthened its national CERT.",
        "Most of the eleven norms are now implemented or in progress, with critical infrastructure protection as a priority.",
        "Examplia published its national position on how international law applies to the use of ICTs.",
        "Capacity-building remains essential, in particular for legal and technical staff, and Examplia offers its experience to the region.",
        "This survey was prepared by the Ministry of Foreign Affairs with the contributions of eleven ministries and agencies.",
    ),
    "agencies": (
        "Ministry of Digital Affairs; Ministry of Interior; Ministry of Justice; Ministry of Defence; "
        "National CERT (EX-CERT); Data Protection Authority; Central Bank of Examplia; National Energy Regulator.",
    ),
    "threats": (
        "Ransomware against hospitals and municipalities is the most frequent serious threat Examplia faces.",
        "Attacks on the energy grid and on submarine cables would have the gravest consequences for our economy.",
        "Examplia is concerned by the growing market for intrusion tools and their use by non-State actors.",
        "The national CERT recorded a steady rise in incidents affecting public services since the last survey.",
        "Emerging technologies, including artificial intelligence, change the speed and scale of malicious activity.",
    ),
    "cbm": (
        "Examplia nominated diplomatic and technical points of contact and tests them twice a year.",
        "Our national strategy and our position on international law are published in English and French.",
        "Examplia took part in the regional exercise on communication between points of contact in 2025.",
        "Business and academia are invited to the annual national cyber dialogue organised by the Ministry.",
        "Examplia proposes regular regional meetings of national CERTs to build trust.",
    ),
    "dialogue": (
        "Examplia supports a single, permanent and action-oriented mechanism under the auspices of the United Nations.",
        "The future mechanism should be inclusive and give a role to stakeholders, while remaining State-led.",
        "Practical work on capacity-building and confidence-building measures should be at its centre.",
        "Examplia benefited from the sponsorship programme, which allowed an expert from the capital to attend.",
    ),
    "capacity": (
        "Examplia would welcome support to train the staff of its national CERT in incident handling and forensics.",
        "Help in drafting secondary legislation on critical infrastructure would be useful.",
        "Examplia can offer places in its national training course on cyber diplomacy.",
        "Programmes should be demand-driven, sustainable and respect national ownership.",
        "Women make up a growing share of participants in our national training programmes.",
    ),
    "generic": (
        "Examplia supports practical cooperation at the United Nations and in its region.",
        "The Government consulted business, academia and civil society while preparing this answer.",
        "Progress is steady but depends on sustained funding.",
        "Examplia will report on further steps in its next survey.",
        "Regional organisations play a useful role in building trust between States.",
    ),
}

DOCUMENT_TITLES = (
    "National Cybersecurity Strategy 2023–2027",
    "Cybersecurity Act",
    "Critical Infrastructure Protection Regulation",
    "National Position on International Law and Cyberspace",
    "Guidelines on Coordinated Vulnerability Disclosure",
    "Annual Report of the National CERT",
)

SHORT_TEXTS = {
    "lead_ministry": "Ministry of Foreign Affairs of the Republic of Examplia",
    "protective_marking": "UNCLASSIFIED",
    "submission_contact": "Dr. Ana Exemplar",
    "cert_name": "Examplia National Computer Emergency Response Team (EX-CERT)",
    "name": "Mr. Rui Sample",
    "function": "Head, Cyber Diplomacy Unit",
    "organisation": "Ministry of Foreign Affairs",
    "email": "cyber.policy@mfa.examplia.example",
    "phone": "+999 21 555 0142",
    "link": "https://www.gov.examplia.example/cyber",
}


@dataclass(frozen=True, slots=True)
class DemoResult:
    response_ids: tuple[int, ...]
    answered: tuple[int, ...]


def _kind_of(item_id: str) -> str:
    """Which bank of sentences fits an item, from the conventions of its id (any questionnaire)."""
    for suffix in ("description", "institutions", "challenges", "practices", "cb_needs", "cb_offers"):
        if item_id.endswith(suffix):
            return suffix
    if item_id.startswith("il_cb") or item_id.startswith("cb_"):
        return "capacity"
    if item_id.endswith(("_view", "_general", "_gaps", "_other_topics", "_plans")) or item_id.startswith("il_"):
        return "view"
    for prefix, kind in (("thr_", "threats"), ("cbm_", "cbm"), ("dlg_", "dialogue")):
        if item_id.startswith(prefix):
            return kind
    return "generic"


def _words(text: str) -> int:
    return len(text.split())


class _Generator:
    def __init__(self, questionnaire: Questionnaire, cycle: int, seed: int) -> None:
        self.questionnaire = questionnaire
        self.cycle = cycle
        self.rng = random.Random(f"{seed}:{questionnaire.id}")

    def long_text(self, item: Item) -> str:
        from survey_app.questionnaire.model import Role

        limit = item.word_limit or 10_000
        if item.role is Role.EXECUTIVE_SUMMARY:
            chosen = list(SENTENCES["summary"])
            while len(chosen) > 1 and _words(" ".join(chosen)) > limit:
                chosen.pop()
            return " ".join(chosen)
        if item.role is Role.CONTRIBUTING_AGENCIES:
            bank = SENTENCES["agencies"]
        else:
            bank = SENTENCES[_kind_of(item.id)]
        theme = NORM_THEMES.get(item.norm or "", "responsible State behaviour in the use of ICTs")
        count = min(len(bank), self.rng.randint(2, 4) if len(bank) > 2 else len(bank))
        start = self.rng.randrange(len(bank))
        chosen = [bank[(start + n) % len(bank)].format(theme=theme) for n in range(count)]
        while len(chosen) > 1 and _words(" ".join(chosen)) > limit:
            chosen.pop()
        return " ".join(chosen)

    def short_text(self, item: Item, *, row: int = 0) -> str:
        if item.role is not None and item.role.value in SHORT_TEXTS:
            return SHORT_TEXTS[item.role.value]
        for key, text in SHORT_TEXTS.items():
            if item.id.endswith(key):
                return f"{text}/{row + 1}" if key == "link" and row else text
        if item.id in ("title", "name_of_document") or item.id.endswith("title"):
            return DOCUMENT_TITLES[(row + self.rng.randrange(len(DOCUMENT_TITLES))) % len(DOCUMENT_TITLES)]
        return self.rng.choice(("National CERT", "Ministry of Digital Affairs", "National Cybersecurity Council"))

    def number(self, item: Item) -> int:
        low = int(item.minimum) if item.minimum is not None else 0
        high = int(item.maximum) if item.maximum is not None else low + 50
        if "year" in item.id:
            low, high = max(low, self.cycle - 8), min(high, self.cycle)
        return self.rng.randint(low, max(low, min(high, low + 40)))

    def choices(self, item: Item) -> list[str]:
        avoid = {"other", "not_applicable", "not_addressed", "neither", "none", "not_nominated", "not_started"}
        values = [v for v in item.choice_list.values() if v not in avoid] if item.choice_list else []
        return values or (list(item.choice_list.values()) if item.choice_list else [])

    def value(self, item: Item, *, row: int = 0) -> Any:
        from survey_app.questionnaire.model import ItemType

        kind = item.type
        if kind is ItemType.LONG_TEXT:
            return self.long_text(item)
        if kind is ItemType.SHORT_TEXT:
            return self.short_text(item, row=row)
        if kind is ItemType.INTEGER:
            return self.number(item)
        if kind is ItemType.DECIMAL:
            low = item.minimum if item.minimum is not None else 0.0
            high = item.maximum if item.maximum is not None else low + 100
            return f"{self.rng.uniform(low, min(high, low + 60)):.1f}"
        if kind is ItemType.DATE:
            return f"{self.cycle - self.rng.randint(1, 3)}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"
        if kind is ItemType.YES_NO:
            return self.rng.random() < 0.85
        if kind is ItemType.SCALE:
            values = self.choices(item)
            return values[-1] if self.rng.random() < 0.6 else values[max(0, len(values) - 2)]
        if kind is ItemType.SINGLE_CHOICE:
            return self.rng.choice(self.choices(item)[:3] or [None])
        if kind is ItemType.MULTI_CHOICE:
            values = self.choices(item)
            picked = self.rng.sample(values, k=min(len(values), self.rng.randint(1, 3)))
            return {"selected": [v for v in values if v in picked]}
        if kind is ItemType.GROUP:
            rows = max(item.min_rows, 1 if item.max_rows == 1 else self.rng.randint(1, 3))
            return [{sub.id: self.value(sub, row=n) for sub in item.items if sub.has_value} for n in range(rows)]
        return None


def generate_answers(questionnaire: Questionnaire, *, cycle: int, seed: int = SEED) -> dict[str, Any]:
    """A complete, valid answer set: every item that is shown (given the other answers) is answered."""
    from survey_app.questionnaire import values as answer_values

    generator = _Generator(questionnaire, cycle, seed)
    candidates = {item.id: generator.value(item) for item in questionnaire.answerable_items()}
    candidates = {k: v for k, v in candidates.items() if v is not None}
    return _visible_only(questionnaire, {
        item_id: answer_values.normalise(questionnaire.item(item_id), value)
        for item_id, value in candidates.items()
        if not answer_values.check_value(questionnaire.item(item_id), value)
    })


def _visible_only(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> dict[str, Any]:
    from survey_app.questionnaire import values as answer_values

    kept = dict(answers)
    for _ in range(5):  # hiding one item can hide others that depend on it
        shown = {k: v for k, v in kept.items() if answer_values.is_visible(questionnaire.item(k), kept, questionnaire)}
        if shown == kept:
            break
        kept = shown
    return kept


def earlier_cycle(questionnaire: Questionnaire, answers: Mapping[str, Any], *, steps: int, seed: int = SEED) -> dict[str, Any]:
    """The answers as they were `steps` cycles earlier: lower statuses, shorter texts, fewer answers."""
    from survey_app.questionnaire.model import ItemType, Role

    rng = random.Random(f"{seed}:earlier:{steps}")
    older: dict[str, Any] = {}
    for item_id, value in answers.items():
        item = questionnaire.item(item_id)
        if item.role is None and rng.random() < 0.18 * steps:
            continue  # not yet answered back then
        if item.type is ItemType.SCALE and item.choice_list is not None:
            ranked = [v for v in item.choice_list.values() if v not in item.choice_list.unordered_values]
            if value in ranked:
                value = ranked[max(0, ranked.index(value) - rng.randint(1, steps))]
        elif item.type is ItemType.LONG_TEXT and item.role is not Role.CONTRIBUTING_AGENCIES:
            sentences = [s for s in value.split(". ") if s]
            keep = max(1, len(sentences) - steps)
            value = ". ".join(sentences[:keep]).rstrip(".") + "."
            if rng.random() < 0.5:
                value = value.replace("is now", "is").replace("are now", "are being").replace("2023–2027", "2019–2023")
        elif item.type is ItemType.GROUP and isinstance(value, list) and len(value) > 1:
            value = value[: len(value) - 1]
        older[item_id] = value
    return _visible_only(questionnaire, older)


def add_demo(store: Store, questionnaire: Questionnaire, *, seed: int = SEED) -> DemoResult:
    """Add Examplia's three responses; refuses when Examplia is already in the database."""
    for summary in store.list_responses(include_deleted=True):
        if summary.response.state.key == DEMO_STATE.key and not summary.response.deleted:
            raise SurveyError(
                codes.DUPLICATE_RESPONSE,
                "{state} is already in this database (response {response_id}); delete its responses first to add the demonstration again.", values={"state": DEMO_STATE.name, "response_id": summary.response.id}
            )
    newest = generate_answers(questionnaire, cycle=CYCLES[-1], seed=seed)
    answer_sets = {
        CYCLES[0]: earlier_cycle(questionnaire, newest, steps=2, seed=seed),
        CYCLES[1]: earlier_cycle(questionnaire, newest, steps=1, seed=seed),
        CYCLES[2]: newest,
    }
    ids: list[int] = []
    previous: int | None = None
    for cycle in CYCLES:
        response = store.create_response(
            state=DEMO_STATE, cycle=cycle, questionnaire=questionnaire, language="en", previous_id=previous
        )
        store.set_answers(response.id, answer_sets[cycle], who=WHO, reason="demo")
        if cycle != CYCLES[-1]:
            store.finalise(response.id, who=WHO)
        ids.append(response.id)
        previous = response.id
    return DemoResult(tuple(ids), tuple(len(answer_sets[c]) for c in CYCLES))
