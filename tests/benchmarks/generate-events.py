#!/usr/bin/env python3
"""Writes realistic LMS learning-event CSVs of any size (and a matching roster) for Uptake's benchmarks.

The same seed gives the same bytes. Python standard library only.

    generate-events.py --rows 1000000 --out events-1M.csv
    generate-events.py --rows 5000000 --out events-5M.csv --roster roster.csv
    generate-events.py --roster roster.csv              # roster only

Events: header learner,timestamp,course,content,event,duration,score. A few thousand learners with skewed
(log-normal) activity, some of whom never show up at all; ~40 courses, each with ordered content items that
learners work through, start, drop out of or complete; ISO 8601 timestamps with the zone's offset over ~6
months, busy on weekday working hours, quieter at weekends, in time order except for a few late-arriving
rows; event types viewed / started / completed / logged in / failed login in realistic shares; a duration
(minutes) on some rows and a score on assessed completions; course and content names that need quoting
(commas, doubled quotes, non-ASCII); and a sprinkle of exact duplicate rows (real LMS logs have them, and
an importer must count each).

The roster depends only on --seed and --learners, never on --rows, so one roster matches every event file
made with the same seed and learner count.
"""

import argparse
import bisect
import datetime as dt
import math
import random
import sys

try:
    from zoneinfo import ZoneInfo
except ImportError:  # pragma: no cover - Python < 3.9
    ZoneInfo = None

HEADER = "learner,timestamp,course,content,event,duration,score\n"
ROSTER_HEADER = "learner,name,email,department,team,country,timezone,manager,role,hire_date\n"

COURSE_TOPICS = [
    "Welcome to Northwind", "Information Security Essentials", "Data Protection (GDPR)",
    "Code of Conduct", "Health, Safety and Wellbeing", "Anti-Bribery and Corruption",
    "Diversity, Equity and Inclusion", "Customer Conversations", "Handling Complaints",
    "Product Fundamentals", "Product Deep Dive: Billing", "Product Deep Dive: Integrations",
    "CRM Basics", "Ticketing Workflow", "Writing Clear Emails", "Negotiation Skills",
    "Leading Teams", "Coaching, Feedback and Growth", "Managing Remote Teams", "Time Management",
    "Presentation Skills", "Project Management Basics", "Agile in Practice", "Excel for Analysis",
    "SQL for Business Users", "Dashboards and Reporting", "Cloud Fundamentals", "Python Basics",
    "Secure Coding", "Incident Response", "Accessibility Basics", "Sustainability at Work",
    "Finance for Non-Finance Managers", "Hiring Without Bias", "Onboarding Buddies",
    "Sales Methodology", "Account Planning", "Service Excellence", "Résumé of Policies 2025",
    'The "Customer First" Programme', "Change Management", "Mental Health First Aid",
]
CONTENT_KINDS = ["Video", "Reading", "Quiz", "Exercise", "Case study", "Scenario", "Checklist", "Podcast"]
CONTENT_TITLES = [
    "Introduction", "Why it matters", "Key concepts", "Common mistakes", "Worked example",
    "Practice", "Role play", "Deep dive", "Tools and templates", "Real stories", "Dos and don'ts",
    "Putting it together", "Reflection", "Next steps", "Summary",
]
FIRST_NAMES = [
    "Anna", "Ben", "Chloé", "David", "Elif", "Farah", "Gustavo", "Hannah", "Ines", "Jonas", "Kai",
    "Lena", "Mateo", "Nora", "Olu", "Priya", "Quentin", "Rosa", "Sven", "Tomás", "Uma", "Viktor",
    "Wen", "Xavier", "Yasmin", "Zoë", "Aisha", "Björn", "Carmen", "Dmitri", "Emma", "Felix", "Grace",
    "Hiro", "Isabel", "Jamal", "Katarzyna", "Liam", "Maya", "Niamh", "Oscar", "Paula", "Ravi",
    "Sofia", "Theo", "Ursula", "Valentina", "William", "Yusuf", "Zara",
]
LAST_NAMES = [
    "Müller", "Smith", "García", "Kowalski", "Nguyen", "O'Brien", "Rossi", "Johansson", "Dubois",
    "Okafor", "Patel", "Schmidt", "Tanaka", "Silva", "Novak", "Andersen", "Fischer", "Lopez", "Brown",
    "Chen", "Kaya", "Ivanova", "Wilson", "Martin", "Bauer", "Costa", "Hughes", "Jensen", "Khan",
    "Larsen", "Moreau", "Nowak", "Popescu", "Quinn", "Reyes", "Sato", "Torres", "Visser", "Weber",
    "Young", "de la Cruz", "van der Berg",
]
DEPARTMENTS = [
    ("Customer Support", 0.22), ("Sales", 0.16), ("Engineering", 0.18), ("Operations", 0.12),
    ("Finance", 0.07), ("Marketing", 0.08), ("People & Culture", 0.05), ("Product", 0.07),
    ("Legal, Risk and Compliance", 0.05),
]
COUNTRIES = [
    ("Germany", "Europe/Berlin", 0.30), ("United Kingdom", "Europe/London", 0.18),
    ("Spain", "Europe/Madrid", 0.10), ("Poland", "Europe/Warsaw", 0.10),
    ("United States", "America/New_York", 0.14), ("Canada", "America/Toronto", 0.05),
    ("India", "Asia/Kolkata", 0.08), ("Singapore", "Asia/Singapore", 0.05),
]
ROLES = ["Associate", "Specialist", "Senior Specialist", "Analyst", "Engineer", "Senior Engineer",
         "Consultant", "Coordinator", "Team Lead", "Manager"]


def csv_field(text):
    """RFC 4180 quoting, only where needed (as spreadsheet exports do)."""
    if any(c in text for c in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def weighted_pick(rng, items):
    r = rng.random() * sum(w for _, w in items)
    for value, w in items:
        r -= w
        if r <= 0:
            return value
    return items[-1][0]


def make_learners(seed, count):
    """Learner ids and activity weights: log-normal (a few very active people, a long tail), ~12% never active."""
    rng = random.Random(f"{seed}-learners")
    ids = [f"E{10000 + 37 * i + rng.randrange(37):06d}" for i in range(count)]
    weights = []
    for _ in range(count):
        weights.append(0.0 if rng.random() < 0.12 else rng.lognormvariate(0.0, 1.1))
    return ids, weights


def make_courses(seed, count):
    """(quoted course name, [quoted content names in order], popularity, assessed) per course."""
    rng = random.Random(f"{seed}-courses")
    courses = []
    for i in range(count):
        name = COURSE_TOPICS[i % len(COURSE_TOPICS)]
        if i >= len(COURSE_TOPICS):
            name = f"{name} (part {i // len(COURSE_TOPICS) + 1})"
        items = []
        for j in range(rng.randint(5, 16)):
            kind = rng.choice(CONTENT_KINDS)
            title = rng.choice(CONTENT_TITLES)
            if rng.random() < 0.05:
                title = f'{title}: "{rng.choice(["Say it right", "Get started", "Ask, listen, act"])}"'
            items.append(csv_field(f"{j + 1:02d} {kind}: {title}"))
        popularity = 1.0 / (1 + i) ** 0.8 if i else 3.0  # the onboarding course is everyone's first
        courses.append((csv_field(name), items, popularity, rng.random() < 0.5))
    return courses


def hour_slots(start, days, zone_name):
    """Per hour of real time, in order: (local 'YYYY-MM-DDTHH:' prefix, offset suffix, weight).

    Walks UTC hours, so daylight-saving changes come out right: the skipped local hour never appears, the
    repeated one appears twice with its two offsets, and the file stays in true time order.
    """
    zone = ZoneInfo(zone_name) if ZoneInfo else dt.timezone.utc
    first = dt.datetime(start.year, start.month, start.day, tzinfo=zone).astimezone(dt.timezone.utc)
    weekday_w = [0.02, 0.01, 0.01, 0.01, 0.02, 0.05, 0.15, 0.45, 0.9, 1.0, 1.0, 0.85, 0.6, 0.8, 0.95, 0.9,
                 0.75, 0.5, 0.3, 0.25, 0.2, 0.15, 0.08, 0.04]
    weekend_w = [0.02, 0.01, 0.01, 0.01, 0.01, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1,
                 0.09, 0.08, 0.08, 0.08, 0.07, 0.05, 0.04, 0.02]
    slots = []
    for k in range(days * 24):
        local = (first + dt.timedelta(hours=k)).astimezone(zone)
        d = (local.date() - start).days
        # Slow growth over the period (a rollout) plus a holiday dip around day 100.
        trend = (0.6 + 0.8 * d / days) * (0.45 if 98 <= d < 105 else 1.0)
        w = (weekday_w if local.weekday() < 5 else weekend_w)[local.hour]
        minutes = int(local.utcoffset().total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        suffix = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        slots.append((f"{local.date().isoformat()}T{local.hour:02d}:", suffix, w * trend))
    return slots


def write_events(args, out):
    rng = random.Random(f"{args.seed}-events")
    ids, lweights = make_learners(args.seed, args.learners)
    courses = make_courses(args.seed, args.courses)
    start = dt.date.fromisoformat(args.start)
    slots = hour_slots(start, args.days, args.timezone)

    active = [i for i, w in enumerate(lweights) if w > 0]
    cum_learner = []
    acc = 0.0
    for i in active:
        acc += lweights[i]
        cum_learner.append(acc)
    learner_total = acc

    # Learners work on one to three courses at a time; when they complete or abandon one they start another,
    # chosen by popularity (most begin with the onboarding course).
    cum_course = []
    acc = 0.0
    for c in courses:
        acc += c[2]
        cum_course.append(acc)
    course_total = acc
    current = {i: [] for i in active}  # courses in progress
    taken = {i: set() for i in active}  # every course the learner has started
    # Per (learner, course): position 0..k-1 of the next item, and the item at which they will lose interest.
    progress = {}
    give_up = {}

    mmss = [f"{m:02d}:{s:02d}" for m in range(60) for s in range(60)]
    durations = [f"{x / 2:g}" for x in range(1, 121)]

    total_w = sum(s[2] for s in slots)
    rows = args.rows
    written = 0
    carry = 0.0
    buf = []
    last_line = None
    rand = rng.random
    late_share = args.late_rows
    bl = bisect.bisect_left
    for si, (prefix, suffix, w) in enumerate(slots):
        want = rows * w / total_w + carry
        n = int(want)
        carry = want - n
        if si == len(slots) - 1:
            n = rows - written
        n = min(n, rows - written)
        if n <= 0:
            continue
        seconds = sorted(int(rand() * 3600) for _ in range(n))
        for sec in seconds:
            if last_line is not None and rand() < 0.002:
                buf.append(last_line)  # an exact duplicate: the LMS logged the same action twice
                written += 1
                continue
            if rand() < late_share:
                # A late-arriving row: stamped up to two hours before its neighbours.
                back = int(rand() * 7200)
                sec2 = sec - back
                if sec2 < 0:
                    pslot = slots[max(si + sec2 // 3600, 0)]
                    ts = pslot[0] + mmss[sec2 % 3600] + pslot[1]
                else:
                    ts = prefix + mmss[sec2] + suffix
            else:
                ts = prefix + mmss[sec] + suffix
            li = active[bl(cum_learner, rand() * learner_total)]
            learner = ids[li]
            r = rand()
            if r < 0.018:
                line = f"{learner},{ts},,,failed login,,\n"
            elif r < 0.20:
                line = f"{learner},{ts},,,logged in,,\n"
            else:
                cur = current[li]
                mine = taken[li]
                if not cur or (len(cur) < 3 and rand() < 0.03):
                    ci = -1
                    for _ in range(4):
                        c = 0 if not mine and rand() < 0.7 else bl(cum_course, rand() * course_total)
                        if c not in mine:
                            ci = c
                            break
                    if ci < 0 and not cur:
                        # Tried (nearly) everything: revisits an item of a course taken before.
                        cname, items, _, _ = courses[next(iter(mine))] if mine else courses[0]
                        line = f"{learner},{ts},{cname},{items[int(rand() * len(items))]},viewed,,\n"
                        buf.append(line)
                        last_line = line
                        written += 1
                        continue
                    if ci >= 0:
                        cur.append(ci)
                        mine.add(ci)
                        key = li * 1024 + ci
                        items = courses[ci][1]
                        progress[key] = 0
                        # About half see it through; the others lose interest at some item.
                        give_up[key] = len(items) if rand() < 0.5 else int(rand() * len(items))
                        line = f"{learner},{ts},{courses[ci][0]},{items[0]},started,,\n"
                        buf.append(line)
                        last_line = line
                        written += 1
                        continue
                ci = cur[int(rand() * len(cur))] if len(cur) > 1 else cur[0]
                cname, items, _, assessed = courses[ci]
                key = li * 1024 + ci
                pos = progress[key]
                last = len(items) - 1
                if pos >= give_up[key]:
                    # Losing interest: one last look at the item they stopped at, then gone from this course.
                    line = f"{learner},{ts},{cname},{items[pos]},viewed,,\n"
                    if rand() < 0.35:
                        cur.remove(ci)
                else:
                    dur = durations[int(rand() * 60)] if rand() < 0.35 else ""
                    if pos == last and rand() < 0.5:
                        cur.remove(ci)
                        score = str(40 + int(rand() * 61)) if assessed else ""
                        line = f"{learner},{ts},{cname},{items[pos]},completed,{dur},{score}\n"
                    else:
                        if rand() < 0.45 and pos < last:
                            progress[key] = pos + 1
                        line = f"{learner},{ts},{cname},{items[pos]},viewed,{dur},\n"
            buf.append(line)
            last_line = line
            written += 1
        if len(buf) >= 65536:
            out.write("".join(buf))
            buf.clear()
    out.write("".join(buf))
    return written


def write_roster(args, out):
    rng = random.Random(f"{args.seed}-roster")
    ids, _ = make_learners(args.seed, args.learners)
    start = dt.date.fromisoformat(args.start)
    managers = {}
    used_emails = set()
    lines = []
    for i, learner in enumerate(ids):
        first = rng.choice(FIRST_NAMES)
        last = rng.choice(LAST_NAMES)
        local = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
        email = f"{local}@northwind.example"
        k = 2
        while email in used_emails:
            email = f"{local}{k}@northwind.example"
            k += 1
        used_emails.add(email)
        dept = weighted_pick(rng, DEPARTMENTS)
        team = f"{dept.split(',')[0].split(' ')[0]} {rng.randint(1, 6)}"
        country, zone = weighted_pick(rng, [((c, z), w) for c, z, w in COUNTRIES])
        # The first member of each team becomes its manager (whose own manager is not in the data).
        manager = managers.setdefault(team, learner)
        if manager == learner:
            manager = ""
        role = "Manager" if manager == "" else rng.choice(ROLES[:-1])
        tenure_days = int(rng.expovariate(1 / 900.0)) + (0 if rng.random() < 0.9 else -30)
        hire = start - dt.timedelta(days=tenure_days)
        lines.append(",".join(csv_field(x) for x in (
            learner, f"{first} {last}", email, dept, team, country, zone, manager, role, hire.isoformat())) + "\n")
    out.write(ROSTER_HEADER)
    out.write("".join(lines))
    return len(lines)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rows", type=int, help="number of event rows (data rows, not counting the header)")
    p.add_argument("--out", help="event CSV to write ('-' for stdout)")
    p.add_argument("--roster", help="also write a roster CSV that matches the learners")
    p.add_argument("--seed", type=int, default=2025, help="random seed (default 2025)")
    p.add_argument("--learners", type=int, default=3000, help="people in the organisation (default 3000)")
    p.add_argument("--courses", type=int, default=40, help="number of courses (default 40)")
    p.add_argument("--start", default="2025-01-06", help="first day, YYYY-MM-DD (default 2025-01-06)")
    p.add_argument("--days", type=int, default=182, help="length of the period in days (default 182)")
    p.add_argument("--timezone", default="Europe/Berlin", help="zone of the timestamps (default Europe/Berlin)")
    p.add_argument("--late-rows", type=float, default=0.004,
                   help="share of rows stamped up to two hours before their neighbours (default 0.004; 0 gives a "
                        "file in strict time order)")
    args = p.parse_args(argv)
    if args.out is None and args.roster is None:
        p.error("give --out (with --rows) and/or --roster")
    if args.out is not None and (args.rows is None or args.rows < 0):
        p.error("--out needs --rows N (N >= 0)")
    if args.learners < 1 or args.courses < 1 or args.days < 1:
        p.error("--learners, --courses and --days must be positive")

    if args.out is not None:
        if args.out == "-":
            sys.stdout.write(HEADER)
            write_events(args, sys.stdout)
        else:
            with open(args.out, "w", encoding="utf-8", newline="") as f:
                f.write(HEADER)
                write_events(args, f)
    if args.roster is not None:
        with open(args.roster, "w", encoding="utf-8", newline="") as f:
            write_roster(args, f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
